package io.github.xxgk.validation.internal;

import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.internal.ArithmeticProgram.Rel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of the arithmetic and their wording: the blank cells (CELL-BLANK, with the values the
 * others determine and the relation each is inferred from), the cells marked “/”, and a violated
 * relation at the cell it sits on (what that cell holds, what the relation requires of it). Not API.
 */
final class ArithmeticFindings {

    private static final String CELL_BLANK = "CELL-BLANK";

    private ArithmeticFindings() {
    }

    /** Reports the cells of a table marked “/” (not applicable), but for the subtotals the form implies. */
    static void notApplicable(ArithmeticProgram p, StatisticsTable table, Collector out) {
        List<CellDefinition> marked = new ArrayList<>();
        for (int i = 0; i < p.cells.length; i++) {
            CellDefinition c = p.cells[i];
            if (table.valueAt(i).isNotApplicable() && !c.implied()) {
                marked.add(c);
            }
        }
        if (!marked.isEmpty()) {
            out.add(Collector.tableOrder(p.tableIndex) + 1 + marked.get(0).index(), new Collector.F(CELL_BLANK, Severity.INFO,
                    p.tableLocation, Rules.basis(CELL_BLANK), "cell.not_applicable")
                    .arg("count", Integer.toString(marked.size()))
                    .lazyArg("cells", () -> p.names.list(marked, java.util.Map.of()))
                    .cells(ids(marked)).done());
        }
    }

    /** Reports the printed blank cells, with the value the others determine where they determine one. */
    static void blanks(ArithmeticProgram p, StatisticsTable t, BigInteger[] lo, BigInteger[] hi, Rel[] source, Collector out) {
        blanks(p, t, i -> lo[i] != null && lo[i].equals(hi[i]) ? lo[i].toString() : null, source, out);
    }

    /**
     * Reports the printed blank cells; {@code pinned} gives the value the others determine for a blank
     * (null when they determine none).
     */
    private static void blanks(ArithmeticProgram p, StatisticsTable t, java.util.function.IntFunction<String> pinned,
            Rel[] source, Collector out) {
        blanks(p, t, pinned, source, out, null, p.cells.length);
    }

    /**
     * As {@link #blanks(ArithmeticProgram, StatisticsTable, java.util.function.IntFunction, Rel[], Collector)},
     * looking only at the first {@code count} cells of {@code among} (every blank cell among them, in the
     * order of the table), or at every cell when {@code among} is null; {@code source} gives the relation
     * each cell was pinned by (null: none recorded for any cell).
     */
    static void blanks(ArithmeticProgram p, StatisticsTable t, java.util.function.IntFunction<String> pinned, Rel[] source,
            Collector out, int[] among, int count) {
        if (p.blanksMatter) {
            List<CellDefinition> blank = new ArrayList<>(among == null ? 10 : count);
            // the derived values, and the relation each is inferred from (null: several), to word the notes when read
            CellId[] derivedCells = null;
            String[] derivedValues = null;
            Rel[] from = null;
            int[] fromCell = null;
            int derived = 0;
            for (int k = 0; k < count; k++) {
                int i = among == null ? k : among[k];
                CellDefinition c = p.cells[i];
                if (t.valueAt(i) == CellValue.BLANK && t.isPrinted(i)) {
                    blank.add(c);
                    String value = pinned.apply(i);
                    if (value != null) {
                        if (derivedCells == null) {
                            // at most one a cell looked at, and these stay with the finding: sized to those
                            int most = count - k;
                            derivedCells = new CellId[most];
                            derivedValues = new String[most];
                            from = new Rel[most];
                            fromCell = new int[most];
                        }
                        derivedCells[derived] = c.id();
                        derivedValues[derived] = value;
                        from[derived] = source == null ? null : source[i];
                        fromCell[derived++] = i;
                    }
                }
            }
            if (!blank.isEmpty()) {
                CellId[] dc = derivedCells;
                String[] dv = derivedValues;
                Rel[] fr = from;
                int[] fc = fromCell;
                int n = derived;
                Collector.F f = new Collector.F(CELL_BLANK, Severity.WARNING, p.tableLocation, Rules.basis(CELL_BLANK),
                        n == 0 ? "cell.blank" : "cell.blank_derived")
                        .arg("count", Integer.toString(blank.size()))
                        .lazyArg("cells", () -> p.names.list(blank, notes(p, dc, dv, fr, fc, n)))
                        .cells(ids(blank));
                if (n > 0) {
                    f.derivedAll(dc, dv, n);
                }
                out.add(Collector.tableOrder(p.tableIndex) + 1 + blank.get(0).index(), f.done());
            }
        }
    }

