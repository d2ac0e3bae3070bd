package io.github.xxgk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.ingest.PublishedReports;
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
    }
}
