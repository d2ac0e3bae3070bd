package io.github.xxgk.testing;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.validation.ValidationResult;

/**
 * The entry point of xxgk's AssertJ assertions, for consumers' tests:
 *
 * <pre>{@code
 * import static io.github.xxgk.testing.XxgkAssertions.assertThat;
 *
 * assertThat(validator.validate(report)).hasNoErrors();
 * assertThat(result).hasFinding("T3-BALANCE").atCell("t3.r1.natural_person").withSeverity(Severity.ERROR);
 * assertThat(report).hasCell("t3.r1.total", 7).hasSection("s1_overview");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class XxgkAssertions {

    private XxgkAssertions() {
    }

    /** Assertions on a validation result. */
    public static ValidationResultAssert assertThat(ValidationResult actual) {
        return new ValidationResultAssert(actual);
    }

    /** Assertions on a report. */
    public static AnnualReportAssert assertThat(AnnualReport actual) {
        return new AnnualReportAssert(actual);
    }
}
