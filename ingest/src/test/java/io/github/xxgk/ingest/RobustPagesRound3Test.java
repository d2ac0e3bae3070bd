package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages of the third round, written by hand after what real portals publish and neither the corpus nor the
 * earlier rounds show (each page says in a comment what it imitates): whole reports in the 2019 trial format,
 * long city-government reports, site-builder and Word-export markup, other crawlers' text dumps. The expected
 * values are those the page prints.
 */
class RobustPagesRound3Test {

    private static ReadResult read(String name) {
        try (InputStream in = RobustPagesRound3Test.class.getResourceAsStream("/synthetic/robust/" + name)) {
            return PublishedReports.read(in.readAllBytes(), ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headings(AnnualReport report) {
        return report.sections().stream().map(s -> s.form().orElse("?") + " " + s.numbering() + s.title()).toList();
    }

    private static String text(Section s) {
        return s.title() + String.join("\n", s.paragraphs())
                + s.subsections().stream().map(RobustPagesRound3Test::text).reduce("", String::concat);
    }

    private static final List<String> APPLICANTS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "public_interest_org", "legal_service_org", "other_org", "total");

    private static List<Object> row(AnnualReport report, String table, String row) {
        return APPLICANTS.stream().map(c -> (Object) report.value(new CellId(table, row, c))).toList();
    }

    private static List<Object> counts(long... values) {
        return Arrays.stream(values).mapToObj(v -> (Object) Count.of(v)).toList();
    }

    private static List<String> ruleIds(AnnualReport report) {
        return ReportValidator.standard().validate(report).findings().stream().map(Finding::ruleId).toList();
    }

    // ---- a city government's whole 2019 report in the trial format, pasted from Word into a site template

    @Test
    void aWholeTrialReportFromWordReadsItsMetadataAndSectionsAsPrinted() {
        ReadResult r = read("trial-city-word-2019.html");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.TRIAL_2019);
        assertThat(report.title()).isEqualTo("某某市人民政府2019年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某市人民政府");
        assertThat(report.year()).isEqualTo(2019);
        assertThat(report.publicationDate()).contains(LocalDate.of(2020, 3, 31));
        assertThat(headings(report)).containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review 四、因政府信息公开申请行政复议、提起行政诉讼的情况",
                "s5_problems 五、政府信息公开工作存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        Section overview = report.sections().get(0);
        assertThat(overview.paragraphs()).containsExactly("2019年，我市认真贯彻落实新修订的《条例》，扎实推进政府信息公开工作。");
        assertThat(overview.subsections()).extracting(s -> s.numbering() + s.title())
                .containsExactly("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）平台建设", "（五）监督保障");
        assertThat(overview.subsections().get(4).paragraphs()).containsExactly("将政务公开纳入年度绩效考核。");
        // the 表N lines that introduce the tables are printed text: kept where they stand
        assertThat(report.sections().get(2).paragraphs()).containsExactly("表2：收到和处理政府信息公开申请情况");
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度无其他需要报告的事项。");
        assertThat(report.closing()).containsExactly("某某市人民政府办公室", "2020年3月31日");
        // the article body is read, not the template around it: no share/print link, 相关链接 or footer text
        String all = String.join("\n", report.preamble()) + String.join("\n", report.closing())
                + report.sections().stream().map(RobustPagesRound3Test::text).reduce("", String::concat);
        assertThat(all).doesNotContain("相关链接", "2018年", "打印", "网站标识码", "您现在的位置", "字号");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-HEADING-UNKNOWN", "READ-TABLE-MISSING");
    }

    @Test
    void theTrialTable2ReadsItsFiveBlocksWithSignedChangesAndTheProcurementAmount() {
        AnnualReport report = read("trial-city-word-2019.html").report();
        assertThat(report.value(new CellId("t2", "regulations", "new_made"))).isEqualTo(Count.of(2));
        assertThat(report.value(new CellId("t2", "normative_documents", "total_published"))).isEqualTo(Count.of(86));
        assertThat(report.value(new CellId("t2", "licensing", "previous_count"))).isEqualTo(Count.of(320));
        assertThat(report.value(new CellId("t2", "licensing", "delta"))).isEqualTo(SignedCount.of(5));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(12890));
        assertThat(report.value(new CellId("t2", "other_services", "delta"))).isEqualTo(SignedCount.of(-3));
        assertThat(report.value(new CellId("t2", "other_services", "decisions"))).isEqualTo(Count.of(2310));
        assertThat(report.value(new CellId("t2", "penalty", "delta"))).isEqualTo(SignedCount.of(0));
        assertThat(report.value(new CellId("t2", "coercion", "delta"))).isEqualTo(SignedCount.of(2));
        assertThat(report.value(new CellId("t2", "fees", "previous_count"))).isEqualTo(Count.of(18));
        assertThat(report.value(new CellId("t2", "fees", "delta"))).isEqualTo(SignedCount.of(-1));
        assertThat(report.value(new CellId("t2", "procurement", "procurement_count"))).isEqualTo(Count.of(56));
        assertThat(report.value(new CellId("t2", "procurement", "procurement_amount")))
                .isEqualTo(Amount.of("3456.78", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(report.table("t2").orElseThrow().extraRows()).isEmpty();
        assertThat(report.table("t2").orElseThrow().extraColumns()).isEmpty();
    }

    /**
     * 表三 split at a page break into two tables; the second repeats the three header rows but has no cell for
     * the vertical 三、本年度办理结果 (its rowspan ran on in the first part): the rows of the second part are one
     * column short, their labels stand where the first part has its groups. They were read with a figure as
     * their label (“40”, as extra rows) and every figure one column off.
     */
    @Test
    void aTable3ContinuedWithoutItsVerticalHeaderColumnReadsEveryRowUnderItsColumn() {
        ReadResult r = read("trial-city-word-2019.html");
        AnnualReport report = r.report();
        assertThat(report.table("t3").orElseThrow().extraRows()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(row(report, "t3", "r1")).isEqualTo(counts(150, 20, 2, 1, 3, 4, 180));
        assertThat(row(report, "t3", "r3_3_8")).isEqualTo(counts(2, 0, 0, 0, 0, 0, 2));
        // the second part
        assertThat(row(report, "t3", "r3_4_1")).isEqualTo(counts(40, 5, 1, 1, 1, 1, 49));
        assertThat(row(report, "t3", "r3_4_3")).isEqualTo(counts(2, 0, 0, 0, 0, 0, 2));
        assertThat(row(report, "t3", "r3_5_2")).isEqualTo(counts(4, 1, 0, 0, 0, 0, 5));
        assertThat(row(report, "t3", "r3_5_5")).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1));
        // the trial's single （六）其他处理 row
        assertThat(row(report, "t3", "r3_6")).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        assertThat(row(report, "t3", "r3_7")).isEqualTo(counts(147, 19, 2, 1, 3, 3, 175));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(8, 2, 0, 0, 0, 1, 11));
        assertThat(ruleIds(report)).doesNotContain("T3-SHAPE", "T3-ROWTOTAL", "T3-TOTAL", "T3-BALANCE",
                "T3-SUM-III", "T3-SUM-IV", "T3-SUM-V");
    }

