package io.github.xxgk.bench;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
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
 * complete (the same text over the tables of {@link ReportGenerator#consistent}, every cell filled). Every rule runs, narrative figures included. One thread.
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
    private int next;

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
    public ValidationResult validateNext() {
        AnnualReport r = reports[next];
        next = next + 1 == reports.length ? 0 : next + 1;
        return validator.validate(r);
    }
}
