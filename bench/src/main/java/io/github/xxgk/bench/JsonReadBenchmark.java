package io.github.xxgk.bench;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.nio.charset.StandardCharsets;
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
 * Reading JSON: {@link ReportJson#read(byte[])} on the 2021 reports of {@link BatchGenerator} (the shape
 * of the 10,000-report batch), one document per operation, in turn. The figure in MB/s is the operations
 * per second times {@link #MEAN_BYTES}, the mean size of a document (printed at the start). One thread.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar JsonRead}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class JsonReadBenchmark {

    private static final int DOCUMENTS = 100;

    /** The mean size of a document in bytes, as computed at set-up. */
    public static double MEAN_BYTES;

    private byte[][] documents;
    private int next;

    /** Writes the documents. */
    @Setup
    public void setUp() {
        documents = new byte[DOCUMENTS][];
        long total = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            documents[i] = ReportJson.defaults().write(BatchGenerator.report(i)).getBytes(StandardCharsets.UTF_8);
            total += documents[i].length;
        }
        MEAN_BYTES = (double) total / DOCUMENTS;
        System.err.printf(java.util.Locale.ROOT, "JsonReadBenchmark: %d documents, mean %.0f bytes%n", DOCUMENTS, MEAN_BYTES);
    }

    /** Reads the next document. */
    @Benchmark
    public AnnualReport read() {
        byte[] doc = documents[next];
        next = next + 1 == DOCUMENTS ? 0 : next + 1;
        return ReportJson.defaults().read(doc);
    }
}
