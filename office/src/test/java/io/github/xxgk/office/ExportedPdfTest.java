package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.validation.Finding;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Word documents of {@link LegacyWordTest} and the blank 2021 template exported to PDF by another
 * program than the one the PDF reader's own tests draw with: LibreOffice 7.4 ({@code soffice --headless
 * --convert-to pdf}, see the README beside the files), which embeds subsets of its CJK fonts as CFF (Type 1)
 * fonts, rules the tables cell by cell, repeats the header rows on every page and breaks the 2021 表三 and the
 * legacy table over pages. Each PDF reads as the report its document holds, as the {@code .doc} of that
 * document does. Two faults the files showed, fixed with them: the legacy table's 件 at the foot of page 1
 * and the unit 条 merged down three rows at the top of page 2 were joined into one cell 件条 (three rows became
 * extra rows labelled 件条, the channels' figures lost from their rows), and the right margin taken from the
 * most common end of all lines (four one-line paragraphs 相关情况如下。) joined the title's two lines into two
 * paragraphs and the line under the title into the preamble.
 */
class ExportedPdfTest {

    private static ReadResult read(String name, AnnualReport expected) {
        return PublishedReports.read(LegacyWordTest.DIR.resolve(name),
                ReadOptions.defaults().withAgencyKind(expected.agency().kind().orElseThrow()));
    }

    @Test
    void theLegacyReportExportedToPdfReadsAsItsReportWithTheMergedUnitApartFromTheUnitAbove() throws Exception {
        AnnualReport expected = ReportJson.defaults().read(LegacyWordTest.DIR.resolve("legacy-2014.json"));
        ReadResult pdf = read("legacy-2014.pdf", expected);
        assertThat(ReportJson.defaults().write(pdf.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(pdf.report()).isEqualTo(expected);
        assertThat(pdf.notes()).extracting(Finding::ruleId).doesNotContain("READ-CELL-UNREAD", "READ-TABLE-MISSING");
        // the one row the national table lacks, kept as the report has it; 件条 was three more
        assertThat(pdf.notes()).filteredOn(n -> n.ruleId().equals("READ-ROW-UNKNOWN")).singleElement()
                .satisfies(n -> assertThat(n.message(Locale.CHINA)).contains("“电子邮件申请数”"));
        // the cells are located on the pages: the channels' figures on page 2, under the header printed again
        assertThat(pdf.provenance().cells().get(io.github.xxgk.core.form.CellId.parse("stats.l5.value")))
                .isInstanceOfSatisfying(SourceLocation.PageBox.class, b -> assertThat(b.page()).isEqualTo(2));
        // the line under the title is a paragraph of its own, not the start of the preamble
        assertThat(expected.preamble().get(0)).startsWith("本报告根据");
        assertThat(pdf.provenance().omitted()).extracting(o -> o.text()).noneMatch(t -> t.contains("本报告根据"));
    }

    @Test
    void the2021ReportExportedToPdfReadsAsItsReportOverThePageBreaksOfItsTables() throws Exception {
        AnnualReport expected = ReportJson.defaults().read(LegacyWordTest.DIR.resolve("standard-2021.json"));
        ReadResult pdf = read("standard-2021.pdf", expected);
        assertThat(ReportJson.defaults().write(pdf.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(pdf.report()).isEqualTo(expected);
        assertThat(pdf.notes()).extracting(Finding::ruleId).doesNotContain("READ-TABLE-MISSING", "READ-CELL-UNREAD",
                "READ-ROW-UNKNOWN");
        // 表三 goes on over a page break: its rows are found on two pages at least
        assertThat(pdf.provenance().cells().entrySet().stream().filter(e -> e.getKey().table().equals("t3"))
                .map(e -> ((SourceLocation.PageBox) e.getValue()).page()).distinct().count()).isGreaterThan(1);
    }

    /**
     * The 2021 report's DOCX set as offices set theirs ({@code paged-2021.docx}: a running header, the page number
     * {@code — 1 —} centred in the footer, 15-point body text indented two characters), and its export to PDF by
     * LibreOffice. The DOCX reads as the report; so does the PDF, the running header and page numbers left out and
     * listed, but for one character LibreOffice does not print: the 。 that ends 二是解读形式单一 at the end of a line
     * (the page shows none, see the README). The centred line under the title wraps after 发布日 in the PDF; it was
     * read as two paragraphs, its second one 期 2022-01-09 taken for the preamble.
     */
    @Test
    void the2021ReportSetWithRunningHeadAndPageNumbersReadsAsItsReportFromWordAndFromPdf() throws Exception {
        AnnualReport expected = ReportJson.defaults().read(LegacyWordTest.DIR.resolve("standard-2021.json"));
        ReadResult docx = read("paged-2021.docx", expected);
        assertThat(docx.report()).isEqualTo(expected);
        ReadResult pdf = read("paged-2021.pdf", expected);
        String printed = "存在的主要问题：一是公开深度不足；二是解读形式单一。改进措施：加强培训，完善制度，推进公开标准化规范化。";
        assertThat(expected.sections().get(4).paragraphs()).containsExactly(printed);
        io.github.xxgk.core.Section five = expected.sections().get(4);
        AnnualReport asPrinted = expected.toBuilder().sections(expected.sections().stream()
                .map(s -> s != five ? s : new io.github.xxgk.core.Section(s.form(), s.numbering(), s.title(),
                        java.util.List.of(printed.replace("单一。改进", "单一改进")), s.subsections(), s.tables()))
                .toList()).build();
        assertThat(ReportJson.defaults().write(pdf.report())).isEqualTo(ReportJson.defaults().write(asPrinted));
        String omitted = String.join("\n", pdf.provenance().omitted().stream().map(o -> o.text()).toList());
        assertThat(omitted).contains("国家某某局政府信息公开工作年度报告", "— 1 —", "— 3 —");
    }

    /**
     * A portal's whole page around the HTML renderer's page of {@code synthetic-2021.json} (hand-written, imitating
     * the corpus portal: menus in a table, a breadcrumb as a list, the source and time line and share buttons under
     * the title; after the article download and close links, link tabs and lists, a table of links, the footer with
     * the site's marks and a sentence of its own), as HTML and printed to PDF by headless Chromium (Skia, the
     * fonts as CID TrueType subsets, the browser's own header and footer on every page). Both read as the report:
     * the site's lines before the title and after the article are left out and listed. Before, the footer stayed
     * in 六、 (six lines: the scan from the end stopped at the site's sentence and at the table of links), and in the
     * PDF the menus, laid out in a table, stopped the search for the title.
     */
    @Test
    void aWholePortalPageAsHtmlAndPrintedToPdfByABrowserReadsAsItsReport() throws Exception {
        AnnualReport expected = ReportJson.defaults().read(LegacyWordTest.DIR.resolve("synthetic-2021.json"));
        for (String name : java.util.List.of("portal-whole-2021.html", "portal-whole-2021.pdf")) {
            ReadResult r = read(name, expected);
            assertThat(ReportJson.defaults().write(r.report())).as(name).isEqualTo(ReportJson.defaults().write(expected));
            // every line of the site's is listed as left out (in the PDF two footer lines make one paragraph)
            String omitted = String.join("\n", r.provenance().omitted().stream().map(o -> o.text()).toList());
            for (String line : java.util.List.of("国务院", "政策文件库", "当前位置：", "政府信息公开年报",
                    "来源：国家某某局办公室 时间：2022-01-09 10:30", "QQ空间", "相关链接：", "附件下载",
                    "扫一扫在手机上查看当前页面", "文字解读", "福建省人民政府", "泉州市政府网站", "海峡两岸仲裁中心",
                    "版权所有：某某省人民政府门户网站", "主办单位：某某省人民政府办公厅",
                    "为确保最佳浏览效果，建议您使用以下浏览器版本：IE浏览器9.0版本及以上；Google Chrome浏览器63版本及以上。")) {
                assertThat(omitted).as(name).contains(line);
            }
            assertThat(r.notes()).as(name).extracting(Finding::ruleId).doesNotContain("READ-HEADING-UNKNOWN",
                    "READ-TABLE-MISSING", "READ-ROW-UNKNOWN");
        }
        // the PDF: the table of links is listed by its cells' texts, on the page where it was printed
        ReadResult pdf = read("portal-whole-2021.pdf", expected);
        assertThat(pdf.provenance().omitted()).filteredOn(o -> o.text().equals("福州市政府网站 厦门市政府网站 泉州市政府网站"))
                .singleElement().satisfies(o -> assertThat(o.location()).isInstanceOf(SourceLocation.PageBox.class));
    }

    @Test
    void theBlankTemplateExportedToPdfReadsAsAnEmpty2021Report() {
        ReadResult r = PublishedReports.read(LegacyWordTest.DIR.resolve("template-2021-blank.pdf"), ReadOptions.defaults());
        TemplateTest.assertEmpty2021(r);
        assertThat(r.report().sections()).allMatch(s -> s.paragraphs().isEmpty() && s.subsections().isEmpty());
        // what the reader made up is said, in Chinese as in English: the year, the agency the template names nowhere
        assertThat(r.notes()).extracting(n -> n.message(Locale.CHINA))
                .contains("报告年度并未印明：2021，系根据表格的格式：这是未印年度的空白模板（取其版本的首个年度）推断。",
                        "机构在标题和页面中均未印出，记为“（未知机构）”。")
                .noneMatch(m -> m.contains("blank template") || m.contains("页面的发布机构"));
    }
}
