package io.github.xxgk.validation.internal;

import static io.github.xxgk.validation.internal.LongPaths.fails;

import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.validation.internal.ArithmeticProgram.Rel;

/**
 * The bound propagation of {@link ExactBounds} in {@code long}s, for tables whose values are below
 * {@link LongPaths#SMALL}: decides when every relation can hold, and gives way to the exact path when one
 * cannot or a bound grows too large. Not API.
 */
final class LongBounds {

    private LongBounds() {
    }

    /** No bound: the sentinels of the long path (values stay below {@link LongPaths#SMALL}, far from them). */
    private static final long NO_LOW = Long.MIN_VALUE;
    private static final long NO_HIGH = Long.MAX_VALUE;
    /** Past this magnitude the long path gives way to BigInteger (never reached by values below SMALL). */
    private static final long LONG_LIMIT = 1L << 58;

    /**
     * The bound propagation of {@link ExactBounds#checkWithBlanks} in longs, for tables whose values are
     * below {@link LongPaths#SMALL}: the same rounds over the same relations in the same order, skipping the
     * relations without a blank cell (they cannot tighten anything). When every relation can hold, reports
     * the blank cells and returns true; when one cannot, or a bound grows past {@link #LONG_LIMIT}, returns
     * false and reports nothing, and the exact path decides and words the finding.
     */
    static boolean checkWithBlanksInLongs(ArithmeticProgram p, StatisticsTable t, Collector out) {
        LongPaths.Scratch scratch = LongPaths.SCRATCH.get();
        scratch.ensure(p.cells.length, p.relations.length);
        long[] lo = scratch.lo;
        long[] hi = scratch.hi;
        boolean[] blank = scratch.blank;
        int[] active = scratch.active;
        // the numbers of the table (0 where a cell holds none), then the blanks unbounded above; BLANK is
        // one instance, so an identity test tells a blank without a call through the interface
        t.copyNumbers(lo);
        int[] blankCells = scratch.blankCells;
        int blanks = 0;
        for (int i = 0; i < p.cells.length; i++) {
            blank[i] = t.valueAt(i) == CellValue.BLANK;
            if (blank[i]) {
                lo[i] = p.cells[i].kind() == ValueKind.SIGNED_COUNT ? NO_LOW : 0;
                hi[i] = NO_HIGH;
                blankCells[blanks++] = i;
            } else {
                hi[i] = lo[i];
            }
        }
        // A blank implied subtotal whose parts are all known is pinned to their sum before the rounds: the
        // first run of its relation (an ERROR equality) would pin it so, and pinning what the relations
        // already force leaves the fixpoint of the rounds as it was. The rounds then run over the few
        // relations that still hold a blank instead of nearly all of them. Such a subtotal is not printed,
        // so it is not among the blanks reported below.
        for (int j : p.prePinned) {
            int c = p.implied[j];
            if (blank[c] && !anyBlank(p.impliedParts[j], blank)) {
                long sum = p.partsSum(j, lo);
                blank[c] = false;
                lo[c] = sum;
                hi[c] = sum;
            }
        }
        int activeCount = 0;
        boolean[] relBlank = scratch.relBlank;
        // the relations that hold a blank, found from the blanks (few, once the subtotals are pinned)
        java.util.Arrays.fill(relBlank, 0, p.relations.length, false);
        for (int k = 0; k < blanks; k++) {
            if (blank[blankCells[k]]) {
                for (int r : p.relationsOf[blankCells[k]]) {
                    relBlank[r] = true;
                }
            }
        }
        for (int r = 0; r < p.relations.length; r++) {
            Rel rel = p.relations[r];
            if (relBlank[r] && rel.relation.severity() == Severity.ERROR) {
                active[activeCount++] = r;
            }
        }
        Rel[] source = null;
        // A relation that changed nothing when it last ran, none of whose cells has changed since, would
        // change nothing again (it reads only its own cells' bounds): it is skipped, which leaves every
        // round's changes, and so the outcome, as they were. stamp[i]: the run that last changed cell i;
        // clean[a]: the run in which active relation a last changed nothing (-1: it changed something).
        int[] stamp = scratch.stamp;
        int[] clean = scratch.clean;
        java.util.Arrays.fill(stamp, 0, p.cells.length, 0);
        java.util.Arrays.fill(clean, 0, activeCount, -1);
        int run = 0;
        for (int round = 0; round < ExactBounds.ROUNDS; round++) {
            int changed = 0;
            for (int a = 0; a < activeCount; a++) {
                Rel rel = p.relations[active[a]];
                if (clean[a] >= 0 && unchangedSince(rel, stamp, clean[a])) {
                    continue;
                }
                run++;
                int result = propagate(rel, lo, hi, blank, stamp, run);
                if (result < 0) {
                    return false;
                }
                clean[a] = result == 0 ? run : -1;
                if (result > 0 && rel.relation.comparison() == Comparison.EQUAL) {
                    if (source == null) {
                        source = scratch.source;
                        java.util.Arrays.fill(source, 0, p.cells.length, null);
                    }
                    pinned(rel, lo, hi, source);
                }
                changed |= result;
            }
            if (changed == 0) {
                break;
            }
        }
        for (int r = 0; r < p.relations.length; r++) {
            Rel rel = p.relations[r];
            if (!relBlank[r]) {
                // every cell known: one sum a side (values below SMALL: no sum overflows)
                long d = 0;
                if (p.unit[r]) {
                    int k = p.start[r];
                    for (int m = p.mid[r]; k < m; k++) {
                        d += lo[p.idx[k]];
                    }
                    for (int end = p.start[r + 1]; k < end; k++) {
                        d -= lo[p.idx[k]];
                    }
                } else {
                    d = sum(rel.left, rel.leftFactor, lo, -1, NO_LOW) - sum(rel.right, rel.rightFactor, lo, -1, NO_LOW);
                }
                if (fails(p.comparison[r], d)) {
                    return false;
                }
                continue;
            }
            long minL = sum(rel.left, rel.leftFactor, lo, -1, NO_LOW);
            long maxL = sum(rel.left, rel.leftFactor, hi, -1, NO_HIGH);
            long minR = sum(rel.right, rel.rightFactor, lo, -1, NO_LOW);
            long maxR = sum(rel.right, rel.rightFactor, hi, -1, NO_HIGH);
            Comparison c = rel.relation.comparison();
            boolean tooBig = c != Comparison.AT_LEAST && minL != NO_LOW && maxR != NO_HIGH && minL > maxR;
            boolean tooSmall = c != Comparison.AT_MOST && maxL != NO_HIGH && minR != NO_LOW && maxL < minR;
            if (tooBig || tooSmall) {
                return false;
            }
        }
        if (p.blanksMatter) {
            ArithmeticFindings.blanks(p, t,
                    i -> blank[i] && lo[i] != NO_LOW && lo[i] == hi[i] ? Long.toString(lo[i]) : null,
                    source, out, blankCells, blanks);
        }
        return true;
    }

