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
