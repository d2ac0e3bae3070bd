package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.CellValue;
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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown written by HTML-to-Markdown converters (markdownify, turndown with its GFM plugin) from a report page
 * whose tables had merged cells: a pipe table cannot span, so the converter writes a merged label once and leaves
 * the cells it covered empty, and writes an {@code <img>} as {@code ![](…)}.
 */
class RobustMarkdownTest {

    private static ReadResult read(String name) {
        try (InputStream in = RobustMarkdownTest.class.getResourceAsStream("/synthetic/robust/" + name)) {
            return PublishedReports.read(in.readAllBytes(), ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> counts(long... values) {
        return Arrays.stream(values).mapToObj(v -> (Object) Count.of(v)).toList();
    }

    private static List<Object> values(AnnualReport report, String table, String row, List<String> columns) {
        return columns.stream().map(c -> (Object) report.value(new CellId(table, row, c))).toList();
    }

    /**
     * 表四's header rows with the spans of 行政复议, 行政诉讼, 未经复议直接起诉 and 复议后起诉 left as empty cells: read as
     * spans, all fifteen figures under their columns (seven were read, the rest taken for missing columns, a false
     * T4-SHAPE error).
     */
    @Test
    void headerLabelsWhoseSpansWereLeftEmptyReadAsSpans() {
        ReadResult r = read("md-spans-left-empty-2023.md");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(report.title()).isEqualTo("某某市人民政府2023年政府信息公开工作年度报告");
        assertThat(values(report, "t4", "cases", List.of("review_upheld", "review_corrected", "review_other",
                "review_pending", "review_total", "direct_upheld", "direct_corrected", "direct_other", "direct_pending",
                "direct_total", "after_review_upheld", "after_review_corrected", "after_review_other",
                "after_review_pending", "after_review_total")))
                .isEqualTo(counts(6, 2, 1, 0, 9, 3, 1, 0, 2, 6, 2, 0, 1, 0, 3));
        List<String> applicants = List.of("natural_person", "commercial_enterprise", "research_institution",
                "public_interest_org", "legal_service_org", "other_org", "total");
        assertThat(values(report, "t3", "r1", applicants)).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(values(report, "t3", "r3_6_3", applicants)).isEqualTo(counts(2, 1, 0, 0, 0, 1, 4));
        assertThat(values(report, "t3", "r4", applicants)).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
        assertThat(report.value(new CellId("t2", "normative_documents", "in_force"))).isEqualTo(Count.of(102));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(25631));
        assertThat(report.value(new CellId("t2", "coercion", "decisions"))).isEqualTo(Count.of(0));
        assertThat(report.value(new CellId("t2", "fees", "fee_amount")))
                .isEqualTo(Amount.of("1234.5", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-COLUMN-UNKNOWN", "READ-ROW-UNKNOWN",
                "READ-TABLE-MISSING", "READ-VALUE-TEXT");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /** The banner picture above the text ({@code ![](…banner.png)}) is a picture, not a paragraph of the preamble. */
    @Test
    void anImageOnALineOfItsOwnIsNoParagraph() {
        AnnualReport report = read("md-spans-left-empty-2023.md").report();
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        assertThat(String.join("\n", report.preamble())).doesNotContain("![");
    }

    /**
     * A 2019 trial report as turndown writes it: the title in bold, {@code ##} headings, 表三's two header rows
     * flattened into one, the labels of merged rows left empty below, and 表四's header rows written with their labels
     * side by side and the rows padded with empty cells ({@code | 行政复议 | 行政诉讼 |  | …}), where the spans were not
     * written: read as a dump, whose rows the form settles. 表四 had seven figures under wrong columns
     * (未经复议直接起诉 结果纠正 1 where the page prints 0) and a false T4-SHAPE error.
     */
    @Test
    void aTableWhoseHeaderSpansWereLostIsReadByTheForm() {
        ReadResult r = read("md-trial-spans-lost-2019.md");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.TRIAL_2019);
        assertThat(report.title()).isEqualTo("某某市人民政府2019年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某市人民政府");
        assertThat(report.publicationDate()).contains(java.time.LocalDate.of(2020, 3, 31));
        assertThat(report.sections()).extracting(Section::title).containsExactly("总体情况", "主动公开政府信息情况",
                "收到和处理政府信息公开申请情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
                "政府信息公开工作存在的主要问题及改进情况", "其他需要报告的事项");
        assertThat(values(report, "t4", "cases", List.of("review_upheld", "review_corrected", "review_other",
                "review_pending", "review_total", "direct_upheld", "direct_corrected", "direct_other", "direct_pending",
                "direct_total", "after_review_upheld", "after_review_corrected", "after_review_other",
                "after_review_pending", "after_review_total")))
                .isEqualTo(counts(3, 1, 0, 1, 5, 2, 0, 1, 0, 3, 1, 0, 0, 1, 2));
        List<String> applicants = List.of("natural_person", "commercial_enterprise", "research_institution",
                "public_interest_org", "legal_service_org", "other_org", "total");
        assertThat(values(report, "t3", "r1", applicants)).isEqualTo(counts(150, 20, 2, 1, 3, 4, 180));
        assertThat(values(report, "t3", "r3_3_4", applicants)).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        assertThat(values(report, "t3", "r3_6", applicants)).isEqualTo(counts(2, 1, 0, 0, 0, 0, 3));
        assertThat(values(report, "t3", "r3_7", applicants)).isEqualTo(counts(147, 19, 2, 1, 3, 3, 175));
        assertThat(values(report, "t3", "r4", applicants)).isEqualTo(counts(8, 2, 0, 0, 0, 1, 11));
        assertThat(report.value(new CellId("t2", "regulations", "total_published"))).isEqualTo(Count.of(15));
        assertThat(report.value(new CellId("t2", "licensing", "delta"))).isEqualTo(SignedCount.of(5));
        assertThat(report.value(new CellId("t2", "other_services", "delta"))).isEqualTo(SignedCount.of(-3));
        assertThat(report.value(new CellId("t2", "fees", "delta"))).isEqualTo(SignedCount.of(-1));
        assertThat(report.value(new CellId("t2", "procurement", "procurement_amount")))
                .isEqualTo(Amount.of("3456.78", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-COLUMN-UNKNOWN", "READ-ROW-UNKNOWN",
                "READ-TABLE-MISSING", "READ-VALUE-TEXT", "READ-SPLIT-AMBIGUOUS");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /** A link in a paragraph ({@code （详见[条例全文](http://…)）}) reads as the text the page printed. */
    @Test
    void aLinkInAParagraphIsItsText() {
        AnnualReport report = read("md-trial-spans-lost-2019.md").report();
        assertThat(report.sections().get(0).paragraphs())
                .containsExactly("2019年，我市认真贯彻落实新修订的《条例》（详见条例全文）。");
    }

    /**
     * A legacy report as markdownify writes it: the title a plain line, {@code ###} headings, {@code &nbsp;} left as
     * text, a link to the attachment, the statistics table under one header row. The entity was read as the six
     * characters {@code &nbsp;}; it is the space the page printed.
     */
    @Test
    void aLegacyReportFromMarkdownifyReadsItsTableAndItsEntitiesAsCharacters() {
        ReadResult r = read("md-legacy-markdownify-2016.md");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(report.title()).isEqualTo("某某市人力资源和社会保障局2016年政府信息公开工作年度报告");
        assertThat(report.publicationDate()).contains(java.time.LocalDate.of(2017, 3, 28));
        assertThat(report.sections().get(0).paragraphs()).containsExactly("本年度工作平稳， 详见附件。");
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l6", "value"))).isEqualTo(Count.of(1200));
        assertThat(report.value(new CellId("stats", "l48", "value"))).isEqualTo(Count.of(6));
        assertThat(report.value(new CellId("stats", "l53", "value"))).isEqualTo(Amount.of("0", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(report.value(new CellId("stats", "l60", "value"))).isEqualTo(Amount.of("2.5", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(report.value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));
        assertThat(report.value(new CellId("stats", "l4", "value")).isBlank()).isTrue();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-VALUE-TEXT",
                "READ-TABLE-MISSING", "READ-COLUMN-UNKNOWN");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * html2text's tables: no outer pipes ({@code 规章 | 1 | 0 | 9}), a delimiter row {@code ---|---} under the first row
     * ({@code ---} alone under a one-cell row), a one-cell row without any pipe, two spaces ending each line, spans
     * lost. The rows were read as one paragraph of the section and every table was missing (three false SEC-TABLES
     * errors).
     */
    @Test
    void html2textTablesWithoutOuterPipesAreRead() {
        ReadResult r = read("md-html2text-2023.md");
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(report.sections().get(1).paragraphs()).isEmpty();
        assertThat(report.value(new CellId("t2", "normative_documents", "issued"))).isEqualTo(Count.of(14));
        assertThat(report.value(new CellId("t2", "normative_documents", "in_force"))).isEqualTo(Count.of(102));
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(25631));
        assertThat(report.value(new CellId("t2", "fees", "fee_amount")))
                .isEqualTo(Amount.of("1234.5", MoneyUnit.TEN_THOUSAND_YUAN));
        List<String> applicants = List.of("natural_person", "commercial_enterprise", "research_institution",
                "public_interest_org", "legal_service_org", "other_org", "total");
        assertThat(values(report, "t3", "r1", applicants)).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(values(report, "t3", "r3_6_3", applicants)).isEqualTo(counts(2, 1, 0, 0, 0, 1, 4));
        assertThat(values(report, "t3", "r3_7", applicants)).isEqualTo(counts(300, 39, 2, 2, 5, 6, 354));
        assertThat(values(report, "t4", "cases", List.of("review_upheld", "review_total", "direct_pending",
                "direct_total", "after_review_other", "after_review_total"))).isEqualTo(counts(6, 9, 2, 6, 1, 3));
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-TABLE-MISSING", "READ-COLUMN-UNKNOWN",
                "READ-ROW-UNKNOWN", "READ-VALUE-TEXT");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * markdownify's default headings, underlined (setext: the title over {@code ====}, each section over {@code ----})
     * and a line break in a cell written {@code <br>} ({@code （二）部分公开<br>（区分处理的…）}). The title and the
     * underlines were read as paragraphs (no title, no agency, six sections missing: false SEC-PRESENT errors), and
     * 表三's row 三、（二） was an unknown row.
     */
    @Test
    void setextHeadingsAndLineBreaksInCellsAreRead() {
        ReadResult r = read("md-markdownify-setext-2023.md");
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某市人民政府2023年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某市人民政府");
        assertThat(report.sections()).extracting(s -> s.form().orElse("?")).containsExactly("s1_overview",
                "s2_proactive", "s3_requests", "s4_review", "s5_problems", "s6_other");
        assertThat(report.sections().get(0).title()).isEqualTo("总体情况");
        List<String> applicants = List.of("natural_person", "commercial_enterprise", "research_institution",
                "public_interest_org", "legal_service_org", "other_org", "total");
        assertThat(values(report, "t3", "r3_2", applicants)).isEqualTo(counts(35, 6, 0, 0, 1, 1, 43));
        assertThat(report.table("t3").orElseThrow().extraRows()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-HEADING-UNKNOWN");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * turndown's strong emphasis kept in cells and text ({@code | **统计指标** | **单位** | **统计数** |},
     * {@code | **一、主动公开情况** |}, {@code **1,250**}, {@code 存在的问题是**一是**公开…}): the header matched no column and
     * no figure of the statistics table was read; the marks are no text.
     */
    @Test
    void strongEmphasisInCellsAndTextIsNoText() {
        ReadResult r = read("md-legacy-bold-cells-2016.md");
        AnnualReport report = r.report();
        assertThat(report.value(new CellId("stats", "l1", "value"))).isEqualTo(Count.of(1250));
        assertThat(report.value(new CellId("stats", "l21", "value"))).isEqualTo(Count.of(10));
        assertThat(report.value(new CellId("stats", "l64", "value"))).isEqualTo(Count.of(30));
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-COLUMN-UNKNOWN", "READ-ROW-UNKNOWN");
        assertThat(report.sections()).flatExtracting(s -> s.paragraphs())
                .contains("存在的问题是一是公开不够及时。下一步将加强督查。").noneMatch(p -> p.contains("*"));
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * The trial report whose 表四 lost its spans (read as a dump), with strong emphasis in that table
     * ({@code | **行政复议** | **行政诉讼** |}, {@code | **3** | 1 |}): the marks are no text there either.
     */
    @Test
    void strongEmphasisIsNoTextWhenATableIsReadAsADump() {
        ReadResult r = read("md-trial-spans-lost-bold-2019.md");
        AnnualReport report = r.report();
        assertThat(values(report, "t4", "cases", List.of("review_upheld", "review_corrected", "review_total",
                "direct_total", "after_review_total"))).isEqualTo(counts(3, 1, 5, 3, 2));
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-VALUE-TEXT", "READ-SPLIT-AMBIGUOUS",
                "READ-COLUMN-UNKNOWN");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * A row of blanks above the table's first figure ({@code | 规章 |  |  |  |} over {@code | 行政规范性文件 | / |  |  |}):
     * its empty cells are blanks, not the span of 规章 over the "/" below (xxgk's own Markdown of a report with blanks
     * read back with a column lost).
     */
    @Test
    void emptyCellsOverAValueMarkAreBlanksNotSpans() {
        ReadResult r = read("md-t2-blank-rows-2023.md");
        AnnualReport report = r.report();
        for (String column : List.of("issued", "repealed", "in_force")) {
            assertThat(report.value(new CellId("t2", "regulations", column)).isBlank()).isTrue();
        }
        assertThat(report.value(new CellId("t2", "normative_documents", "issued"))).isEqualTo(CellValue.NOT_APPLICABLE);
        assertThat(report.value(new CellId("t2", "normative_documents", "repealed")).isBlank()).isTrue();
        assertThat(report.value(new CellId("t2", "normative_documents", "in_force")).isBlank()).isTrue();
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(25631));
        assertThat(report.table("t2").orElseThrow().extraColumns()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-COLUMN-UNKNOWN");
    }
}
