package io.github.xxgk.bench;

import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Reading the corpus PDF (the 2023 洪泽区 report: 5 pages, 293,525 bytes, exported from WPS with a text
 * layer and ruled tables) from its bytes into the report with notes and provenance. Documents per
 * second on one thread; pages per second is that times 5, MB/s that times the file's size (printed at
 * setup). The corpus stays outside the project: the folder is {@code -Dxxgk.corpus=…} (default
 * {@code ../shared/corpus}, from the project's root).
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar PdfRead}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PdfReadBenchmark {

    private byte[] bytes;
    private ReadOptions options;

    /** Loads the PDF. */
    @Setup
    public void load() throws IOException {
        Path root = Path.of(System.getProperty("xxgk.corpus", "../shared/corpus"));
        Path pdf = root.resolve("pdf/2023-hongze/report.pdf");
        bytes = Files.readAllBytes(pdf);
        options = ReadOptions.defaults().withKind(SourceKind.PDF);
        System.out.println("pdf " + pdf + ": " + bytes.length + " bytes");
    }

    /** Reads the PDF. */
    @Benchmark
    public ReadResult read() {
        return PublishedReports.read(bytes, options);
    }
}
