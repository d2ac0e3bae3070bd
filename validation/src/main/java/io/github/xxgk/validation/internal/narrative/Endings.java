package io.github.xxgk.validation.internal.narrative;

import java.util.List;

/**
 * Grammar words looked up where they end, before a place in a text ({@code 约} before {@code 40件}, {@code 第}
 * before {@code 3条}): a bit set of their last chars decides for most places with one load, then the words are
 * compared in their order. Immutable and thread-safe. Not API.
 */
final class Endings {

    private final String[] words;
    private final long[] lasts = new long[1024];

    Endings(List<String> words) {
        this.words = words.toArray(String[]::new);
        for (String w : this.words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty grammar word");
            }
            char c = w.charAt(w.length() - 1);
            lasts[c >>> 6] |= 1L << c;
        }
    }

    /** The start of the first of the words (in their order) that ends right before {@code end}, or -1. */
    int startEndingAt(String t, int end) {
        if (end == 0) {
            return -1;
        }
        char c = t.charAt(end - 1);
        if ((lasts[c >>> 6] & (1L << c)) == 0) {
            return -1;
        }
        for (String w : words) {
            if (end >= w.length() && t.startsWith(w, end - w.length())) {
                return end - w.length();
            }
        }
        return -1;
    }
}
