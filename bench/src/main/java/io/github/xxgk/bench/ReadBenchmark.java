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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a published report from its bytes: the corpus's 2024 web page (109 KB, UTF-8, site chrome
 * around the article) and its text dump (7.7 KB), into the report with notes and provenance. Pages
 * per second on one thread; MB/s is that times the page's size (printed at setup). The corpus stays
 * outside the project: the folder is {@code -Dxxgk.corpus=…} (default {@code ../shared/corpus}, from
 * the project's root).
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar Read}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReadBenchmark {

    /** The page: {@code html} (page.html) or {@code txt} (page.txt) of pingtan 2024. */
    @Param({"html", "txt"})
    public String source;

    private byte[] bytes;
    private ReadOptions options;

    /** Loads the page. */
    @Setup
    public void load() throws IOException {
        Path root = Path.of(System.getProperty("xxgk.corpus", "../shared/corpus"));
        Path page = root.resolve("pingtan/2024-syq/page." + source);
        bytes = Files.readAllBytes(page);
        options = ReadOptions.defaults().withKind(source.equals("html") ? SourceKind.HTML : SourceKind.TEXT_DUMP);
        System.out.println("page " + page + ": " + bytes.length + " bytes");
    }

    /** Reads the page. */
    @Benchmark
    public ReadResult read() {
        return PublishedReports.read(bytes, options);
    }
}
