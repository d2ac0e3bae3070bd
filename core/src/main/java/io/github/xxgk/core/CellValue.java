package io.github.xxgk.core;

import io.github.xxgk.core.form.ValueKind;

/**
 * The value of a statistics cell. A number ({@link Count}, {@link SignedCount}, {@link Amount}) or one
 * of two markers: {@link #BLANK}, the cell was left empty (not reported), and {@link #NOT_APPLICABLE},
 * the cell holds “/”. Zero, blank and “/” are three different values everywhere in the library.
 *
 * <p>All implementations are immutable, have value equality and are thread-safe.
 */
public sealed interface CellValue permits Count, SignedCount, Amount, CellValue.Marker {

    /** The cell was left empty: an unknown, non-negative number that was not reported. */
    CellValue BLANK = Marker.BLANK;

    /** The cell holds “/”: the row or column does not apply to the agency. */
    CellValue NOT_APPLICABLE = Marker.NOT_APPLICABLE;

    /** The two values that are not numbers. */
    enum Marker implements CellValue {
        /** See {@link CellValue#BLANK}. */
        BLANK,
        /** See {@link CellValue#NOT_APPLICABLE}. */
        NOT_APPLICABLE;

        @Override
        public boolean fits(ValueKind kind) {
            return true;
        }
    }

    /** Whether the value is {@link #BLANK}. */
    default boolean isBlank() {
        return this == BLANK;
    }

    /** Whether the value is {@link #NOT_APPLICABLE}. */
    default boolean isNotApplicable() {
        return this == NOT_APPLICABLE;
    }

    /** Whether the value is a number. */
    default boolean isNumber() {
        return !(this instanceof Marker);
    }

    /**
     * Whether a cell of this value kind may hold this value: counts in COUNT cells, signed counts in
     * SIGNED_COUNT cells, amounts in AMOUNT cells, and the two markers anywhere.
     *
     * @param kind the cell's value kind
     * @return whether the value fits
     */
    boolean fits(ValueKind kind);
}
