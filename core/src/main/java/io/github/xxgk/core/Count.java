package io.github.xxgk.core;

import io.github.xxgk.core.form.ValueKind;

/**
 * A non-negative whole number in a count cell (件, 条, 次, 篇, 个, 人, 人次). Sums of counts are formed
 * with {@link ExactSum}, which never overflows silently.
 *
 * @param value the number, at least zero
 */
public record Count(long value) implements CellValue {

    /** Creates a count; a negative value is refused. */
    public Count {
        if (value < 0) {
            throw new ReportModelException("count", "计数不能为负数：" + value + "。",
                    "A count cannot be negative: " + value + ".");
        }
    }

    /** A count of {@code value}. */
    public static Count of(long value) {
        return new Count(value);
    }

    @Override
    public boolean fits(ValueKind kind) {
        return kind == ValueKind.COUNT;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
