package io.github.xxgk.validation.internal.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The subject phrases that end in one char, matched together where a figure's subject would end: each distinct
 * last part ({@code 申请} of 收到…申请, 受理…申请, 新收…申请 and 办结…申请) is compared once, and the gap before it is
 * walked once for all the phrases that end so, one load a char deciding whether any of their next parts may end
 * there. What each phrase matches is what {@link Phrase} alone would match: the nearest occurrence of each part
 * before the next, not past a char that may not stand in a gap. Immutable and thread-safe. Not API.
 */
final class PhraseGroup {

    /** The most phrases a group holds: their sets are the bits of an int. */
    static final int MAX_PHRASES = 32;

    /** The phrases, in vocabulary order. */
    final Phrase[] phrases;
    /** The distinct last parts, and the phrases of each as bits. */
    private final String[] tails;
    private final int[] tailPhrases;
    /** Per phrase: the index of its last part in {@link #tails}. */
    private final int[] tailOf;
    /** Per last part: the last chars of the parts before it, as bits of their low six bits. */
    private final long[] nextLasts;
    /**
     * Per last part: those last chars themselves, distinct, and per char the phrases whose part before the last
     * ends in it (as bits): where the bits let a char by, only those phrases are tried.
     */
    private final char[][] nextChars;
    private final int[][] nextCharPhrases;

    PhraseGroup(List<Phrase> phrases) {
        if (phrases.size() > MAX_PHRASES) {
            throw new IllegalArgumentException("more than " + MAX_PHRASES + " phrases end in " + phrases.get(0).last);
        }
        this.phrases = phrases.toArray(Phrase[]::new);
        List<String> distinct = new ArrayList<>();
        tailOf = new int[this.phrases.length];
        for (int k = 0; k < this.phrases.length; k++) {
            Phrase p = this.phrases[k];
            String tail = p.parts[p.parts.length - 1];
            int at = distinct.indexOf(tail);
            if (at < 0) {
                at = distinct.size();
                distinct.add(tail);
            }
            tailOf[k] = at;
        }
        tails = distinct.toArray(String[]::new);
        tailPhrases = new int[tails.length];
        nextLasts = new long[tails.length];
        nextChars = new char[tails.length][0];
        nextCharPhrases = new int[tails.length][0];
        for (int k = 0; k < this.phrases.length; k++) {
            Phrase p = this.phrases[k];
            int ti = tailOf[k];
            tailPhrases[ti] |= 1 << k;
            if (p.parts.length > 1) {
                String next = p.parts[p.parts.length - 2];
                char c = next.charAt(next.length() - 1);
                nextLasts[ti] |= 1L << c;
                int at = new String(nextChars[ti]).indexOf(c);
                if (at < 0) {
                    at = nextChars[ti].length;
                    nextChars[ti] = java.util.Arrays.copyOf(nextChars[ti], at + 1);
                    nextCharPhrases[ti] = java.util.Arrays.copyOf(nextCharPhrases[ti], at + 1);
                    nextChars[ti][at] = c;
                }
                nextCharPhrases[ti][at] |= 1 << k;
            }
        }
    }

    /** The phrases of last part {@code ti} whose part before the last ends in {@code c}, as bits. */
    private int endingIn(int ti, char c) {
        char[] cs = nextChars[ti];
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == c) {
                return nextCharPhrases[ti][i];
            }
        }
        return 0;
    }

    /**
     * Matches the phrases among {@code wanted} (bits of their indexes) that end exactly at {@code end}: sets
     * {@code starts[k]} to the start of phrase k's match, or -1; the others' entries are left as they were.
     * Returns the matched phrases as bits. {@code chars} holds the text's chars up to {@code end} at least (the
     * gap is read from it, an array load a char).
     */
    int startsEndingAt(String t, char[] chars, int end, int wanted, int[] starts) {
        int matched = 0;
        for (int ti = 0; ti < tails.length; ti++) {
            int those = tailPhrases[ti] & wanted;
            if (those == 0) {
                continue;
            }
            String tail = tails[ti];
            int s = end - tail.length();
            if (s < 0 || t.charAt(s) != tail.charAt(0) || !t.startsWith(tail, s)) {
                for (int rest = those; rest != 0; rest &= rest - 1) {
                    starts[Integer.numberOfTrailingZeros(rest)] = -1;
                }
                continue;
            }
            // the phrases of one part match here; the others wait for their next part in the gap
            int pending = 0;
            for (int rest = those; rest != 0; rest &= rest - 1) {
                int k = Integer.numberOfTrailingZeros(rest);
                Phrase p = phrases[k];
                if (p.parts.length == 1) {
                    starts[k] = p.blocked(t, s, end) ? -1 : s;
                    matched |= starts[k] >= 0 ? 1 << k : 0;
                } else {
                    starts[k] = -1;
                    pending |= 1 << k;
                }
            }
            long lasts = nextLasts[ti];
            for (int g = 0; g <= Phrase.MAX_GAP && pending != 0; g++) {
                int pe = s - g;
                if (g > 0 && (pe < 0 || !Phrase.gapChar(chars[pe]))) {
                    break;
                }
                if (pe == 0 || (lasts & (1L << chars[pe - 1])) == 0) {
                    continue; // no next part of these phrases ends here: one load
                }
                for (int rest = pending & endingIn(ti, chars[pe - 1]); rest != 0; rest &= rest - 1) {
                    int k = Integer.numberOfTrailingZeros(rest);
                    Phrase p = phrases[k];
                    int start = p.nextPartEndingAt(t, pe, s);
                    if (start == Phrase.NOT_HERE) {
                        continue;
                    }
                    pending &= ~(1 << k); // the nearest occurrence of the part decides, matched or not
                    if (start >= 0 && !p.blocked(t, start, end)) {
                        starts[k] = start;
                        matched |= 1 << k;
                    }
                }
            }
        }
        return matched;
    }
}