    /** The ids of cells, as an immutable list. */
    private static List<CellId> ids(List<CellDefinition> cells) {
        CellId[] ids = new CellId[cells.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = cells.get(k).id();
        }
        return List.of(ids);
    }

    /** The note on each derived blank: its value, and the cells it is inferred from when one relation gives it. */
    private static java.util.Map<CellId, io.github.xxgk.core.form.Label> notes(ArithmeticProgram p, CellId[] cellIds,
            String[] values, Rel[] from, int[] fromCell, int n) {
        java.util.Map<CellId, io.github.xxgk.core.form.Label> notes = new java.util.HashMap<>();
        for (int k = 0; k < n; k++) {
            Rel rel = from[k];
            String value = values[k];
            notes.put(cellIds[k], rel == null
                    ? Messages.label("note.inferred", java.util.Map.of("value", plain(value)))
                    : Messages.label("note.inferred_from", java.util.Map.of("value", plain(value),
                            "from", formula(p, rel, fromCell[k]))));
        }
        return notes;
    }

    static io.github.xxgk.core.form.Label plain(String text) {
        return new io.github.xxgk.core.form.Label(text, text);
    }

    /** The relation solved for one of its cells, named for a person ({@code 一+二−四}). */
    private static io.github.xxgk.core.form.Label formula(ArithmeticProgram p, Rel rel, int target) {
        for (int k = 0; k < rel.left.length; k++) {
            if (rel.left[k] == target) {
                return rel.solved[k];
            }
        }
        for (int k = 0; k < rel.right.length; k++) {
            if (rel.right[k] == target) {
                return rel.solved[rel.left.length + k];
            }
        }
        throw new IllegalStateException("not in the relation: " + p.cells[target].id());
    }

    private static String range(BigInteger min, BigInteger max) {
        if (min != null && min.equals(max)) {
            return min.toString();
        }
        if (max == null) {
            return min == null ? "?" : "≥ " + min;
        }
        return min == null ? "≤ " + max : min + "…" + max;
    }

    /**
     * Reports a violated relation at the cell it sits on: what that cell prints (or, blank or not
     * printed, what the other cells give it and from which), and what the relation requires of it.
     *
     * @param lo lower bounds of every cell (exact values where none is blank); null is unbounded
     * @param hi upper bounds
     * @param source the relation each blank's value was inferred from, or null
     */
    static void report(ArithmeticProgram p, Rel rel, BigInteger[] lo, BigInteger[] hi, Rel[] source, StatisticsTable t,
            Collector out, BigInteger[] off) {
        Relation r = rel.relation;
        int loc = rel.location;
        CellDefinition at = p.cells[loc];
        // the relation as  a·x + rest  (cmp)  0, x the cell it sits on
        boolean onLeft = rel.left.length > 0;
        int a = onLeft ? rel.leftFactor[0] : -rel.rightFactor[0];
        BigInteger restMin = BigInteger.ZERO;
        BigInteger restMax = BigInteger.ZERO;
        for (int side = 0; side < 2; side++) {
            int[] terms = side == 0 ? rel.left : rel.right;
            int[] factors = side == 0 ? rel.leftFactor : rel.rightFactor;
            for (int k = 0; k < terms.length; k++) {
                if (terms[k] == loc) {
                    continue;
                }
                BigInteger f = BigInteger.valueOf(side == 0 ? factors[k] : -factors[k]);
                BigInteger low = f.signum() > 0 ? lo[terms[k]] : hi[terms[k]];
                BigInteger high = f.signum() > 0 ? hi[terms[k]] : lo[terms[k]];
                restMin = restMin == null || low == null ? null : restMin.add(f.multiply(low));
                restMax = restMax == null || high == null ? null : restMax.add(f.multiply(high));
            }
        }
        // extra rows printed among the parts (on the right) add to them: −offset in the rest
        restMin = restMin == null || off[1] == null ? null : restMin.subtract(off[1]);
        restMax = restMax == null ? null : restMax.subtract(off[0]);
        // x = −rest / a
        String one = exactQuotient(restMin, a);
        String other = exactQuotient(restMax, a);
        String expected;
        Comparison c = r.comparison();
        if (c == Comparison.EQUAL) {
            String low = a > 0 ? other : one;
            String high = a > 0 ? one : other;
            expected = low != null && low.equals(high) ? low : low == null ? (high == null ? "?" : "≤ " + high)
                    : high == null ? "≥ " + low : low + "…" + high;
        } else {
            // a·x ≤ −rest (AT_MOST) or a·x ≥ −rest (AT_LEAST), for some value of the rest
            BigInteger rest = c == Comparison.AT_MOST ? restMin : restMax;
            boolean upper = (c == Comparison.AT_MOST) == (a > 0);
            expected = (upper ? "≤ " : "≥ ") + boundQuotient(rest, a, upper);
        }
        String key = switch (r.kind()) {
            case SUM -> "relation.sum";
            case AT_MOST, AT_LEAST -> "relation.bound";
            default -> "relation.identity";
        };
        Collector.F f = new Collector.F(r.ruleId(), r.severity(), Location.cell(at), r.basis(), key)
                .expected(expected).related(rel.cells)
                .arg("rule", Rules.description(r.ruleId()));
        f.arg("state", state(p, loc, lo, hi, source, rel, t, f));
        for (int[] side : new int[][] {rel.left, rel.right}) {
            for (int i : side) {
                if (t.valueAt(i).isBlank() && lo[i] != null && lo[i].equals(hi[i])) {
                    f.derived(p.cells[i].id(), lo[i].toString());
                }
            }
        }
        out.add(Collector.cellOrder(p.tableIndex, loc), f.done());
    }

