package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 5 of pages written by hand after what real portals publish (each page says in a comment what it
 * imitates): quirks the earlier rounds do not cover. The expected values are those the page prints.
 */
class RobustPagesRound5Test {

    private static ReadResult read(String name) {
        try (InputStream in = RobustPagesRound5Test.class.getResourceAsStream("/synthetic/robust5/" + name)) {
            return PublishedReports.read(in.readAllBytes(), ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> omitted(ReadResult r) {
        return r.provenance().omitted().stream().map(Provenance.Omitted::text).toList();
    }

    /** The findings of the validator that are more than information. */
    private static List<String> warningsAndErrors(AnnualReport report) {
        return ReportValidator.standard().validate(report).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(Finding::ruleId).toList();
    }

    /**
     * The disclosure platform's metadata table above the title (索引号, 发布机构, 成文日期, 发布日期 …, a label cell
     * before each value): it was dropped without a word (no block before the title was kept or listed), and the
     * report had no publication date; now its rows are listed as left out and its 发布日期 is the date.
     */
    @Test
    void aMetadataTableAboveTheTitleIsListedAsLeftOutAndGivesThePublicationDate() {
        ReadResult r = read("metadata-table-above-title-2022.html");
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某县交通运输局2022年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某县交通运输局");
        // 发布日期 2023-01-20, not 成文日期 2023-01-18 (the day it was written)
        assertThat(report.publicationDate()).contains(LocalDate.of(2023, 1, 20));
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2022年1月1日至2022年12月31日。");
        assertThat(omitted(r)).containsExactly("索 引 号： 11350128MB1234567X/2023-00012 主题分类： 综合政务",
                "发布机构： 某某县交通运输局 成文日期： 2023-01-18",
                "名 称： 某某县交通运输局2022年政府信息公开工作年度报告", "文 号： 发布日期： 2023-01-20");
        assertThat(report.value(new CellId("t2", "licensing", "decisions"))).isEqualTo(Count.of(1024));
        assertThat(report.value(new CellId("t3", "r3_7", "total"))).isEqualTo(Count.of(25));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(2));
        // a correct report: nothing the reading made up
        assertThat(r.notes()).extracting(Finding::ruleId).containsOnly("READ-METADATA-INFERRED");
        assertThat(warningsAndErrors(report)).isEmpty();
    }

    /**
     * The metadata table under the title, each label opening its value's cell (发布时间：2024-01-25 09:30): its
     * rows were the preamble's first paragraphs and the date was that of the signature; now they are left out
     * and the page's 发布时间 is the publication date, the closing date line (three days before) the closing.
     */
    @Test
    void aMetadataTableUnderTheTitleWithLabelsOpeningTheirCellsIsNoPreamble() {
        ReadResult r = read("metadata-cells-under-title-2023.html");
        AnnualReport report = r.report();
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 25));
        assertThat(report.closing()).containsExactly("某某镇人民政府", "2024-01-22");
        assertThat(omitted(r)).containsExactly("索引号：11350128009876543Y/2024-00003 信息分类：年度报告",
                "发布机构：某某镇人民政府 发布时间：2024-01-25 09:30", "文号： 关键词：年度报告");
        assertThat(report.sections()).hasSize(6);
    }

