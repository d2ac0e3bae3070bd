package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.validation.Location;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic rules of one table, derived from the relations its definition declares and compiled
 * to index arrays. A table without blank cells is checked in {@code long} arithmetic (falling back to
 * exact arithmetic on overflow). With blank cells, each blank is an unknown non-negative number
 * (FORMATS.md §0): the bounds the ERROR identities imply are propagated, a relation is an error only
 * when no values within the bounds satisfy it, and blanks that the others determine are reported with
 * their derived value. NOT_APPLICABLE counts as zero. Immutable and thread-safe. Not API.
 */
final class Arithmetic {

    private static final String CELL_BLANK = "CELL-BLANK";

    private record Rel(Relation relation, int[] left, int[] leftFactor, int[] right, int[] rightFactor,
            int location, List<CellId> cells) {
    }

    private final TableDefinition def;
    private final int tableIndex;
    private final CellDefinition[] cells;
    private final Rel[] relations;
    private final Relation[] crossYear;
    private final boolean blanksMatter;

    Arithmetic(TableDefinition def, int tableIndex, Edition edition) {
        this.def = def;
        this.tableIndex = tableIndex;
        this.cells = def.cells().toArray(CellDefinition[]::new);
        List<Rel> rels = new ArrayList<>();
        List<Relation> cross = new ArrayList<>();
        for (Relation r : def.relations()) {
            if (r.isCrossYear()) {
                cross.add(r);
            } else {
                rels.add(compile(r));
            }
        }
        this.relations = rels.toArray(Rel[]::new);
        this.crossYear = cross.toArray(Relation[]::new);
        // Legacy tables are mostly not reported: an indicator left out is normal there (FORMATS.md §0).
        this.blanksMatter = edition != Edition.LEGACY_2008;
    }

    private Rel compile(Relation r) {
        int[] l = new int[r.left().size()];
        int[] lf = new int[l.length];
        int[] rt = new int[r.right().size()];
        int[] rf = new int[rt.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = index(r.left().get(i));
            lf[i] = r.left().get(i).factor();
        }
        for (int i = 0; i < rt.length; i++) {
            rt[i] = index(r.right().get(i));
            rf[i] = r.right().get(i).factor();
        }
        List<CellId> ids = r.terms().map(Term::cell).toList();
        return new Rel(r, l, lf, rt, rf, l.length > 0 ? l[0] : rt[0], ids);
    }

    private int index(Term t) {
        return def.cell(t.cell()).orElseThrow(() -> new IllegalStateException("relation names " + t.cell())).index();
    }

    /** Checks the table's relations, blanks and cross-year chains. */
    void check(StatisticsTable table, AnnualReport previous, Collector out) {
        boolean blanks = false;
        for (int i = 0; i < cells.length; i++) {
            if (table.valueAt(i).isBlank()) {
                blanks = true;
                break;
            }
        }
        if (!blanks) {
            for (Rel rel : relations) {
                checkKnown(rel, table, out);
            }
        } else {
            checkWithBlanks(table, out);
        }
        if (blanksMatter) {
            for (int i = 0; i < cells.length; i++) {
                CellDefinition c = cells[i];
                if (table.valueAt(i).isNotApplicable() && !c.implied()) {
                    out.add(Collector.cellOrder(tableIndex, i), new Collector.F(CELL_BLANK, Severity.INFO,
                            Location.cell(c), Rules.basis(CELL_BLANK), "cell.not_applicable").done());
                }
            }
        }
        if (previous != null) {
            for (Relation r : crossYear) {
                checkCrossYear(r, table, previous, out);
            }
        }
    }

    private static long number(CellValue v) {
        if (v instanceof Count c) {
            return c.value();
        }
        if (v instanceof SignedCount s) {
            return s.value();
        }
        return 0;
    }

    private void checkKnown(Rel rel, StatisticsTable t, Collector out) {
        long left = 0;
        long right = 0;
        try {
            for (int i = 0; i < rel.left.length; i++) {
                left = Math.addExact(left, Math.multiplyExact(number(t.valueAt(rel.left[i])), rel.leftFactor[i]));
            }
            for (int i = 0; i < rel.right.length; i++) {
                right = Math.addExact(right, Math.multiplyExact(number(t.valueAt(rel.right[i])), rel.rightFactor[i]));
            }
        } catch (ArithmeticException overflow) {
            BigInteger[][] b = bounds(t);
            judge(rel, b[0], b[1], t, out);
            return;
        }
        int cmp = Long.compare(left, right);
        if (!rel.relation.comparison().holds(cmp)) {
            BigInteger l = BigInteger.valueOf(left);
            BigInteger r = BigInteger.valueOf(right);
            report(rel, l, l, r, r, null, null, t, out);
        }
    }

