package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on wordings of the third round: figures of the whole area in the report of a government
 * whose tables may count its own level only (全市共收到…申请1560件 beside 312); differences and last year's figures
 * (同比, 较上年, 增长, 下降); the carry-over; lists in parentheses; cumulative figures, ranges and parts of the year;
 * numbers that are no figure of a cell (document and phone numbers, staff, rates); channels, platforms and
 * meetings that have no cell; Chinese numerals; nil statements of another year or of a part; fees. Each sentence
 * is in a report of a county department unless told, whose tables agree with what it says (no finding), and its
 * plain contradictions are found. Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingRound3Test {

    private static final Object[] T3_36 = {"t3.r1.total", 36, "t3.r3_7.total", 36};
    /** The 36 requests by applicant: 34 of natural persons, 2 of commercial enterprises. */
    private static final Object[] APPLICANTS_34_2 = {"t3.r1.natural_person", 34, "t3.r1.commercial_enterprise", 2};
    /**
     * The results of 三、 as the sentences list them after the 36 received (nothing carried over, so the results are
     * those of the requests received): 20 disclosed, 6 in part, 2 internal affairs, 8 not held; with {@code 9} not held
     * for the sentences whose list adds up to 37.
     */
    private static final Object[] RESULTS_36 = {"t3.r3_1.total", 20, "t3.r3_2.total", 6, "t3.r3_3_5.total", 2,
        "t3.r3_4_1.total", 8};
    private static final Object[] RESULTS_37 = {"t3.r3_1.total", 20, "t3.r3_2.total", 6, "t3.r3_3_5.total", 2,
        "t3.r3_4_1.total", 9};

    private static Report city() {
        return new Report().agency("某市人民政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT);
    }

    private static Report county() {
        return new Report();
    }

    private static Report township() {
        return new Report().agency("某镇人民政府", AgencyKind.TOWNSHIP_OR_STREET);
    }

    private static void noFinding(Report r, String... sentences) {
        for (String s : sentences) {
            assertThat(r.says(r.sentences.isEmpty() ? "s3" : r.sentences.keySet().iterator().next(), s).findings())
                    .as(s).isEmpty();
        }
    }

    /** The only finding of a report: its rule, a warning, on the printed figure. */
    private static Finding warning(Report r, String rule, String printed) {
        List<Finding> f = r.findings();
        assertThat(f).extracting(Finding::ruleId, Finding::severity).containsExactly(tuple(rule, Severity.WARNING));
        assertThat(f.get(0).actual()).contains(printed);
        return f.get(0);
    }

    // ------------------------------------------------------------ the whole area and the body's own level

    @Test
    void theWholeAreaAboveTheTableIsReportedNotContradicted() {
        Object[] own = {"t3.r1.total", 312, "t3.r3_7.total", 312};
        for (String s : List.of("全市共收到政府信息公开申请1560件。", "2022年，全市共收到政府信息公开申请1560件，较上年增长12.5%。",
                "本年度，我市共收到政府信息公开申请1560件。", "全省共收到政府信息公开申请1560件，其中自然人1500件，法人60件。")) {
            List<Finding> f = city().says("s3", s).cells(own).findings();
            assertThat(f).as(s).extracting(Finding::ruleId, Finding::severity)
                    .containsExactly(tuple("TXT-TABLE-CONSISTENCY", Severity.INFO));
            assertThat(f.get(0).actual()).contains("1560件");
            assertThat(f.get(0).expected()).contains("312");
        }
        // both figures of the sentence, each against its own cell
        List<Finding> f = county().says("s3", "本年度，全县共收到政府信息公开申请156件，办结156件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId, Finding::severity).containsExactly(
                tuple("TXT-TABLE-CONSISTENCY", Severity.INFO), tuple("TXT-TABLE-CONSISTENCY", Severity.INFO));
        assertThat(f).extracting(x -> x.related()).containsExactly(List.of(CellId.parse("t3.r1.total")),
                List.of(CellId.parse("t3.r3_7.total")));
        // reconsiderations and lawsuits of the whole city
        f = city().says("s4", "全市因政府信息公开引发的行政复议案件20件、行政诉讼案件8件。")
                .cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2, "t4.cases.direct_total", 1,
                        "t4.cases.direct_upheld", 1).findings();
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.INFO);
        // agreeing, nothing at all; the whole of the city's organs (机关) is another's already
        noFinding(city().cells(own), "全市共收到政府信息公开申请312件。", "全市各级行政机关共收到政府信息公开申请1560件。");
    }

    @Test
    void theAreaMessageQuotesTheSentenceAndPointsAtTheFigure() {
        String s = "2022年，全市共收到政府信息公开申请1560件，较上年增长12.5%。";
        Finding f = city().says("s3", s).cells("t3.r1.total", 312, "t3.r3_7.total", 312).findings().get(0);
        TextPosition at = f.location().text().orElseThrow();
        assertThat(f.location().id()).isEqualTo("sections/2");
        assertThat(s.substring(at.start(), at.end())).isEqualTo("1560件");
        assertThat(s.substring(at.sentenceStart(), at.sentenceEnd())).isEqualTo(s);
        assertThat(f.message(Locale.CHINA)).contains("“" + s + "”").contains("1560件").contains("312").contains("不作比对");
        assertThat(f.message(Locale.ENGLISH)).contains("“" + s + "”").contains("for the whole area as 1560件")
                .contains("is 312").contains("not compared");
    }

    @Test
    void nilAndListMessagesQuoteTheSentenceAndPointAtIt() {
        String before = "本年度持续做好依申请公开工作。";
        String s = "与上年相比，本年度未收到政府信息公开申请。";
        Finding f = department().says("s3", before).also("s3", before + s).cells("t3.r1.total", 3, "t3.r3_7.total", 3)
                .findings().get(0);
        TextPosition at = f.location().text().orElseThrow();
        String p = before + s;
        assertThat(at.paragraph()).isEqualTo(1);
        assertThat(p.substring(at.start(), at.end())).isEqualTo("未收到政府信息公开申请");
        assertThat(p.substring(at.sentenceStart(), at.sentenceEnd())).isEqualTo(s);
        assertThat(f.message(Locale.CHINA)).isEqualTo("三、收到和处理政府信息公开申请情况：“" + s
                + "”所称收到政府信息公开申请 0 与 表三 一、本年新收政府信息公开申请数量 × 总计 的 3 不符。");
        String list = "本年度收到政府信息公开申请36件，其中予以公开20件，部分公开6件，不予公开2件，无法提供9件。";
        f = department().says("s3", list).cells(T3_36).cells(RESULTS_37).findings().get(0);
        at = f.location().text().orElseThrow();
        assertThat(list.substring(at.start(), at.end())).isEqualTo("36件");
        assertThat(list.substring(at.sentenceStart(), at.sentenceEnd())).isEqualTo(list);
        assertThat(f.message(Locale.CHINA)).contains("“" + list + "”").contains("37件").contains("36件");
        assertThat(f.message(Locale.ENGLISH)).contains("“" + list + "”").contains("add up to 37件").contains("36件");
    }

    @Test
    void theWholeAreaBelowTheTableIsStillAContradiction() {
        // the whole area is no less than the body's own level: 200 against 312, nothing against 3
        warning(city().says("s3", "全市共收到政府信息公开申请200件。").cells("t3.r1.total", 312, "t3.r3_7.total", 312),
                "T3-TEXT-LINK", "200件");
        Finding f = warning(city().says("s3", "全市未收到政府信息公开申请。").cells("t3.r1.total", 3, "t3.r3_7.total", 3),
                "T3-TEXT-LINK", "0");
        assertThat(f.expected()).contains("3");
        // the new and the carried-over requests of the body's own table, the carry-over unsaid (平潭 2022: 75 = 74 + 1)
        warning(county().says("s3", "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件。")
                .cells("t3.r1.total", 74, "t3.r2.total", 1, "t3.r3_7.total", 75), "T3-TEXT-LINK", "75件");
    }

    @Test
    void aDepartmentsYearIsStillCompared() {
        noFinding(department().cells(T3_36), "全年共收到政府信息公开申请36件，较上年减少4件。",
                "2022年，我局共收到政府信息公开申请36件，同比增长20%。");
        warning(department().says("s3", "全年共收到政府信息公开申请40件，较上年减少4件。").cells(T3_36), "T3-TEXT-LINK", "40件");
        warning(department().says("s3", "2022年，我局共收到政府信息公开申请40件，同比增长20%。").cells(T3_36),
                "T3-TEXT-LINK", "40件");
        // the whole city beside the bureau's own figure: the bureau's is compared, the city's only reported
        List<Finding> f = department().says("s3", "全市共收到政府信息公开申请1560件，我局收到36件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(f.get(0).actual()).contains("1560件");
    }

    @Test
    void aTownshipsWholeIsTheTownships() {
        Object[] two = {"t3.r1.total", 2, "t3.r3_7.total", 2};
        noFinding(township().cells(two), "全镇共收到政府信息公开申请2件，均已按时答复。",
                "2022年度，本镇收到政府信息公开申请2件，较上年增加1件。");
        warning(township().says("s3", "全镇共收到政府信息公开申请3件，均已按时答复。").cells(two), "T3-TEXT-LINK", "3件");
        warning(township().says("s3", "本年度我镇未收到政府信息公开申请。").cells("t3.r1.total", 1, "t3.r3_7.total", 1),
                "T3-TEXT-LINK", "0");
    }

    @Test
    void aMinistrysSystemIsNotItsOwnLevel() {
        Report m = new Report().agency("国家某某总局", AgencyKind.STATE_COUNCIL_DEPARTMENT)
                .cells("t3.r1.total", 320, "t3.r3_7.total", 320);
        noFinding(m, "全国税务系统共收到政府信息公开申请12000件，其中本级收到320件。", "部机关共收到政府信息公开申请320件，较上年增长5%。");
    }

    // ------------------------------------------------------------ differences, last year, the carry-over

    @Test
    void differencesAndLastYearsFiguresAreNotThisYears() {
        noFinding(department().cells(T3_36), "本年度收到政府信息公开申请36件，上年同期为40件。",
                "本年度收到政府信息公开申请36件，比上年的40件减少4件。", "本年度收到政府信息公开申请36件，较2021年的40件有所下降。",
                "本年度收到政府信息公开申请36件（上年度为28件），增幅28.6%。", "本年度收到政府信息公开申请36件，比上年（28件）增加8件。",
                "与上年相比，本年度收到政府信息公开申请数量增加8件。", "收到政府信息公开申请同比减少8件。",
                "收到政府信息公开申请数量较上年下降12件。", "本年度收到政府信息公开申请增加8件，达到36件。");
        noFinding(department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1).says("s4", ""),
                "本年度行政复议案件较上年减少2件，行政诉讼案件同比持平。");
        noFinding(department().cells("t2.normative_documents.issued", 5).says("s2", ""), "本年度新制发规范性文件5件，较上年增加2件。");
        warning(department().says("s3", "本年度收到政府信息公开申请30件，比上年的40件减少10件。").cells(T3_36),
                "T3-TEXT-LINK", "30件");
    }

    @Test
    void theCarryOver() {
        Object[] carried = {"t3.r1.total", 36, "t3.r2.total", 2, "t3.r3_7.total", 38};
        noFinding(department().cells(carried), "本年度共收到政府信息公开申请36件，比上年增加6件，上年度结转2件。",
                "本年度新收政府信息公开申请36件，上年结转2件，共计38件，已全部办结。",
                "本年度共收到政府信息公开申请38件（含上年结转2件），办结38件。", "上年度结转的2件政府信息公开申请已于本年度全部办结。",
                "本年度办结政府信息公开申请38件（含上年结转2件）。", "累计受理政府信息公开申请38件，其中上年结转2件。");
        noFinding(department().cells("t3.r2.total", 2, "t3.r3_7.total", 2), "本年度未收到政府信息公开申请，上年结转的2件已办结。",
                "本年度收到政府信息公开申请0件，办结上年结转申请2件。", "本年度未收到新的政府信息公开申请。");
        // no carry-over in 表三: 38 received with it is 2 too many, the 2 carried over are 0 in 二、上年结转, and 38
        // concluded is 2 too many
        List<Finding> f = department().says("s3", "本年度共收到政府信息公开申请38件（含上年结转2件），办结38件。").cells(T3_36)
                .findings();
        assertThat(f).extracting(Finding::ruleId, Finding::actual).containsExactly(
                tuple("T3-TEXT-LINK", java.util.Optional.of("38件")), tuple("T3-TEXT-LINK", java.util.Optional.of("2件")),
                tuple("T3-TEXT-LINK", java.util.Optional.of("38件")));
    }

    @Test
    void listsAndParentheses() {
        noFinding(department().cells(T3_36).cells(APPLICANTS_34_2).cells(RESULTS_36), "本年度共收到政府信息公开申请36件（其中自然人申请34件、法人或其他组织申请2件）。",
                "本年度收到政府信息公开申请36件，其中当面申请4件、网上申请30件、信函申请2件。",
                "本年度收到政府信息公开申请36件，其中予以公开20件，部分公开6件，不予公开2件，无法提供8件。",
                "本年度，共收到政府信息公开申请36件（其中，网上申请30件，信函申请6件）。",
                "本年度收到的政府信息公开申请中，涉及城乡建设类12件、社会保障类10件。");
        // the parts add up to 32, and the 30 of natural persons contradicts the table's 34
        List<Finding> f = department().says("s3", "本年度共收到政府信息公开申请36件（其中自然人申请30件、法人或其他组织申请2件）。")
                .cells(T3_36).cells(APPLICANTS_34_2).findings();
        assertThat(f).extracting(Finding::ruleId, Finding::actual).containsExactlyInAnyOrder(
                tuple("TXT-LIST-SUM", java.util.Optional.of("32件")), tuple("T3-TEXT-LINK", java.util.Optional.of("30件")));
        warning(department().says("s3", "本年度收到政府信息公开申请36件，其中予以公开20件，部分公开6件，不予公开2件，无法提供9件。")
                .cells(T3_36).cells(RESULTS_37), "TXT-LIST-SUM", "37件");
    }

    @Test
    void cumulativeFiguresRangesAndPartsOfTheYear() {
        noFinding(department().cells(T3_36), "自2008年《条例》实施以来，累计收到政府信息公开申请520件。", "近3年共收到政府信息公开申请120件。",
                "近年来共收到政府信息公开申请120件。", "第3季度收到政府信息公开申请20件。", "前三季度收到政府信息公开申请30件。",
                "1-6月收到政府信息公开申请20件。", "1至11月共收到政府信息公开申请30件。", "12月份收到政府信息公开申请5件。",
                "2021年至2022年共收到政府信息公开申请70件。", "每件申请均在10至20个工作日内答复。",
                "本年度收到政府信息公开申请36件，每月收到3至5件。", "本年度收到政府信息公开申请10至20件不等。",
                "截至本报告发布时，收到申请5件。", "2023年1月1日至本报告发布日，收到政府信息公开申请5件。");
        // a year named by its months is the year
        warning(department().says("s3", "2022年1月至12月，共收到政府信息公开申请30件。").cells(T3_36), "T3-TEXT-LINK", "30件");
        warning(department().says("s3", "本年度收到政府信息公开申请30件，每月收到3至5件。").cells(T3_36), "T3-TEXT-LINK", "30件");
    }

    @Test
    void approximateFiguresAndBoundsAreNoCount() {
        noFinding(department().cells("t3.r1.total", 38, "t3.r3_7.total", 38), "本年度收到政府信息公开申请约40件。",
                "本年度收到政府信息公开申请近40件。", "本年度收到政府信息公开申请40余件。", "本年度收到政府信息公开申请不足40件。",
                "本年度收到政府信息公开申请40件左右。", "本年度收到政府信息公开申请约四十件。");
        noFinding(department().cells("t3.r1.total", 43, "t3.r3_7.total", 43), "本年度收到政府信息公开申请40多件。",
                "本年度收到政府信息公开申请超过40件。", "本年度收到政府信息公开申请逾40件。", "本年度收到政府信息公开申请40件以上。");
        noFinding(department().cells(T3_36).says("s5", ""), "下一步，计划开展培训2次，收到申请10件以内即时答复。");
        // 达 is no estimate
        warning(department().says("s3", "本年度收到政府信息公开申请达40件。").cells("t3.r1.total", 38, "t3.r3_7.total", 38),
                "T3-TEXT-LINK", "40件");
    }

    @Test
    void numbersThatAreNoFigureOfACell() {
        List<String> said = List.of("按照《某市政府信息公开申请办理规范》（某政办〔2023〕5号）要求，收到申请36件。",
                "依申请公开咨询电话：0591-12345678，本年度收到政府信息公开申请36件。",
                "安排2名工作人员负责受理政府信息公开申请，全年收到申请36件。", "设立1个政府信息公开申请受理点，收到政府信息公开申请36件。",
                "本年度共收到政府信息公开申请36件，同比下降10%，答复率100%，办结率100%。",
                "本年度收到政府信息公开申请36件，申请量居全市各部门第3位。",
                "本年度共收到政府信息公开申请36件，涉及36名申请人，其中1名申请人提出申请10件。");
        noFinding(department().cells(T3_36), said.toArray(String[]::new));
        // the figure beside them is still read: each against a table of 30
        for (String s : said) {
            assertThat(department().says("s3", s).cells("t3.r1.total", 30, "t3.r3_7.total", 30).findings()).as(s)
                    .extracting(Finding::ruleId, Finding::actual).containsExactly(tuple("T3-TEXT-LINK", java.util.Optional.of("36件")));
        }
        // a figure followed by 占 is taken for a share of a larger whole, this one too: not compared
        noFinding(department().cells("t3.r1.total", 30, "t3.r3_7.total", 30), "本年度收到政府信息公开申请36件，占全市申请总量的2.3%。");
    }

    @Test
    void channelsPlatformsMeetingsAndOtherRequestsHaveNoCell() {
        noFinding(department().cells(T3_36).says("s2", ""), "全年主动公开政府信息1234条，其中政府网站发布1000条，政务新媒体发布234条。",
                "召开新闻发布会6场，发布政策解读12篇，政务微博发布信息320条。", "政务公开专区接待群众咨询120人次，12345热线受理诉求56件。");
        noFinding(department().cells(T3_36), "本年度收到行政许可申请120件，收到政府信息公开申请36件。",
                "本年度收到人大代表建议12件、政协委员提案8件，均已办结。", "本年度受理12345热线转办政府信息公开类咨询20件。",
                "同一申请人提出申请12件。");
        noFinding(township().says("s2", ""), "本年度通过镇政府网站主动公开政府信息120条，政务公开栏公开60条。");
    }

    @Test
    void normativeDocuments() {
        Report r = department().says("s2", "").cells("t2.regulations.issued", 2, "t2.normative_documents.issued", 5,
                "t2.regulations.in_force", 12, "t2.normative_documents.repealed", 2, "t2.normative_documents.in_force", 32);
        noFinding(r, "截至2022年底，现行有效的规章和规范性文件共44件。", "本年度制发规章和规范性文件共7件。", "本年度制发规章2件、规范性文件5件。",
                "本年度制发规范性文件5件（其中以部门名义制发3件，联合制发2件）。", "本年度制发行政规范性文件5件，废止2件，现行有效32件。",
                "本年度共制发规范性文件5件，同比减少2件。", "本年度制发规范性文件5件，上年度制发7件。", "现行有效规范性文件由上年的29件增加至32件。",
                "本年度市政府及市政府办公室制发规范性文件5件，各部门制发规范性文件30件。");
        warning(department().says("s2", "本年度制发规范性文件6件，现行有效规范性文件32件。")
                .cells("t2.normative_documents.issued", 5, "t2.normative_documents.in_force", 32), "TXT-TABLE-CONSISTENCY", "6件");
        List<Finding> f = city().says("s2", "全市共制发规范性文件150件。").cells("t2.normative_documents.issued", 15).findings();
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void chineseNumerals() {
        noFinding(department().cells(T3_36), "本年度收到政府信息公开申请三十六件。");
        noFinding(department().cells("t3.r1.total", 12, "t3.r3_7.total", 12), "本年度收到政府信息公开申请十二件，均已按期答复。");
        noFinding(department().cells("t3.r1.total", 1036, "t3.r3_7.total", 1036), "本年度收到政府信息公开申请一千零三十六件。",
                "本年度收到政府信息公开申请1,036件。");
        noFinding(department().cells("t3.r1.total", 2, "t3.r3_7.total", 2), "本年度收到政府信息公开申请两件。");
        warning(department().says("s3", "本年度收到政府信息公开申请三十六件。").cells("t3.r1.total", 30, "t3.r3_7.total", 30),
                "T3-TEXT-LINK", "三十六件");
    }

    // ------------------------------------------------------------ nil statements

    @Test
    void nilStatementsOfAnotherYearOrOfAPartStateNoCell() {
        Object[] three = {"t3.r1.total", 3, "t3.r3_7.total", 3};
        noFinding(department().cells(three), "上年度未收到政府信息公开申请。", "第一季度未收到政府信息公开申请。", "各乡镇未收到政府信息公开申请。",
                "1-6月未收到政府信息公开申请。", "网上未收到政府信息公开申请。", "本年度无逾期未办结的政府信息公开申请。",
                "本年度未收到法人或其他组织提出的政府信息公开申请。", "本年度未收到重复申请。");
        // nothing of one kind of request, applicant or channel; no applicant's feedback
        noFinding(department().cells(T3_36), "本年度未收到申请人对答复不满意的反馈。", "本年度没有收到书面的政府信息公开申请，均为网上申请，共36件。",
                "本年度未收到涉及商业秘密的申请。", "本年度未收到要求提供公开出版物的申请。", "本年度未收到无正当理由大量反复申请。",
                "本年度未收到商业企业提出的申请。", "本年度未受理外地申请人的申请。", "本年度未收到当面提交的申请，共收到网上申请36件。");
        // nothing of one outcome
        Object[] twoEach = {"t4.cases.review_total", 2, "t4.cases.review_upheld", 2, "t4.cases.direct_total", 2,
            "t4.cases.direct_upheld", 2};
        noFinding(department().cells(twoEach).says("s4", ""), "本年度未发生因政府信息公开引发的行政复议被纠错案件。",
                "本年度未发生行政诉讼败诉案件。", "未发生被复议纠错和诉讼败诉的情况。");
        // the whole subject, whoever the respondent is named as, is still stated as zero
        warning(department().says("s3", "本年度未收到以本机关为被申请人的政府信息公开申请。").cells(three), "T3-TEXT-LINK", "0");
        Object[] oneSuit = {"t4.cases.direct_total", 1, "t4.cases.direct_upheld", 1};
        noFinding(department().cells(oneSuit).says("s4", ""), "上年度未发生政府信息公开行政诉讼案件，本年度发生1件。");
        noFinding(department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1).says("s4", ""),
                "2021年未发生政府信息公开行政复议案件。");
        // this year's nil statements are still checked, after last year's too
        warning(department().says("s3", "本年度未收到政府信息公开申请。").cells(three), "T3-TEXT-LINK", "0");
        warning(department().says("s3", "与上年相比，本年度未收到政府信息公开申请。").cells(three), "T3-TEXT-LINK", "0");
        warning(department().says("s4", "本年度未发生政府信息公开行政复议、行政诉讼案件。")
                .cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1), "T4-TEXT-LINK", "0");
    }

    // ------------------------------------------------------------ reconsideration and litigation

    @Test
    void reconsiderationAndLitigation() {
        noFinding(department().says("s4", "").cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 1,
                "t4.cases.review_pending", 1), "本年度因政府信息公开被申请行政复议2次，其中1件维持，1件尚在审理中。");
        noFinding(department().says("s4", "").cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2,
                "t4.cases.direct_total", 1, "t4.cases.direct_upheld", 1),
                "本年度发生政府信息公开行政复议案件2件，行政诉讼案件1件，均维持原行政行为。",
                "本年度行政复议2件、行政诉讼1件，均维持原行政行为。");
        noFinding(department().says("s4", "").cells("t4.cases.after_review_total", 1, "t4.cases.after_review_upheld", 1),
                "本年度发生行政诉讼1起，系复议后起诉。");
        noFinding(department().says("s4", "").cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2),
                "市政府作为复议机关共办理行政复议案件150件，其中政府信息公开类12件。", "本年度行政复议案件数量较上年减少1件，为2件。");
        warning(department().says("s4", "本年度发生政府信息公开行政复议案件3件，行政诉讼案件1件。").cells("t4.cases.review_total", 2,
                "t4.cases.review_upheld", 2, "t4.cases.direct_total", 1, "t4.cases.direct_upheld", 1), "T4-TEXT-LINK", "3件");
        // the new cases beside the carried-over one, which 表四 may count too; more than 表四 holds is still too many
        noFinding(department().says("s4", "").cells("t4.cases.review_total", 3, "t4.cases.review_upheld", 3),
                "本年度新发生政府信息公开行政复议案件2件，上年结转1件，共3件。");
        warning(department().says("s4", "本年度新发生政府信息公开行政复议案件4件，上年结转1件。")
                .cells("t4.cases.review_total", 3, "t4.cases.review_upheld", 3), "T4-TEXT-LINK", "4件");
        // one kind of lawsuit is not every lawsuit
        Object[] suits = {"t4.cases.direct_total", 2, "t4.cases.direct_upheld", 2, "t4.cases.after_review_total", 1,
            "t4.cases.after_review_upheld", 1};
        noFinding(department().says("s4", "").cells(suits), "本年度未经复议直接起诉的行政诉讼案件2件。",
                "本年度经行政复议后提起行政诉讼1件。", "本年度发生行政诉讼3件，其中直接起诉2件，复议后起诉1件。");
        warning(department().says("s4", "本年度发生政府信息公开行政诉讼2件。").cells(suits), "T4-TEXT-LINK", "2件");
        Finding f = department().says("s4", "本年度发生政府信息公开行政复议案件2件，均维持原行政行为。")
                .cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 1, "t4.cases.review_corrected", 1).findings().get(0);
        assertThat(f.ruleId()).isEqualTo("T4-TEXT-LINK");
        assertThat(f.related()).containsExactly(CellId.parse("t4.cases.review_corrected"));
    }

    // ------------------------------------------------------------ fees

    @Test
    void feeStatements() {
        noFinding(department().says("s6", ""), "本年度发出收费通知0件，收取信息处理费0元。", "本年度收取信息处理费0.00万元。",
                "本机关未收取任何费用。", "本年度未向申请人收取任何信息处理费用。", "本年度依申请公开政府信息未收取任何费用。",
                "本年度收取信息处理费共计0元。", "本年度未产生信息处理费。", "本年度暂未收取信息处理费。", "本年度免收信息处理费。",
                "本年度没有发出收费通知，没有收取信息处理费。", "本年度未发出收费通知书，收取信息处理费0.00元。",
                "本年度发出收费通知1件，金额300元，实际收取300元。",
                "本年度向申请人发出收费通知2件，收费金额共计1200元，实际收取信息处理费1200元。",
                "本年度办理人大代表建议25件、政协委员提案30件，办复率100%，全部公开答复全文。本年度未收取信息处理费。");
        // the amount collected named 总金额 too, the notices named after their count, the amount due
        noFinding(department().says("s6", "").cells("t3.r3_6_2.total", 1),
                "本年度发出收费通知2件，总金额200元，实际收取总金额100元（1名申请人未缴费）。");
        noFinding(department().says("s6", ""), "本年度收费通知发出1件，金额150元；实际收取信息处理费150元。",
                "本年度发出收费通知1件，应收取金额150元，实际收取150元。", "本年度发出收费通知件数为0件，总金额为0元，实际收取总金额为0元。");
        warning(department().says("s6", "本年度发出收费通知1件，金额300元，实际收取500元。"), "FEE-COLLECTED-LE-NOTIFIED", "500元");
        warning(department().says("s6", "本年度发出收费通知2件，总金额200元，实际收取总金额300元。"), "FEE-COLLECTED-LE-NOTIFIED", "300元");
        // a non-zero amount in 万元 is still normalised
        List<Finding> f = department().says("s6", "本年度发出收费通知1件，金额0.12万元，实际收取0.12万元。").findings();
        assertThat(f).extracting(Finding::ruleId, Finding::severity).containsOnly(tuple("FEE-UNIT", Severity.INFO));
        assertThat(f.get(0).expected()).contains("1200元");
        // 表三 counts requests no longer handled after a fee notice: a section 六 that sent none contradicts it
        warning(department().says("s6", "本年度未发出收费通知，未收取信息处理费。").cells("t3.r3_6_2.total", 2), "T3-FEE-LINK", "2");
    }

    // ------------------------------------------------------------ the overview

    @Test
    void theOverviewsTopicsAsTheFormatWordsThem() {
        String assessed = "政务公开纳入绩效考核，接受社会评议，对违反规定的依法追究责任。";
        Report r = city().overview("本年度，市政府持续深化主动公开，规范依申请公开办理，加强政府信息资源的规范化、标准化管理，"
                + "加强政务公开平台建设，强化监督保障。" + assessed);
        assertThat(r.findings()).isEmpty();
        List<Finding> f = city().overview("本年度，市政府持续深化主动公开，规范依申请公开办理，加强政务公开平台建设，强化监督保障。" + assessed)
                .findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("SEC1-TOPICS");
        assertThat(f.get(0).message(Locale.CHINA)).contains("政府信息管理");
    }

    // ------------------------------------------------------------ the legacy and trial editions

    @Test
    void legacyAndTrialWordings() {
        Report legacy = department().edition(Edition.LEGACY_2008, 2016);
        noFinding(legacy.cells("stats.l21.value", 12, "stats.l22.value", 2, "stats.l24.value", 10, "stats.l26.value", 12)
                .says("leg_requests", ""),
                "2016年共收到政府信息公开申请12件，比上年增加3件，均已按时答复。",
                "本年度共受理政府信息公开申请12件，其中当面申请2件、网上申请10件，均已按时办结。");
        noFinding(department().edition(Edition.LEGACY_2008, 2016).cells("stats.l1.value", 3460, "stats.l3.value", 12)
                .says("leg_proactive", ""), "全年主动公开政府信息3460条，其中通过政府网站公开3000条，政府公报公开460条。",
                "截至2016年底，累计主动公开政府信息25000条。", "自《条例》施行以来，累计主动公开政府信息25000条，其中本年度主动公开3460条。",
                "全年主动公开政府信息3460条，比上年增加260条，增长8.1%。", "全年主动公开政府信息3460条，制发规范性文件12件。");
        noFinding(county().edition(Edition.LEGACY_2008, 2016).cells("stats.l1.value", 3460).says("leg_proactive", ""),
                "全县共主动公开政府信息12000条，县政府本级主动公开3460条。");
        noFinding(department().edition(Edition.LEGACY_2008, 2016).says("leg_fees", ""), "本年度未收取检索、复制、邮寄等费用。",
                "本年度依申请公开政府信息收费0元。");
        warning(department().edition(Edition.LEGACY_2008, 2016).says("leg_requests", "2016年共收到政府信息公开申请15件，比上年增加3件。")
                .cells("stats.l21.value", 12, "stats.l26.value", 12), "TXT-TABLE-CONSISTENCY", "15件");
        Report trial = department().edition(Edition.TRIAL_2019, 2020);
        noFinding(trial.cells(T3_36), "2020年共收到政府信息公开申请36件，同比增长50%。");
        noFinding(department().edition(Edition.TRIAL_2019, 2020).cells("t2.normative_documents.new_made", 12).says("s2", ""),
                "本年新制作规范性文件12件，新公开12件，对外公开总数量120件。", "2020年主动公开政府信息1860条，较2019年增长15%。");
        warning(department().edition(Edition.TRIAL_2019, 2020).says("s3", "2020年共收到政府信息公开申请40件，同比增长50%。")
                .cells(T3_36), "T3-TEXT-LINK", "40件");
    }
}
