package io.github.xxgk.bench;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
 * Validating a consistent {@code STANDARD_2021} report (all three tables filled, the six sections with
 * text): directly with {@link ReportValidator}, and through a {@code jakarta.validation.Validator}
 * (Hibernate Validator) via the class-level constraint. One thread: the figure is per core.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar Validation}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ValidationBenchmark {

    private AnnualReport report;
    private AnnualReport printedOnly;
    private ReportValidator validator;
    private Validator beanValidator;

    /** Builds a lawful, consistent 2021 report. */
    @Setup
    public void setUp() {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).consistent(42);
        List<Section> sections = Edition.STANDARD_2021.form().sections().stream()
                .map((SectionDefinition d) -> Section.builder(d.numbering(), d.title().zh()).form(d.id())
                        .paragraph("本年度持续推进主动公开、依申请公开、政府信息管理、平台建设和监督保障工作，"
                                + "存在的问题和改进措施如下；本年度未收取信息处理费，落实年度工作要点。")
                        .build())
                .toList();
        report = r.toBuilder().agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .title("某市统计局" + r.year() + "年政府信息公开工作年度报告")
                .publicationDate(LocalDate.of(r.year() + 1, 1, 20)).sections(sections).build();
        // its text says that no fee was collected and reports no fee notice: so no request was dropped for an
        // unpaid fee (T3-FEE-LINK); the generated ones move to “3.其他”, totals unchanged
        var t3 = report.table("t3").orElseThrow();
        var t3b = t3.toBuilder();
        for (var column : t3.definition().blocks().get(0).leafColumns()) {
            long unpaid = ((io.github.xxgk.core.Count) t3.value("r3_6_2", column.id())).value();
            long other = ((io.github.xxgk.core.Count) t3.value("r3_6_3", column.id())).value();
            t3b.set("r3_6_2", column.id(), 0).set("r3_6_3", column.id(), other + unpaid);
        }
        report = report.toBuilder().table(t3b.build()).build();
        // as published reports are: the subtotals the format implies but does not print are left blank
        AnnualReport.Builder b = report.toBuilder();
        for (var t : report.tables().values()) {
            var tb = t.toBuilder();
            t.definition().cells().stream().filter(c -> c.implied()).forEach(c -> tb.set(c.id(), io.github.xxgk.core.CellValue.BLANK));
            b.table(tb.build());
        }
        printedOnly = b.build();
        validator = ReportValidator.standard();
        beanValidator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        if (!validator.validate(report).findings().isEmpty() || !validator.validate(printedOnly).passed()
                || !beanValidator.validate(report).isEmpty()) {
            throw new IllegalStateException("the benchmark report must pass: " + validator.validate(report).errors());
        }
    }

    /** The rule engine directly. */
    @Benchmark
    public ValidationResult engine() {
        return validator.validate(report);
    }

    /** The rule engine on the report as published: implied subtotals blank. */
    @Benchmark
    public ValidationResult enginePrintedCellsOnly() {
        return validator.validate(printedOnly);
    }

    /** Through the Bean Validation adapter. */
    @Benchmark
    public Set<ConstraintViolation<AnnualReport>> beanValidation() {
        return beanValidator.validate(report);
    }
}