    /** Lower and upper bounds of every cell: known values exactly, blanks unknown (null = unbounded). */
    private BigInteger[][] bounds(StatisticsTable t) {
        BigInteger[] lo = new BigInteger[cells.length];
        BigInteger[] hi = new BigInteger[cells.length];
        for (int i = 0; i < cells.length; i++) {
            CellValue v = t.valueAt(i);
            if (v.isBlank()) {
                lo[i] = cells[i].kind() == ValueKind.SIGNED_COUNT ? null : BigInteger.ZERO;
                hi[i] = null;
            } else {
                lo[i] = BigInteger.valueOf(number(v));
                hi[i] = lo[i];
            }
        }
        return new BigInteger[][] {lo, hi};
    }

    private void checkWithBlanks(StatisticsTable t, Collector out) {
        BigInteger[][] b = bounds(t);
        BigInteger[] lo = b[0];
        BigInteger[] hi = b[1];
        for (int round = 0; round < 32; round++) {
            boolean changed = false;
            for (Rel rel : relations) {
                if (rel.relation.severity() == Severity.ERROR) {
                    changed |= propagate(rel, lo, hi, t);
                }
            }
            if (!changed) {
                break;
            }
        }
        for (Rel rel : relations) {
            judge(rel, lo, hi, t, out);
        }
        if (blanksMatter) {
            for (int i = 0; i < cells.length; i++) {
                CellDefinition c = cells[i];
                if (t.valueAt(i).isBlank() && !c.implied() && !c.extension()) {
                    boolean determined = lo[i] != null && lo[i].equals(hi[i]);
                    Collector.F f = new Collector.F(CELL_BLANK, Severity.WARNING, Location.cell(c),
                            Rules.basis(CELL_BLANK), determined ? "cell.blank_derived" : "cell.blank");
                    if (determined) {
                        f.derived(c.id(), lo[i].toString()).expected(lo[i].toString());
                    }
                    out.add(Collector.cellOrder(tableIndex, i), f.done());
                }
            }
        }
    }

    private static BigInteger mul(BigInteger v, int f) {
        return f == 1 ? v : v.multiply(BigInteger.valueOf(f));
    }

    /** Σ factor × bound over terms, skipping one index; null when a bound is unbounded. */
    private static BigInteger sum(int[] idx, int[] fac, BigInteger[] bound, int skip) {
        BigInteger s = BigInteger.ZERO;
        for (int i = 0; i < idx.length; i++) {
            if (i == skip) {
                continue;
            }
            BigInteger b = bound[idx[i]];
            if (b == null) {
                return null;
            }
            s = s.add(mul(b, fac[i]));
        }
        return s;
    }