    /**
     * Closing date lines written otherwise than 2024年1月22日: in ISO form, with slashes, or on the signature's
     * line. They stayed paragraphs of 六、 and the report had no publication date.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "closing-date-iso-2023.html | 某某县水利局 | 2024-01-22",
        "closing-date-slash-2023.html | 某某县水利局 | 2024/1/22",
        "closing-date-one-line-2023.html | 某某县水利局 2024年1月22日 |"})
    void aClosingDateLineInIsoFormWithSlashesOrAfterTheSignatureClosesTheReport(String page, String first,
            String second) {
        AnnualReport report = read(page).report();
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(report.closing()).containsExactlyElementsOf(
                second == null ? List.of(first) : List.of(first, second));
        assertThat(report.publicationDate()).contains(LocalDate.of(2024, 1, 22));
    }

    /**
     * The article followed by its print version (hidden by the page's style, there in the markup): the second
     * copy is left out, every line of it listed, before the footer's links. It was read as a second run of the six
     * sections, the first copy's signature and date paragraphs of its 六、.
     */
    @Test
    void aPrintVersionOfTheReportAfterItIsLeftOutNotReadAsSecondSections() {
        ReadResult r = read("print-copy-hidden-2023.html");
        AnnualReport report = r.report();
        assertThat(report.sections()).extracting(s -> s.numbering() + s.title()).containsExactly("一、总体情况",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(report.closing()).containsExactly("某某县统计局", "2024年1月19日");
        assertThat(report.value(new CellId("t4", "cases", "review_upheld"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(1));
        List<String> omitted = omitted(r);
        // the copy from its title to its date line (17 lines, 4 of them 表四's rows), then the footer
        assertThat(omitted).hasSize(18);
        assertThat(omitted.get(0)).isEqualTo("某某县统计局2023年政府信息公开工作年度报告");
        assertThat(omitted.subList(15, 18)).containsExactly("某某县统计局", "2024年1月19日", "【打印本页】 【关闭窗口】");
        assertThat(omitted).contains("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0");
    }

    /**
     * Tables pasted from a spreadsheet: 表四's counts with two decimals (2.00, 0.00) were text in every cell (15
     * READ-VALUE-TEXT warnings, the table blank); 表二's 规章 row of en dashes was text too. Now 2.00 is the count 2,
     * the dashes blanks (as a hyphen is), and the amount keeps its decimals.
     */
    @Test
    void countsWithAZeroFractionAreCountsAndEnDashesAreBlanks() {
        ReadResult r = read("excel-decimals-dashes-2022.html");
        AnnualReport report = r.report();
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-VALUE-TEXT");
        assertThat(report.value(new CellId("t4", "cases", "review_upheld"))).isEqualTo(Count.of(2));
        assertThat(report.value(new CellId("t4", "cases", "review_corrected"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t4", "cases", "review_total"))).isEqualTo(Count.of(3));
        assertThat(report.value(new CellId("t4", "cases", "direct_pending"))).isEqualTo(Count.of(1));
        assertThat(report.value(new CellId("t4", "cases", "direct_total"))).isEqualTo(Count.of(2));
        assertThat(report.value(new CellId("t4", "cases", "after_review_total"))).isEqualTo(Count.of(0));
        assertThat(report.value(new CellId("t2", "regulations", "issued"))).isEqualTo(io.github.xxgk.core.CellValue.BLANK);
        assertThat(report.value(new CellId("t2", "regulations", "in_force"))).isEqualTo(io.github.xxgk.core.CellValue.BLANK);
        assertThat(report.value(new CellId("t2", "normative_documents", "in_force"))).isEqualTo(Count.of(11));
        assertThat(report.value(new CellId("t2", "fees", "fee_amount")))
                .isEqualTo(io.github.xxgk.core.Amount.of("8.50", io.github.xxgk.core.MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(ReportValidator.standard().validate(report).findings()).extracting(Finding::ruleId)
                .doesNotContain("T4-SUM-REVIEW", "T4-SUM-DIRECT", "T4-SUM-AFTER", "T4-INT");
    }

    /**
     * Each section's numbering in a paragraph of its own, its title in the next: one heading (the numbering and
     * the title were two paragraphs of the preamble, and every section was reported missing, six errors). A lone
     * item number before a sentence, which names no section, stays as printed.
     */
    @Test
    void aSectionNumberPrintedApartFromItsTitleIsOneHeading() {
        AnnualReport report = read("headings-number-apart-2023.html").report();
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        assertThat(report.sections()).extracting(s -> s.form().orElse("?") + " " + s.numbering() + s.title())
                .containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                        "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review 四、政府信息公开行政复议、行政诉讼情况",
                        "s5_problems 五、存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        assertThat(report.sections().get(0).paragraphs()).containsExactly("2023年，本局主动公开政府信息72条。");
        assertThat(report.sections().get(4).paragraphs()).containsExactly("1、", "存在的问题是解读材料不够通俗。");
        assertThat(ReportValidator.standard().validate(report).findings()).extracting(Finding::ruleId)
                .doesNotContain("SEC-PRESENT");
    }

    /**
     * A crawler's dump of a disclosure platform's page (dump-metadata-print-copy-2022.txt): the metadata table's
     * rows as tab-separated lines above the title, and the report twice (the article and its print version). The
     * 名称： line was taken for the title and the agency read as “名称： 某某县统计局”; the copy was a second run of
     * the six sections; the date was the signature's. Now the metadata lines and the copy are listed as left out,
     * and the 发布日期 of the metadata lines is the publication date.
     */
    @Test
    void aDumpWithTheMetadataLinesAboveTheTitleAndThePrintCopyReadsTheReportOnce() {
        ReadResult r = read("dump-metadata-print-copy-2022.txt");
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某县统计局2022年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某县统计局");
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2022年1月1日至2022年12月31日。");
        assertThat(report.sections()).hasSize(6);
        assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(report.closing()).containsExactly("某某县统计局", "2023年1月16日");
        assertThat(report.publicationDate()).contains(LocalDate.of(2023, 1, 17));
        List<String> omitted = omitted(r);
        assertThat(omitted.subList(0, 4)).containsExactly("索引号： 11350128MB7654321A/2023-00031 主题分类： 统计",
                "发布机构： 某某县统计局 成文日期： 2023-01-16", "名称： 某某县统计局2022年政府信息公开工作年度报告",
                "文号： 发布日期： 2023-01-17");
        // then the copy, its 13 lines from the title to the date line
        assertThat(omitted).hasSize(17);
        assertThat(omitted.get(4)).isEqualTo("某某县统计局2022年政府信息公开工作年度报告");
        assertThat(omitted.get(16)).isEqualTo("2023年1月16日");
    }

    /**
     * One section heading numbered （四） among sections numbered 一、: the form's fourth section, its heading as
     * printed (a wording warning, which the page earns). It was a sub-heading of 三、, and 四、 was reported missing,
     * an error. The overview's sub-headings （一）…（五）, whose titles are no section's, stay sub-headings.
     */
    @Test
    void aSectionHeadingNumberedLikeASubHeadingIsItsSection() {
        AnnualReport report = read("heading-off-numbering-2023.html").report();
        assertThat(report.sections()).extracting(s -> s.form().orElse("?") + " " + s.numbering() + s.title())
                .containsExactly("s1_overview 一、总体情况", "s2_proactive 二、主动公开政府信息情况",
                        "s3_requests 三、收到和处理政府信息公开申请情况", "s4_review （四）政府信息公开行政复议、行政诉讼情况",
                        "s5_problems 五、存在的主要问题及改进情况", "s6_other 六、其他需要报告的事项");
        assertThat(report.sections().get(0).subsections()).extracting(s -> s.numbering() + s.title())
                .containsExactly("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）平台建设", "（五）监督保障");
        assertThat(report.sections().get(3).paragraphs()).containsExactly("本年度发生政府信息公开行政复议2件。");
        assertThat(report.sections().get(4).paragraphs()).contains("4.丰富解读形式");
        assertThat(ReportValidator.standard().validate(report).findings())
                .filteredOn(f -> f.ruleId().equals("SEC-PRESENT")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    /**
     * The tables published only as an attached spreadsheet (附件：….xlsx under the text): each missing table's note
     * gives the attachment's line and where it stands (they said only that the table was not found). The line
     * stays where it was printed.
     */
    @Test
    void aTableMissingFromAPageThatNamesAnAttachmentIsReportedWithTheAttachment() {
        ReadResult r = read("tables-in-attachment-2023.html");
        String line = "附件：某某镇2023年政府信息公开工作年度报告统计表.xlsx";
        List<Finding> missing = r.notes().stream().filter(n -> n.ruleId().equals("READ-TABLE-MISSING")).toList();
        assertThat(missing).hasSize(3).allSatisfy(n -> {
            assertThat(n.actual()).contains(line);
            // the message says the page names an attachment, which was not read
            assertThat(n.message(java.util.Locale.CHINA)).contains("页面列有附件（" + line + "）").contains("附件未读取");
            assertThat(n.message(java.util.Locale.ENGLISH)).contains("names an attachment (" + line + ")");
            assertThat(r.provenance().of(n)).singleElement().satisfies(place -> assertThat(place.location())
                    .isInstanceOfSatisfying(SourceLocation.HtmlElement.class, e -> assertThat(e.tag()).isEqualTo("p")));
        });
        assertThat(r.report().sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。", line);
    }

    /**
     * A report a word processor saved as a web page (LibreOffice Writer, Word alike): the sections in {@code <h1>}, their
     * subsections in {@code <h2>}. The subsections were read as sections of their own, unknown to the form (sites
     * print the sections in {@code <h2>}); a heading is now placed by the tag of the sections of its page.
     */
    @Test
    void subsectionsOneTagBelowSectionsInH1AreSubsections() {
        ReadResult r = read("word-processor-h1-sections-2023.html");
        AnnualReport report = r.report();
        assertThat(report.sections()).extracting(io.github.xxgk.core.Section::heading).containsExactly("一、总体情况",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(report.sections().get(0).subsections()).extracting(io.github.xxgk.core.Section::heading)
                .containsExactly("（一）主动公开方面", "（二）依申请公开方面");
        assertThat(report.sections().get(0).subsections().get(1).paragraphs()).containsExactly("全年共收到政府信息公开申请3件，均按时答复。");
        assertThat(report.sections().get(4).subsections()).extracting(io.github.xxgk.core.Section::heading)
                .containsExactly("（一）存在的主要问题", "（二）改进情况");
        assertThat(r.notes()).noneMatch(n -> n.ruleId().equals("READ-HEADING-UNKNOWN"));
    }
}
