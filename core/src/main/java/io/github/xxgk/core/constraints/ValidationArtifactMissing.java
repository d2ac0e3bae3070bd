package io.github.xxgk.core.constraints;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The validator of {@link ValidAnnualReport} that a Bean Validation provider chooses when
 * {@code xxgk-validation} is not on the class path (it declares the type {@code Object}, so the
 * provider prefers the real validator of {@code AnnualReport} that {@code xxgk-validation} registers
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}). It refuses to validate with
 * a {@link ConstraintDeclarationException} that names the missing artifact, instead of the provider's
 * anonymous “no validator could be found” (HV000030).
 *
 * <p>Stateless and thread-safe.
 */
public final class ValidationArtifactMissing implements ConstraintValidator<ValidAnnualReport, Object> {

    /** The message, in English and Chinese. */
    public static final String MESSAGE = "@ValidAnnualReport cannot be checked: its validator is in the artifact "
            + "io.github.xxgk:xxgk-validation, which is not on the class path; add it (with the same version as "
            + "xxgk-core). / 无法校验 @ValidAnnualReport：其校验器在 io.github.xxgk:xxgk-validation 中，而类路径上没有该构件；"
            + "请添加（版本与 xxgk-core 相同）。";

    /** Creates the validator (the Bean Validation provider does). */
    public ValidationArtifactMissing() {
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        throw new ConstraintDeclarationException(MESSAGE);
    }
}
