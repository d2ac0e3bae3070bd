package io.github.xxgk.validation.internal;

import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provincial {@code 历年累计} column of legacy tables where the form's relations
 * cannot reach: rows of money, and the provincial rows a report adds (paired across years by their
 * printed label). LEG-CUMULATIVE: within one report a row's cumulative figure is at least its figure for
 * the year; LEG-CUMULATIVE-CHAIN: across years the cumulative figure continues last year's by this year's
 * figure. Both read only rows that print both figures. The rows of counts are relations of the form. Not
 * API.
 */
final class CumulativeChecks {

    private CumulativeChecks() {
    }

    static final String TABLE = "stats";
    private static final String YEAR = "value";
    private static final String CUMULATIVE = "cumulative";

    static void check(StatisticsTable t, int tableIndex, Optional<AnnualReport> previous, Collector out) {
        StatisticsTable last = previous.flatMap(p -> p.table(TABLE)).orElse(null);
        Map<String, ExtraRow> lastExtras = last == null ? Map.of() : extrasByLabel(last);
        for (CellDefinition c : t.definition().cells()) {
            if (!c.id().column().equals(CUMULATIVE) || c.kind() != io.github.xxgk.core.form.ValueKind.AMOUNT) {
                continue;
            }
            CellId yearCell = new CellId(TABLE, c.id().row(), YEAR);
            BigDecimal year = number(t.value(yearCell));
            BigDecimal cumulative = number(t.valueAt(c.index()));
            if (year == null || cumulative == null) {
                continue;
            }
            long order = Collector.cellOrder(tableIndex, c.index());
            Location at = Location.cell(c);
            within(at, order, year, cumulative, out);
            if (last != null) {
                chain(at, order, year, cumulative, number(last.valueAt(c.index())), List.of(c.id(), yearCell), out);
            }
        }
        for (ExtraRow row : t.extraRows()) {
            BigDecimal year = number(row.values().getOrDefault(YEAR, CellValue.BLANK));
            BigDecimal cumulative = number(row.values().getOrDefault(CUMULATIVE, CellValue.BLANK));
            if (year == null || cumulative == null) {
                continue;
            }
            long order = Collector.tableOrder(tableIndex);
            Location at = Location.table(t.definition());
            within(at, order, year, cumulative, out, row.label());
            ExtraRow before = lastExtras.get(key(row.label()));
            if (before != null) {
                chain(at, order, year, cumulative, number(before.values().getOrDefault(CUMULATIVE, CellValue.BLANK)),
                        List.of(), out, row.label());
            }
        }
    }

    private static void within(Location at, long order, BigDecimal year, BigDecimal cumulative, Collector out,
            String... row) {
        if (cumulative.compareTo(year) < 0) {
            Collector.F f = new Collector.F("LEG-CUMULATIVE", Severity.WARNING, at, Rules.basis("LEG-CUMULATIVE"),
                    row.length == 0 ? "leg.cumulative" : "leg.cumulative_row")
                    .actual(cumulative.toPlainString()).expected("≥ " + year.toPlainString())
                    .arg("year", year.toPlainString());
            if (row.length > 0) {
                f.arg("row", row[0]);
            }
            out.add(order, f.done());
        }
    }

    private static void chain(Location at, long order, BigDecimal year, BigDecimal cumulative, BigDecimal before,
            List<CellId> related, Collector out, String... row) {
        if (before == null) {
            return;
        }
        BigDecimal expected = before.add(year);
        if (cumulative.compareTo(expected) != 0) {
            Collector.F f = new Collector.F("LEG-CUMULATIVE-CHAIN", Severity.WARNING, at,
                    Rules.basis("LEG-CUMULATIVE-CHAIN"), row.length == 0 ? "leg.cumulative_chain" : "leg.cumulative_chain_row")
                    .actual(cumulative.toPlainString()).expected(expected.toPlainString())
                    .arg("previous", before.toPlainString()).arg("year", year.toPlainString()).related(related);
            if (row.length > 0) {
                f.arg("row", row[0]);
            }
            out.add(order, f.done());
        }
    }

    /** Last year's extra rows by label, leaving out labels printed more than once (they pair with nothing). */
    private static Map<String, ExtraRow> extrasByLabel(StatisticsTable t) {
        Map<String, ExtraRow> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ExtraRow r : t.extraRows()) {
            String k = key(r.label());
            seen.merge(k, 1, Integer::sum);
            out.put(k, r);
        }
        seen.forEach((k, n) -> {
            if (n > 1) {
                out.remove(k);
            }
        });
        return out;
    }

    /** A printed label with its white space removed. */
    private static String key(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        label.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0')
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** A count or an amount as a number; null for BLANK, “/” and signed counts. */
    private static BigDecimal number(CellValue v) {
        if (v instanceof Count c) {
            return BigDecimal.valueOf(c.value());
        }
        if (v instanceof Amount a) {
            return a.value();
        }
        return null;
    }
}
