package io.github.xxgk.validation.beanvalidation;

import io.github.xxgk.validation.Finding;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** What Hibernate Validator adds: message parameters and the finding as payload. Loaded only with it. */
final class Hibernate {

    private Hibernate() {
    }

    static boolean supports(ConstraintValidatorContext context) {
        try {
            context.unwrap(HibernateConstraintValidatorContext.class);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The builder of a violation of a finding, its parameters and payload set. */
    static ConstraintValidatorContext.ConstraintViolationBuilder violation(ConstraintValidatorContext context, Finding f,
            String template) {
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.addMessageParameter("rule", AnnualReportConstraintValidator.escape(f.ruleId()))
                .addMessageParameter("message_zh", AnnualReportConstraintValidator.escape(f.message(Locale.CHINESE)))
                .addMessageParameter("message_en", AnnualReportConstraintValidator.escape(f.message(Locale.ENGLISH)))
                .addMessageParameter("place", AnnualReportConstraintValidator.escape(f.location().id()))
                .withDynamicPayload(f);
        return hv.buildConstraintViolationWithTemplate(template);
    }
}
