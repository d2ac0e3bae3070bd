package io.github.xxgk.archive;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a number that may rest on blank cells: the range {@code lower..upper} it lies in. A
 * sum of known cells is exact ({@code lower == upper}); a sum over a blank count has no upper bound
 * (“at least {@code lower}”) unless the report's own relations bound the blank (a blank part of a
 * known total is at most the total less the known parts); a blank signed count (2019 本年增/减) is
 * bounded on neither side. A bound is never a guess: it holds whatever the blanks' true values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the least value, or empty when unbounded below
 * @param upper the greatest value, or empty when unbounded above
 */
public record Bound(Optional<BigDecimal> lower, Optional<BigDecimal> upper) {

    /** Zero, exactly. */
    public static final Bound ZERO = exact(BigDecimal.ZERO);

    /** Nothing known. */
    public static final Bound UNKNOWN = new Bound(Optional.empty(), Optional.empty());

    /** Creates a bound. */
    public Bound {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        lower = lower.map(Bound::plain);
        upper = upper.map(Bound::plain);
        if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
            throw new IllegalArgumentException("empty range " + lower.get() + ".." + upper.get());
        }
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A number known exactly. */
    public static Bound exact(BigDecimal value) {
        return new Bound(Optional.of(value), Optional.of(value));
    }

    /** A number known exactly. */
    public static Bound exact(long value) {
        return exact(BigDecimal.valueOf(value));
    }

    /** A number of which only a least value is known. */
    public static Bound atLeast(BigDecimal value) {
        return new Bound(Optional.of(value), Optional.empty());
    }

    /** A number between two values. */
    public static Bound between(BigDecimal lower, BigDecimal upper) {
        return new Bound(Optional.of(lower), Optional.of(upper));
    }

    /** Whether the number is known exactly. */
    public boolean isExact() {
        return lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) == 0;
    }

    /** The number, when known exactly. */
    public Optional<BigDecimal> value() {
        return isExact() ? lower : Optional.empty();
    }

    /** The sum of this number and another. */
    public Bound plus(Bound other) {
        return new Bound(lower.isPresent() && other.lower.isPresent() ? Optional.of(lower.get().add(other.lower.get())) : Optional.empty(),
                upper.isPresent() && other.upper.isPresent() ? Optional.of(upper.get().add(other.upper.get())) : Optional.empty());
    }

    /** Whether a value lies in the range. */
    public boolean contains(BigDecimal value) {
        return (lower.isEmpty() || lower.get().compareTo(value) <= 0) && (upper.isEmpty() || upper.get().compareTo(value) >= 0);
    }

    /** {@code 12}, {@code 12..20}, {@code ≥12}, {@code ≤20} or {@code ?}. */
    @Override
    public String toString() {
        if (isExact()) {
            return lower.get().toPlainString();
        }
        if (lower.isPresent() && upper.isPresent()) {
            return lower.get().toPlainString() + ".." + upper.get().toPlainString();
        }
        if (lower.isPresent()) {
            return "≥" + lower.get().toPlainString();
        }
        return upper.map(u -> "≤" + u.toPlainString()).orElse("?");
    }
}
