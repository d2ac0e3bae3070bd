package io.github.xxgk.core;

import io.github.xxgk.core.form.ValueKind;

/**
 * A whole number that may be negative: the {@code 本年增/减} column of the 2019 表二, printed as
 * “+4”, “-2” or “0”.
 *
 * @param value the number
 */
public record SignedCount(long value) implements CellValue {

    /** A signed count of {@code value}. */
    public static SignedCount of(long value) {
        return new SignedCount(value);
    }

    @Override
    public boolean fits(ValueKind kind) {
        return kind == ValueKind.SIGNED_COUNT;
    }

    @Override
    public String toString() {
        return value > 0 ? "+" + value : Long.toString(value);
    }
}
