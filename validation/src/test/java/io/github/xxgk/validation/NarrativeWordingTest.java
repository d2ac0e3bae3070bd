package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.Severity;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on sentences worded as real reports word them (other years, parts of the reporting
 * body, requests of other kinds, narrowed 均获维持, lists of mixed separators, fee statements), each in a
 * report whose tables agree with what the sentence says: no finding; and the plain contradictions of
 * the same wordings: found. Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingTest {

    private static final Set<String> NARRATIVE_RULES = Set.of("TXT-TABLE-CONSISTENCY", "T3-TEXT-LINK", "T4-TEXT-LINK",
            "TXT-LIST-SUM", "SEC6-FEE", "FEE-REPORT", "FEE-COLLECTED-LE-NOTIFIED", "FEE-UNIT", "T3-FEE-LINK",
            "LEG-FEE-TEXT", "SEC1-TOPICS", "SEC-GOV-ASSESS");

    private static final String OVERVIEW = "本年度，我县扎实做好主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作。";

    /**
     * A report of an edition (2016, 2022) with the sentence as the only paragraph of the section whose id
     * starts with {@code section} (after the overview in section 一), every other section with a plain
     * paragraph (section 六 and the legacy fee section saying that no fee was collected), and every cell 0
     * but those given ({@code t3.r1.total=36}).
     */
    private static AnnualReport report(Edition e, String section, String sentence, Object... cells) {
        Map<String, Long> values = new HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            values.put((String) cells[i], ((Number) cells[i + 1]).longValue());
        }
        FormDefinition form = e.form();
        AnnualReport.Builder b = AnnualReport.builder(e).agency(Agency.named("某县人民政府"))
                .year(e == Edition.LEGACY_2008 ? 2016 : 2022).title("某县政府信息公开工作年度报告");
        for (SectionDefinition sd : form.sections()) {
            Section.Builder sb = Section.builder(sd.numbering(), sd.title().zh()).form(sd.id());
            boolean mine = sd.id().startsWith(section);
            if (sd.id().equals("s1_overview")) {
                sb.paragraph(OVERVIEW);
            }
            if (mine) {
                sb.paragraph(sentence);
            } else if (sd.id().equals("s6_other") || sd.id().equals("leg_fees")) {
                sb.paragraph("本年度未收取信息处理费。");
            } else if (!sd.id().equals("s1_overview")) {
                sb.paragraph("本年度持续规范相关工作。");
            }
            b.section(sb.build());
        }
        WordedReports.tables(b, form, values);
        return b.build();
    }

    private static List<Finding> narrative(AnnualReport r) {
        return ReportValidator.standard().validate(r).findings().stream()
                .filter(f -> NARRATIVE_RULES.contains(f.ruleId())).toList();
    }

    private static List<Finding> s2022(String section, String sentence, Object... cells) {
        return narrative(report(Edition.STANDARD_2021, section, sentence, cells));
    }

    private static List<Finding> s2016(String section, String sentence, Object... cells) {
        return narrative(report(Edition.LEGACY_2008, section, sentence, cells));
    }

    private static final Object[] T3_36 = {"t3.r1.total", 36, "t3.r3_7.total", 36};
    private static final Object[] L_2016 = {"stats.l1.value", 3460, "stats.l21.value", 12, "stats.l26.value", 12};

    // ------------------------------------------------------------ figures of another year

    @Test
    void aFigureOfAnEarlierYearNamedByItsYearIsNotThisYears() {
        String s = "2021年收到政府信息公开申请40件，2022年收到政府信息公开申请36件。";
        assertThat(s2022("s3", s, T3_36)).isEmpty();
        List<Finding> f = s2022("s3", s, "t3.r1.total", 35, "t3.r3_7.total", 35);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("36件");
        assertThat(f.get(0).expected()).contains("35");
    }

    @Test
    void lastYearsFigureNamedByItsYearInALegacyReport() {
        assertThat(s2016("leg_proactive", "2016年全区共主动公开政府信息3460条，比2015年增加460条，2015年主动公开政府信息3000条。",
                L_2016)).isEmpty();
    }

    @Test
    void figuresOfSeveralYearsTogetherAreNotThisYears() {
        assertThat(s2022("s3", "近三年共收到政府信息公开申请100件。", T3_36)).isEmpty();
        assertThat(s2016("leg_proactive", "自2008年《条例》实施以来，累计主动公开政府信息30000余条，2016年主动公开政府信息3460条。",
                L_2016)).isEmpty();
        assertThat(s2016("leg_proactive", "自《条例》实施以来，累计主动公开政府信息30000条。", L_2016)).isEmpty();
    }

    @Test
    void cumulativeFiguresToDateAreNotThisYears() {
        assertThat(s2016("leg_proactive", "截至目前，累计主动公开政府信息30000条。", L_2016)).isEmpty();
        assertThat(s2016("leg_proactive", "截至2016年底，累计主动公开政府信息30000条。", L_2016)).isEmpty();
        assertThat(s2016("leg_proactive", "至今已累计主动公开政府信息30000条。", L_2016)).isEmpty();
        assertThat(s2016("leg_proactive", "《条例》实施八年来，累计主动公开政府信息30000条。", L_2016)).isEmpty();
        assertThat(s2016("leg_proactive", "2008年至2016年累计主动公开政府信息30000条。", L_2016)).isEmpty();
        // 累计 of the year alone is the year's figure
        List<Finding> f = s2016("leg_proactive", "本年度累计主动公开政府信息3000条。", L_2016);
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-TABLE-CONSISTENCY");
        assertThat(f.get(0).actual()).contains("3000条");
    }

    // ------------------------------------------------------------ the carry-over named elsewhere in the sentence

    private static final Object[] T3_34_2 = {"t3.r1.total", 34, "t3.r2.total", 2, "t3.r3_7.total", 36};

    @Test
    void notIncludingTheCarryOverIsTheNewRequests() {
        assertThat(s2022("s3", "本年度新收政府信息公开申请34件（不含上年结转2件），办结36件。", T3_34_2)).isEmpty();
    }

    @Test
    void theCarryOverNamedInAnotherClauseMayBeIncluded() {
        assertThat(s2022("s3", "本年度共受理政府信息公开申请36件，包括上年结转2件。", T3_34_2)).isEmpty();
        assertThat(s2022("s3", "本年度共受理政府信息公开申请36件，含结转2件。", T3_34_2)).isEmpty();
        assertThat(s2022("s3", "本年度共受理政府信息公开申请36件（其中上年结转2件）。", T3_34_2)).isEmpty();
        assertThat(s2022("s3", "本年度共受理政府信息公开申请36件，其中本年新收34件，上年结转2件。", T3_34_2)).isEmpty();
        assertThat(s2022("s3", "加上上年结转的2件，本年度共受理政府信息公开申请36件。", T3_34_2)).isEmpty();
        // 36 is neither the new requests (34) nor with the carry-over (35); and the 2 carried over are 1 in 二、上年结转
        List<Finding> f = s2022("s3", "本年度共受理政府信息公开申请36件，包括上年结转2件。",
                "t3.r1.total", 34, "t3.r2.total", 1, "t3.r3_7.total", 35);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK", "T3-TEXT-LINK");
        assertThat(f.get(0).expected()).contains("34");
        assertThat(f.get(1).actual()).contains("2件");
        assertThat(f.get(1).related()).extracting(Object::toString).containsExactly("t3.r2.total");
    }

    // ------------------------------------------------------------ figures of a part of the body, of a channel

    @Test
    void figuresOfTownshipsAndDepartmentsAreNotTheReports() {
        assertThat(s2022("s3", "各乡镇收到政府信息公开申请12件，县直部门收到政府信息公开申请24件。", T3_36)).isEmpty();
        assertThat(s2016("leg_proactive", "各乡镇主动公开政府信息1037条，县直各单位主动公开政府信息2423条。", L_2016)).isEmpty();
        assertThat(s2022("s2", "各乡镇制发规范性文件5件。", "t2.normative_documents.issued", 12)).isEmpty();
        assertThat(s2022("s2", "审核备案各部门制发的规范性文件30件。", "t2.normative_documents.issued", 12)).isEmpty();
    }

    @Test
    void figuresOfOneChannelAreNotTheReports() {
        assertThat(s2016("leg_proactive", "县政府门户网站主动公开政府信息2000条，各乡镇政务公开栏主动公开政府信息1460条。", L_2016))
                .isEmpty();
    }

    @Test
    void twoFiguresOfOneSubjectThatDisagreeInASentenceAreABreakdown() {
        assertThat(s2022("s3", "通过政府网站收到政府信息公开申请20件，现场收到政府信息公开申请16件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "本级收到政府信息公开申请36件，全区各部门共收到政府信息公开申请120件。", T3_36)).isEmpty();
    }

    @Test
    void figuresOfAPartOfTheYearOrOfSomeRequests() {
        assertThat(s2022("s3", "第四季度收到政府信息公开申请10件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "月均收到政府信息公开申请3件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "收到重复申请3件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "同一申请人收到政府信息公开申请10件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "转办政府信息公开申请5件，收到转来的政府信息公开申请3件。", T3_36)).isEmpty();
    }

    @Test
    void thisYearsFigureAfterLastYearsIsStillChecked() {
        String s = "上年度收到政府信息公开申请40件，本年度收到政府信息公开申请36件。";
        assertThat(s2022("s3", s, T3_36)).isEmpty();
        List<Finding> f = s2022("s3", s, "t3.r1.total", 38, "t3.r3_7.total", 38);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("36件");
    }

    @Test
    void everyChannelWithDengIsTheWhole() {
        String s = "通过当面、信函、网上等方式共收到政府信息公开申请36件。";
        assertThat(s2022("s3", s, T3_36)).isEmpty();
        List<Finding> f = s2022("s3", s, "t3.r1.total", 30, "t3.r3_7.total", 30);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("36件");
    }

    @Test
    void theReportsOwnFigureBesideThemIsStillChecked() {
        // the whole county's 36 may be more than the government's own 30 (NarrativeWordingRound3Test): reported only
        List<Finding> f = s2022("s3", "全县共收到政府信息公开申请36件。", "t3.r1.total", 30, "t3.r3_7.total", 30);
        assertThat(f).extracting(Finding::ruleId, Finding::severity).containsExactly(tuple("TXT-TABLE-CONSISTENCY", Severity.INFO));
        // but never less
        f = s2022("s3", "全县共收到政府信息公开申请36件。", "t3.r1.total", 40, "t3.r3_7.total", 40);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("36件");
    }

    // ------------------------------------------------------------ requests of another kind, things concluded

    @Test
    void lettersVisitsAndLicencesAreNotDisclosureRequests() {
        assertThat(s2022("s3", "受理群众来信来访申请50件，收到12345热线工单200件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "全年受理行政许可申请800件，办结800件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "本年度办结人大代表建议25件、政协提案30件。", T3_36)).isEmpty();
    }

    @Test
    void aBareBanjieAfterTheRequestsIsStillTheRequestsConcluded() {
        String s = "本年度共受理政府信息公开申请125件（含上年结转5件），办结118件，结转下年度继续办理7件。";
        // the 7 carried to the next year in 四、结转下年度继续办理 too (the text's 结转下年度 is read against it)
        assertThat(s2022("s3", s, "t3.r1.total", 120, "t3.r2.total", 5, "t3.r3_7.total", 118, "t3.r4.total", 7)).isEmpty();
        List<Finding> f = s2022("s3", s, "t3.r1.total", 120, "t3.r2.total", 5, "t3.r3_7.total", 117, "t3.r4.total", 7);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("118件");
        assertThat(f.get(0).expected()).contains("117");
    }

    @Test
    void someOfTheRequestsConcluded() {
        Object[] cells = {"t3.r1.total", 1036, "t3.r3_7.total", 1030, "t3.r4.total", 6};
        assertThat(s2022("s3", "收到政府信息公开申请1036件，超期办结0件。", cells)).isEmpty();
        assertThat(s2022("s3", "收到政府信息公开申请1036件，逾期办结0件。", cells)).isEmpty();
        assertThat(s2022("s3", "收到政府信息公开申请1036件，按时办结1020件，延期办结10件。", cells)).isEmpty();
        assertThat(s2022("s3", "收到政府信息公开申请1036件，办结1030件，未办结6件。", cells)).isEmpty();
        assertThat(s2022("s3", "收到政府信息公开申请1036件，答复期限内办结500件，延长答复期限办结530件。", cells)).isEmpty();
        List<Finding> f = s2022("s3", "收到政府信息公开申请1036件，办结1030件，办结率99.4%。",
                "t3.r1.total", 1036, "t3.r3_7.total", 1029, "t3.r4.total", 7);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("1030件");
    }

    // ------------------------------------------------------------ numerals

    @Test
    void approximateChineseNumeralsAreNoFigures() {
        assertThat(s2022("s3", "收到政府信息公开申请三四十件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "收到政府信息公开申请数十件。", T3_36)).isEmpty();
        assertThat(s2022("s3", "收到政府信息公开申请几十件。", T3_36)).isEmpty();
        List<Finding> f = s2022("s3", "收到政府信息公开申请三十五件。", T3_36);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("三十五件");
    }

    // ------------------------------------------------------------ 起, the measure word of cases

    @Test
    void casesCountedWithQi() {
        String s = "本年度共发生行政复议案件3起，结果维持2起，纠正1起。";
        assertThat(s2022("s4", s, "t4.cases.review_total", 3, "t4.cases.review_upheld", 2, "t4.cases.review_corrected", 1))
                .isEmpty();
        List<Finding> f = s2022("s4", s, "t4.cases.review_total", 4, "t4.cases.review_upheld", 3,
                "t4.cases.review_corrected", 1);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("3起");
    }

    // ------------------------------------------------------------ 均获维持

    @Test
    void upheldNarrowedToTheConcludedCases() {
        Object[] cells = {"t4.cases.review_total", 3, "t4.cases.review_upheld", 2, "t4.cases.review_pending", 1};
        assertThat(s2022("s4", "本年度发生行政复议3件，已审结的2件均获维持，尚未审结1件。", cells)).isEmpty();
        assertThat(s2022("s4", "本年度发生行政复议3件，已审结案件均获维持。", cells)).isEmpty();
    }

    @Test
    void upheldNarrowedEarlierInTheSentence() {
        Object[] cells = {"t4.cases.review_total", 3, "t4.cases.review_upheld", 2, "t4.cases.review_pending", 1};
        assertThat(s2022("s4", "本年度发生行政复议3件，除1件尚未审结外，其余均获维持。", cells)).isEmpty();
        assertThat(s2022("s4", "本年度发生行政复议3件，审结2件，均获维持。", cells)).isEmpty();
        assertThat(s2022("s4", "本年度因政府信息公开被申请行政复议3件，经复议，结果均获维持的2件，其他1件。",
                "t4.cases.review_total", 3, "t4.cases.review_upheld", 2, "t4.cases.review_other", 1)).isEmpty();
    }

    @Test
    void upheldIsAboutTheSubjectsNamedBeforeIt() {
        String s = "本年度发生行政复议2件，均维持原决定，其中1件申请人不服复议决定提起行政诉讼，目前尚未审结。";
        assertThat(s2022("s4", s, "t4.cases.review_total", 2, "t4.cases.review_upheld", 2,
                "t4.cases.after_review_total", 1, "t4.cases.after_review_pending", 1)).isEmpty();
        List<Finding> f = s2022("s4", s, "t4.cases.review_total", 2, "t4.cases.review_upheld", 1,
                "t4.cases.review_corrected", 1, "t4.cases.after_review_total", 1, "t4.cases.after_review_pending", 1);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
        assertThat(f.get(0).related()).extracting(Object::toString).containsExactly("t4.cases.review_corrected");
    }

    @Test
    void upheldOfLastYear() {
        assertThat(s2022("s4", "上年度行政复议案件均获维持。本年度行政复议2件。",
                "t4.cases.review_total", 2, "t4.cases.review_upheld", 1, "t4.cases.review_pending", 1)).isEmpty();
    }

    @Test
    void upheldAboutOneOfTwoSubjectsNamed() {
        Object[] cells = {"t4.cases.review_total", 3, "t4.cases.review_upheld", 3, "t4.cases.direct_total", 2,
            "t4.cases.direct_upheld", 1, "t4.cases.direct_corrected", 1};
        assertThat(s2022("s4", "行政复议3件、行政诉讼2件，复议案件均获维持。", cells)).isEmpty();
        // opening its clause, it is about both: the litigation corrected once contradicts it
        List<Finding> f = s2022("s4", "行政复议3件、行政诉讼2件，均获维持。", cells);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
        assertThat(f.get(0).related()).extracting(Object::toString).containsExactly("t4.cases.direct_corrected");
    }

    @Test
    void upheldOfTheOnlySubjectNamedIsStillChecked() {
        List<Finding> f = s2022("s4", "本年度因政府信息公开申请被申请行政复议3件，均获维持。",
                "t4.cases.review_total", 3, "t4.cases.review_upheld", 2, "t4.cases.review_corrected", 1);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
        assertThat(f.get(0).related()).extracting(Object::toString).containsExactly("t4.cases.review_corrected");
    }

    // ------------------------------------------------------------ lists

    @Test
    void aListWhoseSeparatorsChangeIsNotSummed() {
        // the table gives the channels the sentence lists (三、（一）1. and 3.)
        Object[] byChannel = {"stats.l1.value", 3460, "stats.l21.value", 12, "stats.l22.value", 2, "stats.l24.value", 10,
            "stats.l26.value", 12};
        assertThat(s2016("leg_requests", "2016年共受理政府信息公开申请12件，其中当面申请2件、网上申请10件，已答复12件。", byChannel))
                .isEmpty();
        assertThat(s2022("s2", "共公开财政预决算信息15条，其中部门预算8条、部门决算7条，“三公”经费2条。")).isEmpty();
    }

    @Test
    void aSeparatorInsideAPartsNameIsNoChangeOfSeparator() {
        // 政策、规范性文件类 names one part; the parts are all separated by ，: 25+68+28 = 121, not 120
        List<Finding> f = s2022("s2", "共公布政府信息120条，其中机构职能类信息25条，政策、规范性文件类信息68条，规划计划类信息28条。");
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-LIST-SUM");
        assertThat(f.get(0).actual()).contains("121条");
    }

    @Test
    void aFigureOfAnotherSubjectEndsTheList() {
        // the table gives the results the list names (nothing carried over: they are those of the requests received)
        assertThat(s2022("s3", "本年度共收到政府信息公开申请36件，其中予以公开20件，部分公开6件，不予公开2件，无法提供8件，办结36件。",
                "t3.r1.total", 36, "t3.r3_7.total", 36, "t3.r3_1.total", 20, "t3.r3_2.total", 6, "t3.r3_3_5.total", 2,
                "t3.r3_4_1.total", 8)).isEmpty();
        assertThat(s2022("s3", "本年度共收到政府信息公开申请36件，其中自然人34件，法人2件，引发行政复议1件。",
                "t3.r1.total", 36, "t3.r1.natural_person", 34, "t3.r1.research_institution", 2, "t3.r3_7.total", 36,
                "t4.cases.review_total", 1, "t4.cases.review_upheld", 1)).isEmpty();
        // the 办结 after the list is still read: 36 against 35
        List<Finding> f = s2022("s3", "本年度共收到政府信息公开申请36件，其中自然人34件，法人2件，已办结36件。",
                "t3.r1.total", 36, "t3.r1.natural_person", 34, "t3.r1.other_org", 2, "t3.r3_7.total", 35, "t3.r4.total", 1);
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).expected()).contains("35");
    }

    @Test
    void dengBetweenTheTotalAndTheListMakesItOpenEnded() {
        assertThat(s2022("s3", "本年度共收到政府信息公开申请36件，主要涉及城建、国土、民政等领域，其中城建20件，国土10件。", T3_36))
                .isEmpty();
        assertThat(s2022("s3", "本年度共收到政府信息公开申请36件，主要涉及城建、国土等领域，其中城建30件，国土10件。", T3_36))
                .extracting(Finding::ruleId).containsExactly("TXT-LIST-SUM");
    }

    @Test
    void aListOfChannelsNeedNotAddUp() {
        // the same item goes out through several channels (the legacy table counts it once in 一（一）)
        assertThat(s2022("s2", "共主动公开政府信息3000条，其中通过门户网站公开2000条，通过政务新媒体公开1500条。")).isEmpty();
        assertThat(s2016("leg_proactive", "主动公开政府信息3460条，其中通过政府网站公开3400条，政府公报公开20条，政务微博公开100条。",
                L_2016)).isEmpty();
    }

    @Test
    void lastYearsFigureIsNoPartOfAList() {
        assertThat(s2022("s2", "共公开信息500条，其中本级300条、下属单位200条，上年同期为450条。")).isEmpty();
    }

    @Test
    void aListThatDoesNotAddUpIsStillFound() {
        List<Finding> f = s2022("s2", "共主动公开政府信息3000条，其中政策文件1200条、人事信息300条、财政信息600条。");
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-LIST-SUM");
        assertThat(f.get(0).expected()).contains("3000条");
        assertThat(f.get(0).actual()).contains("2100条");
        // beside a table of 30 and 6, the parts add up to 35 and the 5 of legal persons is not the table's 6
        f = s2022("s3", "本年度共收到政府信息公开申请36件，其中自然人申请30件，法人或其他组织申请5件。", "t3.r1.total", 36,
                "t3.r1.natural_person", 30, "t3.r1.commercial_enterprise", 4, "t3.r1.legal_service_org", 2, "t3.r3_7.total", 36);
        assertThat(f).extracting(Finding::ruleId, Finding::actual).containsExactlyInAnyOrder(
                tuple("TXT-LIST-SUM", Optional.of("35件")), tuple("T3-TEXT-LINK", Optional.of("5件")));
    }

    // ------------------------------------------------------------ fees of section 六

    @Test
    void feeStatementsThatSayNothingWasCollected() {
        assertThat(s2022("s6", "本年度收取信息处理费0元。")).isEmpty();
        assertThat(s2022("s6", "本年度收取信息处理费共计0元。")).isEmpty();
        assertThat(s2022("s6", "本年度不存在收取信息处理费的情况。")).isEmpty();
        assertThat(s2022("s6", "本年度未产生信息处理费。")).isEmpty();
    }

    @Test
    void feeStatementsWordedAsTheFormatOrAsANote() {
        assertThat(s2022("s6", "本年度信息处理费收取情况：无。")).isEmpty();
        assertThat(s2022("s6", "信息处理费：0元。")).isEmpty();
        assertThat(s2022("s6", "本年度信息处理费为0。")).isEmpty();
        assertThat(s2022("s6", "本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。")).isEmpty();
        assertThat(s2022("s6", "本年度共发出收费通知书0份。")).isEmpty();
        assertThat(s2022("s6", "本年度未发生信息处理费收取情况。")).isEmpty();
        assertThat(s2022("s6", "本机关本年度未依据《政府信息公开信息处理费管理办法》收取信息处理费。")).isEmpty();
    }

    @Test
    void aNoticeWhoseFeeWasNotPaid() {
        String s = "按照《政府信息公开信息处理费管理办法》，本年度共发出收费通知书1份，涉及金额200元，申请人逾期未缴纳，实收0元。";
        assertThat(s2022("s6", s, "t3.r3_6_2.total", 1)).isEmpty();
        // 表三 （六）2. counts a request dropped for a fee not paid: a section 六 saying there was no fee contradicts it
        assertThat(s2022("s6", "本年度信息处理费为0。", "t3.r3_6_2.total", 1)).extracting(Finding::ruleId)
                .containsExactly("T3-FEE-LINK");
    }

    @Test
    void feesActuallyCollected() {
        assertThat(s2022("s6", "本年度发出收费通知1件，金额200元，实际收取200元。")).isEmpty();
        List<Finding> f = s2022("s6", "本年度发出收费通知1件，金额200元，实际收取300元。");
        assertThat(f).extracting(Finding::ruleId).containsExactly("FEE-COLLECTED-LE-NOTIFIED");
        assertThat(f.get(0).expected()).contains("200元");
        assertThat(f.get(0).actual()).contains("300元");
    }

    @Test
    void aFeeStatementWithoutTheCollectedAmountIsStillIncomplete() {
        assertThat(s2022("s6", "本年度发出收费通知1件，金额200元。")).extracting(Finding::ruleId)
                .containsExactly("FEE-REPORT");
    }
}
