package io.github.xxgk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.pdf.internal.PdfReading;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.testing.ReportGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts of real PDFs the first synthetic round did not try (see {@link SyntheticPdf}): paragraphs not
 * indented whose last line fills the measure, text in fonts that map no character, lines set ragged as a
 * browser prints them, one-line numbered items.
 */
class Round2PdfTest {

    private static final ReadOptions OPTIONS = ReadOptions.defaults()
            .withAgencyKind(AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);

    /** A paragraph of exactly two full lines of the synthetic measure (32 ideographs a line), numbered. */
    private static String fullLines(String number) {
        String words = "进一步规范政府信息公开工作流程严格执行信息发布审核制度落实三审三校要求从严把好政治关法律关政策关保密关";
        String text = number + words + words;
        return text.substring(0, 63) + "。";
    }

    @Test
    void numberedParagraphsNotIndentedAfterALineThatFillsTheMeasureAreParagraphsOfTheirOwn() {
        // Word without 首行缩进: （二） begins at the left margin under a paragraph whose last line ends at the
        // right margin; it was run on into the paragraph before it
        AnnualReport base = SyntheticPdfTest.report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).consistent(3));
        List<String> numbered = List.of(fullLines("（一）"), fullLines("（二）"), fullLines("（三）"));
        List<Section> sections = new java.util.ArrayList<>(base.sections());
        Section first = sections.get(0);
        Section.Builder sb = Section.builder(first.numbering(), first.title()).form(first.form().orElseThrow());
        numbered.forEach(sb::paragraph);
        sections.set(0, sb.build());
        AnnualReport report = base.toBuilder().sections(sections).build();
        byte[] pdf = SyntheticPdf.withParagraphsUnindented(report);
        List<String> paragraphs = PdfReading.read(pdf, "unindented.pdf", OPTIONS).document().blocks().stream()
                .filter(x -> x instanceof SourceDocument.Para).map(x -> ((SourceDocument.Para) x).text()).toList();
        assertThat(paragraphs).containsSubsequence(numbered);
        assertThat(ReportJson.defaults().write(PublishedReports.read(pdf, OPTIONS).report()))
                .isEqualTo(ReportJson.defaults().write(report));
    }

    @Test
    void textInFontsWithoutACharacterMapIsRefusedAsUnreadable() {
        AnnualReport report = SyntheticPdfTest.report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).consistent(5));
        byte[] pdf = SyntheticPdf.withoutCharacterMap(report, java.util.Set.of());
        // PDFBox alone gives the codes as characters: garbage, not one character of the report
        assertThatThrownBy(() -> PdfReading.read(pdf, "nomap.pdf", OPTIONS)).isInstanceOf(ReadException.class)
                .hasMessageContaining("ToUnicode").hasMessageContaining("第 1 页")
                .satisfies(e -> assertThat(((ReadException) e).message(java.util.Locale.ENGLISH)).contains("cannot be read"));
        assertThatThrownBy(() -> PublishedReports.read(pdf, OPTIONS)).isInstanceOf(ReadException.class);
    }

    @Test
    void aCharacterNoMapNamesIsNoCharacterAndNoFigureIsReadWithoutIt() {
        // the digit 7 has no character in the fonts' maps: every cell that prints a 7 must not be read as
        // a figure (with the 7 left out, 170 would be 10)
        AnnualReport report = sevens();
        noFigureWithoutItsSevens(report, SyntheticPdf.withoutCharacterMap(report, java.util.Set.of('7')));
    }

    @Test
    void aGlyphOfACompositeFontWhoseMapLeavesItOutIsNoCharacterNotItsCode() {
        // the 7 in a composite font coded 0x35, its ToUnicode map naming nothing for it: PDFBox alone reads
        // the code, a 5 (170 would be 150)
        AnnualReport report = sevens();
        noFigureWithoutItsSevens(report, SyntheticPdf.withCompositeUnmapped(report, java.util.Set.of('7'), true));
    }

    @Test
    void aGlyphOfACompositeFontWithoutAMapIsNoCharacterNotLeftOut() {
        // the 7 in a composite font with no ToUnicode map and no character collection: PDFBox alone skips
        // the glyph (170 would be 10)
        AnnualReport report = sevens();
        noFigureWithoutItsSevens(report, SyntheticPdf.withCompositeUnmapped(report, java.util.Set.of('7'), false));
    }

    private static AnnualReport sevens() {
        return SyntheticPdfTest.report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).withMaxCount(99).consistent(11));
    }

    /** Every cell that prints a 7 is no figure; nine in ten of the others are read as printed, none misread. */
    private static void noFigureWithoutItsSevens(AnnualReport report, byte[] pdf) {
        ReadResult result = PublishedReports.read(pdf, OPTIONS);
        int sevens = 0;
        int others = 0;
        int right = 0;
        for (StatisticsTable t : report.tables().values()) {
            StatisticsTable read = result.report().table(t.definition().id()).orElseThrow();
            for (CellDefinition c : t.definition().cells()) {
                CellValue printed = t.value(c.id());
                CellValue got = read.value(c.id());
                if (printed.toString().contains("7")) {
                    sevens++;
                    assertThat(got).as(c.id().toString()).matches(v -> !v.isNumber(), "no figure");
                } else {
                    // a row whose label prints a 7 (7.其他) is not found: its cells unread, never misread
                    others++;
                    assertThat(got).as(c.id().toString()).matches(v -> v.equals(printed) || !v.isNumber(),
                            "the printed figure or none");
                    right += got.equals(printed) ? 1 : 0;
                }
            }
        }
        assertThat(sevens).isPositive();
        assertThat(right).isGreaterThan(others * 9 / 10);
        assertThat(result.notes()).isNotEmpty();
    }

    @Test
    void linesSetRaggedAsABrowserPrintsThemAreNoParagraphEnds() {
        // a browser breaks short of the margin rather than begin a line with ， or end one with 《: the
        // first line (indented) stops a character short, and looked centred; the second stops two short
        String words = "各级政府信息公开工作人员共同努力认真贯彻落实新修订的条例和办法完善工作机制细化职责分工拓宽公开渠道";
        String first = words.substring(0, 30) + "，" + words.substring(0, 28) + "《" + words.substring(0, 1) + "，"
                + words.substring(0, 20) + "。";
        assertThat(first.charAt(30)).isEqualTo('，');
        assertThat(first.charAt(59)).isEqualTo('《');
        assertThat(first.charAt(61)).isEqualTo('，');
        AnnualReport base = SyntheticPdfTest.report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).consistent(4));
        List<Section> sections = new java.util.ArrayList<>(base.sections());
        Section s0 = sections.get(0);
        Section.Builder sb = Section.builder(s0.numbering(), s0.title()).form(s0.form().orElseThrow());
        sb.paragraph(first);
        s0.paragraphs().forEach(sb::paragraph);
        sections.set(0, sb.build());
        AnnualReport report = base.toBuilder().sections(sections).build();
        byte[] pdf = SyntheticPdf.withRaggedRight(report);
        List<String> paragraphs = PdfReading.read(pdf, "ragged.pdf", OPTIONS).document().blocks().stream()
                .filter(x -> x instanceof SourceDocument.Para).map(x -> ((SourceDocument.Para) x).text()).toList();
        assertThat(paragraphs).contains(first);
        assertThat(ReportJson.defaults().write(PublishedReports.read(pdf, OPTIONS).report()))
                .isEqualTo(ReportJson.defaults().write(report));
    }

    @Test
    void numberedItemsOfOneLineEachThatLookCentredAreNoWrappedTitle() {
        // one-line items indented two characters and ending short of the margin, as on a landscape page
        // printed by Chrome (a legacy report, @page A4 landscape), where each stood balanced between the
        // margins and they were joined as a title wrapped. This synthetic page is read right by the code
        // before that fix too (its margins do not make the items balanced): kept for the layout
        String words = "做好主动公开信息巡查工作及时对信息公开巡查结果进行公布抓落实促整改保证工作持续良好地开展";
        List<String> items = List.of("１、" + words.substring(0, 23) + "。", "２、" + words.substring(1, 24) + "。",
                "３、" + words.substring(2, 25) + "。");
        AnnualReport base = SyntheticPdfTest.report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).consistent(6));
        List<Section> sections = new java.util.ArrayList<>(base.sections());
        Section s0 = sections.get(0);
        Section.Builder sb = Section.builder(s0.numbering(), s0.title()).form(s0.form().orElseThrow());
        s0.paragraphs().forEach(sb::paragraph);
        items.forEach(sb::paragraph);
        sections.set(0, sb.build());
        byte[] pdf = SyntheticPdf.of(base.toBuilder().sections(sections).build());
        List<String> paragraphs = PdfReading.read(pdf, "items.pdf", OPTIONS).document().blocks().stream()
                .filter(x -> x instanceof SourceDocument.Para).map(x -> ((SourceDocument.Para) x).text()).toList();
        assertThat(paragraphs).containsSubsequence(items);
    }
}
