package io.github.xxgk.core.form;

/**
 * How the official form prints the row labels of a block (its “stub”): part of the form data, so that
 * renderers lay out every edition's tables from the definitions alone.
 */
public enum StubLayout {
    /**
     * Group labels are merged cells spanning their sub-rows, one stub column per level (表三: the
     * vertical {@code 三、本年度办理结果}, then {@code （三）不予公开} over its eight rows).
     */
    NESTED,
    /** One row per row definition, headings included, labels in one stub column (表二). */
    LIST,
    /** As {@link #LIST}, with a 单位 column after the labels giving each row's unit (the legacy table). */
    LIST_WITH_UNIT,
    /** No row label is printed: the block is its header and one row of values (表四). */
    NONE
}
