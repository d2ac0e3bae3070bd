package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages written by hand after the templates of real portals that the corpus does not show (each page says
 * in a comment what it imitates). The expected values are those the page prints.
 */
class RobustPagesTest {

    private static ReadResult read(String name) {
        try (InputStream in = RobustPagesTest.class.getResourceAsStream("/synthetic/robust/" + name)) {
            return PublishedReports.read(in.readAllBytes(), ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headings(AnnualReport report) {
        return report.sections().stream().map(s -> s.form().orElse("?") + " " + s.numbering() + s.title()).toList();
    }

    @Test
    void aBreadcrumbAboveTheTitleAndASourceLineUnderItAreChromeNotTitleOrPreamble() {
        ReadResult r = read("portal-chrome-h3-2023.html");
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某县市场监督管理局2023年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某县市场监督管理局");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 20));
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        // nothing read is dropped: the two chrome lines are listed as left out
        assertThat(r.provenance().omitted()).extracting(Provenance.Omitted::text)
                .containsExactly("首页 > 政府信息公开 > 年度报告", "来源：某某县市场监督管理局 浏览次数：1024");
    }

    @Test
    void sectionHeadingsInH3AreSectionsAndTheirH4SubHeadingsSitUnderThem() {
        AnnualReport report = read("portal-chrome-h3-2023.html").report();
        assertThat(headings(report)).containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review 四、政府信息公开行政复议、行政诉讼情况",
                "s5_problems 五、存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        Section overview = report.sections().get(0);
        assertThat(overview.subsections()).singleElement().satisfies(s -> {
            assertThat(s.numbering() + s.title()).isEqualTo("（一）主动公开");
            assertThat(s.paragraphs()).containsExactly("全年主动公开政府信息120条。");
        });
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(2));
        assertThat(report.value(new CellId("t4", "cases", "direct_corrected"))).isEqualTo(Count.of(1));
    }

    @Test
    void theHeadingsInH3GiveNoFalseMissingSection() {
        ReadResult r = read("portal-chrome-h3-2023.html");
        List<Finding> findings = ReportValidator.standard().validate(r.report()).findings();
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("SEC-PRESENT");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-HEADING-UNKNOWN");
    }

    @Test
    void aPortalPageReadWholeLeavesTheSiteNameMenusAndFooterOutOfTheReport() {
        ReadResult r = read("portal-header-footer-2022.html");
        AnnualReport report = r.report();
        // the site's name in <h1> is not the title; the report's title in <h2> is
        assertThat(report.title()).isEqualTo("某某县人民政府2022年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某县人民政府");
        assertThat(report.publicationDate()).contains(LocalDate.of(2023, 1, 16));
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2022年1月1日至2022年12月31日。");
        assertThat(headings(report)).hasSize(6).allSatisfy(h -> assertThat(h).doesNotStartWith("?"));
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(report.closing()).containsExactly("某某县人民政府办公室", "2023年1月16日");
        assertThat(r.provenance().omitted()).extracting(Provenance.Omitted::text).containsExactly(
                "某某县人民政府", "首页", "政务公开", "政务服务", "互动交流",
                "当前位置：首页 > 政府信息公开 > 年度报告",
                "分享到：微信微博 【打印本页】【关闭窗口】",
                "主办单位：某某县人民政府办公室 承办单位：某某县大数据发展中心",
                "网站标识码：3301000001 浙ICP备12345678号-1 浙公网安备 33010002000001号");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-HEADING-UNKNOWN");
    }

    private static final List<String> APPLICANTS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "public_interest_org", "legal_service_org", "other_org", "total");

    private static List<Object> row(AnnualReport report, String table, String row) {
        return APPLICANTS.stream().map(c -> (Object) report.value(new CellId(table, row, c))).toList();
    }

    private static List<Object> counts(long... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> (Object) Count.of(v)).toList();
    }

