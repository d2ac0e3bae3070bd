package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.RelationCheck.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GeneratorPropertiesTest {

    private static final int EXAMPLES = 150;

    @Test
    void jsonRoundTripIsExactAndDeterministic() {
        qt().withExamples(EXAMPLES).forAll(ReportGens.any()).check(r -> {
            String text = ReportJson.defaults().write(r);
            AnnualReport back = ReportJson.defaults().read(text);
            return back.equals(r) && ReportJson.defaults().write(back).equals(text);
        });
    }

    @TestFactory
    Stream<DynamicTest> jsonRoundTripPerEdition() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () ->
                qt().withExamples(EXAMPLES).forAll(ReportGens.withBlanks(e), ReportGens.consistent(e)).check((b, c) ->
                        b.edition() == e && ReportJson.defaults().read(ReportJson.defaults().write(b)).equals(b)
                                && ReportJson.defaults().read(ReportJson.defaults().write(c)).equals(c))));
    }

    @TestFactory
    Stream<DynamicTest> consistentReportsSatisfyEveryDeclaredRelation() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () ->
                qt().withExamples(EXAMPLES).forAll(ReportGens.consistent(e)).checkAssert(r -> {
                    assertThat(r.tables().keySet()).containsExactlyElementsOf(
                            e.form().tables().stream().map(t -> t.id()).toList());
                    for (Relation rel : e.form().relations()) {
                        if (!rel.isCrossYear()) {
                            assertThat(RelationCheck.evaluate(r, rel)).as("%s %s", rel.ruleId(), rel.left())
                                    .isEqualTo(Outcome.HOLDS);
                        }
                    }
                    for (StatisticsTable t : r.tables().values()) {
                        for (CellDefinition c : t.definition().cells()) {
                            assertThat(t.valueAt(c.index()).isNumber()).as("%s is filled", c.id()).isTrue();
                        }
                    }
                })));
    }

    @Test
    void largeCountsStillGiveConsistentReports() {
        ReportGenerator g = ReportGenerator.of(Edition.STANDARD_2021).withMaxCount(1_000_000_000_000L);
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport r = g.consistent(seed);
            for (Relation rel : r.form().relations()) {
                if (!rel.isCrossYear()) {
                    assertThat(RelationCheck.evaluate(r, rel)).isEqualTo(Outcome.HOLDS);
                }
            }
        });
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        qt().withExamples(30).forAll(longs().all(), ReportGens.editions()).check((seed, e) ->
                ReportGenerator.of(e).consistent(seed).equals(ReportGenerator.of(e).consistent(seed))
                        && ReportGenerator.of(e).withBlanks(seed).equals(ReportGenerator.of(e).withBlanks(seed)));
    }

    @Test
    void blankReportsHoldBlanksAndNotApplicableCells() {
        long blanks = 0;
        long notApplicable = 0;
        for (long seed = 0; seed < 40; seed++) {
            AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).withBlanks(seed);
            for (StatisticsTable t : r.tables().values()) {
                for (CellDefinition c : t.definition().cells()) {
                    CellValue v = t.valueAt(c.index());
                    blanks += v.isBlank() ? 1 : 0;
                    notApplicable += v.isNotApplicable() ? 1 : 0;
                }
            }
        }
        assertThat(blanks).isPositive();
        assertThat(notApplicable).isPositive();
    }

    @Test
    void perturbingACellChangesThatCellAndBreaksARelationThroughIt() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), ReportGens.editions(), longs().between(1, 1000))
                .checkAssert((seed, e, delta) -> {
                    AnnualReport r = ReportGenerator.of(e).consistent(seed);
                    java.util.List<CellDefinition> cells = e.form().tables().stream()
                            .flatMap(t -> t.cells().stream())
                            .filter(c -> e.form().relations().stream()
                                    .anyMatch(rel -> !rel.isCrossYear() && rel.kind() != io.github.xxgk.core.form.RelationKind.AT_LEAST
                                            && rel.comparison() == io.github.xxgk.core.form.Comparison.EQUAL && rel.involves(c.id())))
                            .toList();
                    CellDefinition c = cells.get((int) Math.floorMod(seed, (long) cells.size()));
                    AnnualReport p = ReportGenerator.perturbed(r, c.id(), delta);
                    assertThat(p.value(c.id())).isNotEqualTo(r.value(c.id()));
                    assertThat(e.form().relations()).as("an equality through %s now fails", c.id())
                            .anyMatch(rel -> rel.involves(c.id()) && RelationCheck.evaluate(p, rel) == Outcome.FAILS);
                });
    }
}
