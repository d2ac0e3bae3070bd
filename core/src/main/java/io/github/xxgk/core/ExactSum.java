package io.github.xxgk.core;

import java.math.BigInteger;

/**
 * An exact running sum of whole numbers: it adds in {@code long} while it can and moves to
 * {@link BigInteger} when a sum would overflow, so sums of large counts are never wrong.
 *
 * <p>Not thread-safe: use one per computation.
 */
public final class ExactSum {

    private long small;
    private BigInteger big;

    /** A sum of zero. */
    public ExactSum() {
    }

    /**
     * Adds a number.
     *
     * @param value the number to add
     * @return this sum
     */
    public ExactSum add(long value) {
        if (big != null) {
            big = big.add(BigInteger.valueOf(value));
            return this;
        }
        long r = small + value;
        if (((small ^ r) & (value ^ r)) < 0) {
            big = BigInteger.valueOf(small).add(BigInteger.valueOf(value));
        } else {
            small = r;
        }
        return this;
    }

    /**
     * Adds a number times a factor.
     *
     * @param value the number
     * @param factor its multiplier
     * @return this sum
     */
    public ExactSum add(long value, int factor) {
        if (factor == 1) {
            return add(value);
        }
        long hi = Math.multiplyHigh(value, factor);
        long lo = value * factor;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return add(lo);
        }
        return add(BigInteger.valueOf(value).multiply(BigInteger.valueOf(factor)));
    }

    /**
     * Adds another exact number.
     *
     * @param value the number
     * @return this sum
     */
    public ExactSum add(BigInteger value) {
        big = value().add(value);
        return this;
    }

    /** The sum. */
    public BigInteger value() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    /** Compares this sum with another. */
    public int compareTo(ExactSum other) {
        if (big == null && other.big == null) {
            return Long.compare(small, other.small);
        }
        return value().compareTo(other.value());
    }
}
