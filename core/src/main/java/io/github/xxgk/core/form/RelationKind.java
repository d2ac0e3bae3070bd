package io.github.xxgk.core.form;

/** What a relation between cells means; it decides the wording of findings about it. */
public enum RelationKind {
    /** A total: the single cell on the left is the sum of the cells on the right. */
    SUM,
    /** A part (“其中”) or a bound: the left side is at most the right side. */
    AT_MOST,
    /** A cover: the left side is at least the right side. */
    AT_LEAST,
    /** An identity between two sums, such as the balance of 表三. */
    IDENTITY,
    /** A relation between this year's report and last year's. */
    CROSS_YEAR
}
