package io.github.xxgk.core.form;

/**
 * The kind of value a statistics cell takes. Every kind also admits BLANK (not reported) and
 * NOT_APPLICABLE (“/”), which are never the same as zero.
 */
public enum ValueKind {
    /** A non-negative whole number ({@code io.github.xxgk.core.Count}). */
    COUNT,
    /** A whole number that may be negative: only the 2019 {@code 本年增/减} column. */
    SIGNED_COUNT,
    /** A non-negative decimal amount of money with its unit ({@code io.github.xxgk.core.Amount}). */
    AMOUNT
}
