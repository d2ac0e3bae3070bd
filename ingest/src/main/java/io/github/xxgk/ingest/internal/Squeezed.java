package io.github.xxgk.ingest.internal;

/**
 * A text under its label {@link Keys key} (whitespace removed, full-width forms folded), with the
 * offset in the original of every key character, so that labels are found in run-together text and
 * located in the source. Not API.
 */
final class Squeezed {

    final String original;
    final String key;
    /** For each key character, its index in {@link #original}. */
    final int[] at;

    Squeezed(String original) {
        this.original = original;
        char[] chars = original.toCharArray();
        char[] out = new char[chars.length];
        int[] map = new int[chars.length];
        int n = 0;
        char previous = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u4e00' && c <= '\u9fff') {
                previous = c; // an ideograph: no whitespace, its own key
            } else if (Texts.isSpace(c)) {
                continue;
            } else {
                previous = Keys.fold(c, previous);
            }
            out[n] = previous;
            map[n++] = i;
        }
        this.key = new String(out, 0, n);
        this.at = java.util.Arrays.copyOf(map, n);
    }

    /** The original index of key position {@code k} (the end of the original for k = key length). */
    int original(int k) {
        return k < at.length ? at[k] : original.length();
    }

    /** The original index just after key position {@code k - 1} (exclusive end of a match). */
    int originalEnd(int kEnd) {
        return kEnd == 0 ? 0 : at[kEnd - 1] + 1;
    }

    /** The first key position at or after an original index. */
    int keyIndex(int originalIndex) {
        int lo = 0;
        int hi = at.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < originalIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
