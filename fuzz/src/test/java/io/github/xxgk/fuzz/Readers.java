package io.github.xxgk.fuzz;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.render.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The readers the fuzz suite drives, each from bytes to a report or its typed error, with the documents
 * its mutations start from. Every new reader of published reports (HTML, text, PDF, Word) joins this
 * list, with its corpus, and is fuzzed the same way.
 */
final class Readers {

    private Readers() {
    }

    /** A reader under test and its corpus. */
    record Reader(String name, Function<byte[], AnnualReport> read, List<byte[]> corpus) {
    }

    /** The synthetic Word-pasted GB2312 page of the ingest module's tests. */
    private static final Path WORD_PAGE = Path.of("../ingest/src/test/resources/synthetic/word-gbk-2024.html");

    /** Every reader. */
    static List<Reader> all() {
        List<byte[]> pages = new ArrayList<>();
        List<byte[]> dumps = new ArrayList<>();
        for (AnnualReport r : Corpus.reports()) {
            pages.add(HtmlRenderer.standard().render(r).getBytes(StandardCharsets.UTF_8));
            // a crawler's dump: header lines, the marker, then the text with the table cells run together
            String body = TextRenderer.standard().render(r).replaceAll(" {2,}", "");
            dumps.add(("标题: " + r.title() + "\n发布时间: " + (r.year() + 1) + "-01-15 00:00\n"
                    + "==================== 正文 ====================\n" + body).getBytes(StandardCharsets.UTF_8));
        }
        try {
            pages.add(Files.readAllBytes(WORD_PAGE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(
                new Reader("json", bytes -> ReportJson.defaults().read(bytes), Corpus.documents()),
                new Reader("html", bytes -> PublishedReports.read(bytes, ReadOptions.defaults().withKind(SourceKind.HTML))
                        .report(), pages),
                new Reader("dump", bytes -> PublishedReports.read(bytes, ReadOptions.defaults()
                        .withKind(SourceKind.TEXT_DUMP)).report(), dumps));
    }
}
