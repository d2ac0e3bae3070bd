package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Relation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private static final Path RULES_MD = Path.of("../RULES.md");

    @Test
    void rulesMdIsGeneratedFromTheCode() throws Exception {
        String generated = RuleCatalogue.markdown();
        if (Boolean.getBoolean("xxgk.rewrite")) {
            Files.writeString(RULES_MD, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(RULES_MD, StandardCharsets.UTF_8))
                .as("RULES.md is stale: run ./mvnw -B -pl validation -am test -Dxxgk.rewrite=true").isEqualTo(generated);
    }

    @Test
    void everyRelationOfEveryFormIsARuleWithTheSameSeverity() {
        for (Edition e : Edition.values()) {
            for (Relation r : e.form().relations()) {
                RuleDescriptor d = RuleCatalogue.rule(r.ruleId()).orElseThrow();
                assertThat(d.status()).isEqualTo(RuleDescriptor.Status.RELATION);
                assertThat(d.severities()).contains(r.severity());
                assertThat(d.editions()).contains(e);
            }
        }
    }

    @Test
    void ruleIdsFollowTheStyleOfFormatsMd() {
        assertThat(RuleCatalogue.rules()).allSatisfy(r -> assertThat(r.id()).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+"));
        assertThat(RuleCatalogue.rules()).extracting(RuleDescriptor::id).doesNotHaveDuplicates().isSorted();
    }
}