    /**
     * {@link ExactBounds#pinned(Rel, int[], java.math.BigInteger[], java.math.BigInteger[], Rel[])} in
     * longs. A cell is pinned by the relation when it and every other cell of it are pinned, that is when
     * all its cells are: checked once for the relation rather than once for each cell.
     */
    private static void pinned(Rel rel, long[] lo, long[] hi, Rel[] source) {
        if (allPinned(rel.left, lo, hi) && allPinned(rel.right, lo, hi)) {
            sourceOf(rel.left, rel, source);
            sourceOf(rel.right, rel, source);
        }
    }

    private static boolean allPinned(int[] side, long[] lo, long[] hi) {
        for (int j : side) {
            if (lo[j] == NO_LOW || lo[j] != hi[j]) {
                return false;
            }
        }
        return true;
    }

    private static void sourceOf(int[] side, Rel rel, Rel[] source) {
        for (int j : side) {
            if (source[j] == null) {
                source[j] = rel;
            }
        }
    }

    private static boolean anyBlank(int[] idx, boolean[] blank) {
        for (int i : idx) {
            if (blank[i]) {
                return true;
            }
        }
        return false;
    }

    /** Σ factor × bound over terms, skipping one; {@code none} when a bound is absent. */
    private static long sum(int[] idx, int[] fac, long[] bound, int skip, long none) {
        long s = 0;
        for (int i = 0; i < idx.length; i++) {
            if (i == skip) {
                continue;
            }
            long b = bound[idx[i]];
            if (b == none) {
                return none;
            }
            s += fac[i] == 1 ? b : b * fac[i];
        }
        return s;
    }

    /**
     * One relation's tightening in longs: 1 when a bound changed, 0 when none, -1 when out of range. Each
     * side's sum is taken once with the count of its absent bounds, and the sum of the others of a term is
     * that sum less the term (linear in the terms, where summing the others anew for each is quadratic).
     */
    private static int propagate(Rel rel, long[] lo, long[] hi, boolean[] blank, int[] stamp, int run) {
        // The four tightenings below, in this order, each read the sum of one side's lows or highs and the
        // count of its absent bounds. The sums are taken once, in one pass a side, and taken again only
        // after a tightening has changed a bound (rare), so every tightening reads what it read when each
        // summed its own side anew.
        Comparison c = rel.relation.comparison();
        Sides s = new Sides();
        s.take(rel, lo, hi);
        int changed = 0;
        if (c != Comparison.AT_LEAST) { // left ≤ right
            int t = upper(rel.left, rel.leftFactor, s.hiAbsR > 0 ? NO_HIGH : s.hiR, s.loL, s.loAbsL, lo, hi, blank, stamp, run);
            if (t > 0) {
                s.take(rel, lo, hi);
            }
            changed |= t;
            t = lower(rel.right, rel.rightFactor, s.loAbsL > 0 ? NO_LOW : s.loL, s.hiR, s.hiAbsR, lo, hi, blank, stamp, run);
            if (t > 0) {
                s.take(rel, lo, hi);
            }
            changed |= t;
        }
        if (c != Comparison.AT_MOST) { // left ≥ right
            int t = lower(rel.left, rel.leftFactor, s.loAbsR > 0 ? NO_LOW : s.loR, s.hiL, s.hiAbsL, lo, hi, blank, stamp, run);
            if (t > 0) {
                s.take(rel, lo, hi);
            }
            changed |= t;
            changed |= upper(rel.right, rel.rightFactor, s.hiAbsL > 0 ? NO_HIGH : s.hiL, s.loR, s.loAbsR, lo, hi, blank, stamp, run);
        }
        return changed;
    }