    /**
     * What the cell a finding sits on holds, for its message: its printed value; or, blank, the value the
     * other cells give it and the relation it is inferred from; or, an unprinted subtotal, its printed
     * parts (which the finding then marks).
     */
    private static io.github.xxgk.core.form.Label state(ArithmeticProgram p, int loc, BigInteger[] lo, BigInteger[] hi,
            Rel[] source, Rel rel, StatisticsTable t, Collector.F f) {
        CellValue v = t.valueAt(loc);
        int j = p.cells[loc].implied() ? impliedIndex(p, loc) : -1;
        if (p.cells[loc].implied()) {
            // a subtotal the format does not print has no cell on the page: the finding marks its parts
            f.cells(j < 0 ? List.of() : java.util.Arrays.stream(p.impliedParts[j]).mapToObj(i -> p.cells[i].id()).toList());
        }
        if (v.isNotApplicable()) {
            f.actual("/");
            return Messages.label("state.not_applicable", java.util.Map.of());
        }
        if (!v.isBlank()) {
            String printed = Long.toString(ArithmeticProgram.number(v));
            f.actual(printed);
            return Messages.label("state.printed", java.util.Map.of("value", plain(printed)));
        }
        String value = range(lo[loc], hi[loc]);
        java.util.Map<String, io.github.xxgk.core.form.Label> args = new java.util.HashMap<>();
        args.put("value", plain(value));
        if (j >= 0) {
            args.put("parts", p.impliedNames[j]);
            return Messages.label(value.equals("?") ? "state.implied_unknown" : "state.implied", args);
        }
        if (value.equals("?")) {
            return Messages.label("state.blank", args);
        }
        if (source != null && source[loc] != null && source[loc] != rel) {
            args.put("from", formula(p, source[loc], loc));
            return Messages.label("state.inferred_from", args);
        }
        return Messages.label("state.inferred", args);
    }

    private static int impliedIndex(ArithmeticProgram p, int cell) {
        for (int j = 0; j < p.implied.length; j++) {
            if (p.implied[j] == cell) {
                return j;
            }
        }
        return -1;
    }

    /** −rest ÷ a, exact (a decimal when it does not divide), or null when the rest is unbounded. */
    static String exactQuotient(BigInteger rest, int a) {
        if (rest == null) {
            return null;
        }
        BigInteger[] qr = rest.negate().divideAndRemainder(BigInteger.valueOf(a));
        if (qr[1].signum() == 0) {
            return qr[0].toString();
        }
        return new java.math.BigDecimal(rest.negate()).divide(java.math.BigDecimal.valueOf(a), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** −rest ÷ a rounded to the whole number a bound allows: down for an upper bound, up for a lower one. */
    static String boundQuotient(BigInteger rest, int a, boolean upper) {
        if (rest == null) {
            return "?";
        }
        BigInteger n = rest.negate();
        BigInteger d = BigInteger.valueOf(a);
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            boolean negative = n.signum() < 0;
            if (upper && negative) {
                q = q.subtract(BigInteger.ONE);
            } else if (!upper && !negative) {
                q = q.add(BigInteger.ONE);
            }
        }
        return q.toString();
    }
}
