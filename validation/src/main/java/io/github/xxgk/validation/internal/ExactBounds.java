package io.github.xxgk.validation.internal;

import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.validation.internal.ArithmeticProgram.Rel;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The check of a table with blank cells in exact arithmetic: each blank is an unknown non-negative number
 * (a signed count's is unbounded below), the bounds the ERROR identities of an {@link ArithmeticProgram}
 * imply are propagated over {@link BigInteger}s (extra rows printed among a sum's parts adding to its
 * right-hand side), and a relation is an error only when no values within the bounds satisfy it. Tables
 * whose values are below {@link LongPaths#SMALL} are tried first by {@link LongBounds}. Not API.
 */
final class ExactBounds {

    private ExactBounds() {
    }

    /** Lower and upper bounds of every cell: known values exactly, blanks unknown (null = unbounded). */
    private static BigInteger[][] bounds(ArithmeticProgram p, StatisticsTable t) {
        BigInteger[] lo = new BigInteger[p.cells.length];
        BigInteger[] hi = new BigInteger[p.cells.length];
        for (int i = 0; i < p.cells.length; i++) {
            CellValue v = t.valueAt(i);
            if (v.isBlank()) {
                lo[i] = p.cells[i].kind() == ValueKind.SIGNED_COUNT ? null : BigInteger.ZERO;
                hi[i] = null;
            } else {
                lo[i] = BigInteger.valueOf(ArithmeticProgram.number(v));
                hi[i] = lo[i];
            }
        }
        return new BigInteger[][] {lo, hi};
    }

    /** Whether the table has extra rows printed among the parts of a sum (their values join its parts). */
    static boolean hasPartsOutsideTheForm(StatisticsTable t) {
        for (ExtraRow r : t.extraRows()) {
            if (r.partOf().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each SUM relation whose total lies in a row that extra rows are parts of, the bounds {lo, hi}
     * of what those extra rows add to its parts (hi null when one of them is blank: unknown, ≥ 0).
     */
    private static Map<Rel, BigInteger[]> partOffsets(ArithmeticProgram p, StatisticsTable t) {
        if (!hasPartsOutsideTheForm(t)) {
            return Map.of();
        }
        Map<Rel, BigInteger[]> out = new IdentityHashMap<>();
        for (Rel rel : p.relations) {
            if (rel.relation.kind() != RelationKind.SUM || rel.left.length != 1) {
                continue;
            }
            CellId total = p.cells[rel.left[0]].id();
            for (ExtraRow r : t.extraRows()) {
                if (!r.partOf().filter(total.row()::equals).isPresent()) {
                    continue;
                }
                CellValue v = r.values().getOrDefault(total.column(), CellValue.BLANK);
                BigInteger[] off = out.computeIfAbsent(rel, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
                if (v.isBlank()) {
                    off[1] = null;
                } else if (v instanceof Count c) {
                    off[0] = off[0].add(BigInteger.valueOf(c.value()));
                    off[1] = off[1] == null ? null : off[1].add(BigInteger.valueOf(c.value()));
                }
            }
        }
        return out;
    }

    private static BigInteger plus(BigInteger a, BigInteger b) {
        return a == null || b == null ? null : a.add(b);
    }

    /**
     * Checks a table's relations over the bounds its blank cells take (a known cell's are its value), and
     * reports its printed blanks: in longs by {@link LongBounds} when the table allows and that path
     * decides, else exactly.
     */
    static void checkWithBlanks(ArithmeticProgram p, StatisticsTable t, Collector out) {
        Map<Rel, BigInteger[]> offsets = partOffsets(p, t);
        if (p.fastPaths && offsets.isEmpty() && t.largestMagnitude() < LongPaths.SMALL
                && LongBounds.checkWithBlanksInLongs(p, t, out)) {
            return;
        }
        BigInteger[][] b = bounds(p, t);
        BigInteger[] lo = b[0];
        BigInteger[] hi = b[1];
        // the relation that first pinned each blank to one value: where its value is inferred from
        Rel[] source = new Rel[p.cells.length];
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (Rel rel : p.relations) {
                if (rel.relation.severity() == Severity.ERROR
                        && propagate(rel, lo, hi, t, offsets.getOrDefault(rel, NO_OFFSET))) {
                    changed = true;
                    if (rel.relation.comparison() == Comparison.EQUAL) {
                        pinned(rel, rel.left, lo, hi, source);
                        pinned(rel, rel.right, lo, hi, source);
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        for (Rel rel : p.relations) {
            judge(p, rel, lo, hi, source, t, out, offsets.getOrDefault(rel, NO_OFFSET));
        }
        ArithmeticFindings.blanks(p, t, lo, hi, source, out);
    }

    /** The most rounds of bound propagation over the ERROR relations. */
    static final int ROUNDS = 32;

    /**
     * Records {@code rel} as the source of the blanks among {@code side} it has just pinned to one value,
     * when every other cell of it is known or pinned too (so that the relation solved for the blank
     * gives exactly its value).
     */
    private static void pinned(Rel rel, int[] side, BigInteger[] lo, BigInteger[] hi, Rel[] source) {
        for (int i : side) {
            if (source[i] == null && lo[i] != null && lo[i].equals(hi[i]) && othersPinned(rel, i, lo, hi)) {
                source[i] = rel;
            }
        }
    }

    private static boolean othersPinned(Rel rel, int cell, BigInteger[] lo, BigInteger[] hi) {
        for (int[] side : new int[][] {rel.left, rel.right}) {
            for (int j : side) {
                if (j != cell && (lo[j] == null || !lo[j].equals(hi[j]))) {
                    return false;
                }
            }
        }
        return true;
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

    /** No extra parts: the right-hand side is the relation's own terms. */
    static final BigInteger[] NO_OFFSET = {BigInteger.ZERO, BigInteger.ZERO};

    /** Tightens the bounds of blank cells by one relation; {@code off} is what extra parts add to the right. */
    private static boolean propagate(Rel rel, BigInteger[] lo, BigInteger[] hi, StatisticsTable t, BigInteger[] off) {
        Comparison c = rel.relation.comparison();
        boolean changed = false;
        if (c != Comparison.AT_LEAST) { // left ≤ right
            BigInteger maxR = plus(sum(rel.right, rel.rightFactor, hi, -1), off[1]);
            BigInteger minL = sum(rel.left, rel.leftFactor, lo, -1);
            for (int k = 0; k < rel.left.length && maxR != null; k++) {
                BigInteger others = sum(rel.left, rel.leftFactor, lo, k);
                if (others != null) {
                    changed |= tightenHi(rel.left[k], floorDiv(maxR.subtract(others), rel.leftFactor[k]), lo, hi, t);
                }
            }
            for (int k = 0; k < rel.right.length && minL != null; k++) {
                BigInteger others = plus(sum(rel.right, rel.rightFactor, hi, k), off[1]);
                if (others != null) {
                    changed |= tightenLo(rel.right[k], ceilDiv(minL.subtract(others), rel.rightFactor[k]), lo, hi, t);
                }
            }
        }
        if (c != Comparison.AT_MOST) { // left ≥ right
            BigInteger minR = plus(sum(rel.right, rel.rightFactor, lo, -1), off[0]);
            BigInteger maxL = sum(rel.left, rel.leftFactor, hi, -1);
            for (int k = 0; k < rel.left.length && minR != null; k++) {
                BigInteger others = sum(rel.left, rel.leftFactor, hi, k);
                if (others != null) {
                    changed |= tightenLo(rel.left[k], ceilDiv(minR.subtract(others), rel.leftFactor[k]), lo, hi, t);
                }
            }
            for (int k = 0; k < rel.right.length && maxL != null; k++) {
                BigInteger others = plus(sum(rel.right, rel.rightFactor, lo, k), off[0]);
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

    private static void judge(ArithmeticProgram p, Rel rel, BigInteger[] lo, BigInteger[] hi, Rel[] source, StatisticsTable t,
            Collector out, BigInteger[] off) {
        BigInteger minL = sum(rel.left, rel.leftFactor, lo, -1);
        BigInteger maxL = sum(rel.left, rel.leftFactor, hi, -1);
        BigInteger minR = plus(sum(rel.right, rel.rightFactor, lo, -1), off[0]);
        BigInteger maxR = plus(sum(rel.right, rel.rightFactor, hi, -1), off[1]);
        Comparison c = rel.relation.comparison();
        boolean tooBig = c != Comparison.AT_LEAST && minL != null && maxR != null && minL.compareTo(maxR) > 0;
        boolean tooSmall = c != Comparison.AT_MOST && maxL != null && minR != null && maxL.compareTo(minR) < 0;
        if (tooBig || tooSmall) {
            ArithmeticFindings.report(p, rel, lo, hi, source, t, out, off);
        }
    }
}
