package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.office.internal.DocReader;
import io.github.xxgk.office.internal.DocxReader;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kept {@code .doc} files give the same blocks as the DOCX they were made from: the same paragraphs with
 * the same heading levels, and tables with the same cells, row spans and column spans (Word 97–2003 holds
 * a horizontal merge as one wide cell and a vertical one as cells marked as continuing it; the DOCX as
 * {@code gridSpan} and {@code vMerge}).
 */
class DocGridTest {

    private static List<String> shape(SourceDocument d) {
        return d.blocks().stream().map(b -> {
            if (b instanceof SourceDocument.Para p) {
                return "P" + p.heading() + " " + p.text();
            }
            if (b instanceof SourceDocument.Grid g) {
                return "T" + g.index() + " " + g.rows().stream()
                        .map(r -> r.stream().map(c -> c.text() + "[" + c.rowspan() + "x" + c.colspan() + "]").toList()).toList();
            }
            return "I";
        }).toList();
    }

    private static void same(String doc, byte[] docx) throws Exception {
        SourceDocument fromDoc = new DocReader().read(Files.readAllBytes(LegacyWordTest.DIR.resolve(doc)), doc, ReadOptions.defaults());
        SourceDocument fromDocx = new DocxReader().read(docx, "docx", ReadOptions.defaults());
        assertThat(shape(fromDoc)).isEqualTo(shape(fromDocx));
        List<SourceDocument.Cell> cells = fromDoc.blocks().stream().filter(b -> b instanceof SourceDocument.Grid)
                .flatMap(b -> ((SourceDocument.Grid) b).rows().stream().flatMap(List::stream)).toList();
        assertThat(cells).anyMatch(c -> c.rowspan() > 1).anyMatch(c -> c.colspan() > 1);
        assertThat(fromDoc.blocks()).anyMatch(b -> b instanceof SourceDocument.Para p && p.heading() == 1)
                .anyMatch(b -> b instanceof SourceDocument.Para p && p.heading() == 2);
    }

    @Test
    void the2021DocHasTheDocxsBlocksAndMerges() throws Exception {
        same("standard-2021.doc", RoundTripTest.docx(LegacyWordTest.standard()));
    }

    @Test
    void theLegacyDocHasTheDocxsBlocksAndMerges() throws Exception {
        same("legacy-2014.doc", LegacyWordTest.legacyDocx());
    }
}
