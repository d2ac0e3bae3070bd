package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraColumn;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.PrintedShape;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.RowRole;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.validation.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The printed shape of a table against the form: T2-SHAPE-21/T2-SHAPE-19, T3-SHAPE, T4-SHAPE (one finding
 * per table naming every deviation: rows and columns of the format the page did not print, a subtotal
 * printed in place of its parts, rows and columns the format lacks, rows out of order), and LEG-EXTRA for
 * the provincial rows of a legacy table. Not API.
 */
final class ShapeChecks {

    private ShapeChecks() {
    }

    static void table(AnnualReport r, StatisticsTable t, int tableIndex, Collector out) {
        TableDefinition def = t.definition();
        String rule = switch (t.id()) {
            case "t2" -> r.edition() == Edition.STANDARD_2021 ? "T2-SHAPE-21" : "T2-SHAPE-19";
            case "t3" -> "T3-SHAPE";
            case "t4" -> "T4-SHAPE";
            default -> null;
        };
        if (rule == null) {
            for (ExtraRow extra : t.extraRows()) {
                out.add(Collector.tableOrder(tableIndex), new Collector.F("LEG-EXTRA", Severity.INFO,
                        Location.table(def), Rules.basis("LEG-EXTRA"), "leg.extra").arg("row", extra.label()).done());
            }
            return;
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        t.printedShape().ifPresent(shape -> deviations(def, shape, zh, en));
        for (ExtraRow extra : t.extraRows()) {
            zh.add("格式没有的行“" + extra.label() + "”");
            en.add("a row the format lacks, “" + extra.label() + "”");
        }
        for (ExtraColumn extra : t.extraColumns()) {
            zh.add("格式没有的列“" + extra.label() + "”");
            en.add("a column the format lacks, “" + extra.label() + "”");
        }
        if (!zh.isEmpty()) {
            out.add(Collector.tableOrder(tableIndex), new Collector.F(rule, Severity.ERROR, Location.table(def),
                    Rules.basis(rule), "table.shape")
                    .arg("deviation", new Label(String.join("；", zh), String.join("; ", en))).done());
        }
    }

    /** The rows and columns of the form the shape leaves out or puts otherwise, in the form's order. */
    private static void deviations(TableDefinition def, PrintedShape shape, List<String> zh, List<String> en) {
        Set<String> rows = new HashSet<>();
        List<String> printedOrder = new ArrayList<>();
        shape.rows().forEach(row -> {
            if (row instanceof PrintedShape.FormRow f) {
                rows.add(f.id());
                printedOrder.add(f.id());
            }
        });
        Set<String> columns = new HashSet<>();
        shape.columns().forEach(c -> {
            if (c instanceof PrintedShape.FormColumn f) {
                columns.add(f.id());
            }
        });
        List<String> formOrder = new ArrayList<>();
        for (BlockDefinition b : def.blocks()) {
            List<RowDefinition> all = b.allRows();
            // the parts of implied subtotals the page printed as one row: named once, at the subtotal
            Set<RowDefinition> covered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (RowDefinition r : all) {
                if (r.role() == RowRole.IMPLIED && rows.contains(r.id())) {
                    covered.addAll(r.children());
                }
            }
            for (RowDefinition row : all) {
                if (!row.hasCells()) {
                    continue;
                }
                boolean implied = row.role() == RowRole.IMPLIED;
                boolean listed = rows.contains(row.id());
                if (implied && listed) {
                    formOrder.add(row.id());
                    zh.add("“" + row.printed() + "”印成一行，格式印其分项");
                    en.add("“" + row.printed() + "” printed as one row where the format prints its parts");
                } else if (!implied && !listed && !covered.contains(row)) {
                    zh.add("未印出“" + row.printed() + "”");
                    en.add("“" + row.label().en() + "” not printed");
                } else if (!implied) {
                    formOrder.add(row.id());
                }
            }
            for (ColumnDefinition c : b.leafColumns()) {
                if (!columns.contains(c.id())) {
                    zh.add("未印出“" + c.label().zh() + "”列");
                    en.add("column “" + c.label().en() + "” not printed");
                }
            }
        }
        formOrder.retainAll(rows);
        if (!formOrder.equals(printedOrder)) {
            zh.add("行序与格式不同");
            en.add("rows in another order than the format's");
        }
    }
}
