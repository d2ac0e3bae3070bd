package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.ValueKind;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** A consistent report whose printed totals were erased gets every one of them back from fillTotals. */
class FillTotalsPropertiesTest {

    @TestFactory
    Stream<DynamicTest> erasedTotalsAreFilledBackExactly() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            Set<CellId> totals = printedCountTotals(e);
            assertThat(totals).as("the edition declares totals").isNotEmpty();
            qt().withExamples(100).forAll(ReportGens.consistent(e)).checkAssert(report -> {
                AnnualReport.Builder erased = report.toBuilder();
                for (StatisticsTable t : report.tables().values()) {
                    StatisticsTable.Builder tb = t.toBuilder();
                    for (CellId c : totals) {
                        if (c.table().equals(t.id())) {
                            tb.set(c, CellValue.BLANK);
                        }
                    }
                    erased.table(tb.build());
                }
                AnnualReport blanked = erased.build();
                assertThat(blanked).isNotEqualTo(report);
                assertThat(blanked.toBuilder().fillTotals().build()).isEqualTo(report);
            });
        }));
    }

    /** The printed count cells that are the total of a sum relation of this year's cells of one table. */
    private static Set<CellId> printedCountTotals(Edition e) {
        Set<CellId> out = new LinkedHashSet<>();
        for (TableDefinition t : e.form().tables()) {
            for (Relation r : t.relations()) {
                if (r.kind() != RelationKind.SUM || r.comparison() != Comparison.EQUAL || r.left().size() != 1
                        || r.terms().anyMatch(term -> term.period() != Period.CURRENT || !term.cell().table().equals(t.id()))) {
                    continue;
                }
                CellDefinition left = t.cell(r.left().get(0).cell()).orElseThrow();
                if (!left.implied() && !left.extension() && left.kind() == ValueKind.COUNT) {
                    out.add(left.id());
                }
            }
        }
        return out;
    }
}
