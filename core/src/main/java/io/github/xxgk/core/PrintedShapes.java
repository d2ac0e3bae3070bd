package io.github.xxgk.core;

import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.TableDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a {@link PrintedShape} against its table and works out which cells it printed. */
final class PrintedShapes {

    private PrintedShapes() {
    }

    static void check(TableDefinition def, PrintedShape shape, List<ExtraRow> extraRows,
            List<ExtraColumn> extraColumns, Set<String> formColumns, CellValue[] values, boolean[] printedCells) {
        String where = def.id() + " printed";
        Set<String> rows = new HashSet<>();
        boolean[] extraRowPlaced = new boolean[extraRows.size()];
        for (PrintedShape.Row r : shape.rows()) {
            if (r instanceof PrintedShape.FormRow f) {
                def.row(f.id()).orElseThrow(() -> new ReportModelException(where,
                        def.number().zh() + "没有行 " + f.id() + "。", def.number().en() + " has no row " + f.id() + "."));
                if (!rows.add(f.id())) {
                    throw twice(where, "行 " + f.id(), "row " + f.id());
                }
            } else if (r instanceof PrintedShape.ExtraRowAt x) {
                if (x.index() < 0 || x.index() >= extraRows.size()) {
                    throw new ReportModelException(where, "没有第 " + x.index() + " 个附加行。",
                            "There is no extra row " + x.index() + ".");
                }
                if (extraRowPlaced[x.index()]) {
                    throw twice(where, "附加行 " + x.index(), "extra row " + x.index());
                }
                extraRowPlaced[x.index()] = true;
            }
        }
        for (int i = 0; i < extraRowPlaced.length; i++) {
            if (!extraRowPlaced[i]) {
                throw new ReportModelException(where, "附加行“" + extraRows.get(i).label() + "”没有排进印出的行。",
                        "Extra row “" + extraRows.get(i).label() + "” is not placed among the printed rows.");
            }
        }
        Set<String> columns = new HashSet<>();
        Set<String> extraPlaced = new HashSet<>();
        for (PrintedShape.Column c : shape.columns()) {
            if (c instanceof PrintedShape.FormColumn f) {
                if (!formColumns.contains(f.id())) {
                    throw new ReportModelException(where, def.number().zh() + "没有列 " + f.id() + "。",
                            def.number().en() + " has no column " + f.id() + ".");
                }
                if (!columns.add(f.id())) {
                    throw twice(where, "列 " + f.id(), "column " + f.id());
                }
            } else if (c instanceof PrintedShape.ExtraColumnAt x) {
                if (extraColumns.stream().noneMatch(e -> e.id().equals(x.id()))) {
                    throw new ReportModelException(where, "没有附加列 " + x.id() + "。", "There is no extra column " + x.id() + ".");
                }
                if (!extraPlaced.add(x.id())) {
                    throw twice(where, "附加列 " + x.id(), "extra column " + x.id());
                }
            }
        }
        for (ExtraColumn e : extraColumns) {
            if (!extraPlaced.contains(e.id())) {
                throw new ReportModelException(where, "附加列“" + e.label() + "”没有排进印出的列。",
                        "Extra column “" + e.label() + "” is not placed among the printed columns.");
            }
            for (String row : e.values().keySet()) {
                if (!rows.contains(row)) {
                    throw new ReportModelException(where, "附加列“" + e.label() + "”在未印出的行 " + row + " 有值。",
                            "Extra column “" + e.label() + "” has a value in row " + row + ", which is not printed.");
                }
            }
        }
        List<CellDefinition> cells = def.cells();
        for (int i = 0; i < printedCells.length; i++) {
            CellDefinition c = cells.get(i);
            printedCells[i] = rows.contains(c.id().row()) && columns.contains(c.id().column());
            if (!printedCells[i] && !values[i].isBlank()) {
                throw new ReportModelException(c.id().toString(),
                        "单元格“" + c.name().zh() + "”有值，但印出的表格没有这一单元格。",
                        "Cell “" + c.name().en() + "” holds a value but the printed table has no such cell.");
            }
        }
    }

    private static ReportModelException twice(String where, String zh, String en) {
        return new ReportModelException(where, "印出的表格两次列出" + zh + "。", "The printed table lists " + en + " twice.");
    }
}
