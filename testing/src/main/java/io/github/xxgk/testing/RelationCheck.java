package io.github.xxgk.testing;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.ExactSum;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Term;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a declared {@link Relation} on reports whose cells involved are all known, exactly (sums
 * never overflow). A BLANK cell makes the outcome {@link Outcome#UNKNOWN}; NOT_APPLICABLE counts as
 * zero. This is the plain arithmetic of the definitions, for tests; the validation
 * module reasons about blanks further.
 *
 * <p>Stateless and thread-safe.
 */
public final class RelationCheck {

    private RelationCheck() {
    }

    /** The outcome of evaluating a relation. */
    public enum Outcome {
        /** Every term is known and the relation holds. */
        HOLDS,
        /** Every term is known and the relation does not hold. */
        FAILS,
        /** A term is blank, or a cross-year relation lacks last year's report. */
        UNKNOWN
    }

    /**
     * Evaluates a relation on a report (cross-year relations are UNKNOWN without last year's report).
     *
     * @param report the report
     * @param relation a relation of the report's form
     * @return the outcome
     */
    public static Outcome evaluate(AnnualReport report, Relation relation) {
        return evaluate(report, Optional.empty(), relation);
    }

    /**
     * Evaluates a relation on a report and, for cross-year terms, last year's report.
     *
     * @param report this year's report
     * @param previous last year's report, when there is one
     * @param relation a relation of the report's form
     * @return the outcome
     */
    public static Outcome evaluate(AnnualReport report, Optional<AnnualReport> previous, Relation relation) {
        Optional<ExactSum> left = side(report, previous, relation.left());
        Optional<ExactSum> right = side(report, previous, relation.right());
        if (left.isEmpty() || right.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        return relation.comparison().holds(left.get().compareTo(right.get())) ? Outcome.HOLDS : Outcome.FAILS;
    }

    private static Optional<ExactSum> side(AnnualReport report, Optional<AnnualReport> previous, List<Term> terms) {
        ExactSum sum = new ExactSum();
        for (Term t : terms) {
            AnnualReport source = t.period() == Period.CURRENT ? report : previous.orElse(null);
            if (source == null || source.form().cell(t.cell()).isEmpty()) {
                return Optional.empty();
            }
            CellValue v = source.value(t.cell());
            if (v instanceof Count c) {
                sum.add(c.value(), t.factor());
            } else if (v instanceof SignedCount s) {
                sum.add(s.value(), t.factor());
            } else if (v.isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(sum);
    }
}
