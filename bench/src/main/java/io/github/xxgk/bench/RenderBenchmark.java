package io.github.xxgk.bench;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.render.MarkdownRenderer;
import io.github.xxgk.render.TextRenderer;
import io.github.xxgk.testing.ReportGenerator;
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
 * Rendering a full {@code STANDARD_2021} report (all three tables, six sections) to HTML, Markdown and
 * plain text, on one thread.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar Render}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RenderBenchmark {

    private AnnualReport report;

    /** A consistent 2021 report with every table. */
    @Setup
    public void setUp() {
        report = ReportGenerator.of(Edition.STANDARD_2021).consistent(42);
    }

    /** HTML page. */
    @Benchmark
    public String html() {
        return HtmlRenderer.standard().render(report);
    }

    /** Markdown. */
    @Benchmark
    public String markdown() {
        return MarkdownRenderer.standard().render(report);
    }

    /** Plain text. */
    @Benchmark
    public String text() {
        return TextRenderer.standard().render(report);
    }
}