    @Test
    void table3WithShortAndAsciiLabelsReadsEveryRowOfTheForm() {
        ReadResult r = read("t3-short-labels-2022.html");
        AnnualReport report = r.report();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(row(report, "t3", "r3_2")).isEqualTo(counts(3, 0, 0, 1, 0, 0, 4));
        assertThat(row(report, "t3", "r3_3_3")).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0));
        assertThat(row(report, "t3", "r3_6_3")).isEqualTo(counts(0, 0, 0, 0, 0, 1, 1));
        assertThat(row(report, "t3", "r3_7")).isEqualTo(counts(20, 3, 0, 1, 0, 1, 25));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        assertThat(ReportValidator.standard().validate(report).findings()).extracting(Finding::ruleId)
                .doesNotContain("T3-SHAPE", "T3-ROWTOTAL", "T3-TOTAL", "T3-BALANCE");
    }

    /**
     * A row with a label the form lacks over empty cells, between two rows of the table: kept as an extra
     * row with its label, and every row after it read (they were all dropped, with it, without a note); a
     * note printed as the table's last row listed as left out.
     */
    @Test
    void aRowWithAnUnknownLabelAndNoFigureIsKeptAndTheRowsAfterItAreRead() {
        ReadResult legacy = read("legacy-unknown-empty-row-2016.html");
        io.github.xxgk.core.StatisticsTable stats = legacy.report().table("stats").orElseThrow();
        assertThat(stats.extraRows()).extracting(io.github.xxgk.core.ExtraRow::label).containsExactly("的答复总数");
        assertThat(stats.extraRows().get(0).values()).isEmpty();
        assertThat(legacy.notes()).filteredOn(f -> f.ruleId().equals("READ-ROW-UNKNOWN")).hasSize(1);
        // the rows after it, as the page prints them: 申请办结数 10, 申请答复数 10, 行政复议数量 1, 接受培训人员数 30
        assertThat(legacy.report().value(new CellId("stats", "l26", "value"))).isEqualTo(Count.of(10));
        assertThat(legacy.report().value(new CellId("stats", "l29", "value"))).isEqualTo(Count.of(10));
        assertThat(legacy.report().value(new CellId("stats", "l44", "value"))).isEqualTo(Count.of(1));
        assertThat(legacy.report().value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));

        ReadResult standard = read("t3-unknown-empty-row-2022.html");
        AnnualReport report = standard.report();
        io.github.xxgk.core.StatisticsTable t3 = report.table("t3").orElseThrow();
        assertThat(t3.extraRows()).extracting(io.github.xxgk.core.ExtraRow::label).containsExactly("其中：通过网络提交的申请");
        assertThat(row(report, "t3", "r2")).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        assertThat(row(report, "t3", "r3_2")).isEqualTo(counts(3, 0, 0, 1, 0, 0, 4));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        // the note printed as the table's last row is no row of the table: listed as left out, with its cell
        assertThat(standard.provenance().omitted()).extracting(Provenance.Omitted::text)
                .containsExactly("注：本表数据统计截至2022年12月31日。");
        assertThat(standard.notes()).filteredOn(f -> f.ruleId().equals("READ-ROW-UNKNOWN")).hasSize(1);
    }

    @Test
    void legacySubtotalRowsPrintedWithDashesHaveNoFigureAndGiveNoFalseSumErrors() {
        ReadResult r = read("legacy-national-table-2016.html");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(io.github.xxgk.core.Edition.LEGACY_2008);
        io.github.xxgk.core.StatisticsTable stats = report.table("stats").orElseThrow();
        assertThat(stats.extraRows()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN");
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l6", "value"))).isEqualTo(Count.of(1200));
        assertThat(report.value(new CellId("stats", "l13", "value"))).isEqualTo(Count.of(3));
        assertThat(report.value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));
        assertThat(report.value(new CellId("stats", "l60", "value")))
                .isEqualTo(io.github.xxgk.core.Amount.of("2.5", io.github.xxgk.core.MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(ReportValidator.standard().validate(report).findings()).extracting(Finding::ruleId)
                .doesNotContain("LEG-CHANNEL-SUM", "LEG-INTERPRET-SUM", "LEG-CHANNEL-COVER", "LEG-EXTRA");
    }

    /**
     * The national legacy table as a crawler's dump prints it (legacy-national-table-2016.txt, the cells run
     * together after the 正文 marker): 四、 and 五、 share the labels （二）被依法纠错数 and （三）其他情形数, and the
     * two subtotal rows the form asks no figure for print “——”.
     */
    @Test
    void aLegacyDumpReadsTheRowsTwoParentsShareAndTheSubtotalsPrintedWithDashes() {
        ReadResult r = read("legacy-national-table-2016.txt");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(io.github.xxgk.core.Edition.LEGACY_2008);
        // 四、行政复议数量 1: 维持 1, 纠错 0, 其他 0
        assertThat(report.value(new CellId("stats", "l44", "value"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("stats", "l45", "value"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("stats", "l46", "value"))).isEqualTo(Count.of(0));
        assertThat(report.value(new CellId("stats", "l47", "value"))).isEqualTo(Count.of(0));
        // 五、行政诉讼数量 6: 维持或驳回 2, 纠错 3, 其他 1 (these two were lost, under 四's rows)
        assertThat(report.value(new CellId("stats", "l48", "value"))).isEqualTo(Count.of(6));
        assertThat(report.value(new CellId("stats", "l49", "value"))).isEqualTo(Count.of(2));
        assertThat(report.value(new CellId("stats", "l50", "value"))).isEqualTo(Count.of(3));
        assertThat(report.value(new CellId("stats", "l51", "value"))).isEqualTo(Count.of(1));
        assertThat(report.table("stats").orElseThrow().extraRows()).isEmpty();
        // the “——” subtotal rows hold no figure, so no channel sum is broken
        assertThat(ReportValidator.standard().validate(report).findings()).extracting(Finding::ruleId)
                .doesNotContain("LEG-CHANNEL-SUM", "LEG-INTERPRET-SUM", "LEG-CHANNEL-COVER", "LEG-LITIG", "LEG-EXTRA");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    @Test
    void legacyLabelsEndingInTheirUnitAndAFigureColumnHeaded数量AreRead() {
        ReadResult r = read("legacy-units-in-labels-2016.html");
        AnnualReport report = r.report();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(report.table("stats").orElseThrow().extraRows()).isEmpty();
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l2", "value"))).isEqualTo(Count.of(12));
        assertThat(report.value(new CellId("stats", "l21", "value"))).isEqualTo(Count.of(10));
        assertThat(report.value(new CellId("stats", "l36", "value"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("stats", "l59", "value"))).isEqualTo(Count.of(2));
        assertThat(report.value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));
        // the unit in the label is the money's unit
        assertThat(report.value(new CellId("stats", "l60", "value")))
                .isEqualTo(io.github.xxgk.core.Amount.of("2.5", io.github.xxgk.core.MoneyUnit.TEN_THOUSAND_YUAN));
        // the labels as printed, units and all, stay in the printed shape
        assertThat(report.table("stats").orElseThrow().printedShape().orElseThrow().rows())
                .anySatisfy(row -> assertThat(row.toString()).contains("其中：主动公开规范性文件数（条）"));
    }

    @Test
    void aTableWhoseFigureColumnHeaderMatchesNoColumnIsReportedNotDroppedInSilence() {
        ReadResult r = read("legacy-unknown-figure-header-2016.html");
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-COLUMN-UNKNOWN")).singleElement()
                .satisfies(n -> {
                    assertThat(n.severity()).isEqualTo(io.github.xxgk.core.form.Severity.WARNING);
                    assertThat(n.message(java.util.Locale.ENGLISH)).contains("项目 | 数值").contains("not read");
                });
        assertThat(r.report().table("stats").map(t -> t.reported().isEmpty()).orElse(true)).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "title-year-first-2023.html, 2023年度某某县财政局政府信息公开工作年度报告, 某某县财政局",
        "title-about-2023.html, 某某县人民政府办公室关于2023年政府信息公开工作年度报告, 某某县人民政府办公室",
        "title-year-late-2023.html, 某某县卫生健康局政府信息公开工作2023年度报告, 某某县卫生健康局"})
    void theAgencyIsTheNameTheTitleGivesWhereverTheYearStands(String page, String title, String agency) {
        AnnualReport report = read(page).report();
        assertThat(report.title()).isEqualTo(title);
        assertThat(report.agency().name()).isEqualTo(agency);
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 22));
    }

    @Test
    void headingsWithAColonADotOrRunIntoTheirParagraphAreTheSections() {
        ReadResult r = read("headings-run-in-2023.html");
        AnnualReport report = r.report();
        assertThat(headings(report)).containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                "s3_requests 三．收到和处理政府信息公开申请情况", "s4_review 四.政府信息公开行政复议、行政诉讼情况",
                "s5_problems 五、存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        assertThat(report.sections().get(0).paragraphs()).containsExactly("本局全年主动公开政府信息86条。");
        // the text run on after the heading is the section's first paragraph, as printed
        assertThat(report.sections().get(1).paragraphs()).containsExactly("本年度制发规范性文件2件。");
        assertThat(report.sections().get(4).paragraphs()).containsExactly("一是公开内容不够丰富；二是解读形式单一。");
        // no section missing (the numbering printed otherwise than the format's is a wording warning)
        assertThat(ReportValidator.standard().validate(report).findings())
                .filteredOn(f -> f.ruleId().equals("SEC-PRESENT")).noneMatch(Finding::isError);
    }

    @Test
    void sectionsNumberedInBracketsAreTheSectionsWhenNothingIsNumbered一() {
        ReadResult r = read("headings-parenthesised-2023.html");
        AnnualReport report = r.report();
        assertThat(headings(report)).containsExactly("s1_overview （一）总体情况", "s2_proactive （二）主动公开政府信息情况",
                "s3_requests （三）收到和处理政府信息公开申请情况", "s4_review （四）政府信息公开行政复议、行政诉讼情况",
                "s5_problems （五）存在的主要问题及改进情况", "s6_other （六）其他需要报告的事项");
        // the item 1.主动公开 under （一） is its sub-heading, the sentence after it the sub-heading's paragraph
        assertThat(report.sections().get(0).paragraphs()).isEmpty();
        assertThat(report.sections().get(0).subsections()).singleElement().satisfies(s -> {
            assertThat(s.numbering() + s.title()).isEqualTo("1.主动公开");
            assertThat(s.paragraphs()).containsExactly("全年主动公开政府信息40条。");
        });
        assertThat(report.sections().get(4).paragraphs()).containsExactly("存在的问题是更新不够及时。");
        // no section missing (the numbering printed otherwise than the format's is a wording warning)
        assertThat(ReportValidator.standard().validate(report).findings())
                .filteredOn(f -> f.ruleId().equals("SEC-PRESENT")).noneMatch(Finding::isError);
    }

    @Test
    void subHeadingsNumberedInBracketsUnderSectionsNumbered一StaySubHeadings() {
        // the overview's sub-headings (（一）主动公开 …) of the portal page are not taken for sections
        AnnualReport report = read("portal-chrome-h3-2023.html").report();
        assertThat(report.sections()).hasSize(6);
        assertThat(report.sections().get(0).subsections()).extracting(Section::title).containsExactly("主动公开");
    }

    @Test
    void table2CellsWithTheirUnitsAreReadAndANoteInACellIsKeptAsText() {
        ReadResult r = read("t2-units-in-cells-2023.html");
        AnnualReport report = r.report();
        assertThat(report.value(new CellId("t2", "fees", "fee_amount")))
                .isEqualTo(io.github.xxgk.core.Amount.of("12.50", io.github.xxgk.core.MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(report.value(new CellId("t2", "normative_documents", "issued"))).isEqualTo(Count.of(3));
        assertThat(report.value(new CellId("t2", "normative_documents", "repealed"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(1024));
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-VALUE-TEXT")).singleElement()
                .satisfies(n -> assertThat(n.message(java.util.Locale.ENGLISH)).contains("见附件"));
    }

    @Test
    void aDateLineLed日期IsThePublicationDateAndNotPreamble() {
        AnnualReport report = read("date-line-riqi-2023.html").report();
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 19));
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        assertThat(report.sections().get(0).paragraphs()).containsExactly("本局全年主动公开政府信息52条。");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "charset-declared-utf8-bytes-gbk-2023.html, GB18030",
        "charset-declared-gbk-bytes-utf8-2023.html, UTF-8"})
    void aDeclaredCharsetThatDoesNotFitTheBytesIsOverruledAndSaidSo(String page, String charset) {
        ReadResult r = read(page);
        assertThat(r.report().title()).isEqualTo("某某县民政局2023年政府信息公开工作年度报告");
        assertThat(r.report().sections().get(0).paragraphs()).containsExactly("本局全年主动公开政府信息64条。");
        assertThat(r.provenance().charset()).isEqualTo(charset);
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-CHARSET")).singleElement()
                .satisfies(n -> assertThat(n.message(java.util.Locale.ENGLISH)).contains("does not fit its bytes")
                        .contains(charset));
    }

    @Test
    void theFourthSectionUnderThe2008ItemsHeadingIsTheFormsFourthSection() {
        ReadResult r = read("s4-legacy-heading-2020.html");
        assertThat(r.report().edition()).isEqualTo(io.github.xxgk.core.Edition.TRIAL_2019);
        assertThat(headings(r.report())).containsExactly("s1_overview 一、总体情况",
                "s4_review 四、因政府信息公开申请行政复议、提起行政诉讼的情况");
        assertThat(r.report().sections().get(1).paragraphs()).containsExactly("本年度未发生行政复议和行政诉讼案件。");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-HEADING-UNKNOWN");
    }

    @Test
    void aTitleGivenOnlyInThePagesTitleElementIsTheTitleWithoutTheSitesName() {
        AnnualReport report = read("title-only-in-head-2023.html").report();
        assertThat(report.title()).isEqualTo("某某县审计局2023年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某县审计局");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
    }

    @Test
    void aTrialLayoutTable2InA2021YearKeepsEveryFigureUnderItsPrintedColumn() {
        ReadResult r = read("t2-trial-layout-in-2022.html");
        io.github.xxgk.core.StatisticsTable t2 = r.report().table("t2").orElseThrow();
        // the columns the 2021 form does not have are extra columns, each of its own (not one id for all)
        assertThat(t2.extraColumns()).extracting(io.github.xxgk.core.ExtraColumn::label).containsExactly(
                "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量");
        assertThat(t2.extraColumns().get(3).values()).containsEntry("licensing", Count.of(120));
        assertThat(t2.extraColumns().get(4).values()).containsEntry("licensing", Count.of(4));
        assertThat(t2.extraColumns().get(5).values()).containsEntry("licensing", Count.of(3456));
        assertThat(t2.extraColumns().get(2).values()).containsEntry("regulations", Count.of(0));
        assertThat(t2.extraRows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("规范性文件");
            assertThat(row.values().values()).containsExactly(Count.of(3), Count.of(3), Count.of(25));
        });
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-COLUMN-UNKNOWN")).hasSize(6);
        assertThat(ReportValidator.standard().validate(r.report()).findings()).extracting(Finding::ruleId)
                .contains("T2-SHAPE-21");
    }

    @Test
    void itemsNumbered1UnderSectionsNumberedInBracketsAreSubHeadingsWhenTheyReadAsHeadings() {
        ReadResult r = read("headings-parenthesised-items-2023.html");
        AnnualReport report = r.report();
        assertThat(headings(report)).containsExactly("s1_overview （一）总体情况", "s2_proactive （二）主动公开政府信息情况",
                "s3_requests （三）收到和处理政府信息公开申请情况", "s4_review （四）政府信息公开行政复议、行政诉讼情况",
                "s5_problems （五）存在的主要问题及改进情况", "s6_other （六）其他需要报告的事项");
        Section overview = report.sections().get(0);
        assertThat(overview.paragraphs()).containsExactly("本局认真贯彻落实《条例》。");
        // 1.主动公开 is a heading; 2.全年受理… is a sentence (it ends in 。), a paragraph under the item before it
        assertThat(overview.subsections()).singleElement().satisfies(s -> {
            assertThat(s.numbering() + s.title()).isEqualTo("1.主动公开");
            assertThat(s.paragraphs()).containsExactly("全年主动公开政府信息31条。", "2.全年受理政府信息公开申请2件，均按期答复。");
            assertThat(s.subsections()).isEmpty();
        });
        // a lone item under （三） is its sub-heading too
        Section requests = report.sections().get(2);
        assertThat(requests.paragraphs()).isEmpty();
        assertThat(requests.subsections()).singleElement().satisfies(s -> {
            assertThat(s.numbering() + s.title()).isEqualTo("1.依申请公开");
            assertThat(s.paragraphs()).containsExactly("本年度收到申请2件。");
        });
        assertThat(report.sections().get(1).subsections()).isEmpty();
        assertThat(report.sections().get(1).paragraphs()).containsExactly("本年度未制发规范性文件。");
    }

    @Test
    void aTrial2019BlockTheFormLacksHasItsCaptionListedAsLeftOutWithWhereItWas() {
        ReadResult r = read("t2-trial-signed-procurement-2022.html");
        // 第二十条第（一）、（五）、（六）项 are the form's blocks; 第二十条第（九）项 (the trial's 政府集中采购) is none
        assertThat(r.provenance().omitted()).singleElement().satisfies(o -> {
            assertThat(o.text()).isEqualTo("第二十条第（九）项");
            // the caption's cell: the table's twelfth row, first column
            assertThat(o.location()).isInstanceOfSatisfying(SourceLocation.HtmlCell.class, c -> {
                assertThat(c.table()).isEqualTo(0);
                assertThat(c.row()).isEqualTo(11);
                assertThat(c.column()).isEqualTo(0);
            });
        });
        // the block's row and columns themselves are kept
        io.github.xxgk.core.StatisticsTable t2 = r.report().table("t2").orElseThrow();
        assertThat(t2.extraRows()).extracting(io.github.xxgk.core.ExtraRow::label).containsExactly("政府集中采购");
    }

    @Test
    void theTrialsCaptionsOfBlocksThe2021FormHasAreNotListedAsLeftOut() {
        assertThat(read("t2-trial-layout-in-2022.html").provenance().omitted()).isEmpty();
    }

    @Test
    void figuresInExtraColumnsAreReadAsWhatTheyPrintAnAmountWithItsUnitAndASignedFigureNoted() {
        ReadResult r = read("t2-trial-signed-procurement-2022.html");
        io.github.xxgk.core.StatisticsTable t2 = r.report().table("t2").orElseThrow();
        assertThat(t2.extraColumns()).extracting(io.github.xxgk.core.ExtraColumn::label).containsExactly(
                "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额");
        // +4 is the count 4
        assertThat(t2.extraColumns().get(1).values()).containsEntry("licensing", Count.of(4));
        assertThat(t2.extraColumns().get(0).values()).containsEntry("penalty", Count.of(18));
        assertThat(t2.extraColumns().get(2).values()).containsEntry("coercion", Count.of(3));
        // 251000元 keeps its unit: an amount in yuan; 12 stays a count
        assertThat(t2.extraRows()).singleElement().satisfies(row -> assertThat(row.values().values()).containsExactly(
                Count.of(12), io.github.xxgk.core.Amount.of("251000", io.github.xxgk.core.MoneyUnit.YUAN)));
        // -2 and －2: an extra column holds no negative figure (the model's rule), so they are noted with
        // their text and place, not read as 2 nor dropped
        assertThat(t2.extraColumns().get(1).values()).doesNotContainValue(Count.of(2));
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-VALUE-TEXT"))
                .extracting(n -> n.message(java.util.Locale.ENGLISH))
                .hasSize(2).anySatisfy(m -> assertThat(m).contains("“-2”")).anySatisfy(m -> assertThat(m).contains("“－2”"));
        // the form's cells are read as before
        assertThat(r.report().value(new CellId("t2", "normative_documents", "in_force"))).isEqualTo(Count.of(9));
        // the report with an amount among its extra figures validates, its shape reported as the trial's
        assertThat(ReportValidator.standard().validate(r.report()).findings()).extracting(Finding::ruleId)
                .contains("T2-SHAPE-21");
    }
}
