package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on wordings of the second round: the body a figure is of (县政府办公室 in the county
 * government's report, 区政府本级 beside 全区), reconsiderations decided by the reporting body, fees not
 * collected under the measures; then legacy reports (2009–2018), the 2019 trial format, townships,
 * ministries and city governments summing their districts. Each sentence is in a report whose tables agree
 * with what it says (no finding), and its plain contradictions are still found. Every expected value is read
 * off the sentence and the table by hand.
 */
class NarrativeWordingEditionsTest {

    private static Report r() {
        return new Report();
    }

    private static Report legacy() {
        return new Report().edition(Edition.LEGACY_2008, 2016);
    }

    private static Report trial() {
        return new Report().edition(Edition.TRIAL_2019, 2019);
    }

    private static final Object[] T3_36 = {"t3.r1.total", 36, "t3.r3_7.total", 36};

    // ------------------------------------------------------------ the body a figure is of

    @Test
    void theOfficeOfTheGovernmentIsNotTheGovernment() {
        String s = "县政府办公室收到政府信息公开申请10件。";
        assertThat(r().says("s3", s).cells(T3_36).findings()).isEmpty();
        // the office's own report: its figure is the report's
        Report office = r().agency("某县人民政府办公室", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).says("s3", s);
        assertThat(office.cells("t3.r1.total", 10, "t3.r3_7.total", 10).findings()).isEmpty();
        List<Finding> f = r().agency("某县人民政府办公室", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).says("s3", s)
                .cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("10件");
        assertThat(f.get(0).expected()).contains("36");
    }

    @Test
    void anotherDepartmentIsNotTheReportingDepartment() {
        Report stats = r().agency("某县统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)
                .says("s3", "县财政局收到政府信息公开申请10件。").cells(T3_36);
        assertThat(stats.findings()).isEmpty();
        List<Finding> f = r().agency("某县财政局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)
                .says("s3", "县财政局收到政府信息公开申请10件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
    }

    @Test
    void aUnitOfTheReportingBodyIsNotTheBody() {
        Report police = r().agency("某市公安局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)
                .says("s3", "市公安局交警支队收到政府信息公开申请45件。").cells("t3.r1.total", 400, "t3.r3_7.total", 400);
        assertThat(police.findings()).isEmpty();
        assertThat(r().agency("某市生态环境局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).says("s3", "局属各分局共收到政府信息公开申请45件。")
                .cells("t3.r1.total", 40, "t3.r3_7.total", 40).findings()).isEmpty();
        List<Finding> f = r().agency("某市生态环境局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)
                .says("s3", "市生态环境局共收到政府信息公开申请45件。").cells("t3.r1.total", 40, "t3.r3_7.total", 40).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("45件");
    }

    @Test
    void aWholeSplitIntoOrgansIsNotTheReports() {
        assertThat(r().says("s3", "全县共收到政府信息公开申请156件，其中县政府36件，县直部门100件，乡镇20件。").cells(T3_36).findings())
                .isEmpty();
        assertThat(legacy().says("leg_proactive", "全年共主动公开政府信息2345条，其中县政府办公室公开1200条，其他部门公开1145条。")
                .cells("stats.l1.value", 1200).findings()).isEmpty();
        assertThat(r().says("s3", "本年度，全县14个乡镇、36个县直部门共收到政府信息公开申请156件。").cells(T3_36).findings()).isEmpty();
        // split by applicant, the whole county's 156 may still be more than the government's own 36: reported, not
        // compared (NarrativeWordingRound3Test); the list adds up
        List<Finding> f = r().says("s3", "全县共收到政府信息公开申请156件，其中自然人150件，法人6件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId, Finding::severity).containsExactly(tuple("TXT-TABLE-CONSISTENCY", Severity.INFO));
        assertThat(f.get(0).actual()).contains("156件");
    }

    @Test
    void theReportingBodyNamedByItselfIsStillChecked() {
        for (String s : List.of("我局收到政府信息公开申请30件。", "本机关全年共收到政府信息公开申请30件。")) {
            List<Finding> f = r().agency("某县财政局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).says("s3", s)
                    .cells(T3_36).findings();
            assertThat(f).as(s).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
            assertThat(f.get(0).actual()).contains("30件");
        }
        List<Finding> f = r().says("s3", "县政府收到政府信息公开申请30件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        f = r().agency("某镇人民政府", AgencyKind.TOWNSHIP_OR_STREET).says("s3", "镇政府收到政府信息公开申请3件。")
                .cells("t3.r1.total", 2, "t3.r3_7.total", 2).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("3件");
    }

    @Test
    void theLevelOfTheReportIsNotTold() {
        // 156 is the district's, 36 the government's own: which one 表三 counts is not told
        String s = "全区共收到政府信息公开申请156件，其中区政府本级36件。";
        assertThat(r().says("s3", s).cells(T3_36).findings()).isEmpty();
        assertThat(r().says("s3", s).cells("t3.r1.total", 156, "t3.r3_7.total", 156).findings()).isEmpty();
        assertThat(r().says("s3", "全区共收到政府信息公开申请156件，区本级36件，各街道和区直部门120件。").cells(T3_36).findings())
                .isEmpty();
        assertThat(r().says("s3", "区本级收到政府信息公开申请36件，全区共收到政府信息公开申请156件。")
                .cells("t3.r1.total", 156, "t3.r3_7.total", 156).findings()).isEmpty();
        // the parts still add up to the whole
        List<Finding> f = r().says("s3", "全区共收到政府信息公开申请156件，其中区本级36件，各街道100件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-LIST-SUM");
        assertThat(f.get(0).actual()).contains("136件");
    }

    // ------------------------------------------------------------ reconsiderations the body decides

    @Test
    void reconsiderationsDecidedByTheGovernmentAreNotTable4s() {
        Object[] t4 = {"t4.cases.review_total", 1, "t4.cases.review_upheld", 1};
        assertThat(r().says("s4", "全年共办理行政复议案件150件。").cells(t4).findings()).isEmpty();
        assertThat(r().says("s4", "作为复议机关，全年共受理行政复议案件150件，审结142件。").cells(t4).findings()).isEmpty();
        assertThat(r().says("s4", "县政府全年新收行政复议案件150件，因政府信息公开被申请行政复议1件，维持1件。").cells(t4).findings())
                .isEmpty();
        assertThat(r().agency("中华人民共和国某某部", AgencyKind.STATE_COUNCIL_DEPARTMENT)
                .says("s4", "全年共办理以本部为被申请人的行政复议案件12件，其中涉及政府信息公开的5件。")
                .cells("t4.cases.review_total", 5, "t4.cases.review_upheld", 5).findings()).isEmpty();
        assertThat(r().says("s4", "本年度，县政府作为复议机关共审结行政复议案件80件，其中政府信息公开类5件。").cells(t4).findings()).isEmpty();
        assertThat(r().says("s4", "本年度，县政府共办理行政复议案件150件，其中涉及政府信息公开的1件。").cells(t4).findings()).isEmpty();
        assertThat(legacy().says("leg_review", "全年共审理各类行政复议案件150件，因政府信息公开申请行政复议2件。")
                .cells("stats.l44.value", 2, "stats.l45.value", 2).findings()).isEmpty();
        // the reconsiderations of the body's disclosure are still checked
        List<Finding> f = r().says("s4", "县政府全年新收行政复议案件150件，因政府信息公开被申请行政复议2件。").cells(t4).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("2件");
        assertThat(f.get(0).expected()).contains("1");
    }

    // ------------------------------------------------------------ fees not collected under the measures

    @Test
    void noFeeCollectedUnderTheMeasures() {
        assertThat(r().says("s6", "本机关未按照《政府信息公开信息处理费管理办法》收取信息处理费。").findings()).isEmpty();
        assertThat(r().says("s6", "本年度未按《政府信息公开信息处理费管理办法》收取信息处理费。").findings()).isEmpty();
        assertThat(r().says("s6", "本机关严格执行《政府信息公开信息处理费管理办法》，本年度未按照《办法》收取信息处理费。").findings()).isEmpty();
        assertThat(trial().says("s6", "本机关未按照《政府信息公开信息处理费管理办法》收取信息处理费。").findings()).isEmpty();
        // 未按 before anything else still states no zero: 办结 36, not 0
        assertThat(r().says("s3", "个别申请未按规定时限办结政府信息公开申请，已督促整改。").cells(T3_36).findings()).isEmpty();
        assertThat(r().says("s5", "个别申请未按照《条例》规定时限办结政府信息公开申请。").cells(T3_36).findings()).isEmpty();
        // 表三 （六）2. counts a request dropped for a fee not paid: a notice was sent, which the text does not say
        assertThat(r().says("s6", "本机关未按照《政府信息公开信息处理费管理办法》收取信息处理费。").cells("t3.r3_6_2.total", 1)
                .findings()).extracting(Finding::ruleId).containsExactly("T3-FEE-LINK");
    }

    @Test
    void aFeeStatementWordedAsTheLegacyTableWordsIt() {
        // no section （三）: the fee statement stands in another section
        for (String s : List.of("依申请公开收取检索、复制、邮寄等费用0元。", "本年度依申请提供政府信息，未收取检索、复制、邮寄等费用。",
                "依申请公开政府信息均免费提供。", "本年度没有收取依申请公开政府信息的检索、复制、邮寄等费用。", "本年度未收取任何费用。")) {
            assertThat(legacy().noFeeSection().says("leg_requests", s).findings()).as(s).isEmpty();
        }
        // the same in section 六 of the 2021 format: nil statements
        for (String s : List.of("本年度依申请公开收取检索、复制、邮寄等费用0元。", "本年度依申请提供政府信息，未收取检索、复制、邮寄等费用。",
                "依申请公开政府信息均免费提供。")) {
            assertThat(r().says("s6", s).findings()).as(s).isEmpty();
        }
    }

    @Test
    void legacyFeesCollectedAreChecked() {
        assertThat(legacy().says("leg_fees", "本年度依申请公开收取检索、复制、邮寄等费用0元。").findings()).isEmpty();
        assertThat(legacy().says("leg_fees", "依申请公开信息收取的费用为0元。").findings()).isEmpty();
        // fees waived are not collected
        assertThat(legacy().says("leg_fees", "本年度为困难群众减免检索、复制、邮寄等费用300元。").findings()).isEmpty();
        for (String s : List.of("本年度依申请公开收取费用500元。", "本年度依申请公开收取检索复制费用共计500元。")) {
            List<Finding> f = legacy().says("leg_fees", s).findings();
            assertThat(f).as(s).extracting(Finding::ruleId).containsExactly("TXT-TABLE-CONSISTENCY");
            assertThat(f.get(0).actual()).contains("500元");
            assertThat(f.get(0).expected()).contains("0元");
        }
    }

    // ------------------------------------------------------------ legacy reports (2009–2018)

    @Test
    void legacyProactiveFiguresWithTheirChannels() {
        String s = "2016年，全县共主动公开政府信息2345条，其中县政府门户网站公开2100条，政务微博公开200条，其他方式公开45条。";
        assertThat(legacy().says("leg_proactive", s).cells("stats.l1.value", 2345, "stats.l6.value", 2100,
                "stats.l7.value", 200, "stats.l9.value", 45).findings()).isEmpty();
        assertThat(legacy().says("leg_proactive", "全年主动公开政府信息2345条，其中主动公开规范性文件12件。")
                .cells("stats.l1.value", 2345, "stats.l2.value", 12, "stats.l3.value", 12).findings()).isEmpty();
        List<Finding> f = legacy().says("leg_proactive", s).cells("stats.l1.value", 2300, "stats.l6.value", 2100,
                "stats.l7.value", 200).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-TABLE-CONSISTENCY");
        assertThat(f.get(0).actual()).contains("2345条");
        assertThat(f.get(0).expected()).contains("2300");
    }

    @Test
    void legacyRequestsWithTheirChannelsAndComparisons() {
        Object[] cells = {"stats.l21.value", 86, "stats.l22.value", 20, "stats.l24.value", 60, "stats.l25.value", 6,
            "stats.l26.value", 86, "stats.l27.value", 86};
        for (String s : List.of("全年共受理政府信息公开申请86件，其中当面申请20件、网络申请60件、信函申请6件。已全部按时办结，办结率100%。",
                "共收到政府信息公开申请86件，其中：当面申请20件，网络申请60件，信函申请6件；办结86件。",
                "受理政府信息公开申请86件，比上年的72件增加14件。", "受理政府信息公开申请86件，较上年同期的72件增加14件，同比增长19.4%。",
                "与上年相比，受理政府信息公开申请86件，增加14件。", "受理政府信息公开申请数量与上年持平，为86件。",
                "2015年受理政府信息公开申请72件，2016年受理86件。", "全年共受理政府信息公开申请86件，按时办结86件，办结率100%。")) {
            assertThat(legacy().says("leg_requests", s).cells(cells).findings()).as(s).isEmpty();
        }
        List<Finding> f = legacy().says("leg_requests", "受理政府信息公开申请86件，比上年的72件增加14件。")
                .cells("stats.l21.value", 80, "stats.l26.value", 80).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-TABLE-CONSISTENCY");
        assertThat(f.get(0).actual()).contains("86件");
        assertThat(f.get(0).expected()).contains("80");
    }

    @Test
    void legacyReconsiderationsAndLawsuits() {
        String s = "全年因政府信息公开申请行政复议2件、提起行政诉讼1件，无举报投诉。";
        assertThat(legacy().says("leg_review", s).cells("stats.l44.value", 2, "stats.l45.value", 2, "stats.l48.value", 1,
                "stats.l49.value", 1).findings()).isEmpty();
        assertThat(legacy().says("leg_review", "2016年，我县没有发生因政府信息公开申请引起的行政复议和行政诉讼案件。").findings())
                .isEmpty();
        List<Finding> f = legacy().says("leg_review", s).cells("stats.l44.value", 3, "stats.l45.value", 3,
                "stats.l48.value", 1, "stats.l49.value", 1).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-TABLE-CONSISTENCY");
        assertThat(f.get(0).actual()).contains("2件");
        assertThat(f.get(0).expected()).contains("3");
    }

    @Test
    void legacyStaffAndFundsAreNoFees() {
        assertThat(legacy().says("leg_other", "全县政府信息公开工作专职人员3人、兼职人员12人，处理政府信息公开的专项经费5万元。")
                .cells("stats.l57.value", 15, "stats.l58.value", 3, "stats.l59.value", 12, "stats.l60.value", 5).findings())
                .isEmpty();
    }

    // ------------------------------------------------------------ the 2019 trial format

    @Test
    void trialFormatFigures() {
        assertThat(trial().says("s2", "本年度新制作规范性文件5件，新公开5件。").cells("t2.normative_documents.new_made", 5,
                "t2.normative_documents.new_published", 5, "t2.normative_documents.total_published", 5).findings()).isEmpty();
        Object[] t3 = {"t3.r1.total", 28, "t3.r2.total", 2, "t3.r3_7.total", 30};
        for (String s : List.of("2019年共收到政府信息公开申请28件，上年结转2件，办结30件。", "本年度共受理政府信息公开申请30件（含上年结转2件），已全部办结。",
                "2019年收到政府信息公开申请28件，比2018年增加8件。", "本机关2019年度收到政府信息公开申请28件，与2018年的20件相比增加8件。")) {
            assertThat(trial().says("s3", s).cells(t3).findings()).as(s).isEmpty();
        }
        assertThat(trial().edition(Edition.TRIAL_2019, 2020).says("s4", "2020年，因政府信息公开工作被申请行政复议1件，结果维持；被提起行政诉讼0件。")
                .cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1).findings()).isEmpty();
        List<Finding> f = trial().says("s3", "2019年共收到政府信息公开申请28件，比2018年增加8件。").cells("t3.r1.total", 30,
                "t3.r3_7.total", 30).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("28件");
        assertThat(f.get(0).expected()).contains("30");
    }

    // ------------------------------------------------------------ townships, ministries, cities

    private static Report township() {
        return r().agency("某镇人民政府", AgencyKind.TOWNSHIP_OR_STREET);
    }

    @Test
    void townshipWording() {
        Object[] three = {"t3.r1.total", 3, "t3.r3_7.total", 3};
        assertThat(township().says("s3", "本年度我镇共收到政府信息公开申请3件。").cells(three).findings()).isEmpty();
        assertThat(township().says("s4", "本年度我镇未发生因政府信息公开引起的行政复议和行政诉讼案件。").findings()).isEmpty();
        assertThat(township().says("s2", "各村（社区）主动公开村务、财务信息560条，镇政府制发规范性文件2件。")
                .cells("t2.normative_documents.issued", 2, "t2.normative_documents.in_force", 2).findings()).isEmpty();
        // the township's 3 with its villages' 1: the table counts the government's 2, or all 3: not told
        assertThat(township().says("s3", "全镇共收到政府信息公开申请3件，其中镇本级2件，各村1件。").cells("t3.r1.total", 2,
                "t3.r3_7.total", 2).findings()).isEmpty();
        assertThat(r().agency("某街道办事处", AgencyKind.TOWNSHIP_OR_STREET).says("s3", "街道办事处共收到政府信息公开申请2件。")
                .cells("t3.r1.total", 2, "t3.r3_7.total", 2).findings()).isEmpty();
        List<Finding> f = r().agency("某街道办事处", AgencyKind.TOWNSHIP_OR_STREET).says("s3", "街道办事处共收到政府信息公开申请2件。")
                .cells("t3.r1.total", 1, "t3.r3_7.total", 1).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        f = township().says("s3", "本年度我镇共收到政府信息公开申请3件。").cells("t3.r1.total", 4, "t3.r3_7.total", 4).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("3件");
    }

    private static Report ministry() {
        return r().agency("中华人民共和国某某部", AgencyKind.STATE_COUNCIL_DEPARTMENT);
    }

    @Test
    void ministryWording() {
        assertThat(ministry().says("s3", "2022年，某某部共收到政府信息公开申请1200件，其中部机关收到1000件，部属单位收到200件。")
                .cells("t3.r1.total", 1000, "t3.r3_7.total", 1000).findings()).isEmpty();
        assertThat(ministry().says("s2", "本年度部机关制发规范性文件12件。").cells("t2.normative_documents.issued", 10,
                "t2.normative_documents.in_force", 10).findings()).isEmpty();
        assertThat(ministry().says("s3", "各司局、直属单位共收到政府信息公开申请300件。").cells("t3.r1.total", 1200,
                "t3.r3_7.total", 1200).findings()).isEmpty();
        assertThat(r().agency("国家某某局", AgencyKind.STATE_COUNCIL_DEPARTMENT).says("s3", "国家局本级共收到政府信息公开申请85件。")
                .cells("t3.r1.total", 80, "t3.r3_7.total", 80).findings()).isEmpty();
        assertThat(ministry().says("s4", "本年度，本部作为复议机关办理行政复议案件120件。").cells("t4.cases.review_total", 5,
                "t4.cases.review_upheld", 5).findings()).isEmpty();
        List<Finding> f = ministry().says("s3", "我部全年共收到政府信息公开申请1200件。").cells("t3.r1.total", 1100,
                "t3.r3_7.total", 1100).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("1200件");
        assertThat(f.get(0).expected()).contains("1100");
    }

    private static Report city() {
        return r().agency("某市人民政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT);
    }

    @Test
    void cityGovernmentsSummingTheirDistricts() {
        Object[] own = {"t3.r1.total", 312, "t3.r3_7.total", 312};
        for (String s : List.of("全市共收到政府信息公开申请1560件，其中市本级312件，各区（县）1248件。",
                "市政府本级收到政府信息公开申请312件，全市各级行政机关共收到政府信息公开申请1560件。",
                "市直各部门、各区县共受理政府信息公开申请1560件。", "全市共收到政府信息公开申请1560件，其中市政府312件。",
                "全市共收到政府信息公开申请1560件，同比增长8%。其中，市政府收到312件。",
                "全市各级行政机关共收到政府信息公开申请1560件，市政府收到312件。")) {
            assertThat(city().says("s3", s).cells(own).findings()).as(s).isEmpty();
        }
        assertThat(legacy().agency("某市人民政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT)
                .says("leg_proactive", "全市各级行政机关共主动公开政府信息23450条，其中市本级5000条，各区县18450条。")
                .cells("stats.l1.value", 5000).findings()).isEmpty();
        assertThat(r().agency("某区人民政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT)
                .says("s3", "全区各乡镇、各部门共收到政府信息公开申请156件，区政府办公室收到36件。").cells(T3_36).findings()).isEmpty();
        // the government's own figure, by itself, is still checked
        List<Finding> f = city().says("s3", "市政府全年共收到政府信息公开申请312件。").cells("t3.r1.total", 300,
                "t3.r3_7.total", 300).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("312件");
        // a breakdown by applicant in the next sentence leaves the whole the city's, which is no less than the table's
        f = city().says("s3", "全市共收到政府信息公开申请1560件。其中，自然人申请1500件，法人或其他组织申请60件。").cells(own).findings();
        assertThat(f).extracting(Finding::ruleId, Finding::severity).containsExactly(tuple("TXT-TABLE-CONSISTENCY", Severity.INFO));
        f = city().says("s3", "全市共收到政府信息公开申请156件。其中，自然人申请150件，法人或其他组织申请6件。").cells(own).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("156件");
    }
}