    @Test
    void theTrialTable4UnderThe2008HeadingReadsItsFifteenFigures() {
        AnnualReport report = read("trial-city-word-2019.html").report();
        List<String> columns = List.of("review_upheld", "review_corrected", "review_other", "review_pending",
                "review_total", "direct_upheld", "direct_corrected", "direct_other", "direct_pending", "direct_total",
                "after_review_upheld", "after_review_corrected", "after_review_other", "after_review_pending",
                "after_review_total");
        assertThat(columns.stream().map(c -> (Object) report.value(new CellId("t4", "cases", c))).toList())
                .isEqualTo(counts(3, 1, 0, 1, 5, 2, 0, 1, 0, 3, 1, 0, 0, 1, 2));
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    // ---- a city government's 2023 report with its tables printed as 附表 after 六、, from a site builder

    /**
     * The three tables printed after 六、, each led by its caption line (附表1：主动公开政府信息情况 …): the
     * captions are paragraphs of 六、 in the order printed. They came back in reverse order (each was put back
     * at the place it was taken from, the first one first, so that each later one went before it).
     */
    @Test
    void tablesPrintedAfterTheLastSectionKeepTheirCaptionLinesInThePrintedOrder() {
        ReadResult r = read("city-appendix-tables-2023.html");
        AnnualReport report = r.report();
        assertThat(headings(report)).containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review 四、政府信息公开行政复议、行政诉讼情况",
                "s5_problems 五、存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        assertThat(report.sections().get(5).paragraphs()).containsExactly(
                "本年度未收取信息处理费。本年度办理人大代表建议45件、政协提案60件，办理结果均已公开。",
                "附表1：主动公开政府信息情况", "附表2：收到和处理政府信息公开申请情况", "附表3：政府信息公开行政复议、行政诉讼情况");
        assertThat(report.sections().get(2).paragraphs()).containsExactly("详见附表2。");
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 25));
        assertThat(report.tables().keySet()).containsExactlyInAnyOrder("t2", "t3", "t4");
    }

    @Test
    void aTable2InALayoutTableWithThousandsSeparatorsAndABlankCellReadsAsPrinted() {
        ReadResult r = read("city-appendix-tables-2023.html");
        AnnualReport report = r.report();
        assertThat(report.value(new CellId("t2", "regulations", "in_force"))).isEqualTo(Count.of(9));
        assertThat(report.value(new CellId("t2", "normative_documents", "issued"))).isEqualTo(Count.of(14));
        assertThat(report.value(new CellId("t2", "normative_documents", "repealed"))).isEqualTo(Count.of(3));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(25631));
        assertThat(report.value(new CellId("t2", "penalty", "decisions"))).isEqualTo(Count.of(3208));
        assertThat(report.value(new CellId("t2", "fees", "fee_amount")))
                .isEqualTo(Amount.of("1234.5", MoneyUnit.TEN_THOUSAND_YUAN));
        // the blank 行政强制 cell is blank, not 0, and said so
        assertThat(report.value(new CellId("t2", "coercion", "decisions")).isBlank()).isTrue();
        assertThat(ReportValidator.standard().validate(report).findings()).filteredOn(f -> f.ruleId().equals("CELL-BLANK"))
                .singleElement().satisfies(f -> assertThat(f.message(java.util.Locale.ENGLISH)).contains("1"));
    }

    /**
     * 表三 in one table with an empty spacer first column, the figures padded with &nbsp;, and its header rows
     * and the vertical 三、本年度办理结果 cell printed again in the middle (a page turned in the PDF it was
     * converted from): every row read, the repeated header no row.
     */
    @Test
    void aTable3WithASpacerColumnAndItsHeaderRepeatedMidTableReadsEveryRow() {
        ReadResult r = read("city-appendix-tables-2023.html");
        AnnualReport report = r.report();
        assertThat(report.table("t3").orElseThrow().extraRows()).isEmpty();
        assertThat(report.table("t3").orElseThrow().printedShape()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(row(report, "t3", "r1")).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(row(report, "t3", "r3_3_8")).isEqualTo(counts(5, 0, 0, 0, 0, 0, 5));
        assertThat(row(report, "t3", "r3_4_1")).isEqualTo(counts(80, 9, 1, 1, 2, 1, 94));
        assertThat(row(report, "t3", "r3_6_1")).isEqualTo(counts(6, 1, 0, 0, 0, 0, 7));
        assertThat(row(report, "t3", "r3_6_2")).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1));
        assertThat(row(report, "t3", "r3_6_3")).isEqualTo(counts(2, 1, 0, 0, 0, 1, 4));
        assertThat(row(report, "t3", "r3_7")).isEqualTo(counts(300, 39, 2, 2, 5, 6, 354));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(9));
        assertThat(report.value(new CellId("t4", "cases", "after_review_total"))).isEqualTo(Count.of(3));
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /** A caption line in the preamble before a table read whole stays in the preamble (it was lost). */
    @Test
    void aCaptionLineBeforeATablePrintedAboveTheFirstHeadingStaysInThePreamble() {
        AnnualReport report = read("preamble-caption-2023.html").report();
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
                "附表：政府信息公开行政复议、行政诉讼情况");
        assertThat(report.value(new CellId("t4", "cases", "review_upheld"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(1));
    }

    // ---- other crawlers' text dumps of a 2021-format report (the figures of city-appendix-tables-2023.html)

    /**
     * One report as five crawlers dump it: dump-cells-per-line (each table cell on a line of its own),
     * dump-tabs (a row a line, cells separated by tabs), dump-spaces (cells separated by two spaces),
     * dump-pipes (a row a line between bars, {@code | 规章 | 1 | 0 | 9 |}, the merged cells' spans lost, no
     * header lines) and dump-pipes-marker (a markdownify-like crawler: header lines 标题： 来源： 发布日期：
     * 原文地址：, a 正文 marker, rows between bars and a ruling row {@code |---|} after each table's first
     * row). The bars were read as part of the labels: not one row of the three tables was found.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dump-cells-per-line-2023.txt", "dump-tabs-2023.txt",
        "dump-spaces-2023.txt", "dump-pipes-2023.txt", "dump-pipes-marker-2023.txt"})
    void aDumpWithItsTableRowsOnLinesOfTheirOwnReadsEveryFigure(String dump) {
        ReadResult r = read(dump);
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(report.title()).isEqualTo("某某市人民政府2023年政府信息公开工作年度报告");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 25));
        assertThat(headings(report)).containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review 四、政府信息公开行政复议、行政诉讼情况",
                "s5_problems 五、存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(report.value(new CellId("t2", "normative_documents", "in_force"))).isEqualTo(Count.of(102));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(25631));
        assertThat(report.value(new CellId("t2", "coercion", "decisions"))).isEqualTo(Count.of(0));
        assertThat(report.value(new CellId("t2", "fees", "fee_amount")))
                .isEqualTo(Amount.of("1234.5", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(row(report, "t3", "r1")).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(row(report, "t3", "r3_3_3")).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0));
        assertThat(row(report, "t3", "r3_4_1")).isEqualTo(counts(80, 9, 1, 1, 2, 1, 94));
        assertThat(row(report, "t3", "r3_6_3")).isEqualTo(counts(2, 1, 0, 0, 0, 1, 4));
        assertThat(row(report, "t3", "r3_7")).isEqualTo(counts(300, 39, 2, 2, 5, 6, 354));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(9));
        assertThat(report.value(new CellId("t4", "cases", "direct_pending"))).isEqualTo(Count.of(2));
        assertThat(report.value(new CellId("t4", "cases", "after_review_total"))).isEqualTo(Count.of(3));
        assertThat(r.notes()).extracting(Finding::ruleId)
                .doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN", "READ-SPLIT-AMBIGUOUS", "READ-TABLE-MISSING");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * A city bureau's 2016 report (legacy edition) with the national statistics table, as four crawlers dump
     * it: cells separated by tabs, a cell a line, cells between bars, and a row a line with its cells run
     * together ({@code 1．政府公报公开政府信息数条20}). The table's heading and subtotal rows print “——” under
     * both 单位 and 统计数 ({@code —— ——}, or {@code ————} run together): they were taken for a run of figures
     * (READ-SPLIT-AMBIGUOUS, four times) or for text in the figure's cell (READ-VALUE-TEXT).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"legacy-dump-tabs-2016.txt",
        "legacy-dump-cells-per-line-2016.txt", "legacy-dump-pipes-2016.txt", "legacy-dump-rows-run-2016.txt"})
    void aLegacyDumpWithDashesUnderUnitAndFigureReadsEveryRowWithoutAFalseNote(String dump) {
        ReadResult r = read(dump);
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(report.agency().name()).isEqualTo("某某市人力资源和社会保障局");
        assertThat(report.publicationDate()).contains(LocalDate.of(2017, 3, 28));
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-SPLIT-AMBIGUOUS", "READ-VALUE-TEXT",
                "READ-ROW-UNKNOWN", "READ-TABLE-MISSING");
        io.github.xxgk.core.StatisticsTable stats = report.table("stats").orElseThrow();
        assertThat(stats.extraRows()).isEmpty();
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l3", "value"))).isEqualTo(Count.of(15));
        assertThat(report.value(new CellId("stats", "l5", "value"))).isEqualTo(Count.of(20));
        assertThat(report.value(new CellId("stats", "l6", "value"))).isEqualTo(Count.of(1200));
        assertThat(report.value(new CellId("stats", "l36", "value"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("stats", "l48", "value"))).isEqualTo(Count.of(6));
        assertThat(report.value(new CellId("stats", "l51", "value"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("stats", "l60", "value"))).isEqualTo(Amount.of("2.5", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(report.value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));
        // the subtotal rows printed with dashes hold no figure
        assertThat(report.value(new CellId("stats", "l4", "value")).isBlank()).isTrue();
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
        assertThat(ruleIds(report)).doesNotContain("LEG-CHANNEL-SUM", "LEG-INTERPRET-SUM", "LEG-CHANNEL-COVER");
    }

    // ---- a county department's 2020 report in the trial format, on a portal template of its own

    /**
     * The 2008 item's heading printed without its 的 (四、因政府信息公开申请行政复议、提起行政诉讼情况): the form's
     * fourth section, its wording reported (it was an unknown section, and 四、 reported missing, an error).
     */
    @Test
    void theFourthSectionUnderThe2008HeadingWithoutIts的IsTheFormsFourthSection() {
        ReadResult r = read("trial-county-2020.html");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.TRIAL_2019);
        assertThat(headings(report)).containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review 四、因政府信息公开申请行政复议、提起行政诉讼情况",
                "s5_problems 五、政府信息公开工作存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-HEADING-UNKNOWN");
        List<Finding> present = ReportValidator.standard().validate(report).findings().stream()
                .filter(f -> f.ruleId().equals("SEC-PRESENT")).toList();
        assertThat(present).singleElement().satisfies(f -> assertThat(f.isError()).isFalse());
    }

    @Test
    void aTitleOverTwoLinesADateInBracketsAndTheTablesOfTheTemplateReadAsPrinted() {
        ReadResult r = read("trial-county-2020.html");
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某县教育局2020年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某县教育局");
        assertThat(report.year()).isEqualTo(2020);
        assertThat(report.publicationDate()).contains(LocalDate.of(2021, 1, 28));
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2020年1月1日至2020年12月31日。");
        // 表二: “/” in the 规章 row, signed changes, an amount in yuan
        assertThat(report.value(new CellId("t2", "regulations", "new_made")))
                .isEqualTo(io.github.xxgk.core.CellValue.NOT_APPLICABLE);
        assertThat(report.value(new CellId("t2", "normative_documents", "total_published"))).isEqualTo(Count.of(41));
        assertThat(report.value(new CellId("t2", "penalty", "delta"))).isEqualTo(SignedCount.of(-4));
        assertThat(report.value(new CellId("t2", "other_services", "decisions"))).isEqualTo(Count.of(88));
        assertThat(report.value(new CellId("t2", "procurement", "procurement_amount")))
                .isEqualTo(Amount.of("251000", MoneyUnit.YUAN));
        // 表三: <th> header cells broken by <br>, 180件, （二）部分公开 without its note
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(row(report, "t3", "r1")).isEqualTo(counts(150, 20, 2, 1, 3, 4, 180));
        assertThat(row(report, "t3", "r3_2")).isEqualTo(counts(20, 3, 0, 0, 1, 0, 24));
        assertThat(row(report, "t3", "r3_6")).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(8, 2, 0, 0, 0, 1, 11));
        // 表四 with a stub column 项目 over 案件数量
        assertThat(report.value(new CellId("t4", "cases", "review_corrected"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t4", "cases", "direct_upheld"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t4", "cases", "after_review_total"))).isEqualTo(Count.of(0));
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    // ---- a district bureau's legacy report pasted from Word

    /**
     * The 2008 items' headings as this office words them (因政府信息公开申请提起行政复议、行政诉讼的情况,
     * 政府信息公开工作存在的主要问题及改进措施): the items (they were unknown sections).
     */
    @Test
    void legacyHeadingsInTheirOwnWordOrderAreTheItemsOfArticle32() {
        ReadResult r = read("legacy-district-word-2017.html");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(headings(report)).containsExactly("? 一、概述", "leg_proactive 二、主动公开政府信息情况",
                "leg_requests 三、依申请公开政府信息情况", "leg_fees 四、政府信息公开的收费及减免情况",
                "leg_review 五、因政府信息公开申请提起行政复议、行政诉讼的情况",
                "leg_problems 六、政府信息公开工作存在的主要问题及改进措施", "leg_other 七、其他需要报告的事项");
        // 一、概述 is no item of 第三十二条: kept, and said so once
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-HEADING-UNKNOWN")).singleElement()
                .satisfies(n -> assertThat(n.message(java.util.Locale.ENGLISH)).contains("一、概述"));
        assertThat(report.closing()).containsExactly("某某区民政局", "2018年3月20日");
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l36", "value"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("stats", "l60", "value"))).isEqualTo(Amount.of("2.5", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(report.table("stats").orElseThrow().extraRows()).isEmpty();
        assertThat(ruleIds(report)).doesNotContain("LEG-SEC");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    // ---- the 2019 city report (trial format) as crawlers dump it

    /**
     * The figures of trial-city-word-2019.html as two crawlers dump them: a cell a line, and a row a line with
     * tabs. The trial 表二's signed changes (+5, -3) were read as a row labelled “+” (the sign was no figure's
     * character), the rows after them lost; 3456.78万元 lost its unit (read as yuan).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"trial-dump-cells-per-line-2019.txt", "trial-dump-tabs-2019.txt"})
    void aTrialDumpReadsTheSignedChangesAndTheProcurementAmountWithItsUnit(String dump) {
        ReadResult r = read(dump);
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.TRIAL_2019);
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-SPLIT-AMBIGUOUS",
                "READ-VALUE-TEXT");
        assertThat(report.table("t2").orElseThrow().extraRows()).isEmpty();
        assertThat(report.value(new CellId("t2", "normative_documents", "total_published"))).isEqualTo(Count.of(86));
        assertThat(report.value(new CellId("t2", "licensing", "delta"))).isEqualTo(SignedCount.of(5));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(12890));
        assertThat(report.value(new CellId("t2", "other_services", "delta"))).isEqualTo(SignedCount.of(-3));
        assertThat(report.value(new CellId("t2", "other_services", "decisions"))).isEqualTo(Count.of(2310));
        assertThat(report.value(new CellId("t2", "penalty", "decisions"))).isEqualTo(Count.of(5678));
        assertThat(report.value(new CellId("t2", "coercion", "delta"))).isEqualTo(SignedCount.of(2));
        assertThat(report.value(new CellId("t2", "coercion", "decisions"))).isEqualTo(Count.of(120));
        assertThat(report.value(new CellId("t2", "fees", "delta"))).isEqualTo(SignedCount.of(-1));
        assertThat(report.value(new CellId("t2", "procurement", "procurement_count"))).isEqualTo(Count.of(56));
        assertThat(report.value(new CellId("t2", "procurement", "procurement_amount")))
                .isEqualTo(Amount.of("3456.78", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(row(report, "t3", "r3_6")).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(8, 2, 0, 0, 0, 1, 11));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(5));
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * The same report with each table's cells run together (trial-dump-run-2019.txt): 表二's runs have many
     * splits (2215 is 2|2|15 or 22|1|5 …) and are left blank, said so, not guessed; 45-32310 was taken as
     * 45 | - | 32310 (a blank change and 32310 decisions), the one split its enumeration knew, where 45 | -3 |
     * 2310 is as good. 18-1 is 18 and −1: the sign opens the change. 表三 and 表四 are split by their sums.
     */
    @Test
    void aTrialDumpRunTogetherLeavesTheTable2RunsItCannotSettleBlankAndReadsTheSignedOneItCan() {
        ReadResult r = read("trial-dump-run-2019.txt");
        AnnualReport report = r.report();
        assertThat(report.value(new CellId("t2", "other_services", "decisions")).isBlank()).isTrue();
        assertThat(report.value(new CellId("t2", "other_services", "delta")).isBlank()).isTrue();
        assertThat(report.value(new CellId("t2", "licensing", "decisions")).isBlank()).isTrue();
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS"))
                .extracting(n -> n.message(java.util.Locale.ENGLISH))
                .anySatisfy(m -> assertThat(m).contains("45|-3|2310").contains("45|-|32310"))
                .anySatisfy(m -> assertThat(m).contains("320|+5|12890"))
                .anySatisfy(m -> assertThat(m).contains("2|2|15").contains("22|1|5"));
        assertThat(report.value(new CellId("t2", "fees", "previous_count"))).isEqualTo(Count.of(18));
        assertThat(report.value(new CellId("t2", "fees", "delta"))).isEqualTo(SignedCount.of(-1));
        assertThat(row(report, "t3", "r1")).isEqualTo(counts(150, 20, 2, 1, 3, 4, 180));
        assertThat(row(report, "t3", "r3_4_1")).isEqualTo(counts(40, 5, 1, 1, 1, 1, 49));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(8, 2, 0, 0, 0, 1, 11));
        assertThat(report.value(new CellId("t4", "cases", "after_review_pending"))).isEqualTo(Count.of(1));
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * A binary Word 97-2003 .doc (sites publish those as attachments too) is refused, without the office module
     * (not on ingest's class path), with what it is and what reads it; its bytes were read as a text dump and the
     * read ended in “no reporting year found”.
     */
    @Test
    void aBinaryWordFileIsRefusedWithATypedErrorThatSaysWhatItIs() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0,
            '2', '0', '2', '3'};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublishedReports.read(ole, ReadOptions.defaults()))
                .isInstanceOf(ReadException.class)
                .hasMessageContaining("Word 97–2003").hasMessageContaining("xxgk-office");
    }

    // ---- a county bureau whose site narrows wide tables, and whose headings lost their 、 or numbering

    /**
     * Sections headed 一　总体情况 (a space for 、) or 总体情况 (the numbering lost): the sections, with their
     * paragraphs (they were all paragraphs of the preamble, and every section reported missing).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"split-tables-2022.html, 一", "split-tables-unnumbered-2022.html, ''"})
    void sectionTitlesNumberedWithASpaceOrNotAtAllAreTheSections(String page, String one) {
        ReadResult r = read(page);
        AnnualReport report = r.report();
        assertThat(report.sections()).extracting(s -> s.form().orElse("?")).containsExactly("s1_overview",
                "s2_proactive", "s3_requests", "s4_review", "s5_problems", "s6_other");
        assertThat(report.sections().get(0).numbering()).isEqualTo(one);
        assertThat(report.sections().get(0).title()).isEqualTo("总体情况");
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2022年1月1日至2022年12月31日。");
        assertThat(report.sections().get(0).paragraphs()).containsExactly("本局全年主动公开政府信息210条。");
        assertThat(report.sections().get(2).paragraphs()).containsExactly("本年度未收到政府信息公开申请。");
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
        // the headings' wording is reported, no section is missing
        assertThat(ReportValidator.standard().validate(report).findings())
                .filteredOn(f -> f.ruleId().equals("SEC-PRESENT")).hasSize(6).noneMatch(Finding::isError);
    }

    /** 表二 printed as four tables, a block each, and 表四 as two (行政复议, 行政诉讼): every figure read. */
    @Test
    void table2AsFourTablesAndTable4AsTwoReadEveryFigure() {
        AnnualReport report = read("split-tables-2022.html").report();
        assertThat(report.value(new CellId("t2", "regulations", "in_force"))).isEqualTo(Count.of(0));
        assertThat(report.value(new CellId("t2", "normative_documents", "in_force"))).isEqualTo(Count.of(48));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(3120));
        assertThat(report.value(new CellId("t2", "coercion", "decisions"))).isEqualTo(Count.of(12));
        assertThat(report.value(new CellId("t2", "fees", "fee_amount"))).isEqualTo(Amount.of("56.3", MoneyUnit.TEN_THOUSAND_YUAN));
        List<String> columns = List.of("review_upheld", "review_corrected", "review_other", "review_pending",
                "review_total", "direct_upheld", "direct_corrected", "direct_other", "direct_pending", "direct_total",
                "after_review_upheld", "after_review_corrected", "after_review_other", "after_review_pending",
                "after_review_total");
        assertThat(columns.stream().map(c -> (Object) report.value(new CellId("t4", "cases", c))).toList())
                .isEqualTo(counts(2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1));
    }

    // ---- layouts the reader already read right (kept so that it stays so)

    /** Headings numbered by a Word list: 一、 inside <![if !supportLists]> and mso-list:Ignore, padded. */
    @Test
    void wordListNumberingInsideItsConditionalCommentIsTheHeadingsNumbering() {
        AnnualReport report = read("word-list-numbering-2023.html").report();
        assertThat(headings(report)).containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review 四、政府信息公开行政复议、行政诉讼情况",
                "s5_problems 五、存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        assertThat(report.sections().get(0).paragraphs()).containsExactly("本局全年主动公开政府信息98条。");
    }

    /** 表三 with a tool's eighth column 小计 under 法人或其他组织: kept as an extra column, reported, the rest read. */
    @Test
    void aTable3WithASubtotalColumnKeepsItAsAnExtraColumn() {
        ReadResult r = read("t3-subtotal-column-2023.html");
        io.github.xxgk.core.StatisticsTable t3 = r.report().table("t3").orElseThrow();
        assertThat(t3.extraColumns()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("小计");
            // 42 + 3 + 2 + 6 + 7
            assertThat(c.values()).containsEntry("r1", Count.of(60));
            assertThat(c.values()).containsEntry("r3_7", Count.of(54));
        });
        assertThat(row(r.report(), "t3", "r1")).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(row(r.report(), "t3", "r4")).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-COLUMN-UNKNOWN")).hasSize(1);
    }

    /**
     * The publication date only in the page's address: a dump's 原文链接： header (a full-width colon; its first
     * ASCII colon is the address's own, and the header was not read), a saved page's canonical link. Read
     * from the address, as an inference said so (they had no publication date).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"dump-url-date-2023.txt, 2024-01-25", "canonical-url-date-2023.html, 2024-01-26"})
    void aPublicationDateOnlyInThePagesAddressIsReadFromIt(String page, String date) {
        ReadResult r = read(page);
        assertThat(r.report().publicationDate()).contains(LocalDate.parse(date));
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-METADATA-INFERRED"))
                .anySatisfy(n -> assertThat(n.message(java.util.Locale.ENGLISH)).contains(date).contains("address"));
    }

    // ---- an older portal: the page one layout table, the report in one cell with <br> lines

    /**
     * A menu line (首页 | 信息公开) right above a whole title is chrome: it was taken for the first half of a
     * title printed over two lines and joined to it, and so to the agency's name.
     */
    @Test
    void aMenuLineAboveAWholeTitleIsNoPartOfTheTitle() {
        ReadResult r = read("legacy-td-br-2014.html");
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某县环保局2014年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某县环保局");
        assertThat(r.provenance().omitted()).extracting(Provenance.Omitted::text).contains("首页 | 信息公开");
        assertThat(report.publicationDate()).contains(LocalDate.of(2015, 3, 25));
    }

    @Test
    void aReportInOneCellWithBrLinesReadsItsSectionsTableAndClosing() {
        AnnualReport report = read("legacy-td-br-2014.html").report();
        assertThat(report.edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2014年1月1日至2014年12月31日。");
        assertThat(headings(report)).containsExactly("? 一、概述", "leg_proactive 二、主动公开政府信息情况",
                "leg_requests 三、依申请公开政府信息情况", "leg_fees 四、政府信息公开的收费及减免情况",
                "leg_review 五、因政府信息公开申请行政复议、提起行政诉讼的情况",
                "leg_problems 六、政府信息公开工作存在的主要问题及改进措施", "leg_other 七、其他需要报告的事项");
        assertThat(report.sections().get(4).paragraphs()).containsExactly("行政复议1件，行政诉讼6件。");
        assertThat(report.closing()).containsExactly("某某县环保局", "2015年3月25日");
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));
        assertThat(report.table("stats").orElseThrow().extraRows()).isEmpty();
    }

    /**
     * The vertical 三、本年度办理结果 cell with a rowspan two rows too long runs on over 四、结转下年度继续办理: the
     * row is read under its columns (it was read a column off, 总计 under no header: an extra column “11”,
     * and T3-BALANCE / T3-ROWTOTAL errors the page does not have).
     */
    @Test
    void aRowPushedRightByARowspanRunningOnPastItsGroupIsReadUnderItsColumns() {
        ReadResult r = read("t3-rowspan-overrun-2020.html");
        AnnualReport report = r.report();
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(8, 2, 0, 0, 0, 1, 11));
        assertThat(row(report, "t3", "r3_7")).isEqualTo(counts(147, 19, 2, 1, 3, 3, 175));
        assertThat(report.table("t3").orElseThrow().extraColumns()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-COLUMN-UNKNOWN", "READ-ROW-UNKNOWN");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * A 相关链接 list under the article (other years' reports among its links), the whole body read: chrome,
     * listed as left out. It was a sub-section of 六、, and the signature and date above it stayed paragraphs
     * of 六、 (the report had no closing).
     */
    @Test
    void aRelatedLinksListUnderTheArticleIsChromeAndTheClosingAboveItStays() {
        ReadResult r = read("portal-related-links-2022.html");
        AnnualReport report = r.report();
        Section other = report.sections().get(5);
        assertThat(other.paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(other.subsections()).isEmpty();
        assertThat(report.closing()).containsExactly("某某县人民政府办公室", "2023年1月16日");
        assertThat(r.provenance().omitted()).extracting(Provenance.Omitted::text).contains("相关链接",
                "某某县人民政府2021年政府信息公开工作年度报告", "某某县人民政府2020年政府信息公开工作年度报告");
    }

    /** 表三 unmerged by a tool, every part of a merged cell filled with its text: read right already. */
    @Test
    void aTable3WhoseMergedCellsWereUnmergedAndFilledReadsEveryRow() {
        ReadResult r = read("t3-unmerged-filled-2023.html");
        AnnualReport report = r.report();
        assertThat(report.table("t3").orElseThrow().extraRows()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(row(report, "t3", "r1")).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(row(report, "t3", "r3_3_1")).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1));
        assertThat(row(report, "t3", "r3_6_3")).isEqualTo(counts(2, 1, 0, 0, 0, 1, 4));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
    }

    /**
     * Titles worded otherwise: the year in brackets after it, 年报 for 年度报告, a township's 政务公开: the title and
     * the agency it names (each was taken for a paragraph of the preamble, and the agency was unknown).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "title-year-bracketed-2023.html, 某某县人民政府政府信息公开工作年度报告（2023年度）, 某某县人民政府",
        "title-nianbao-2023.html, 某某县发展和改革局2023年度政府信息公开年报, 某某县发展和改革局",
        "title-zhengwu-2023.html, 某某镇人民政府2023年政务公开工作年度报告, 某某镇人民政府"})
    void titlesWordedOtherwiseAreTheTitleAndNameTheAgency(String page, String title, String agency) {
        AnnualReport report = read(page).report();
        assertThat(report.title()).isEqualTo(title);
        assertThat(report.agency().name()).isEqualTo(agency);
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
    }

    /** A legacy table with a leading 序号 column: read right already. */
    @Test
    void aLegacyTableWithASerialNumberColumnReadsEveryRow() {
        ReadResult r = read("legacy-serial-column-2015.html");
        AnnualReport report = r.report();
        assertThat(report.table("stats").orElseThrow().extraRows()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l5", "value"))).isEqualTo(Count.of(20));
        assertThat(report.value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));
    }

    /** 表三 with empty spacer cells between the stub and the figures and after them: read right already. */
    @Test
    void aTable3WithSpacerCellsInsideAndAfterItsRowsReadsEveryRow() {
        ReadResult r = read("t3-spacers-2023.html");
        AnnualReport report = r.report();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN");
        assertThat(row(report, "t3", "r1")).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(row(report, "t3", "r3_6_3")).isEqualTo(counts(2, 1, 0, 0, 0, 1, 4));
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
    }

    /**
     * A crawler's dump that opens with its header lines (标题：, 来源：, 发布日期：, 原文地址：) and has no 正文 marker
     * line, its table rows between bars with ruling rows: a dump (its |---| rows made it Markdown, where no
     * table was read), the header lines its metadata (read from a file named .txt, the title kept its key,
     * the agency was 标题：某某市人民政府, and the address line was the preamble's first paragraph).
     */
    @Test
    void aDumpWithHeaderLinesAndNoMarkerReadsTheHeaderAsMetadata() {
        ReadResult r = read("dump-header-no-marker-2023.txt");
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某市人民政府2023年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某市人民政府");
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 25));
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        assertThat(row(report, "t3", "r4")).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
    }

    /**
     * 表四 printed under a sub-heading of 四、 (（一）复议诉讼情况) with no text of its own: the sub-section holds the
     * table, and is no heading without content (SEC-EMPTY said so, falsely: the table is its content; the
     * table was recorded as its section's only).
     */
    @Test
    void aSubHeadingWithOnlyItsSectionsTableUnderItIsNotEmpty() {
        ReadResult r = read("subsection-tables-2023.html");
        AnnualReport report = r.report();
        Section review = report.sections().get(2);
        assertThat(review.form()).contains("s4_review");
        assertThat(review.subsections().get(0).title()).isEqualTo("复议诉讼情况");
        assertThat(review.subsections().get(0).tables()).containsExactly("t4");
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(1));
        assertThat(ReportValidator.standard().validate(report).findings()).extracting(Finding::ruleId)
                .doesNotContain("SEC-EMPTY");
        // a sub-heading with text above the table is not empty: the table stays its section's, as before
        Section proactive = report.sections().get(1);
        assertThat(proactive.subsections().get(0).paragraphs()).containsExactly("详见下表。");
        assertThat(proactive.subsections().get(0).tables()).isEmpty();
    }
}
