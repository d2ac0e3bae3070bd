package io.github.xxgk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.pdf.internal.PdfReading;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The corpus PDF read into exactly the hand-typed fixture. */
class CorpusPdfTest {

    static String describe(SourceDocument doc) {
        StringBuilder b = new StringBuilder();
        for (SourceDocument.Block block : doc.blocks()) {
            if (block instanceof SourceDocument.Para p) {
                b.append("P ").append(p.location().describe()).append(" | ").append(p.text()).append('\n');
            } else if (block instanceof SourceDocument.Grid g) {
                b.append("G ").append(g.index()).append(' ').append(g.location().describe()).append('\n');
                for (var row : g.rows()) {
                    b.append("  |");
                    for (var c : row) {
                        b.append(' ').append(c.text()).append(c.rowspan() > 1 || c.colspan() > 1
                                ? "{" + c.rowspan() + "x" + c.colspan() + "}" : "").append(" |");
                    }
                    b.append('\n');
                }
            } else {
                b.append("I ").append(block.location().describe()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void hongze2023ReadsIntoTheFixture() throws Exception {
        Path pdf = Corpus.file("pdf/2023-hongze", "report.pdf");
        PdfReading.Read read = PdfReading.read(Files.readAllBytes(pdf), pdf.toString(), ReadOptions.defaults());
        Corpus.dump("hongze-doc.txt", describe(read.document()) + "\nFURNITURE " + read.furniture());
        ReadResult result = PublishedReports.read(pdf, ReadOptions.defaults());
        Corpus.dump("hongze-2023.json", Corpus.json(result.report()));
        Corpus.dump("hongze-notes.txt", result.notes().toString());
        AnnualReport expected = Corpus.fixture("hongze-2023.json");
        assertThat(Corpus.json(result.report())).isEqualTo(Corpus.json(expected));
        assertThat(result.report()).isEqualTo(expected);
        // the agency kind is an inference and says so; nothing else is noted
        assertThat(result.notes()).extracting(Finding::ruleId).containsExactly("READ-METADATA-INFERRED");
        // the five page numbers are left out of the text, and only they
        assertThat(read.furniture()).containsExactly("-1-", "-2-", "-3-", "-4-", "-5-");
        assertThat(read.pages()).isEqualTo(5);
        // every printed value has its page and box: 6 + 1 + 2 + 1 (表二), 23 rows of 7 (表三), 15 (表四)
        assertThat(result.provenance().cells()).hasSize(10 + 23 * 7 + 15);
        assertThat(result.provenance().cells().values()).allMatch(l -> l instanceof SourceLocation.PageBox);
        // 表三 runs from page 3 onto page 4; 表二's 行政处罚 is on page 3
        assertThat(page(result, "t3.r1.total")).isEqualTo(3);
        assertThat(page(result, "t3.r3_4_2.natural_person")).isEqualTo(3);
        assertThat(page(result, "t3.r3_4_3.natural_person")).isEqualTo(4);
        assertThat(page(result, "t2.penalty.decisions")).isEqualTo(3);
        SourceLocation.PageBox r1 = (SourceLocation.PageBox) result.provenance().of(CellId.parse("t3.r1.natural_person"))
                .orElseThrow();
        SourceLocation.PageBox r1total = (SourceLocation.PageBox) result.provenance().of(CellId.parse("t3.r1.total"))
                .orElseThrow();
        assertThat(r1.top()).isEqualTo(r1total.top());
        assertThat(r1.right()).isLessThan(r1total.left());
        assertThat(result.provenance().of("/sections/4/paragraphs/0")).get()
                .isInstanceOfSatisfying(SourceLocation.PageBox.class, b -> assertThat(b.page()).isEqualTo(4));
        // and so the validator finds in it what it finds in the fixture
        assertThat(ReportValidator.standard().validate(result.report()))
                .isEqualTo(ReportValidator.standard().validate(expected));
    }

    private static int page(ReadResult result, String cell) {
        return ((SourceLocation.PageBox) result.provenance().of(CellId.parse(cell)).orElseThrow()).page();
    }
}
