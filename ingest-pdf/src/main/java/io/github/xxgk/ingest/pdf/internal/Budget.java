package io.github.xxgk.ingest.pdf.internal;

import java.io.IOException;

/**
 * A bound on the work of reading one document: content stream operators interpreted and glyphs kept,
 * so that a small file that expands into endless drawing is refused instead of read without end.
 */
final class Budget {

    /** Thrown through PDFBox when the budget is spent. */
    static final class Spent extends IOException {
        private static final long serialVersionUID = 1L;

        Spent(String what) {
            super(what);
        }
    }

    private final long maxOperators;
    private final long maxGlyphs;
    private long operators;
    private long glyphs;

    Budget(long maxOperators, long maxGlyphs) {
        this.maxOperators = maxOperators;
        this.maxGlyphs = maxGlyphs;
    }

    void operator() throws Spent {
        if (++operators > maxOperators) {
            throw new Spent("more than " + maxOperators + " drawing operators");
        }
    }

    void glyph() throws Spent {
        if (++glyphs > maxGlyphs) {
            throw new Spent("more than " + maxGlyphs + " characters");
        }
    }
}
