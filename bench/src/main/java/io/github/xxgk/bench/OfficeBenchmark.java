package io.github.xxgk.bench;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.office.OfficeDocuments;
import io.github.xxgk.office.OfficeOptions;
import io.github.xxgk.testing.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Word and Excel: a published-like 2021 report (three tables, six sections) written as DOCX and as
 * XLSX, and the DOCX and XLSX read back into the report with notes and provenance. Documents per second
 * on one thread (the sizes are printed at setup). {@code readDoc} reads the Word 97–2003 file the office
 * module's tests keep ({@code office/src/test/resources/io/github/xxgk/office/standard-2021.doc}, made by
 * LibreOffice from the DOCX of the same generated report with one figure changed; run from the project's
 * folder, or name the file with {@code -Dxxgk.doc=PATH}).
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar Office}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class OfficeBenchmark {

    private AnnualReport report;
    private byte[] docx;
    private byte[] xlsx;
    private ReadOptions docxOptions;
    private ReadOptions xlsxOptions;
    private byte[] doc;
    private ReadOptions docOptions;

    /** Generates the report and writes it once. */
    @Setup
    public void load() throws IOException {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).published(2021);
        report = r.agency().kind().isPresent() ? r : r.toBuilder().agency(Agency.of(r.agency().name(), AgencyKind.OTHER)).build();
        docx = writeDocx();
        xlsx = writeXlsx();
        AgencyKind kind = report.agency().kind().orElseThrow();
        docxOptions = ReadOptions.defaults().withKind(SourceKind.DOCX).withAgencyKind(kind);
        xlsxOptions = ReadOptions.defaults().withKind(SourceKind.XLSX).withAgencyKind(kind);
        docOptions = ReadOptions.defaults().withKind(SourceKind.DOC).withAgencyKind(kind);
        java.nio.file.Path kept = java.nio.file.Path.of(System.getProperty("xxgk.doc",
                "office/src/test/resources/io/github/xxgk/office/standard-2021.doc"));
        doc = java.nio.file.Files.isRegularFile(kept) ? java.nio.file.Files.readAllBytes(kept) : new byte[0];
        System.out.println("docx " + docx.length + " bytes, xlsx " + xlsx.length + " bytes, doc " + doc.length + " bytes (" + kept + ")");
    }

    /** Writes the report as a Word document. */
    @Benchmark
    public byte[] writeDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        OfficeDocuments.writeDocx(report, out, OfficeOptions.defaults());
        return out.toByteArray();
    }

    /** Writes the report as an Excel workbook. */
    @Benchmark
    public byte[] writeXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
        OfficeDocuments.writeXlsx(report, out, OfficeOptions.defaults());
        return out.toByteArray();
    }

    /** Reads the Word document. */
    @Benchmark
    public ReadResult readDocx() {
        return PublishedReports.read(docx, docxOptions);
    }

    /** Reads the Word 97–2003 document (refused when its file was not found at setup). */
    @Benchmark
    public ReadResult readDoc() {
        return PublishedReports.read(doc, docOptions);
    }

    /** Reads the workbook. */
    @Benchmark
    public ReadResult readXlsx() {
        return PublishedReports.read(xlsx, xlsxOptions);
    }
}
