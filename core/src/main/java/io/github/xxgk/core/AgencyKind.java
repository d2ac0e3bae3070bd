package io.github.xxgk.core;

import io.github.xxgk.core.form.Label;

/**
 * The kind of administrative organ that publishes a report. It decides the deadline of 条例第四十九条
 * and whether the report must cover 工作考核、社会评议和责任追究 (第五十条第（四）项).
 */
public enum AgencyKind {
    /** 国务院部门: a State Council department (31 January deadline since 2019). */
    STATE_COUNCIL_DEPARTMENT("国务院部门", "State Council department"),
    /** 县级以上人民政府部门: a department of a people's government at or above county level. */
    COUNTY_OR_ABOVE_DEPARTMENT("县级以上人民政府部门", "department of a government at or above county level"),
    /** 县级以上地方人民政府: a local people's government at or above county level (本级政府 report). */
    COUNTY_OR_ABOVE_GOVERNMENT("县级以上地方人民政府", "local government at or above county level"),
    /** 乡镇人民政府/街道办事处: a township government or street office. */
    TOWNSHIP_OR_STREET("乡镇人民政府/街道办事处", "township government or street office"),
    /** Other bodies: 法律法规授权组织, 派出机构 and the like. */
    OTHER("其他", "other body");

    private final Label label;

    AgencyKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    /** The kind's name in both languages. */
    public Label label() {
        return label;
    }

    /** Whether the organ is a people's government (of any level), which 第五十条第（四）项 concerns. */
    public boolean isGovernment() {
        return this == COUNTY_OR_ABOVE_GOVERNMENT || this == TOWNSHIP_OR_STREET;
    }
}
