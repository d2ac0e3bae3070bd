package io.github.xxgk.bench;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.time.LocalDate;
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
 * Validating many distinct reports, one after the other, as a batch does: 10,000 different 2021
 * reports, either shaped like published ones ({@link ReportGenerator#published}: implied subtotals and
 * the cells small agencies leave blank, “/”, the single （六） row of 2019, text quoting the figures) or
 * complete (the same text over the tables of {@link ReportGenerator#consistent}, every cell filled). Every rule runs, narrative figures included. One thread
 * by default; each thread walks the whole batch from its own place in it ({@code -t 2}: two cores).
 *
 * <p>{@link #readOnly} is the floor under any validation of these reports: it reads, through the public
 * API, every char of each report's text and every cell of its tables once and does nothing else. The
 * 10,000 reports do not fit the processor's caches, so each report is fetched from memory anew.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar PublishedValidation}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PublishedValidationBenchmark {

    /** How the reports are shaped. */
    @Param({"published", "complete"})
    public String shape;

    private AnnualReport[] reports;
    private ReportValidator validator;

    /** Where one thread is in the batch: threads start apart, so that two do not read one report at once. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
        private int next = THREADS.getAndIncrement() * 5_003;

        int next(int length) {
            int at = next % length;
            next = at + 1;
            return at;
        }
    }

    /** Generates the reports. */
    @Setup
    public void setUp() {
        ReportGenerator g = ReportGenerator.of(Edition.STANDARD_2021);
        reports = new AnnualReport[10_000];
        for (int i = 0; i < reports.length; i++) {
            AnnualReport published = g.published(i);
            // complete: every cell of the consistent tables, with the same published-like text
            AnnualReport r = shape.equals("published") ? published
                    : new AnnualReport(published.edition(), published.agency(), published.year(),
                            published.publicationDate(), published.title(), published.preamble(), published.sections(),
                            g.consistent(i).tables(), published.closing());
            reports[i] = r.toBuilder().agency(Agency.of("某市统计局" + i, AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                    .publicationDate(LocalDate.of(r.year() + 1, 1, 20)).build();
        }
        validator = ReportValidator.standard();
    }

    /** Validates the next report of the batch. */
    @Benchmark
    public ValidationResult validateNext(Cursor cursor) {
        return validator.validate(reports[cursor.next(reports.length)]);
    }

    /** Reads every char of the next report's text and every cell of its tables, and nothing else. */
    @Benchmark
    public long readOnly(Cursor cursor) {
        AnnualReport r = reports[cursor.next(reports.length)];
        long sum = r.title().length() + r.agency().name().length();
        for (String p : r.preamble()) {
            sum += chars(p);
        }
        for (Section s : r.sections()) {
            sum += chars(s);
        }
        for (StatisticsTable t : r.tables().values()) {
            for (int i = 0, n = t.definition().cells().size(); i < n; i++) {
                CellValue v = t.valueAt(i);
                sum += v instanceof Count c ? c.value() : v.isBlank() ? 1 : 2;
            }
        }
        return sum;
    }

    private static long chars(Section s) {
        long sum = chars(s.title());
        for (String p : s.paragraphs()) {
            sum += chars(p);
        }
        for (Section sub : s.subsections()) {
            sum += chars(sub);
        }
        return sum;
    }

    private static long chars(String text) {
        long sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += text.charAt(i);
        }
        return sum;
    }
}
