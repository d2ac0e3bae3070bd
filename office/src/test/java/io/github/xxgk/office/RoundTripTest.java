package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.testing.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * Every generated report of every edition written as DOCX and as XLSX reads back as the same report.
 * As for the HTML round trip (ingest's RoundTripTest), one difference is allowed and made explicit: the
 * layout prints no implied subtotal of the format editions (表三's （三）, …), so the reader leaves them
 * BLANK and the expected report has them blanked. A report whose agency kind is unknown is given one first (a reader always decides it).
 *
 * <p>Every edition, the legacy one included: the legacy table prints its subtotals, which read back.
 */
class RoundTripTest {

    static byte[] docx(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OfficeDocuments.writeDocx(report, out, OfficeOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OfficeDocuments.writeXlsx(report, out, OfficeOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The report as the official layout shows it: the implied subtotals it does not print blank (表三's
     * （三）, …); the legacy table prints its subtotals, which stay. What the layout prints is read from the
     * HTML page of the same layout, which marks every cell it prints with {@code data-cell}.
     */
    static AnnualReport printable(AnnualReport report) {
        String page = io.github.xxgk.render.HtmlRenderer.standard().render(report);
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

    /** Writes a text under target/roundtrip/, for a person to diff when a test fails. */
    static void dump(String name, String text) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target/roundtrip");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name), text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnnualReport withKind(AnnualReport generated) {
        return generated.agency().kind().isPresent() ? generated : generated.toBuilder()
                .agency(Agency.of(generated.agency().name(), AgencyKind.OTHER)).build();
    }

    private static void readsBack(AnnualReport generated, SourceKind kind) {
        AnnualReport report = withKind(generated);
        AnnualReport expected = printable(report);
        byte[] bytes = kind == SourceKind.DOCX ? docx(report) : xlsx(report);
        AnnualReport back = PublishedReports.read(bytes, ReadOptions.defaults().withKind(kind)
                .withAgencyKind(report.agency().kind().orElseThrow())).report();
        String want = ReportJson.defaults().write(expected);
        String got = ReportJson.defaults().write(back);
        if (!want.equals(got)) {
            dump("rt-expected.json", want);
            dump("rt-back.json", got);
        }
        assertThat(got).isEqualTo(want);
        assertThat(back).isEqualTo(expected);
    }

    private static void property(SourceKind kind, int examples, LongFunction<AnnualReport> make) {
        qt().withExamples(examples).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> readsBack(make.apply(seed), kind));
    }

    @Test
    void consistentReportsOfEveryEditionReadBackFromWord() {
        for (Edition e : Edition.values()) {
            property(SourceKind.DOCX, 10, ReportGenerator.of(e)::consistent);
        }
    }

    @Test
    void reportsWithBlanksAndNotApplicableReadBackFromWord() {
        for (Edition e : Edition.values()) {
            property(SourceKind.DOCX, 10, ReportGenerator.of(e)::withBlanks);
        }
    }

    @Test
    void publishedLikeReportsReadBackFromWord() {
        property(SourceKind.DOCX, 40, ReportGenerator.of(Edition.STANDARD_2021)::published);
    }

    @Test
    void consistentReportsOfEveryEditionReadBackFromExcel() {
        for (Edition e : Edition.values()) {
            property(SourceKind.XLSX, 10, ReportGenerator.of(e)::consistent);
        }
    }

    @Test
    void reportsWithBlanksAndNotApplicableReadBackFromExcel() {
        for (Edition e : Edition.values()) {
            property(SourceKind.XLSX, 10, ReportGenerator.of(e)::withBlanks);
        }
    }

    @Test
    void publishedLikeReportsReadBackFromExcel() {
        property(SourceKind.XLSX, 40, ReportGenerator.of(Edition.STANDARD_2021)::published);
    }

    @Test
    void publishedLikeLegacyReportsReadBackFromWordAndExcel() {
        for (SourceKind kind : new SourceKind[] {SourceKind.DOCX, SourceKind.XLSX}) {
            property(kind, 20, ReportGenerator.of(Edition.LEGACY_2008)::published);
        }
    }
}
