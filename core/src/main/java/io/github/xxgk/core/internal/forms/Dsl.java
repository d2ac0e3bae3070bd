package io.github.xxgk.core.internal.forms;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.RowRole;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.core.form.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The small vocabulary in which the form definitions are written. Not API. */
final class Dsl {

    private Dsl() {
    }

    static Label l(String zh, String en) {
        return new Label(zh, en);
    }

    /** A row under construction. */
    static final class Row {
        private final String id;
        private final String numbering;
        private final Label label;
        private RowRole role = RowRole.VALUE;
        private final List<String> variants = new ArrayList<>();
        private Optional<Unit> unit = Optional.empty();
        private Optional<ValueKind> kind = Optional.empty();
        private Optional<Label> basis = Optional.empty();
        private final List<RowDefinition> children = new ArrayList<>();

        private Row(String id, String numbering, Label label) {
            this.id = id;
            this.numbering = numbering;
            this.label = label;
        }

        Row implied() {
            role = RowRole.IMPLIED;
            return this;
        }

        Row heading() {
            role = RowRole.HEADING;
            return this;
        }

        Row variants(String... texts) {
            variants.addAll(List.of(texts));
            return this;
        }

        Row unit(Unit u) {
            unit = Optional.of(u);
            kind = Optional.of(u.isMoney() ? ValueKind.AMOUNT : ValueKind.COUNT);
            return this;
        }

        Row basis(Label b) {
            basis = Optional.of(b);
            return this;
        }

        Row children(RowDefinition... rows) {
            children.addAll(List.of(rows));
            return this;
        }

        Row children(List<RowDefinition> rows) {
            children.addAll(rows);
            return this;
        }

        RowDefinition done() {
            return new RowDefinition(id, numbering, label, variants, role, unit, kind, basis, children);
        }
    }

    static Row row(String id, String numbering, Label label) {
        return new Row(id, numbering, label);
    }

    static ColumnDefinition leaf(String id, Label label, Unit unit, ValueKind kind) {
        return new ColumnDefinition(id, label, List.of(), Optional.of(unit), Optional.of(kind), false, List.of());
    }

    static ColumnDefinition count(String id, Label label, Unit unit) {
        return leaf(id, label, unit, ValueKind.COUNT);
    }

    /** The column with its header broken into lines as the template prints it (the lines joined are its label). */
    static ColumnDefinition printed(ColumnDefinition c, String... lines) {
        return new ColumnDefinition(c.id(), c.label(), c.variants(), c.unit(), c.kind(), c.extension(), c.children(),
                List.of(lines));
    }

    static ColumnDefinition group(String id, Label label, ColumnDefinition... children) {
        return new ColumnDefinition(id, label, List.of(), Optional.empty(), Optional.empty(), false, List.of(children));
    }

    /** The kind of a relation rule: its id, meaning, severity and basis. */
    record Rule(String id, RelationKind kind, Severity severity, Label basis) {
    }

    static Rule rule(String id, RelationKind kind, Severity severity, Label basis) {
        return new Rule(id, kind, severity, basis);
    }

    static Relation relation(Rule rule, List<Term> left, Comparison comparison, List<Term> right) {
        return new Relation(rule.id(), rule.kind(), rule.severity(), rule.basis(), left, comparison, right);
    }

    /** Terms for the cells of some rows in one column. */
    static List<Term> terms(String table, List<String> rows, String column) {
        return rows.stream().map(r -> Term.of(new CellId(table, r, column))).toList();
    }

    /**
     * For each column, one relation built from the rows: {@code left(column) comparison right(column)}.
     */
    static List<Relation> perColumn(Rule rule, List<String> columns, Function<String, List<Term>> left,
            Comparison comparison, Function<String, List<Term>> right) {
        return columns.stream().map(c -> relation(rule, left.apply(c), comparison, right.apply(c))).toList();
    }

    /** For each column: the total row equals the sum of the part rows. */
    static List<Relation> columnSums(Rule rule, String table, List<String> columns, String totalRow,
            List<String> partRows) {
        return perColumn(rule, columns, c -> terms(table, List.of(totalRow), c), Comparison.EQUAL,
                c -> terms(table, partRows, c));
    }

    /** For each row: the total column equals the sum of the part columns. */
    static List<Relation> rowSums(Rule rule, String table, List<String> rows, String totalColumn,
            List<String> partColumns) {
        return rows.stream().map(r -> relation(rule, List.of(Term.of(new CellId(table, r, totalColumn))),
                Comparison.EQUAL, partColumns.stream().map(c -> Term.of(new CellId(table, r, c))).toList()))
                .toList();
    }

    /** The ids of the children of a row. */
    static List<String> childIds(RowDefinition row) {
        return row.children().stream().map(RowDefinition::id).toList();
    }

    /** The ids of the rows that hold values (not implied, not headings), depth first. */
    static List<String> valueRowIds(List<RowDefinition> rows) {
        List<String> out = new ArrayList<>();
        for (RowDefinition r : rows) {
            if (r.role() == RowRole.VALUE) {
                out.add(r.id());
            }
            out.addAll(valueRowIds(r.children()));
        }
        return out;
    }

    static <T> List<T> concat(List<List<T>> lists) {
        List<T> out = new ArrayList<>();
        lists.forEach(out::addAll);
        return List.copyOf(out);
    }
}
