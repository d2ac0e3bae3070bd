package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What findings say about cells, over generated reports: a relation's {@code actual} is the value
 * printed in the cell it sits on, its {@code expected} is what the relation requires of that cell (put
 * it there and the relation holds), and a table's blank cells are one CELL-BLANK that marks each.
 */
class FindingValuesPropertiesTest {

    private static final int EXAMPLES = 150;
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static boolean relation(Finding f, Edition e) {
        return e.form().relations().stream().anyMatch(r -> r.ruleId().equals(f.ruleId()) && !r.isCrossYear());
    }

    @TestFactory
    Stream<DynamicTest> actualIsThePrintedValueAndExpectedMakesTheRelationHold() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            java.util.concurrent.atomic.AtomicInteger repaired = new java.util.concurrent.atomic.AtomicInteger();
            qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(1, 40)).checkAssert((seed, delta) -> {
                    AnnualReport r = ReportGenerator.of(e).consistent(seed);
                    List<CellDefinition> cells = e.form().tables().stream().flatMap(t -> t.cells().stream())
                            .filter(c -> c.kind() == ValueKind.COUNT).toList();
                    CellDefinition c = cells.get((int) Math.floorMod(seed, (long) cells.size()));
                    AnnualReport changed = ReportGenerator.perturbed(r, c.id(), delta);
                    for (Finding f : VALIDATOR.validate(changed).findings()) {
                        if (!relation(f, e) || f.location().kind() != Location.Kind.CELL) {
                            continue;
                        }
                        CellId at = f.location().cell().orElseThrow();
                        CellValue printed = changed.value(at);
                        assertThat(f.actual()).as("%s at %s", f.ruleId(), at).contains(printed.toString());
                        String expected = f.expected().orElseThrow();
                        if (!expected.matches("-?\\d+")) {
                            continue; // a bound (≤ n, ≥ n): holding it is checked by the relation's own cases
                        }
                        long value = Long.parseLong(expected);
                        CellValue fixed = printed instanceof SignedCount ? SignedCount.of(value) : Count.of(Math.max(value, 0));
                        if (value < 0 && !(printed instanceof SignedCount)) {
                            continue;
                        }
                        AnnualReport after = ReportGenerator.withValue(changed, at, fixed);
                        repaired.incrementAndGet();
                        assertThat(VALIDATOR.validate(after).findings(f.ruleId()))
                                .as("%s at %s set to %s", f.ruleId(), at, expected)
                                .noneSatisfy(g -> assertThat(g.location().id()).isEqualTo(f.location().id())
                                        .satisfies(x -> assertThat(g.related()).isEqualTo(f.related())));
                    }
            });
            assertThat(repaired.get()).as("findings repaired").isGreaterThan(EXAMPLES / 2);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aTableHasOneCellBlankMarkingEachBlankCell() {
        return Stream.of(Edition.TRIAL_2019, Edition.STANDARD_2021).map(e -> DynamicTest.dynamicTest(e.name(), () ->
                qt().withExamples(EXAMPLES).forAll(ReportGens.consistentWithBlanks(e)).checkAssert(r -> {
                    ValidationResult result = VALIDATOR.validate(r);
                    for (var t : r.tables().values()) {
                        List<CellId> blank = t.definition().cells().stream()
                                .filter(c -> !c.implied() && !c.extension() && t.valueAt(c.index()).isBlank())
                                .map(CellDefinition::id).toList();
                        List<Finding> found = result.findings("CELL-BLANK").stream()
                                .filter(f -> f.location().id().equals(t.id()) && f.severity() == io.github.xxgk.core.form.Severity.WARNING)
                                .toList();
                        if (blank.isEmpty()) {
                            assertThat(found).isEmpty();
                        } else {
                            assertThat(found).singleElement().satisfies(f -> assertThat(f.cells()).isEqualTo(blank));
                        }
                    }
                })));
    }
}
