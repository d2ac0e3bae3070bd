package io.github.xxgk.examples;

import io.github.xxgk.core.AnnualReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Example: validate a report with a plain {@code jakarta.validation.Validator}, as a host application
 * does: {@code AnnualReport} carries {@code @ValidAnnualReport}, whose validator xxgk-validation
 * registers; each ERROR finding becomes a violation with a property path to its cell, and a message
 * that the host's interpolator renders in the locale it is given (a web framework gives the request's).
 */
public final class PlainBeanValidation {

    private PlainBeanValidation() {
    }

    /**
     * The violations of a report, as {@code path: message}, the messages in Chinese.
     *
     * @param report the report
     * @return one line per violation, sorted
     */
    public static List<String> violations(AnnualReport report) {
        return violations(report, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The violations of a report, as {@code path: message}.
     *
     * @param report the report
     * @param locale the language of the messages
     * @return one line per violation, sorted
     */
    public static List<String> violations(AnnualReport report, Locale locale) {
        ParameterMessageInterpolator interpolator = new ParameterMessageInterpolator();
        // the interpolator's own default would be the JVM's locale: pass the caller's instead
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        };
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(inLocale).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(report).stream()
                    .map((ConstraintViolation<AnnualReport> v) -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().toList();
        }
    }

    /** Validates a report in which one total was mistyped. */
    public static void main(String[] args) {
        AnnualReport report = BuildAndValidate.report(2024, 1);
        AnnualReport mistyped = report.toBuilder().table(report.table("t3").orElseThrow().toBuilder()
                .set("r3_7", "total", 9).build()).build();
        violations(mistyped).forEach(System.out::println);
        violations(mistyped, Locale.ENGLISH).forEach(System.out::println);
    }
}
