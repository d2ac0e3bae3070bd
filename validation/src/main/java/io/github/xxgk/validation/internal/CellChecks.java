package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Rules on cells beyond the declared relations: money, units, 规章, backlog, legacy fees. Not API. */
final class CellChecks {

    private CellChecks() {
    }

    private static Collector.F f(String rule, Severity severity, Location at, String key) {
        return new Collector.F(rule, severity, at, Rules.basis(rule), key);
    }

    static void cells(AnnualReport r, ValidationContext ctx, StatisticsTable t, int tableIndex, Arithmetic compiled,
            Collector out) {
        for (int index : compiled.amountCells()) {
            CellDefinition c = compiled.cell(index);
            if (t.valueAt(index) instanceof Amount a) {
                long order = Collector.cellOrder(tableIndex, index);
                if (a.value().scale() > 4) {
                    out.add(order, f("NUM-MONEY", Severity.INFO, Location.cell(c), "num.money").actual(a.toString())
                            .arg("decimals", Integer.toString(a.value().scale())).done());
                }
                MoneyUnit column = printedUnit(t, c).orElse(c.unit() == Unit.YUAN ? MoneyUnit.YUAN
                        : c.unit() == Unit.TEN_THOUSAND_YUAN ? MoneyUnit.TEN_THOUSAND_YUAN : null);
                if (column != null && a.unit() != column) {
                    BigDecimal converted = a.inYuan().divide(column.inYuan()).stripTrailingZeros();
                    out.add(order, f("NUM-UNIT-INLINE", Severity.WARNING, Location.cell(c), "num.unit")
                            .actual(a.toString()).expected(converted.toPlainString() + column.label().zh())
                            .derived(c.id(), converted.toPlainString()).done());
                }
                if (c.id().equals(FEES) && a.unit() == MoneyUnit.TEN_THOUSAND_YUAN
                        && a.value().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                    out.add(order, f("T2-FEE-UNIT", Severity.WARNING, Location.cell(c), "t2.fee_unit").actual(a.toString()).done());
                }
            }
        }
        int[] regulations = compiled.regulationCells();
        if (regulations.length > 0 && ctx.agencyKindOf(r).filter(k -> k == AgencyKind.TOWNSHIP_OR_STREET || k == AgencyKind.OTHER
                || k == AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).isPresent()) {
            for (int index : regulations) {
                if (t.valueAt(index) instanceof Count count && count.value() > 0) {
                    out.add(Collector.cellOrder(tableIndex, index), f("T2-RULES-AUTH", Severity.INFO,
                            Location.cell(compiled.cell(index)), "t2.rules").actual(count.toString()).done());
                    break;
                }
            }
        }
        if (t.id().equals("t3")) {
            int[] totals = compiled.totals();
            CellValue in = t.valueAt(totals[0]);
            CellValue carried = t.valueAt(totals[1]);
            CellValue backlog = t.valueAt(totals[2]);
            if (in instanceof Count a && carried instanceof Count b && backlog instanceof Count c) {
                // exact: the sum of two counts and twice a count can pass Long.MAX_VALUE
                BigInteger total = BigInteger.valueOf(a.value()).add(BigInteger.valueOf(b.value()));
                if (total.compareTo(TWENTY) >= 0 && BigInteger.valueOf(c.value()).shiftLeft(1).compareTo(total) > 0) {
                    CellDefinition cell = t.definition().cell(BACKLOG_TOTAL).orElseThrow();
                    out.add(Collector.cellOrder(tableIndex, cell.index()), f("T3-CARRY-PLAUS", Severity.INFO,
                            Location.cell(cell), "t3.backlog").actual(c.toString()).expected("≤ " + total.shiftRight(1)).done());
                }
            }
            if (r.year() == 2019 && ctx.previous().isPresent()) {
                CellDefinition cell = t.definition().cell(CARRIED_TOTAL).orElseThrow();
                out.add(Collector.cellOrder(tableIndex, cell.index()), f("T3-CARRY-2019", Severity.INFO,
                        Location.cell(cell), "t3.carry_2019").done());
            }
        }
        if (t.id().equals("stats")) {
            boolean anyReported = false;
            for (CellDefinition c : t.definition().cells()) {
                anyReported |= !c.extension() && !t.valueAt(c.index()).isBlank();
            }
            if (anyReported && t.value(LEGACY_FEES).isBlank()) {
                CellDefinition cell = t.definition().cell(LEGACY_FEES).orElseThrow();
                out.add(Collector.cellOrder(tableIndex, cell.index()), f("FEE-LEGACY", Severity.WARNING,
                        Location.cell(cell), "fee.legacy").done());
            }
        }
    }

    private static final BigInteger TWENTY = BigInteger.valueOf(20);
    private static final CellId FEES = new CellId("t2", "fees", "fee_amount");
    /** The unit of money the page printed for a cell's row (a legacy unit column), when it printed one. */
    private static java.util.Optional<MoneyUnit> printedUnit(StatisticsTable t, CellDefinition c) {
        if (t.printedShape().isEmpty()) {
            return java.util.Optional.empty();
        }
        for (var row : t.printedShape().get().rows()) {
            if (row instanceof io.github.xxgk.core.PrintedShape.FormRow f && f.id().equals(c.id().row())) {
                return f.unit().flatMap(u -> java.util.Arrays.stream(MoneyUnit.values())
                        .filter(m -> m.label().zh().equals(u.strip())).findFirst());
            }
        }
        return java.util.Optional.empty();
    }

    static final CellId UNPAID_TOTAL = new CellId("t3", "r3_6_2", "total");
    private static final CellId RECEIVED_TOTAL = new CellId("t3", "r1", "total");
    private static final CellId CARRIED_TOTAL = new CellId("t3", "r2", "total");
    private static final CellId BACKLOG_TOTAL = new CellId("t3", "r4", "total");
    private static final CellId LEGACY_FEES = new CellId("stats", "l53", "value");
    /** The index of （六）2. × 总计 in the 2021 表三 (the only one with the row; T3-FEE-LINK is a 2021 rule). */
    static final int UNPAID_INDEX = Edition.STANDARD_2021.form().cell(UNPAID_TOTAL).orElseThrow().index();

    /** The cells of 表三 that T3-CARRY-PLAUS reads: 总计 of 一、, 二、 and 四、. */
    static final List<CellId> TOTALS = List.of(RECEIVED_TOTAL, CARRIED_TOTAL, BACKLOG_TOTAL);
}
