package io.github.xxgk.core.form;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A relation between cells that a form declares as data: {@code Σ left comparison Σ right}, where each
 * side is a sum of {@link Term terms} (an empty side is zero). Totals, “其中” bounds, the balance of
 * 表三 and the cross-year chains are all relations; validation derives its arithmetic rules from
 * them and hides none in code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the public rule id (RULES.md) under which a violation is reported
 * @param kind what the relation means
 * @param severity how strongly it binds
 * @param basis the legal or format basis, in both languages
 * @param left the left-hand terms
 * @param comparison how the sides compare
 * @param right the right-hand terms
 */
public record Relation(
        String ruleId,
        RelationKind kind,
        Severity severity,
        Label basis,
        List<Term> left,
        Comparison comparison,
        List<Term> right) {

    /** Creates a relation. */
    public Relation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(basis, "basis");
        left = List.copyOf(left);
        Objects.requireNonNull(comparison, "comparison");
        right = List.copyOf(right);
        if (left.isEmpty() && right.isEmpty()) {
            throw new IllegalArgumentException(ruleId + ": a relation needs terms");
        }
        if (kind == RelationKind.SUM && (left.size() != 1 || comparison != Comparison.EQUAL)) {
            throw new IllegalArgumentException(ruleId + ": a sum has one total on the left");
        }
    }

    /** All terms, left then right. */
    public Stream<Term> terms() {
        return Stream.concat(left.stream(), right.stream());
    }

    /** Whether any term reads last year's report. */
    public boolean isCrossYear() {
        return terms().anyMatch(t -> t.period() == Period.PREVIOUS);
    }

    /** Whether the relation reads a given cell of this year's report. */
    public boolean involves(CellId cell) {
        return terms().anyMatch(t -> t.period() == Period.CURRENT && t.cell().equals(cell));
    }

    /** One line: the rule id and the relation between cell ids ({@code T3-TOTAL t3.r3_7.total = t3.r3_1.total + …}). */
    @Override
    public String toString() {
        return ruleId + " " + side(left) + " " + comparison.symbol() + " " + side(right);
    }

    private static String side(List<Term> terms) {
        StringBuilder out = new StringBuilder();
        for (Term t : terms) {
            if (out.length() > 0) {
                out.append(" + ");
            }
            if (t.factor() != 1) {
                out.append(t.factor()).append('×');
            }
            out.append(t.period() == Period.PREVIOUS ? "previous " : "").append(t.cell());
        }
        return out.toString();
    }
}
