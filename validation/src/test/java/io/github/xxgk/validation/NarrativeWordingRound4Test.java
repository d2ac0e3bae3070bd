package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on wordings of the fourth round, sentences as county departments and governments write them
 * in the sections of 2021-format reports: the request figures with their channels, applicants, contents, times and
 * last year's figures beside them; reconsiderations and lawsuits with their outcomes and instances; the cases over
 * fees only and the cases of one outcome stated nil; reconsiderations that a government hears as the deciding organ;
 * normative documents. Each sentence first stands beside tables that agree with it (no finding), then, where it
 * states a figure of a cell, beside a table that does not (the contradiction found). Every expected value is read
 * off the sentence and the table by hand.
 */
class NarrativeWordingRound4Test {

    private static final Object[] T3_36 = {"t3.r1.total", 36, "t3.r3_7.total", 36};
    private static final Object[] T3_30 = {"t3.r1.total", 30, "t3.r3_7.total", 30};
    private static final Object[] REVIEW_1 = {"t4.cases.review_total", 1, "t4.cases.review_upheld", 1};

    private static void noFinding(Report r, String section, String... sentences) {
        for (String s : sentences) {
            assertThat(r.says(section, s).findings()).as(s).isEmpty();
        }
    }

    /** The only finding of the sentence: its rule, a warning, on the printed figure against the cell's value. */
    private static void contradicted(Report r, String section, String sentence, String rule, String printed,
            String value) {
        List<Finding> f = r.says(section, sentence).findings();
        assertThat(f).as(sentence).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple(rule, Severity.WARNING));
        assertThat(f.get(0).actual().orElseThrow()).as(sentence).contains(printed);
        assertThat(f.get(0).expected().orElseThrow()).as(sentence).contains(value);
    }

    // ------------------------------------------------------------ requests

    @Test
    void requestFiguresWithTheirChannelsApplicantsAndTimesAgree() {
        noFinding(department().cells(T3_36), "s3",
                "2022年，本机关共收到政府信息公开申请36件，其中网上申请30件，当面申请4件，信函申请2件。",
                "本年度共收到政府信息公开申请36件，与上年相比，申请数量增加5件，增长16.1%。",
                "本年度共受理政府信息公开申请36件，按时答复率100%。",
                "申请内容主要集中在征地拆迁、规划建设等方面，其中涉及征地拆迁类申请15件，占41.7%。",
                "2022年1月1日至12月31日，共收到政府信息公开申请36件。",
                "截至2022年12月31日，共收到政府信息公开申请36件。",
                "全年累计收到申请36件，其中，通过政府信息公开网上申请平台收到28件、信函8件。",
                "全年共受理政府信息公开申请 36 件，全部在法定时限内予以答复。",
                "本年度收到政府信息公开申请36件（不含重复申请4件）。",
                "全年共受理政府信息公开申请36件，较2021年的31件增加5件。",
                "全年共受理政府信息公开申请36件，2021年为31件。",
                "全年共受理政府信息公开申请36件，上年同期31件。",
                "本年度共收到政府信息公开申请36件，较上年减少4件，下降10%。",
                "本年度共收到政府信息公开申请36件，比2021年（40件）有所下降。",
                "在收到的36件申请中，有30件予以公开。",
                "共收到政府信息公开申请36件（同一申请人提出的内容相同的申请按1件计）。",
                "本年度收到政府信息公开申请36件，每件申请均在20个工作日内答复。",
                "本年度收到政府信息公开申请36件，平均答复时间为8个工作日。",
                "本年度收到政府信息公开申请36件，涉及申请人25人。",
                "本年度共收到政府信息公开申请36件，其中1件申请人撤回申请。",
                "全年受理群众来信来访36件，收到人大代表建议12件。",
                "近三年来，共收到政府信息公开申请100件。", "自2019年以来，共收到申请100件。");
        noFinding(department().cells("t3.r1.total", 36, "t3.r1.natural_person", 30, "t3.r1.commercial_enterprise", 6,
                "t3.r3_7.total", 36), "s3", "从申请主体看，自然人申请30件，法人或其他组织申请6件。",
                "本年度共收到政府信息公开申请36件，其中自然人申请30件，商业企业申请6件。");
        noFinding(department().cells("t3.r1.total", 36, "t3.r3_7.total", 35, "t3.r4.total", 1), "s3",
                "本年度共收到政府信息公开申请36件，办结35件，1件结转至2023年办理。");
        noFinding(department().cells("t3.r1.total", 36, "t3.r2.total", 2, "t3.r3_7.total", 38), "s3",
                "2022年共受理政府信息公开申请36件，2021年结转申请2件，合计38件。", "新收申请36件，上年结转2件，办结38件。",
                "全年收到申请36件；2021年度结转的2件申请均在今年1月办结。");
        noFinding(department().cells("t3.r1.total", 35, "t3.r2.total", 1, "t3.r3_7.total", 36), "s3",
                "我局2022年共收到政府信息公开申请36件（其中1件为2021年结转），全部按期答复。");
        noFinding(department(), "s3", "本年度我单位未收到政府信息公开申请，无上年结转申请。");
    }

    @Test
    void requestFiguresAgainstAnotherTableAreContradicted() {
        for (String s : List.of("2022年，本机关共收到政府信息公开申请36件，其中网上申请30件，当面申请4件，信函申请2件。",
                "本年度共受理政府信息公开申请36件，按时答复率100%。", "本年度新收政府信息公开申请36件，已答复36件。",
                "全年共收到政府信息公开申请36件次。", "2022年1月1日至12月31日，共收到政府信息公开申请36件。",
                "全年累计收到申请36件，其中，通过政府信息公开网上申请平台收到28件、信函8件。",
                "全年共受理政府信息公开申请 36 件，全部在法定时限内予以答复。")) {
            contradicted(department().cells(T3_30), "s3", s, "T3-TEXT-LINK", "36", "30");
        }
        contradicted(department().cells(T3_30), "s3", "本年度共收到政府信息公开申请三十六件。", "T3-TEXT-LINK", "三十六件", "30");
        // the parts agree with their rows (which add up to 36, not to the table's 30): only the total is contradicted
        contradicted(department().cells(T3_30).cells("t3.r3_1.total", 20, "t3.r3_2.total", 6, "t3.r3_3_1.total", 2,
                "t3.r3_4_1.total", 5, "t3.r3_5_2.total", 3), "s3",
                "全年共办结政府信息公开申请36件，其中予以公开20件，部分公开6件，不予公开2件，无法提供5件，不予处理3件。",
                "T3-TEXT-LINK", "36件", "30");
        contradicted(department().cells("t3.r1.total", 36, "t3.r3_7.total", 30, "t3.r4.total", 1), "s3",
                "本年度共收到政府信息公开申请36件，办结35件，1件结转至2023年办理。", "T3-TEXT-LINK", "35件", "30");
        contradicted(department().cells("t3.r1.total", 3, "t3.r3_7.total", 3), "s3",
                "本年度我单位未收到政府信息公开申请，无上年结转申请。", "T3-TEXT-LINK", "0", "3");
    }

    // ------------------------------------------------------------ reconsiderations and lawsuits

    @Test
    void casesWithTheirOutcomesAndInstancesAgree() {
        noFinding(department().cells(REVIEW_1), "s4", "2022年度，我局共发生政府信息公开行政复议案件1件，结果为维持；行政诉讼案件0件。",
                "2022年，本机关政府信息公开行政复议案件1件，行政诉讼案件0件，与上年持平。",
                "本年度政府信息公开行政复议案件1件（系上年结转），已审结，结果维持。",
                "本年度，本机关因政府信息公开被申请行政复议1次。",
                "其中行政复议结果维持1件，结果纠正0件，其他结果0件，尚未审结0件。", "行政复议及行政诉讼案件较上年减少2件。",
                "本年度办理各类行政复议案件150件，其中政府信息公开类12件。");
        noFinding(department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 1,
                "t4.cases.review_pending", 1, "t4.cases.after_review_total", 1, "t4.cases.after_review_upheld", 1), "s4",
                "全年因政府信息公开工作被申请行政复议2件，其中结果维持1件、尚未审结1件；被提起行政诉讼1件（复议后起诉），结果维持。");
        noFinding(department().cells("t4.cases.direct_total", 2, "t4.cases.direct_upheld", 2), "s4",
                "本年度共有政府信息公开行政诉讼案件2件，一审1件、二审1件，均维持。", "行政诉讼2件（一审1件、二审1件）。");
        noFinding(department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1, "t4.cases.direct_total", 1,
                "t4.cases.direct_upheld", 1), "s4", "行政复议1件，维持1件；行政诉讼1件，维持1件。", "被申请行政复议1件，被起诉1件。",
                "全年无政府信息公开行政复议被纠错、行政诉讼败诉案件。");
        noFinding(department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 1,
                "t4.cases.review_corrected", 1, "t4.cases.direct_total", 1, "t4.cases.direct_upheld", 1), "s4",
                "2022年，我局共有政府信息公开行政复议案件2件，其中维持1件，纠正1件；政府信息公开行政诉讼案件1件，法院判决驳回诉讼请求。");
        noFinding(department(), "s4", "本年度未发生政府信息公开行政复议、行政诉讼案件。");
    }

    @Test
    void casesAgainstAnotherTableAreContradicted() {
        contradicted(department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2), "s4",
                "2022年度，我局共发生政府信息公开行政复议案件1件，结果为维持；行政诉讼案件0件。", "T4-TEXT-LINK", "1件", "2");
        contradicted(department().cells("t4.cases.direct_total", 3, "t4.cases.direct_upheld", 3), "s4",
                "本年度共有政府信息公开行政诉讼案件2件，一审1件、二审1件，均维持。", "T4-TEXT-LINK", "2件", "3");
        contradicted(department().cells(REVIEW_1), "s4", "全年因政府信息公开被申请行政复议0件，被提起行政诉讼0件。",
                "T4-TEXT-LINK", "0件", "1");
        contradicted(department().cells(REVIEW_1), "s4", "本年度没有因政府信息公开工作被申请行政复议或提起行政诉讼的情况。",
                "T4-TEXT-LINK", "0", "1");
        contradicted(department().cells("t4.cases.direct_total", 1, "t4.cases.direct_upheld", 1), "s4",
                "本年度本机关未发生因政府信息公开引起的行政复议、行政诉讼情况。", "T4-TEXT-LINK", "0", "1");
    }

    @Test
    void nilCasesOverFeesOnlyOrOfOneOutcomeStateNoTotal() {
        // section 六 on fees: the cases over fees are some of the cases of 表四
        noFinding(department().cells(REVIEW_1), "s6", "本年度无涉及信息处理费的行政复议、行政诉讼。");
        noFinding(department().cells(REVIEW_1), "s4", "本年度未发生因政府信息公开被纠错的行政复议案件。",
                "本年度未发生涉及收费的政府信息公开行政复议案件。");
        // the cases of the body still are
        contradicted(department().cells(REVIEW_1), "s4", "本年度未发生涉及政府信息公开的行政复议案件。", "T4-TEXT-LINK", "0",
                "1");
    }

    @Test
    void reconsiderationsHeardAsTheDecidingOrganHaveNoCell() {
        noFinding(department().cells(REVIEW_1), "s4", "市政府作为复议机关审理政府信息公开类行政复议案件20件。",
                "全年共审理政府信息公开类行政复议案件20件，其中维持18件。");
        // the body's own, beside them, still compared
        contradicted(department().cells(REVIEW_1), "s4",
                "市政府作为复议机关审理行政复议案件20件，本机关因政府信息公开被申请行政复议2件。", "T4-TEXT-LINK", "2件", "1");
    }

    // ------------------------------------------------------------ normative documents

    @Test
    void normativeDocumentFiguresAgreeOrAreContradicted() {
        Object[] docs = {"t2.normative_documents.issued", 3, "t2.normative_documents.repealed", 1,
            "t2.normative_documents.in_force", 12};
        noFinding(department().cells(docs), "s2", "本年度制发规范性文件3件，废止1件，现行有效12件。",
                "本年度制定并公开规范性文件3件，现行有效规范性文件12件。", "截至2022年底，现行有效规范性文件12件。",
                "全年共审核规范性文件5件，均按规定进行备案。", "制发的规范性文件3件均在网站公开。", "2022年共发布规范性文件3个。",
                "在政府门户网站发布信息1200余条，其中规范性文件3件、政策解读26篇。", "公开行政规范性文件12件，政策解读材料15篇。");
        contradicted(department().cells("t2.normative_documents.issued", 4, "t2.normative_documents.in_force", 12), "s2",
                "本年度制发规范性文件3件，废止1件，现行有效12件。", "TXT-TABLE-CONSISTENCY", "3件", "4");
        contradicted(department().cells("t2.normative_documents.issued", 3, "t2.normative_documents.in_force", 13), "s2",
                "现行有效行政规范性文件共12件。", "TXT-TABLE-CONSISTENCY", "12件", "13");
    }
}
