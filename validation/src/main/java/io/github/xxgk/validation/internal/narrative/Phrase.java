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

    /** The start of a match of the phrase that ends exactly at {@code end}, or -1. */
    int startEndingAt(String t, int end) {
        int k = parts.length - 1;
        String part = parts[k];
        int s = end - part.length();
        if (s < 0 || t.charAt(s) != part.charAt(0) || !t.startsWith(part, s)) {
            return -1;
        }
        while (--k >= 0) {
            part = parts[k];
            int found = -1;
            for (int g = 0; g <= MAX_GAP; g++) {
                int pe = s - g;
                if (g > 0 && (pe < 0 || !gapChar(t.charAt(pe)))) {
                    break;
                }
                int ps = pe - part.length();
                if (ps >= 0 && t.charAt(ps) == part.charAt(0) && t.startsWith(part, ps)) {
                    if (!excludedIn(t, pe, s)) {
                        found = ps;
                    }
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            s = found;
        }
        return blocked(t, s, end) ? -1 : s;
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
    private boolean blocked(String t, int start, int end) {
        for (String b : blockers) {
            char first = b.charAt(0);
            for (int at = Math.max(0, start - b.length() + 1); at < end && at < t.length(); at++) {
                if (t.charAt(at) == first && t.startsWith(b, at)) {
                    return true;
                }
            }
        }
        return false;
    }
}
