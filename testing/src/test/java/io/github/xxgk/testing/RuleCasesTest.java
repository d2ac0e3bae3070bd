package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.RuleCatalogue;
import io.github.xxgk.validation.RuleDescriptor;
import io.github.xxgk.validation.ValidationResult;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the rule cases of {@code src/test/resources/rule-cases} as dynamic tests, like the JSON-Schema suite. */
class RuleCasesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @TestFactory
    Stream<DynamicTest> ruleCases() {
        return RuleCases.all().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ValidationResult result = VALIDATOR.validate(c.report(), c.context());
            for (RuleCases.Expected e : c.expect()) {
                assertThat(result.findings()).as("%s expects %s", c.name(), e).anySatisfy(f -> {
                    assertThat(f.ruleId()).isEqualTo(e.rule());
                    if (e.severity() != null) {
                        assertThat(f.severity()).isEqualTo(Severity.valueOf(e.severity()));
                    }
                    if (e.at() != null) {
                        assertThat(f.location().id().equals(e.at()) || f.cells().stream().anyMatch(x -> x.toString().equals(e.at())))
                                .as("at %s or marking it: %s %s", e.at(), f.location().id(), f.cells()).isTrue();
                    }
                });
            }
            for (String rule : c.absent()) {
                assertThat(result.findings(rule)).as("%s: no %s", c.name(), rule).isEmpty();
            }
        }));
    }

    /** The base of the cases is clean: nothing in it but what a case's edit puts there. */
    @TestFactory
    Stream<DynamicTest> cleanBasesHaveNoErrorOrWarning() {
        return Stream.of(Edition.values()).flatMap(e -> Stream.of(1L, 2L, 3L).map(seed -> DynamicTest.dynamicTest(e + " " + seed, () -> {
            ValidationResult r = VALIDATOR.validate(CleanReports.of(e, seed));
            assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        })));
    }

    /** Every rule the validator checks has a failing and a passing case in every edition it applies to. */
    @Test
    void everyCheckedRuleHasAFailingAndAPassingCaseInEveryEdition() {
        Set<String> failing = new HashSet<>();
        Set<String> passing = new HashSet<>();
        RuleCases.all().forEach(c -> {
            c.expect().forEach(e -> failing.add(e.rule() + " " + c.edition()));
            c.absent().forEach(a -> passing.add(a + " " + c.edition()));
        });
        Set<String> missing = new TreeSet<>();
        for (RuleDescriptor r : RuleCatalogue.rules()) {
            if (r.status() != RuleDescriptor.Status.CHECKED && r.status() != RuleDescriptor.Status.RELATION) {
                continue;
            }
            for (Edition e : r.editions()) {
                if (!failing.contains(r.id() + " " + e)) {
                    missing.add("failing " + r.id() + " " + e);
                }
                if (!passing.contains(r.id() + " " + e)) {
                    missing.add("passing " + r.id() + " " + e);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void casesNameOnlyKnownRules() {
        RuleCases.all().forEach(c -> {
            Stream.concat(c.expect().stream().map(RuleCases.Expected::rule), c.absent().stream())
                    .forEach(id -> assertThat(RuleCatalogue.rule(id)).as("%s names %s", c.name(), id).isPresent());
        });
    }

}
