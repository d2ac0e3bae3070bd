package io.github.xxgk.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** With xxgk-core alone (no xxgk-validation here), Bean Validation names the missing artifact. */
class ValidationArtifactMissingTest {

    /** A host's bean that reaches a report. */
    record Filing(@Valid AnnualReport report) {
    }

    @Test
    void validatingAReportNamesTheArtifactThatHoldsItsValidator() {
        AnnualReport report = AnnualReport.builder(Edition.LEGACY_2008)
                .agency(Agency.of("某镇人民政府", AgencyKind.TOWNSHIP_OR_STREET)).year(2017).build();
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            assertThatThrownBy(() -> factory.getValidator().validate(new Filing(report)))
                    .isInstanceOf(ConstraintDeclarationException.class)
                    .hasMessage(ValidationArtifactMissing.MESSAGE)
                    .hasMessageContaining("io.github.xxgk:xxgk-validation")
                    .hasMessageNotContaining("HV000030");
            assertThatThrownBy(() -> factory.getValidator().validate(report)).hasMessage(ValidationArtifactMissing.MESSAGE);
        }
    }

    @Test
    void theMessageIsInBothLanguages() {
        assertThat(ValidationArtifactMissing.MESSAGE).contains("not on the class path").contains("类路径上没有该构件");
    }
}
