package io.github.xxgk.core;

import io.github.xxgk.core.form.ValueKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative amount of money with the unit it is written in (元 or 万元), as an exact
 * {@link BigDecimal}. The decimals are kept as written ({@code 0.50} stays {@code 0.50}); equality
 * compares the amount numerically and the unit exactly, so {@code 0.5万元} equals {@code 0.50万元} but
 * not {@code 5000元}.
 *
 * <p>Any number of decimals is kept exactly as printed (real reports print 万元 amounts with six
 * decimals, {@code 12345.678901}); only the size is limited: at most {@value #MAX_DIGITS} digits in
 * all, before and after the point.
 *
 * @param value the amount, at least zero, with at most {@value #MAX_DIGITS} digits
 * @param unit the unit it is written in
 */
public record Amount(BigDecimal value, MoneyUnit unit) implements CellValue {

    /** The most digits an amount may have, before and after the decimal point together. */
    public static final int MAX_DIGITS = 40;

    /** Creates an amount; a negative amount, or one with too many digits, is refused. */
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        // digits before the point plus decimals, checked before any rescaling (1E+1000000 must not expand)
        long integerDigits = Math.max(1L, (long) value.precision() - value.scale());
        long digits = integerDigits + Math.max(0, value.scale());
        if (digits > MAX_DIGITS) {
            throw new ReportModelException("amount", "金额的位数超过 " + MAX_DIGITS + " 位。",
                    "An amount has more than " + MAX_DIGITS + " digits.");
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.signum() < 0) {
            throw new ReportModelException("amount", "金额不能为负数：" + value.toPlainString() + "。",
                    "An amount cannot be negative: " + value.toPlainString() + ".");
        }
    }

    /**
     * An amount parsed from its decimal text, for example {@code Amount.of("18651.06", TEN_THOUSAND_YUAN)}.
     *
     * @param decimal the amount as plain decimal digits
     * @param unit the unit it is written in
     * @return the amount
     */
    public static Amount of(String decimal, MoneyUnit unit) {
        try {
            return new Amount(new BigDecimal(decimal), unit);
        } catch (NumberFormatException e) {
            throw new ReportModelException("amount", "不是金额：" + decimal + "。",
                    "Not an amount: " + decimal + ".");
        }
    }

    /** The amount converted to 元. */
    public BigDecimal inYuan() {
        return value.multiply(unit.inYuan());
    }

    @Override
    public boolean fits(ValueKind kind) {
        return kind == ValueKind.AMOUNT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.unit == unit && a.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * value.stripTrailingZeros().hashCode() + unit.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.label().zh();
    }
}
