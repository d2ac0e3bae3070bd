package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * What the library's HTML renderer writes reads back as the same report. One difference is allowed,
 * and made explicit: the renderer prints no implied subtotal (（三）不予公开 of 表三 and the like, which the
 * form does not print), so the reader cannot see them and leaves them BLANK; the expected report has
 * them blanked.
 */
class RoundTripTest {

    private static AnnualReport back(String html, AnnualReport report) {
        return PublishedReports.read(html.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults().withAgencyKind(report.agency().kind().orElseThrow())).report();
    }

    /**
     * The report as a page shows it: the implied subtotals the page does not print (表三's （三）, …; the
     * renderer marks every cell it prints with {@code data-cell}) blank; the legacy table prints its
     * subtotals (（二）通过不同渠道和方式公开…), which stay.
     */
    static AnnualReport printable(AnnualReport report, String page) {
        AnnualReport.Builder b = report.toBuilder();
        for (StatisticsTable t : report.tables().values()) {
            if (t.printedShape().isPresent()) {
                continue;
            }
            StatisticsTable.Builder tb = t.toBuilder();
            for (CellDefinition c : t.definition().cells()) {
                if (c.implied() && !page.contains("data-cell=\"" + c.id() + "\"")) {
                    tb.set(c.id(), CellValue.BLANK);
                }
            }
            b.table(tb.build());
        }
        return b.build();
    }

    private static void readsBack(AnnualReport generated) {
        // a page reader always decides the agency's kind (inferred, or given as here): a report whose
        // kind is unknown is given one before rendering
        AnnualReport report = generated.agency().kind().isPresent() ? generated : generated.toBuilder()
                .agency(io.github.xxgk.core.Agency.of(generated.agency().name(), io.github.xxgk.core.AgencyKind.OTHER))
                .build();
        String html = HtmlRenderer.standard().render(report);
        AnnualReport expected = printable(report, html);
        AnnualReport back = back(html, report);
        if (!back.equals(expected)) {
            // for a person to diff: the last failing example
            Corpus.dump("rt-expected.json", expected);
            Corpus.dump("rt-back.json", back);
        }
        assertThat(ReportJson.defaults().write(back)).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(back).isEqualTo(expected);
    }

    private static void property(Edition edition, LongFunction<AnnualReport> make) {
        qt().withExamples(25).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> readsBack(make.apply(seed)));
    }

    /** The library's Markdown of a report, read as a Markdown source, is the report as its page shows it. */
    private static void readsBackFromMarkdown(AnnualReport generated) {
        AnnualReport report = generated.agency().kind().isPresent() ? generated : generated.toBuilder()
                .agency(io.github.xxgk.core.Agency.of(generated.agency().name(), io.github.xxgk.core.AgencyKind.OTHER))
                .build();
        // what the layout prints is the same in every rendering: the page says which implied cells it shows
        AnnualReport expected = printable(report, HtmlRenderer.standard().render(report));
        String md = io.github.xxgk.render.MarkdownRenderer.standard().render(report);
        AnnualReport back = PublishedReports.read(md, ReadOptions.defaults().withKind(SourceKind.MARKDOWN)
                .withAgencyKind(report.agency().kind().orElseThrow())).report();
        if (!back.equals(expected)) {
            Corpus.dump("rt-md-expected.json", expected);
            Corpus.dump("rt-md-back.json", back);
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/read/rt.md"), md, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(ReportJson.defaults().write(back)).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(back).isEqualTo(expected);
    }

    /**
     * The library's plain text of a report, read as a {@link SourceKind#PLAIN_TEXT} source, is the report
     * as its page shows it.
     */
    private static void readsBackFromText(AnnualReport generated) {
        AnnualReport report = generated.agency().kind().isPresent() ? generated : generated.toBuilder()
                .agency(io.github.xxgk.core.Agency.of(generated.agency().name(), io.github.xxgk.core.AgencyKind.OTHER))
                .build();
        AnnualReport expected = printable(report, HtmlRenderer.standard().render(report));
        String text = io.github.xxgk.render.TextRenderer.standard().render(report);
        AnnualReport back = PublishedReports.read(text, ReadOptions.defaults().withKind(SourceKind.PLAIN_TEXT)
                .withAgencyKind(report.agency().kind().orElseThrow())).report();
        if (!back.equals(expected)) {
            Corpus.dump("rt-txt-expected.json", expected);
            Corpus.dump("rt-txt-back.json", back);
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/read/rt.txt"), text, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(ReportJson.defaults().write(back)).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(back).isEqualTo(expected);
    }

    @Test
    void plainTextOfEveryEditionReadsBack() {
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            qt().withExamples(20).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
                readsBackFromText(g.consistent(seed));
                readsBackFromText(g.withBlanks(seed));
                readsBackFromText(g.published(seed));
            });
        }
    }

    @Test
    void plainTextOfTablesFollowingEachOtherReadsBack() {
        // no section holds the tables: they follow each other, a table's caption line directly after the
        // rows of the table before it (where a block's caption also stands)
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            qt().withExamples(10).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
                AnnualReport r = g.consistent(seed).toBuilder().sections(java.util.List.of()).build();
                readsBackFromMarkdown(r);
                readsBackFromText(r);
            });
        }
    }

    @Test
    void plainTextWithClosingLinesReadsBack() {
        // the signature and the date line after the last section, marked as paragraphs outside every section
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            qt().withExamples(10).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
                AnnualReport r = g.published(seed);
                // (a report without a publication date would read back with the date line's, inferred and noted)
                AnnualReport closed = r.toBuilder().publicationDate(java.time.LocalDate.of(r.year() + 1, 1, 15))
                        .closing(r.agency().name(), (r.year() + 1) + "年1月15日").build();
                readsBackFromMarkdown(closed);
                readsBackFromText(closed);
            });
        }
    }

    @Test
    void markdownOfEveryEditionReadsBack() {
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            qt().withExamples(20).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
                readsBackFromMarkdown(g.consistent(seed));
                readsBackFromMarkdown(g.withBlanks(seed));
                readsBackFromMarkdown(g.published(seed));
            });
        }
    }

    @Test
    void consistentReportsOfEveryEditionReadBack() {
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            property(e, g::consistent);
        }
    }

    @Test
    void reportsWithBlanksAndNotApplicableReadBack() {
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            property(e, g::withBlanks);
        }
    }

    @Test
    void publishedLikeReportsReadBack() {
        // printed shapes of their own, blanks, “/”, local extra rows, text quoting the figures
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            qt().withExamples(e == Edition.STANDARD_2021 ? 100 : 40).forAll(longs().between(1, 1_000_000))
                    .checkAssert(seed -> readsBack(g.published(seed)));
        }
    }
}
