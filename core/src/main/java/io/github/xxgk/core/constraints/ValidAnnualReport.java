package io.github.xxgk.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The class-level Bean Validation constraint of {@link io.github.xxgk.core.AnnualReport}: the report
 * conforms to the law and to its edition's format. Its validator lives in the {@code xxgk-validation}
 * artifact, which registers it with the Bean Validation provider through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}; it runs the rule engine and
 * reports every ERROR finding as a constraint violation whose property path leads to the cell or
 * section. Without {@code xxgk-validation} on the class path, validating a report with a
 * {@code jakarta.validation.Validator} fails with a {@code ConstraintDeclarationException} that names
 * the missing artifact ({@link ValidationArtifactMissing}).
 *
 * <p>The message is the key {@code {io.github.xxgk.validation.finding}}, which
 * {@code xxgk-validation}'s {@code ContributorValidationMessages} bundles (zh, en) resolve for the host's
 * {@code MessageInterpolator} and locale.
 */
@Documented
@Constraint(validatedBy = ValidationArtifactMissing.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidAnnualReport {

    /** The message template; the validator replaces it per finding. */
    String message() default "{io.github.xxgk.validation.finding}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