    /** The sums of a relation's lows and highs on each side (factors applied), with the count of absent bounds. */
    private static final class Sides {
        long loL;
        long hiL;
        long loR;
        long hiR;
        int loAbsL;
        int hiAbsL;
        int loAbsR;
        int hiAbsR;

        void take(Rel rel, long[] lo, long[] hi) {
            side(rel.left, rel.leftFactor, lo, hi);
            loL = lows;
            hiL = highs;
            loAbsL = lowsAbsent;
            hiAbsL = highsAbsent;
            side(rel.right, rel.rightFactor, lo, hi);
            loR = lows;
            hiR = highs;
            loAbsR = lowsAbsent;
            hiAbsR = highsAbsent;
        }

        private long lows;
        private long highs;
        private int lowsAbsent;
        private int highsAbsent;

        private void side(int[] terms, int[] fac, long[] lo, long[] hi) {
            long l = 0;
            long h = 0;
            int la = 0;
            int ha = 0;
            for (int k = 0; k < terms.length; k++) {
                long b = lo[terms[k]];
                if (b == NO_LOW) {
                    la++;
                } else {
                    l += b * fac[k];
                }
                b = hi[terms[k]];
                if (b == NO_HIGH) {
                    ha++;
                } else {
                    h += b * fac[k];
                }
            }
            lows = l;
            highs = h;
            lowsAbsent = la;
            highsAbsent = ha;
        }
    }

    /** Whether no cell of a relation has changed after run {@code since}. */
    private static boolean unchangedSince(Rel rel, int[] stamp, int since) {
        for (int i : rel.left) {
            if (stamp[i] > since) {
                return false;
            }
        }
        for (int i : rel.right) {
            if (stamp[i] > since) {
                return false;
            }
        }
        return true;
    }

    /**
     * Σ factor × term ≤ {@code total}: each term ≤ (total − Σ factor × the other terms' lows) ÷ its factor,
     * when the total is bounded and at most the term's own low is absent.
     */
    private static int upper(int[] terms, int[] fac, long total, long lows, int absent, long[] lo, long[] hi, boolean[] blank,
            int[] stamp, int run) {
        if (total == NO_HIGH) {
            return 0;
        }
        int changed = 0;
        for (int k = 0; k < terms.length && absent <= 1; k++) {
            long b = lo[terms[k]];
            if (absent == 1 && b != NO_LOW) {
                continue;
            }
            long others = b == NO_LOW ? lows : lows - b * fac[k];
            int t = tightenHi(terms[k], div(total - others, fac[k]), lo, hi, blank);
            if (t > 0) {
                stamp[terms[k]] = run;
            }
            changed |= t;
        }
        return changed;
    }

    /**
     * Σ factor × term ≥ {@code total}: each term ≥ (total − Σ factor × the other terms' highs) ÷ its
     * factor, when the total is bounded and at most the term's own high is absent.
     */
    private static int lower(int[] terms, int[] fac, long total, long highs, int absent, long[] lo, long[] hi, boolean[] blank,
            int[] stamp, int run) {
        if (total == NO_LOW) {
            return 0;
        }
        int changed = 0;
        for (int k = 0; k < terms.length && absent <= 1; k++) {
            long b = hi[terms[k]];
            if (absent == 1 && b != NO_HIGH) {
                continue;
            }
            long others = b == NO_HIGH ? highs : highs - b * fac[k];
            int t = tightenLo(terms[k], -div(others - total, fac[k]), lo, hi, blank);
            if (t > 0) {
                stamp[terms[k]] = run;
            }
            changed |= t;
        }
        return changed;
    }

    /** Floor division, without dividing by the usual factor 1. */
    private static long div(long a, int f) {
        return f == 1 ? a : Math.floorDiv(a, f);
    }

    private static int tightenHi(int i, long bound, long[] lo, long[] hi, boolean[] blank) {
        if (Math.abs(bound) > LONG_LIMIT) {
            return -1;
        }
        if (!blank[i] || (hi[i] != NO_HIGH && hi[i] <= bound) || (lo[i] != NO_LOW && bound < lo[i])) {
            return 0;
        }
        hi[i] = bound;
        return 1;
    }

    private static int tightenLo(int i, long bound, long[] lo, long[] hi, boolean[] blank) {
        if (Math.abs(bound) > LONG_LIMIT) {
            return -1;
        }
        if (!blank[i] || (lo[i] != NO_LOW && lo[i] >= bound) || (hi[i] != NO_HIGH && bound > hi[i])) {
            return 0;
        }
        lo[i] = bound;
        return 1;
    }
}
