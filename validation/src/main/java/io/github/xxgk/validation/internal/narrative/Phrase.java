package io.github.xxgk.validation.internal.narrative;

import io.github.xxgk.core.form.NarrativeVocabulary;
import java.util.List;

/**
 * A phrase of the narrative vocabulary, compiled: its parts between the {@code …} gaps, the words that
 * must not stand in a gap, and the words whose occurrences it must not overlap. Matching is a bounded
 * walk from one position (no backtracking over the text). Immutable and thread-safe. Not API.
 */
final class Phrase {

    static final int MAX_GAP = NarrativeVocabulary.MAX_GAP;

    final String text;
    final String[] parts;
    final String[] excluded;
    /** The excluded words, indexed by their first chars: a gap is read once, one load per char. */
    private final Words excludedWords;
    final String[] blockers;
    /** The blockers, indexed by their first chars, and the length of the longest. */
    private final Words blockerWords;
    private final int longestBlocker;
    /** The index of what the phrase names (a subject or a statement) in its compiled vocabulary. */
    final int owner;
    final char last;

    Phrase(String text, int owner, List<String> excluded, List<String> blockers) {
        this.text = text;
        this.parts = text.split("…", -1);
        for (String p : parts) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("a phrase part is empty: " + text);
            }
        }
        this.owner = owner;
        this.excluded = excluded.toArray(String[]::new);
        this.excludedWords = new Words(excluded);
        this.blockers = blockers.toArray(String[]::new);
        this.blockerWords = new Words(blockers);
        this.longestBlocker = blockers.stream().mapToInt(String::length).max().orElse(0);
        String tail = parts[parts.length - 1];
        this.last = tail.charAt(tail.length() - 1);
    }

    /** Whether a char may stand in a gap: a CJK ideograph (no digit, no punctuation, no space). */
    static boolean gapChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private boolean excludedIn(String t, int from, int to) {
        if (excluded.length == 0) {
            return false;
        }
        for (int at = from; at < to; at++) {
            String w = excludedWords.at(t, at);
            if (w != null && at + w.length() <= to) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #nextPartEndingAt} returns when the part does not end at the place asked. */
    static final int NOT_HERE = -2;

    /**
     * Whether the part before the last one ends at {@code pe}, in the gap before the last part (which starts at
     * {@code s}): the start of the whole match when it and the parts before it match; -1 when it ends there but
     * the match fails (an excluded word in a gap, an earlier part not found); {@link #NOT_HERE} when it does not
     * end there. {@link PhraseGroup} walks the last gap for its phrases together and asks each here.
     */
    int nextPartEndingAt(String t, int pe, int s) {
        int ps = partEndingAt(t, parts.length - 2, pe, s);
        return ps < 0 ? ps : earlierParts(t, parts.length - 3, ps);
    }

    /**
     * Matches parts {@code k}, k−1, …, 0 backwards, each at its nearest end in the gap before the part after it
     * (which starts at {@code s}); returns the start of part 0, or -1.
     */
    private int earlierParts(String t, int k, int s) {
        for (; k >= 0; k--) {
            int found = NOT_HERE;
            for (int g = 0; g <= MAX_GAP && found == NOT_HERE; g++) {
                int pe = s - g;
                if (g > 0 && (pe < 0 || !gapChar(t.charAt(pe)))) {
                    break;
                }
                found = partEndingAt(t, k, pe, s);
            }
            if (found < 0) {
                return -1;
            }
            s = found;
        }
        return s;
    }

    /**
     * Whether part {@code k} ends at {@code pe}, before a part that starts at {@code s}: its start; -1 when it
     * ends there but an excluded word stands in the gap; {@link #NOT_HERE} when it does not end there.
     */
    private int partEndingAt(String t, int k, int pe, int s) {
        String part = parts[k];
        int ps = pe - part.length();
        if (ps < 0 || t.charAt(ps) != part.charAt(0) || !t.startsWith(part, ps)) {
            return NOT_HERE;
        }
        return excludedIn(t, pe, s) ? -1 : ps;
    }

    /** The end of a match of the phrase that starts exactly at {@code start} and ends by {@code limit}, or -1. */
    int endStartingAt(String t, int start, int limit) {
        String part = parts[0];
        if (t.charAt(start) != part.charAt(0) || !t.startsWith(part, start)) {
            return -1;
        }
        int e = start + part.length();
        for (int k = 1; k < parts.length; k++) {
            part = parts[k];
            int found = -1;
            for (int g = 0; g <= MAX_GAP; g++) {
                int ps = e + g;
                if (g > 0 && (ps - 1 >= limit || !gapChar(t.charAt(ps - 1)))) {
                    break;
                }
                if (ps + part.length() <= limit && t.charAt(ps) == part.charAt(0) && t.startsWith(part, ps)) {
                    if (!excludedIn(t, e, ps)) {
                        found = ps + part.length();
                    }
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            e = found;
        }
        return e <= limit && !blocked(t, start, e) && !numberGoesOn(t, e) ? e : -1;
    }

    /** The start of the first match in {@code [from, to)}, or -1. */
    int find(String t, int from, int to) {
        String head = parts[0];
        if (to == t.length()) {
            int at = t.indexOf(head, from);
            while (at >= 0) {
                if (endStartingAt(t, at, to) >= 0) {
                    return at;
                }
                at = t.indexOf(head, at + 1);
            }
            return -1;
        }
        char first = head.charAt(0);
        for (int at = from; at + head.length() <= to; at++) {
            if (t.charAt(at) == first && endStartingAt(t, at, to) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** Whether a phrase that ends in a digit ({@code …为0}) ends inside a number ({@code 为0.5万元}). */
    private boolean numberGoesOn(String t, int e) {
        if (last < '0' || last > '9' || e >= t.length()) {
            return false;
        }
        char c = t.charAt(e);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '.' || c == '．';
    }

    /** Whether {@code [start, end)} overlaps an occurrence of a blocker. */
    boolean blocked(String t, int start, int end) {
        if (blockers.length == 0) {
            return false;
        }
        // one pass over the span and the longest blocker's reach before it, one load a char
        for (int at = Math.max(0, start - longestBlocker + 1), n = Math.min(end, t.length()); at < n; at++) {
            if (blockerWords.mayStart(t.charAt(at)) && blockerWords.startsAtEndingAfter(t, at, start)) {
                return true;
            }
        }
        return false;
    }
}
