package io.github.xxgk.archive.internal;

import io.github.xxgk.archive.Bound;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.ValueKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report says of each of its cells as a {@link Bound}: a number exactly; “/” as zero (as the
 * validator counts it); a blank count as at least zero, then narrowed by the equalities its form declares (a total and
 * its parts, 表三's balance) as far as they go, so that a blank part of a known total is bounded and a
 * blank total of known parts is exact. Amounts are in 元. When a report's own figures contradict each
 * other the narrowing is given up and its blanks stay at least zero. Not API.
 */
public final class CellBounds {

    private static final int ROUNDS = 16;

    private CellBounds() {
    }

    /**
     * The bounds of every cell of a table of a report (cells of a table the report lacks: none).
     *
     * @param report the report
     * @param table the table id
     * @return the bounds by cell
     */
    public static Map<CellId, Bound> of(AnnualReport report, String table) {
        Optional<StatisticsTable> t = report.table(table);
        if (t.isEmpty()) {
            return Map.of();
        }
        return of(t.get());
    }

    /** The bounds of a table's cells. */
    public static Map<CellId, Bound> of(StatisticsTable table) {
        TableDefinition def = table.definition();
        Map<CellId, Bound> out = new HashMap<>();
        for (CellDefinition c : def.cells()) {
            out.put(c.id(), bound(table.value(c.id()), c.kind()));
        }
        Map<CellId, Bound> start = new HashMap<>(out);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                boolean changed = false;
                for (Relation r : def.relations()) {
                    if (usable(r)) {
                        changed |= narrow(r, out);
                    }
                }
                if (!changed) {
                    break;
                }
            }
        } catch (IllegalArgumentException contradiction) {
            return start;
        }
        return out;
    }

    /** The bound of one value of a cell of a kind. */
    public static Bound bound(CellValue v, ValueKind kind) {
        if (v instanceof Count c) {
            return Bound.exact(c.value());
        }
        if (v instanceof SignedCount s) {
            return Bound.exact(s.value());
        }
        if (v instanceof Amount a) {
            return Bound.exact(a.inYuan());
        }
        if (v.isNotApplicable()) {
            return Bound.ZERO;
        }
        return kind == ValueKind.SIGNED_COUNT ? Bound.UNKNOWN : Bound.atLeast(BigDecimal.ZERO);
    }

    private static boolean usable(Relation r) {
        if (r.comparison() != Comparison.EQUAL || r.kind() == RelationKind.CROSS_YEAR) {
            return false;
        }
        return r.terms().allMatch(t -> t.period() == Period.CURRENT && t.factor() == 1);
    }

    /** Narrows each term of {@code Σ left = Σ right} by the other terms; whether a bound changed. */
    private static boolean narrow(Relation r, Map<CellId, Bound> b) {
        boolean changed = false;
        changed |= narrowSide(r.left(), r.right(), b);
        changed |= narrowSide(r.right(), r.left(), b);
        return changed;
    }

    private static boolean narrowSide(List<Term> side, List<Term> other, Map<CellId, Bound> b) {
        boolean changed = false;
        Bound otherSum = sum(other, b, null);
        for (Term t : side) {
            Bound rest = sum(side, b, t.cell());
            // t = otherSum − rest
            Optional<BigDecimal> lo = otherSum.lower().isPresent() && rest.upper().isPresent()
                    ? Optional.of(otherSum.lower().get().subtract(rest.upper().get())) : Optional.empty();
            Optional<BigDecimal> hi = otherSum.upper().isPresent() && rest.lower().isPresent()
                    ? Optional.of(otherSum.upper().get().subtract(rest.lower().get())) : Optional.empty();
            Bound now = b.get(t.cell());
            if (now == null) {
                continue;
            }
            Optional<BigDecimal> newLo = max(now.lower(), lo);
            Optional<BigDecimal> newHi = min(now.upper(), hi);
            if (!newLo.equals(now.lower()) || !newHi.equals(now.upper())) {
                b.put(t.cell(), new Bound(newLo, newHi)); // throws on a contradiction
                changed = true;
            }
        }
        return changed;
    }

    private static Bound sum(List<Term> terms, Map<CellId, Bound> b, CellId except) {
        Bound s = Bound.ZERO;
        for (Term t : terms) {
            if (t.cell().equals(except)) {
                continue;
            }
            Bound v = b.get(t.cell());
            s = s.plus(v == null ? Bound.UNKNOWN : v);
        }
        return s;
    }

    private static Optional<BigDecimal> max(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isEmpty()) {
            return b.map(CellBounds::plain);
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(plain(a.get().max(b.get())));
    }

    private static Optional<BigDecimal> min(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isEmpty()) {
            return b.map(CellBounds::plain);
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(plain(a.get().min(b.get())));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
