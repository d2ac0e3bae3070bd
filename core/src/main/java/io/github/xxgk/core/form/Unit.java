package io.github.xxgk.core.form;

/**
 * The unit in which a statistics cell is counted or measured, as printed in the official tables.
 */
public enum Unit {
    /** 条: information items. */
    ITEM("条", "items"),
    /** 件: documents, applications, cases. */
    PIECE("件", "pieces"),
    /** 次: times, events. */
    TIMES("次", "times"),
    /** 篇: articles. */
    ARTICLE("篇", "articles"),
    /** 个: bodies, points. */
    BODY("个", "units"),
    /** 人: persons. */
    PERSON("人", "persons"),
    /** 人次: person-times. */
    PERSON_TIME("人次", "person-times"),
    /** 元: yuan. */
    YUAN("元", "yuan"),
    /** 万元: ten thousand yuan. */
    TEN_THOUSAND_YUAN("万元", "10,000 yuan"),
    /**
     * Money whose unit the header does not print: each value carries its own unit as written in the
     * cell (the 2019 {@code 采购总金额} column).
     */
    MONEY_AS_WRITTEN("", "unit as written in the cell");

    private final Label label;

    Unit(String zh, String en) {
        this.label = new Label(zh, en);
    }

    /** The unit as printed (empty for {@link #MONEY_AS_WRITTEN}) and in English. */
    public Label label() {
        return label;
    }

    /** Whether this is a unit of money. */
    public boolean isMoney() {
        return this == YUAN || this == TEN_THOUSAND_YUAN || this == MONEY_AS_WRITTEN;
    }
}