    private static BigInteger floorDiv(BigInteger a, int f) {
        BigInteger[] qr = a.divideAndRemainder(BigInteger.valueOf(f));
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static BigInteger ceilDiv(BigInteger a, int f) {
        return floorDiv(a.negate(), f).negate();
    }

    private boolean propagate(Rel rel, BigInteger[] lo, BigInteger[] hi, StatisticsTable t) {
        Comparison c = rel.relation.comparison();
        boolean changed = false;
        if (c != Comparison.AT_LEAST) { // left ≤ right
            BigInteger maxR = sum(rel.right, rel.rightFactor, hi, -1);
            BigInteger minL = sum(rel.left, rel.leftFactor, lo, -1);
            for (int k = 0; k < rel.left.length && maxR != null; k++) {
                BigInteger others = sum(rel.left, rel.leftFactor, lo, k);
                if (others != null) {
                    changed |= tightenHi(rel.left[k], floorDiv(maxR.subtract(others), rel.leftFactor[k]), lo, hi, t);
                }
            }
            for (int k = 0; k < rel.right.length && minL != null; k++) {
                BigInteger others = sum(rel.right, rel.rightFactor, hi, k);
                if (others != null) {
                    changed |= tightenLo(rel.right[k], ceilDiv(minL.subtract(others), rel.rightFactor[k]), lo, hi, t);
                }
            }
        }
        if (c != Comparison.AT_MOST) { // left ≥ right
            BigInteger minR = sum(rel.right, rel.rightFactor, lo, -1);
            BigInteger maxL = sum(rel.left, rel.leftFactor, hi, -1);
            for (int k = 0; k < rel.left.length && minR != null; k++) {
                BigInteger others = sum(rel.left, rel.leftFactor, hi, k);
                if (others != null) {
                    changed |= tightenLo(rel.left[k], ceilDiv(minR.subtract(others), rel.leftFactor[k]), lo, hi, t);
                }
            }
            for (int k = 0; k < rel.right.length && maxL != null; k++) {
                BigInteger others = sum(rel.right, rel.rightFactor, lo, k);
                if (others != null) {
                    changed |= tightenHi(rel.right[k], floorDiv(maxL.subtract(others), rel.rightFactor[k]), lo, hi, t);
                }
            }
        }
        return changed;
    }

    private static boolean tightenHi(int i, BigInteger bound, BigInteger[] lo, BigInteger[] hi, StatisticsTable t) {
        if (!t.valueAt(i).isBlank() || (hi[i] != null && hi[i].compareTo(bound) <= 0)
                || (lo[i] != null && bound.compareTo(lo[i]) < 0)) {
            return false;
        }
        hi[i] = bound;
        return true;
    }

    private static boolean tightenLo(int i, BigInteger bound, BigInteger[] lo, BigInteger[] hi, StatisticsTable t) {
        if (!t.valueAt(i).isBlank() || (lo[i] != null && lo[i].compareTo(bound) >= 0)
                || (hi[i] != null && bound.compareTo(hi[i]) > 0)) {
            return false;
        }
        lo[i] = bound;
        return true;
    }

    private void judge(Rel rel, BigInteger[] lo, BigInteger[] hi, StatisticsTable t, Collector out) {
        BigInteger minL = sum(rel.left, rel.leftFactor, lo, -1);
        BigInteger maxL = sum(rel.left, rel.leftFactor, hi, -1);
        BigInteger minR = sum(rel.right, rel.rightFactor, lo, -1);
        BigInteger maxR = sum(rel.right, rel.rightFactor, hi, -1);
        Comparison c = rel.relation.comparison();
        boolean tooBig = c != Comparison.AT_LEAST && minL != null && maxR != null && minL.compareTo(maxR) > 0;
        boolean tooSmall = c != Comparison.AT_MOST && maxL != null && minR != null && maxL.compareTo(minR) < 0;
        if (tooBig || tooSmall) {
            report(rel, minL, maxL, minR, maxR, lo, hi, t, out);
        }
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

    /** Reports a violated relation; {@code lo}/{@code hi} (null when no cell is blank) give derived blanks. */
    private void report(Rel rel, BigInteger minL, BigInteger maxL, BigInteger minR, BigInteger maxR,
            BigInteger[] lo, BigInteger[] hi, StatisticsTable t, Collector out) {
        Relation r = rel.relation;
        CellDefinition at = cells[rel.location];
        String expected;
        if (r.comparison() == Comparison.EQUAL) {
            expected = range(minR, maxR);
        } else {
            expected = r.comparison() == Comparison.AT_MOST ? "≤ " + maxR : "≥ " + minR;
        }
        String actual = range(minL, maxL);
        String key = switch (r.kind()) {
            case SUM -> "relation.sum";
            case AT_MOST, AT_LEAST -> "relation.bound";
            default -> "relation.identity";
        };
        Collector.F f = new Collector.F(r.ruleId(), r.severity(), Location.cell(at), r.basis(), key)
                .expected(expected).actual(actual).related(rel.cells)
                .arg("rule", Rules.description(r.ruleId()));
        if (lo != null) {
            for (int[] side : new int[][] {rel.left, rel.right}) {
                for (int i : side) {
                    if (t.valueAt(i).isBlank() && lo[i] != null && lo[i].equals(hi[i])) {
                        f.derived(cells[i].id(), lo[i].toString());
                    }
                }
            }
        }
        out.add(Collector.cellOrder(tableIndex, rel.location), f.done());
    }

    private void checkCrossYear(Relation r, StatisticsTable t, AnnualReport previous, Collector out) {
        BigInteger[] sides = new BigInteger[2];
        List<List<Term>> both = List.of(r.left(), r.right());
        for (int s = 0; s < 2; s++) {
            BigInteger sum = BigInteger.ZERO;
            for (Term term : both.get(s)) {
                CellValue v;
                if (term.period() == Period.CURRENT) {
                    v = t.value(term.cell());
                } else {
                    if (previous.form().cell(term.cell()).isEmpty() || previous.table(term.cell().table()).isEmpty()) {
                        return;
                    }
                    v = previous.value(term.cell());
                }
                if (v.isBlank()) {
                    return;
                }
                sum = sum.add(BigInteger.valueOf(number(v)).multiply(BigInteger.valueOf(term.factor())));
            }
            sides[s] = sum;
        }
        if (!r.comparison().holds(sides[0].compareTo(sides[1]))) {
            CellDefinition at = def.cell(r.left().get(0).cell()).orElseThrow();
            out.add(Collector.cellOrder(tableIndex, at.index()), new Collector.F(r.ruleId(), r.severity(),
                    Location.cell(at), r.basis(), "relation.cross_year")
                    .expected(sides[1].toString()).actual(sides[0].toString())
                    .related(r.terms().map(Term::cell).distinct().toList())
                    .arg("rule", Rules.description(r.ruleId())).done());
        }
    }
}
