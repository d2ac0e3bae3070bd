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

    private static final Count[] SMALL = new Count[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Count(i);
        }
    }

    /** A count of {@code value}; counts below 1024 are shared instances, as {@link Integer#valueOf} does. */
    public static Count of(long value) {
        return value >= 0 && value < SMALL.length ? SMALL[(int) value] : new Count(value);
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
