package io.github.xxgk.validation;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.validation.internal.Engine;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Validates annual reports against the law and their edition's format: every rule of the catalogue (RULES.md)
 * that can be checked on a report object (see {@link RuleCatalogue}). The arithmetic rules are derived
 * from the relations the form definitions declare; blank cells are unknown non-negative numbers, so a
 * sum is an error only when no values of its blanks could satisfy it.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard().validate(report);
 * result.passed();                                  // no ERROR
 * result.findings().get(0).message(Locale.CHINA);   // 表三 三、（七）总计 × 自然人 为 765，应为 767…
 * }</pre>
 *
 * <p>Immutable and thread-safe; validating never mutates the report. Build one and share it.
 */
public final class ReportValidator {

    /** The default deadline for townships, streets and other bodies: 31 January of the following year. */
    public static final MonthDay DEFAULT_TOWNSHIP_DEADLINE = MonthDay.of(1, 31);

    private static final ReportValidator STANDARD = new ReportValidator(DEFAULT_TOWNSHIP_DEADLINE);

    private final MonthDay townshipDeadline;
    private final Engine engine;

    private ReportValidator(MonthDay townshipDeadline) {
        this.townshipDeadline = townshipDeadline;
        this.engine = new Engine(townshipDeadline);
    }

    /** The validator with the default settings. */
    public static ReportValidator standard() {
        return STANDARD;
    }

    /**
     * A validator whose deadline for 乡镇人民政府/街道办事处 and other bodies (PUB-DEADLINE-OTHER, which the
     * 条例 leaves to the provinces) is another day of the year after the reporting year.
     *
     * @param deadline the last day of publication
     * @return the validator
     */
    public static ReportValidator withTownshipDeadline(MonthDay deadline) {
        return new ReportValidator(Objects.requireNonNull(deadline, "deadline"));
    }

    /** The deadline for townships, streets and other bodies. */
    public MonthDay townshipDeadline() {
        return townshipDeadline;
    }

    /**
     * Validates a report with no inputs beyond it.
     *
     * @param report the report
     * @return the findings
     */
    public ValidationResult validate(AnnualReport report) {
        return validate(report, ValidationContext.none());
    }

    /**
     * Validates a report with explicit inputs: agency kind, publication date, last year's report.
     *
     * @param report the report
     * @param context the inputs beyond the report
     * @return the findings
     */
    public ValidationResult validate(AnnualReport report, ValidationContext context) {
        return engine.validate(Objects.requireNonNull(report, "report"), Objects.requireNonNull(context, "context"));
    }
}
