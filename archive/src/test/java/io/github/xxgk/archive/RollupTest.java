package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.archive.Rollup.Input;
import io.github.xxgk.archive.Rollup.Scope;
import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.testing.ReportGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static final ReportGenerator GEN = ReportGenerator.of(Edition.STANDARD_2021);

    /** The k-th agency's true report of 2023 (every cell a number) and the same with cells left blank. */
    private static AnnualReport truth(long seed, int k) {
        return GEN.consistent(seed + k).toBuilder().agency(Agency.of("甲市第" + (k + 1) + "局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(2023).build();
    }

    private static AnnualReport blanked(long seed, int k) {
        AnnualReport withBlanks = GEN.consistentWithBlanks(seed + k); // blanks over consistent(seed + k)
        return withBlanks.toBuilder().agency(Agency.of("甲市第" + (k + 1) + "局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(2023).build();
    }

    private static BigDecimal number(CellValue v) {
        if (v instanceof Count c) {
            return BigDecimal.valueOf(c.value());
        }
        if (v instanceof SignedCount s) {
            return BigDecimal.valueOf(s.value());
        }
        return ((Amount) v).inYuan();
    }

    /** The true total of each cell: the plain sum of the true reports' numbers. */
    private static Map<CellId, BigDecimal> trueTotal(List<AnnualReport> truths) {
        Map<CellId, BigDecimal> out = new HashMap<>();
        for (AnnualReport r : truths) {
            for (TableDefinition t : r.form().tables()) {
                for (CellDefinition c : t.cells()) {
                    out.merge(c.id(), number(r.value(c.id())), BigDecimal::add);
                }
            }
        }
        return out;
    }

    @Test
    void theTotalOverBlanksAlwaysHoldsTheTrueTotalAndIsExactWithoutBlanks() {
        qt().withExamples(60).forAll(longs().between(0, 1_000_000), integers().between(1, 5)).checkAssert((seed, n) -> {
            List<AnnualReport> truths = new ArrayList<>();
            List<Input> blanks = new ArrayList<>();
            List<Input> full = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                truths.add(truth(seed, k));
                blanks.add(new Input("r" + k, blanked(seed, k), Scope.OWN));
                full.add(new Input("r" + k, truth(seed, k), Scope.OWN));
            }
            Map<CellId, BigDecimal> expected = trueTotal(truths);
            RollupResult over = Rollup.of(blanks);
            for (Map.Entry<CellId, Bound> e : over.total().entrySet()) {
                assertThat(e.getValue().contains(expected.get(e.getKey()))).as(e.getKey() + " " + e.getValue() + " ∌ " + expected.get(e.getKey())).isTrue();
            }
            RollupResult exact = Rollup.of(full);
            assertThat(exact.exact()).isTrue();
            for (Map.Entry<CellId, Bound> e : exact.total().entrySet()) {
                assertThat(e.getValue()).isEqualTo(Bound.exact(expected.get(e.getKey())));
            }
            assertThat(exact.contributors()).hasSize(n);
        });
    }

    @Test
    void aBlankPartIsARangeNotANumber() {
        AnnualReport a = truth(5, 0);
        AnnualReport b = ReportGenerator.withValue(truth(5, 1), CellId.parse("t3.r1.natural_person"), CellValue.BLANK);
        for (String cell : List.of("t3.r1.total", "t3.r4.natural_person", "t3.r4.total")) {
            b = ReportGenerator.withValue(b, CellId.parse(cell), CellValue.BLANK);
        }
        RollupResult r = Rollup.of(List.of(new Input("a", a, Scope.OWN), new Input("b", b, Scope.OWN)));
        Bound total = r.total().get(CellId.parse("t3.r1.natural_person"));
        // b's 一、 and 四、 of 自然人 are both blank: the balance 一+二 = 三（七）+四 leaves 一 ≥ 三（七）− 二, no more
        assertThat(total.isExact()).isFalse();
        assertThat(total.upper()).isEmpty();
        long known = ((Count) a.value(CellId.parse("t3.r1.natural_person"))).value();
        long least = Math.max(0, ((Count) b.value(CellId.parse("t3.r3_7.natural_person"))).value()
                - ((Count) b.value(CellId.parse("t3.r2.natural_person"))).value());
        assertThat(total.lower()).hasValue(BigDecimal.valueOf(known + least));
        assertThat(r.exact()).isFalse();
    }

    @Test
    void aSummaryIsKeptApartAndCheckedAgainstItsAgencies() {
        List<AnnualReport> agencies = List.of(truth(9, 0), truth(9, 1), truth(9, 2));
        Map<CellId, BigDecimal> sum = trueTotal(agencies);
        AnnualReport region = truth(9, 3).toBuilder().agency(Agency.of("甲市人民政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT)).build();
        AnnualReport.Builder b = region.toBuilder();
        for (StatisticsTable t : region.tables().values()) {
            StatisticsTable.Builder tb = t.toBuilder();
            for (CellDefinition c : t.definition().cells()) {
                if (t.value(c.id()) instanceof Count) {
                    tb.set(c.id(), Count.of(sum.get(c.id()).longValueExact()));
                } else {
                    tb.set(c.id(), CellValue.BLANK); // amounts not stated: nothing to check
                }
            }
            b.table(tb.build());
        }
        AnnualReport stated = b.build();
        List<Input> inputs = new ArrayList<>();
        for (int k = 0; k < agencies.size(); k++) {
            inputs.add(new Input("a" + k, agencies.get(k), Scope.OWN));
        }
        // the region's own report (本级) is one of the agencies; its 汇总 report is not summed into it
        inputs.add(new Input("own", region, Scope.OWN));
        inputs.add(new Input("summary", stated, Scope.SUMMARY));
        RollupResult r = Rollup.of(inputs);
        assertThat(r.contributors()).extracting(RollupResult.Contributor::source).containsExactly("a0", "a1", "a2", "own");
        assertThat(r.summaries()).extracting(RollupResult.Contributor::source).containsExactly("summary");
        // the 本级 total includes the region's own report, so the stated summary of the three agencies disagrees
        assertThat(r.checks()).singleElement().satisfies(c -> assertThat(c.consistent()).isFalse());

        RollupResult three = Rollup.of(List.of(inputs.get(0), inputs.get(1), inputs.get(2), inputs.get(4)));
        assertThat(three.checks()).singleElement().satisfies(c -> assertThat(c.consistent()).isTrue());
        assertThat(three.summaryTotal().get(CellId.parse("t3.r1.total"))).isEqualTo(Bound.exact(sum.get(CellId.parse("t3.r1.total"))));
        AnnualReport wrong = ReportGenerator.withValue(stated, CellId.parse("t4.cases.review_total"),
                Count.of(sum.get(CellId.parse("t4.cases.review_total")).longValueExact() + 1));
        RollupResult off = Rollup.of(List.of(inputs.get(0), inputs.get(1), inputs.get(2), new Input("wrong", wrong, Scope.SUMMARY)));
        assertThat(off.checks().get(0).mismatches()).extracting(m -> m.cell().toString()).containsExactly("t4.cases.review_total");
    }

    @Test
    void badSetsAreRefusedWithTheReportNamed() {
        AnnualReport a = truth(1, 0);
        assertThatThrownBy(() -> Rollup.of(List.of(new Input("a", a, Scope.OWN), new Input("b", a.toBuilder().year(2022).build(), Scope.OWN))))
                .isInstanceOf(RollupException.class).hasMessageContaining("b:");
        assertThatThrownBy(() -> Rollup.of(List.of(new Input("a", a, Scope.OWN), new Input("again", a, Scope.OWN))))
                .isInstanceOf(RollupException.class).hasMessageContaining("again");
        assertThatThrownBy(() -> Rollup.of(List.of(new Input("a", a, Scope.OWN), new Input("s", a, Scope.SUMMARY))))
                .isInstanceOf(RollupException.class).hasMessageContaining("summary is never summed into itself");
        assertThatThrownBy(() -> Rollup.of(List.of(new Input("s", a, Scope.SUMMARY))))
                .isInstanceOf(RollupException.class);
        AnnualReport legacy = ReportGenerator.of(Edition.LEGACY_2008).consistent(1).toBuilder().year(2023).build();
        assertThatThrownBy(() -> Rollup.of(List.of(new Input("a", a, Scope.OWN), new Input("old", legacy, Scope.OWN))))
                .isInstanceOf(RollupException.class).hasMessageContaining("old");
    }
}
