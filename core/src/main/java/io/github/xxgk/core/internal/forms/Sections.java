package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.l;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.SectionDefinition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The sections of the three editions. Not API. */
final class Sections {

    private Sections() {
    }

    private static final Set<AgencyKind> EVERY_AGENCY = EnumSet.allOf(AgencyKind.class);

    /** The heading of 2008 条例第三十二条第（四）项. */
    private static final Label LEGACY_REVIEW = l("因政府信息公开申请行政复议、提起行政诉讼的情况",
            "Reconsideration and litigation over disclosure requests");

    private static SectionDefinition s(String id, String numbering, Label title, List<String> variants,
            List<String> tables, Label basis) {
        return new SectionDefinition(id, numbering, title, variants, EVERY_AGENCY, tables, basis);
    }

    /** The six sections of the 2019 and 2021 formats; the same headings in both. */
    static List<SectionDefinition> formatSections() {
        return List.of(
                s("s1_overview", "一、", l("总体情况", "Overview"), List.of(), List.of(),
                        Bases.reg2019("第五十条", "Art. 50")),
                s("s2_proactive", "二、", l("主动公开政府信息情况", "Proactive disclosure"), List.of(),
                        List.of(Table2.ID), Bases.reg2019("第五十条第（一）项", "Art. 50 (1)")),
                s("s3_requests", "三、", l("收到和处理政府信息公开申请情况", "Receipt and handling of disclosure requests"),
                        List.of(), List.of(Table3.ID), Bases.reg2019("第五十条第（二）项", "Art. 50 (2)")),
                // reports of the first years of the format often keep the 2008 item's heading
                s("s4_review", "四、", l("政府信息公开行政复议、行政诉讼情况",
                        "Administrative reconsideration and litigation concerning disclosure"),
                        List.of(LEGACY_REVIEW.zh()), List.of(Table4.ID), Bases.reg2019("第五十条第（三）项", "Art. 50 (3)")),
                s("s5_problems", "五、", l("存在的主要问题及改进情况", "Main problems and improvements"),
                        List.of("政府信息公开工作存在的主要问题及改进情况"), List.of(),
                        Bases.reg2019("第五十条第（四）项", "Art. 50 (4)")),
                s("s6_other", "六、", l("其他需要报告的事项", "Other matters to report"), List.of(), List.of(),
                        Bases.reg2019("第五十条第（五）项", "Art. 50 (5)")));
    }

    /**
     * The six content items of 2008 条例第三十二条. Legacy reports cover them under headings of their own;
     * the variants are headings seen in real reports (the seed report and published reports).
     */
    static List<SectionDefinition> legacySections() {
        return List.of(
                s("leg_proactive", "（一）", l("主动公开政府信息的情况", "Proactive disclosure"),
                        List.of("主动公开政府信息情况", "主动公开情况"), List.of(),
                        Bases.reg2008("第三十二条第（一）项", "Art. 32 (1)")),
                s("leg_requests", "（二）", l("依申请公开政府信息和不予公开政府信息的情况",
                        "Disclosure on request and refusals"),
                        List.of("依申请公开政府信息情况", "政府信息依申请公开工作情况", "依申请公开情况"), List.of(),
                        Bases.reg2008("第三十二条第（二）项", "Art. 32 (2)")),
                s("leg_fees", "（三）", l("政府信息公开的收费及减免情况", "Fees and fee reductions"),
                        List.of("收费及减免情况", "政府信息公开收费及减免情况"), List.of(),
                        Bases.reg2008("第三十二条第（三）项", "Art. 32 (3)")),
                s("leg_review", "（四）", LEGACY_REVIEW,
                        List.of("行政复议诉讼和举报投诉情况", "政府信息公开行政复议、行政诉讼和投诉情况",
                                "行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼情况",
                                // the item's words in another order, with or without 的
                                "因政府信息公开申请提起行政复议、行政诉讼的情况", "因政府信息公开申请提起行政复议、行政诉讼情况",
                                "因政府信息公开申请行政复议、提起行政诉讼情况"), List.of(),
                        Bases.reg2008("第三十二条第（四）项", "Art. 32 (4)")),
                s("leg_problems", "（五）", l("政府信息公开工作存在的主要问题及改进情况",
                        "Main problems and improvements"),
                        List.of("存在问题及工作打算", "存在的主要问题及改进情况", "存在的主要问题及改进措施",
                                "主要问题和改进措施", "政府信息公开工作存在的主要问题及改进措施"), List.of(),
                        Bases.reg2008("第三十二条第（五）项", "Art. 32 (5)")),
                s("leg_other", "（六）", l("其他需要报告的事项", "Other matters to report"),
                        List.of("其他需要说明的事项"), List.of(),
                        Bases.reg2008("第三十二条第（六）项", "Art. 32 (6)")));
    }
}
