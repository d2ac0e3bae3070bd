package io.github.xxgk.ingest.pdf.internal;

/**
 * One printed character with its box, in points from the page's top left corner.
 *
 * @param text the character (one code point, sometimes a ligature's several)
 * @param left the left edge
 * @param top the top edge
 * @param right the right edge
 * @param baseline the baseline
 * @param size the font size (the glyph's height), at least 1
 */
record Glyph(String text, double left, double top, double right, double baseline, double size) {

    double centreX() {
        return (left + right) / 2;
    }

    double centreY() {
        return (top + baseline) / 2;
    }

    boolean isSpace() {
        return text.isBlank() || text.equals("\u3000") || text.equals("\u00a0");
    }
}
