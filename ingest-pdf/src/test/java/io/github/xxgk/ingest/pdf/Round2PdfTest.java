package io.github.xxgk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.pdf.internal.PdfReading;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.testing.ReportGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts of real PDFs the first synthetic round did not try (see {@link SyntheticPdf}): paragraphs not
 * indented whose last line fills the measure, text in fonts that map no character.
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
}
