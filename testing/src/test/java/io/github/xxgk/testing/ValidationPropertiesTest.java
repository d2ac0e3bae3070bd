package io.github.xxgk.testing;

import static io.github.xxgk.testing.XxgkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The validator's properties over generated reports of every edition. */
class ValidationPropertiesTest {

    private static final int EXAMPLES = 200;
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @TestFactory
    Stream<DynamicTest> consistentReportsGiveNoError() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () ->
                qt().withExamples(EXAMPLES).forAll(ReportGens.consistent(e))
                        .checkAssert(r -> assertThat(VALIDATOR.validate(r)).hasNoErrors())));
    }

    /**
     * Published-like reports (implied subtotals and small agencies' cells blank, “/”, 2019's single （六）
     * row in a 2021 table, provincial legacy tables) break no arithmetic rule: their only ERROR is the
     * shape of a table printed otherwise than the format, and no blank is reported on a cell the page did
     * not print.
     */
    @TestFactory
    Stream<DynamicTest> publishedReportsBreakNoArithmeticAndReportOnlyPrintedBlanks() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () ->
                qt().withExamples(EXAMPLES).forAll(ReportGens.published(e)).checkAssert(r -> {
                    ValidationResult result = VALIDATOR.validate(r);
                    assertThat(result.errors()).allSatisfy(f -> assertThat(f.ruleId()).endsWith("SHAPE"));
                    for (Finding f : result.findings("CELL-BLANK")) {
                        f.location().cell().ifPresent(c ->
                                assertThat(r.table(c.table()).orElseThrow().isPrinted(c)).as(c.toString()).isTrue());
                    }
                    boolean printedOtherwise = r.tables().values().stream()
                            .anyMatch(t -> t.printedShape().isPresent() && !t.id().equals("stats"));
                    assertThat(result.errors().isEmpty()).isEqualTo(!printedOtherwise);
                    // their text quotes the tables' own figures: no narrative rule may object
                    assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                            .noneMatch(f -> f.ruleId().startsWith("TXT-") || f.ruleId().endsWith("TEXT-LINK")
                                    || f.ruleId().startsWith("FEE-") && !f.ruleId().equals("FEE-LEGACY")
                                    || f.ruleId().startsWith("SEC"));
                })));
    }

    /**
     * Changing one cell that takes part in an ERROR equality gives an ERROR located at that cell or at a
     * cell of a relation through it. (A cell that only takes part in bounds, or in WARNING and INFO
     * relations, may legitimately change without an ERROR.)
     */
    @TestFactory
    Stream<DynamicTest> changingACellOfAnIdentityGivesAnErrorThere() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            List<CellDefinition> cells = e.form().tables().stream().flatMap(t -> t.cells().stream())
                    .filter(c -> e.form().relations().stream().anyMatch(r -> identity(r) && r.involves(c.id())))
                    .toList();
            qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(-50, 50).assuming(d -> d != 0))
                    .checkAssert((seed, delta) -> {
                        AnnualReport r = ReportGenerator.of(e).consistent(seed);
                        CellDefinition c = cells.get((int) Math.floorMod(seed, (long) cells.size()));
                        AnnualReport changed = ReportGenerator.perturbed(r, c.id(), delta);
                        Set<CellId> near = new HashSet<>();
                        near.add(c.id());
                        e.form().relations().stream().filter(rel -> rel.involves(c.id()))
                                .forEach(rel -> rel.terms().map(Term::cell).forEach(near::add));
                        List<Finding> errors = VALIDATOR.validate(changed).errors();
                        assertThat(errors).as("changing %s by %d", c.id(), delta).anySatisfy(f ->
                                assertThat(f.location().cell()).hasValueSatisfying(at -> assertThat(near).contains(at)));
                    });
        }));
    }

    private static boolean identity(Relation r) {
        return !r.isCrossYear() && r.severity() == Severity.ERROR && r.comparison() == Comparison.EQUAL;
    }

    @TestFactory
    Stream<DynamicTest> blankingCellsNeverCreatesAnError() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () ->
                qt().withExamples(EXAMPLES).forAll(ReportGens.consistentWithBlanks(e))
                        .checkAssert(r -> assertThat(VALIDATOR.validate(r)).hasNoErrors())));
    }

    /** As published: the subtotals the format implies but does not print are blank. */
    private static AnnualReport printedOnly(AnnualReport r) {
        AnnualReport.Builder b = r.toBuilder();
        r.tables().values().forEach(t -> {
            io.github.xxgk.core.StatisticsTable.Builder tb = t.toBuilder();
            t.definition().cells().stream().filter(CellDefinition::implied)
                    .forEach(c -> tb.set(c.id(), io.github.xxgk.core.CellValue.BLANK));
            b.table(tb.build());
        });
        return b.build();
    }

    @TestFactory
    Stream<DynamicTest> reportsAsPublishedWithoutImpliedSubtotalsGiveNoErrorAndNoBlank() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () ->
                qt().withExamples(EXAMPLES).forAll(ReportGens.consistent(e)).checkAssert(r -> {
                    ValidationResult result = VALIDATOR.validate(printedOnly(r));
                    assertThat(result).hasNoErrors().hasNoFinding("CELL-BLANK");
                })));
    }

    @TestFactory
    Stream<DynamicTest> changingAPrintedCellOfAReportAsPublishedGivesAnError() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            List<CellDefinition> cells = e.form().tables().stream().flatMap(t -> t.cells().stream())
                    .filter(c -> !c.implied())
                    .filter(c -> e.form().relations().stream().anyMatch(r -> identity(r) && r.involves(c.id())
                            && r.terms().noneMatch(t -> e.form().cell(t.cell()).orElseThrow().implied())))
                    .toList();
            qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(1, 50)).checkAssert((seed, delta) -> {
                AnnualReport r = printedOnly(ReportGenerator.of(e).consistent(seed));
                CellDefinition c = cells.get((int) Math.floorMod(seed, (long) cells.size()));
                assertThat(VALIDATOR.validate(ReportGenerator.perturbed(r, c.id(), delta))).hasErrors();
            });
        }));
    }

    @Test
    void blanksThatTheOtherCellsDetermineAreGivenTheirValue() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), arbitrary().pick(List.of(Edition.TRIAL_2019, Edition.STANDARD_2021)))
                .checkAssert((seed, e) -> {
                    AnnualReport full = ReportGenerator.of(e).consistent(seed);
                    AnnualReport blanked = ReportGenerator.of(e).consistentWithBlanks(seed);
                    for (Finding f : VALIDATOR.validate(blanked).findings("CELL-BLANK")) {
                        f.derived().forEach((cell, value) ->
                                assertThat(full.value(cell).toString()).as("derived %s", cell).isEqualTo(value));
                    }
                });
    }

    @Test
    void validatingNeverChangesTheReportAndIsDeterministic() {
        qt().withExamples(100).forAll(ReportGens.any()).checkAssert(r -> {
            String before = ReportJson.defaults().write(r);
            ValidationResult first = VALIDATOR.validate(r);
            ValidationResult second = VALIDATOR.validate(ReportJson.defaults().read(before));
            assertThat(ReportJson.defaults().write(r)).isEqualTo(before);
            assertThat(second).isEqualTo(first);
        });
    }

    @Test
    void validatorsAreSafeToShareBetweenThreads() throws Exception {
        List<AnnualReport> reports = Stream.iterate(0L, s -> s + 1).limit(64)
                .map(s -> ReportGenerator.of(Edition.values()[(int) (s % 3)]).withBlanks(s)).toList();
        List<ValidationResult> expected = reports.stream().map(VALIDATOR::validate).toList();
        List<ValidationResult> parallel = reports.parallelStream().map(VALIDATOR::validate).toList();
        assertThat(parallel).isEqualTo(expected);
    }
}
