package io.github.xxgk.core.form;

/** What a row of a statistics table is: a row of values, an implied subtotal, or a heading. */
public enum RowRole {
    /** A row whose cells hold printed values. */
    VALUE,
    /**
     * A group whose label is printed but whose figures the format implies rather than prints (for
     * example {@code （三）不予公开} of 表三, the sum of its eight sub-rows). Its cells exist: a report may
     * state them (legacy reports state group totals without their parts), and when blank they are
     * the sum of the parts.
     */
    IMPLIED,
    /** A heading with no cells at all (for example {@code 三、本年度办理结果}, or legacy block headings). */
    HEADING
}
