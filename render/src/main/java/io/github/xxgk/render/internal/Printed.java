package io.github.xxgk.render.internal;

import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.ExtraColumn;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.PrintedShape;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.RowRole;
import io.github.xxgk.core.form.StubLayout;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.render.internal.Layout.Block;
import io.github.xxgk.render.internal.Layout.BodyRow;
import io.github.xxgk.render.internal.Layout.HeaderCell;
import io.github.xxgk.render.internal.Layout.StubCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of a table as the report printed it ({@link PrintedShape}): its rows in printed order under
 * their printed labels and units, its printed columns (the form's header where the page kept the form's
 * columns, a one-row header of the printed names otherwise), extra rows and columns in their places, and
 * no row or column the page did not print. Labels stand flat in one stub column. Not API.
 */
final class Printed {

    private Printed() {
    }

    /** A printed row with the block it belongs to. */
    private record Placed(int block, PrintedShape.Row row) {
    }

    static List<Block> layout(StatisticsTable table, PrintedShape shape) {
        TableDefinition def = table.definition();
        List<BlockDefinition> blocks = def.blocks();
        // each printed row goes to its block; an extra row to the block of the row printed before it
        List<Placed> placed = new ArrayList<>();
        int current = 0;
        for (PrintedShape.Row r : shape.rows()) {
            if (r instanceof PrintedShape.FormRow f) {
                current = blockOf(def, f.id());
            }
            placed.add(new Placed(current, r));
        }
        Map<String, ExtraColumn> extraColumns = new LinkedHashMap<>();
        table.extraColumns().forEach(c -> extraColumns.put(c.id(), c));
        List<Block> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            int index = b;
            List<PrintedShape.Row> rows = placed.stream().filter(p -> p.block() == index).map(Placed::row).toList();
            if (rows.isEmpty()) {
                continue;
            }
            out.add(block(table, blocks.get(b), shape, rows, extraColumns, b == blocks.size() - 1));
        }
        return List.copyOf(out);
    }

    private static int blockOf(TableDefinition def, String row) {
        for (int b = 0; b < def.blocks().size(); b++) {
            for (RowDefinition r : def.blocks().get(b).allRows()) {
                if (r.id().equals(row)) {
                    return b;
                }
            }
        }
        return 0;
    }

    private static Block block(StatisticsTable table, BlockDefinition block, PrintedShape shape,
            List<PrintedShape.Row> rows, Map<String, ExtraColumn> extraColumns, boolean last) {
        TableDefinition def = table.definition();
        List<ColumnDefinition> leaves = block.leafColumns();
        List<ColumnDefinition> columns = new ArrayList<>();
        List<Label> names = new ArrayList<>();
        boolean formHeader = true;
        for (PrintedShape.Column c : shape.columns()) {
            if (c instanceof PrintedShape.FormColumn f) {
                Optional<ColumnDefinition> leaf = leaves.stream().filter(l -> l.id().equals(f.id())).findFirst();
                if (leaf.isPresent()) {
                    columns.add(leaf.get());
                    Label name = TableDefinition.columnName(block, leaf.get());
                    names.add(f.label().map(l -> new Label(l, l)).orElse(name));
                    formHeader &= f.label().isEmpty();
                }
            } else if (c instanceof PrintedShape.ExtraColumnAt x && (last || inBlock(extraColumns.get(x.id()), rows))) {
                ExtraColumn e = extraColumns.get(x.id());
                columns.add(new ColumnDefinition(e.id(), new Label(e.label(), e.label()), List.of(), Optional.empty(),
                        Optional.empty(), false, List.of()));
                names.add(new Label(e.label(), e.label()));
                formHeader = false;
            }
        }
        // the form's header where the page printed the form's columns of the block, in the form's order
        List<ColumnDefinition> formShown = leaves.stream().filter(columns::contains).toList();
        formHeader &= formShown.equals(columns);
        List<List<HeaderCell>> header;
        if (formHeader) {
            header = Layout.header(block, columns);
        } else {
            List<HeaderCell> one = new ArrayList<>();
            names.forEach(n -> one.add(new HeaderCell(n, 1, 1, false, List.of(n.zh()))));
            header = List.of(List.copyOf(one));
        }
        boolean unitColumn = block.layout() == StubLayout.LIST_WITH_UNIT;
        int stubColumns = block.layout() == StubLayout.NONE ? 0 : 1;
        List<BodyRow> body = new ArrayList<>();
        for (PrintedShape.Row r : rows) {
            if (r instanceof PrintedShape.FormRow f) {
                body.add(formRow(table, block, f, columns, extraColumns, unitColumn, stubColumns));
            } else if (r instanceof PrintedShape.ExtraRowAt x) {
                ExtraRow extra = table.extraRows().get(x.index());
                List<CellValue> values = new ArrayList<>();
                columns.forEach(c -> values.add(extra.values().getOrDefault(c.id(), CellValue.BLANK)));
                Label label = new Label(extra.label(), extra.label());
                body.add(new BodyRow(Optional.empty(), stubColumns == 0 ? List.of() : List.of(new StubCell(label, 1, 1, false, false)),
                        label, unitColumn ? Optional.of(new Label(extra.unit(), extra.unit())) : Optional.empty(),
                        List.of(), List.copyOf(values), false, true));
            }
        }
        return new Block(block, stubColumns, unitColumn, List.copyOf(columns), List.copyOf(names), header,
                List.copyOf(body));
    }

    private static boolean inBlock(ExtraColumn column, List<PrintedShape.Row> rows) {
        for (PrintedShape.Row r : rows) {
            if (r instanceof PrintedShape.FormRow f && column.values().containsKey(f.id())) {
                return true;
            }
        }
        return false;
    }

    private static BodyRow formRow(StatisticsTable table, BlockDefinition block, PrintedShape.FormRow f,
            List<ColumnDefinition> columns, Map<String, ExtraColumn> extraColumns, boolean unitColumn, int stubColumns) {
        TableDefinition def = table.definition();
        RowDefinition row = def.row(f.id()).orElseThrow();
        List<RowDefinition> groups = groupsOf(block, row);
        Label formLabel = block.layout() == StubLayout.NESTED ? Layout.flat(groups, row)
                : new Label(row.printed(), Layout.englishPrinted(row));
        Label label = f.label().map(l -> new Label(l, l)).orElse(formLabel);
        boolean heading = !row.hasCells();
        List<Optional<CellDefinition>> cells = new ArrayList<>();
        List<CellValue> extra = new ArrayList<>();
        if (!heading) {
            for (ColumnDefinition c : columns) {
                Optional<CellDefinition> cell = def.cell(new CellId(def.id(), row.id(), c.id()));
                cells.add(cell);
                ExtraColumn x = extraColumns.get(c.id());
                extra.add(cell.isEmpty() && x != null ? x.values().getOrDefault(row.id(), CellValue.BLANK) : CellValue.BLANK);
            }
        }
        Optional<Label> unit = unitColumn
                ? Optional.of(heading ? new Label("——", "——") : f.unit().map(u -> new Label(u, u))
                        .orElse(row.unit().map(u -> u.label()).orElse(new Label("", ""))))
                : Optional.empty();
        List<StubCell> stub = stubColumns == 0 ? List.of() : List.of(new StubCell(label, 1, 1, false, false));
        return new BodyRow(Optional.of(row), stub, label, unit, List.copyOf(cells), List.copyOf(extra), heading, false);
    }

    /** The implied groups a row stands in (for its flat label: {@code （三）不予公开 1.属于国家秘密}). */
    private static List<RowDefinition> groupsOf(BlockDefinition block, RowDefinition row) {
        List<RowDefinition> path = new ArrayList<>();
        for (RowDefinition r : block.rows()) {
            if (path(r, row, path)) {
                break;
            }
        }
        return path.stream().filter(r -> r.role() == RowRole.IMPLIED && r != row).toList();
    }

    private static boolean path(RowDefinition at, RowDefinition target, List<RowDefinition> path) {
        path.add(at);
        if (at == target) {
            return true;
        }
        for (RowDefinition k : at.children()) {
            if (path(k, target, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }
}
