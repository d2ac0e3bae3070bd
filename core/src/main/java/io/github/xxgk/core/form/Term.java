package io.github.xxgk.core.form;

import java.util.Objects;

/**
 * One term of a relation: a cell of this year's or last year's report, times a positive whole factor.
 *
 * @param cell the cell
 * @param period which report the cell is read from
 * @param factor a positive multiplier (1 for almost every relation)
 */
public record Term(CellId cell, Period period, int factor) {

    /** Creates a term. */
    public Term {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(period, "period");
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be positive: " + factor);
        }
    }

    /** A term of this year's report with factor 1. */
    public static Term of(CellId cell) {
        return new Term(cell, Period.CURRENT, 1);
    }

    /** A term of last year's report with factor 1. */
    public static Term previous(CellId cell) {
        return new Term(cell, Period.PREVIOUS, 1);
    }
}
