package io.github.xxgk.core;

/**
 * The width of text in a terminal or a fixed-width layout: two columns for East Asian wide and
 * full-width characters (Unicode East_Asian_Width W and F), one for every other character. The plain-text
 * renderer pads its tables by it and the reader of that text finds the columns by it, so both count
 * alike.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /**
     * The width of a text.
     *
     * @param text the text
     * @return its width in columns
     */
    public static int of(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The width of one character.
     *
     * @param codePoint the character
     * @return 2 for a wide or full-width character, 1 otherwise
     */
    public static int of(int codePoint) {
        int cp = codePoint;
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
