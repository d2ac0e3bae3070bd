package io.github.xxgk.render.internal;

import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.ExtraRow;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The printed layout of a statistics table, derived from its definition alone: per block, the header
 * rows with their spans (from the column tree), the stub (from the row tree and the block's
 * {@link StubLayout}) and the body rows with the cells they show. Every renderer reads this; none knows
 * a table's shape. Immutable. Not API.
 */
public final class Layout {

    /** A header cell: a column or column group with its spans. */
    public record HeaderCell(Label text, int colspan, int rowspan, boolean group, List<String> lines) {
    }

    /** A stub cell of a body row: a row label, possibly spanning sub-rows (a group) or stub columns. */
    public record StubCell(Label text, int colspan, int rowspan, boolean group, boolean vertical) {
    }

    /**
     * A body row: its stub cells (possibly none when a group cell above spans it), its flat label (the
     * label with its implied group, for flat renderings), its unit (legacy tables), and its value cells
     * (empty for a heading row, which prints “——”).
     */
    public record BodyRow(Optional<RowDefinition> row, List<StubCell> stub, Label flatLabel, Optional<Label> unit,
            List<Optional<CellDefinition>> cells, List<CellValue> extraValues, boolean heading, boolean extra) {

        /** The form cell in value column {@code c}, if the column is a form column of a form row. */
        public Optional<CellDefinition> cell(int c) {
            return extra || heading ? Optional.empty() : cells.get(c);
        }

        /**
         * The value shown in value column {@code c}: a form cell's value, or an extra row's or extra
         * column's value as the report printed it (BLANK for a heading).
         */
        public CellValue value(StatisticsTable table, int c) {
            if (heading) {
                return CellValue.BLANK;
            }
            Optional<CellDefinition> cell = cell(c);
            return cell.isPresent() ? table.valueAt(cell.get().index()) : extraValues.get(c);
        }
    }

    /** One block laid out, with the flat names of its value columns. */
    public record Block(BlockDefinition definition, int stubColumns, boolean unitColumn, List<ColumnDefinition> columns,
            List<Label> columnNames, List<List<HeaderCell>> header, List<BodyRow> body) {

        /** The number of value columns. */
        public int valueColumns() {
            return columns.size();
        }
    }

    private Layout() {
    }

    /** The layouts of the definitions, with and without their extension columns: computed once each. */
    private static final java.util.Map<TableDefinition, List<Block>> PLAIN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<TableDefinition, List<Block>> EXTENDED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Lays out a table of a report. Extension columns (the legacy 历年累计) are shown only when the table
     * reports a value in them; extra rows follow the rows of the block whose columns they use.
     *
     * @param table the table
     * @return its blocks, laid out
     */
    public static List<Block> of(StatisticsTable table) {
        if (table.printedShape().isPresent()) {
            return Printed.layout(table, table.printedShape().get());
        }
        TableDefinition def = table.definition();
        boolean extended = false;
        for (io.github.xxgk.core.form.CellDefinition c : def.cells()) {
            if (c.extension() && !table.valueAt(c.index()).isBlank()) {
                extended = true;
                break;
            }
        }
        for (ExtraRow x : table.extraRows()) {
            for (BlockDefinition block : def.blocks()) {
                for (ColumnDefinition c : block.leafColumns()) {
                    extended |= c.extension() && x.values().containsKey(c.id()) && !x.values().get(c.id()).isBlank();
                }
            }
        }
        boolean withExtensions = extended;
        List<Block> blocks = (extended ? EXTENDED : PLAIN).computeIfAbsent(def, d -> layout(d, withExtensions));
        return table.extraRows().isEmpty() ? blocks : withExtraRows(blocks, table.extraRows());
    }

    private static List<Block> layout(TableDefinition def, boolean withExtensions) {
        List<Block> blocks = new ArrayList<>();
        for (BlockDefinition block : def.blocks()) {
            List<ColumnDefinition> columns = new ArrayList<>();
            for (ColumnDefinition c : block.leafColumns()) {
                if (!c.extension() || withExtensions) {
                    columns.add(c);
                }
            }
            int stubColumns = switch (block.layout()) {
                case NESTED -> block.stubDepth();
                case NONE -> 0;
                default -> 1;
            };
            List<BodyRow> body = new ArrayList<>();
            for (RowDefinition r : block.rows()) {
                rows(def, block, r, 0, List.of(), columns, stubColumns, body);
            }
            List<Label> names = columns.stream().map(c -> TableDefinition.columnName(block, c)).toList();
            blocks.add(new Block(block, stubColumns, block.layout() == StubLayout.LIST_WITH_UNIT, List.copyOf(columns),
                    names, header(block, columns), List.copyOf(body)));
        }
        return List.copyOf(blocks);
    }

    /**
     * Appends extra rows to the block whose columns they use (the last block otherwise). Linear in the
     * extra rows: each block's body is copied once, whatever their number.
     */
    private static List<Block> withExtraRows(List<Block> blocks, List<ExtraRow> extraRows) {
        List<List<BodyRow>> added = new ArrayList<>();
        List<Set<String>> columnIds = new ArrayList<>();
        for (Block b : blocks) {
            added.add(new ArrayList<>());
            Set<String> ids = new HashSet<>();
            b.columns().forEach(c -> ids.add(c.id()));
            columnIds.add(ids);
        }
        for (ExtraRow x : extraRows) {
            int target = blocks.size() - 1;
            for (int i = 0; i < blocks.size(); i++) {
                if (columnIds.get(i).containsAll(x.values().keySet())) {
                    target = i;
                    break;
                }
            }
            Block b = blocks.get(target);
            List<CellValue> values = new ArrayList<>();
            for (ColumnDefinition c : b.columns()) {
                values.add(x.values().getOrDefault(c.id(), CellValue.BLANK));
            }
            Label label = new Label(x.label(), x.label());
            added.get(target).add(new BodyRow(Optional.empty(), b.stubColumns() == 0 ? List.of()
                    : List.of(new StubCell(label, b.stubColumns(), 1, false, false)), label,
                    b.unitColumn() ? Optional.of(new Label(x.unit(), x.unit())) : Optional.empty(),
                    List.of(), List.copyOf(values), false, true));
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (added.get(i).isEmpty()) {
                out.add(b);
                continue;
            }
            List<BodyRow> body = new ArrayList<>(b.body().size() + added.get(i).size());
            body.addAll(b.body());
            body.addAll(added.get(i));
            out.add(new Block(b.definition(), b.stubColumns(), b.unitColumn(), b.columns(), b.columnNames(),
                    b.header(), List.copyOf(body)));
        }
        return List.copyOf(out);
    }

    static List<List<HeaderCell>> header(BlockDefinition block, List<ColumnDefinition> shown) {
        int depth = block.headerDepth();
        List<List<HeaderCell>> rows = new ArrayList<>();
        for (int d = 0; d < depth; d++) {
            rows.add(new ArrayList<>());
        }
        for (ColumnDefinition c : block.columns()) {
            header(c, 0, depth, shown, rows);
        }
        return rows.stream().map(List::copyOf).toList();
    }

    private static int header(ColumnDefinition c, int level, int depth, List<ColumnDefinition> shown,
            List<List<HeaderCell>> rows) {
        if (c.isLeaf()) {
            if (!shown.contains(c)) {
                return 0;
            }
            rows.get(level).add(new HeaderCell(c.label(), 1, depth - level, false, c.lines()));
            return 1;
        }
        List<HeaderCell> row = rows.get(level);
        int at = row.size();
        row.add(null);
        int span = 0;
        for (ColumnDefinition k : c.children()) {
            span += header(k, level + 1, depth, shown, rows);
        }
        if (span == 0) {
            row.remove(at);
        } else {
            row.set(at, new HeaderCell(c.label(), span, 1, true, c.lines()));
        }
        return span;
    }

    private static int bodyRows(RowDefinition r, StubLayout layout) {
        if (layout == StubLayout.NESTED && r.role() != RowRole.VALUE && !r.children().isEmpty()) {
            return r.children().stream().mapToInt(k -> bodyRows(k, layout)).sum();
        }
        return 1 + r.children().stream().mapToInt(k -> bodyRows(k, layout)).sum();
    }

    private static void rows(TableDefinition def, BlockDefinition block, RowDefinition r, int level,
            List<RowDefinition> implied, List<ColumnDefinition> columns, int stubColumns, List<BodyRow> out) {
        Label printed = new Label(r.printed(), englishPrinted(r));
        List<RowDefinition> groups = new ArrayList<>(implied);
        if (r.role() == RowRole.IMPLIED) {
            groups.add(r);
        }
        Label flat = flat(implied, r);
        if (block.layout() == StubLayout.NESTED && r.role() != RowRole.VALUE && !r.children().isEmpty()) {
            // a group label spanning its sub-rows, in its own stub column
            StubCell group = new StubCell(printed, 1, bodyRows(r, block.layout()), true, r.role() == RowRole.HEADING);
            int first = out.size();
            for (RowDefinition k : r.children()) {
                rows(def, block, k, level + 1, groups, columns, stubColumns, out);
            }
            BodyRow head = out.get(first);
            List<StubCell> stub = new ArrayList<>();
            stub.add(group);
            stub.addAll(head.stub());
            out.set(first, new BodyRow(head.row(), List.copyOf(stub), head.flatLabel(), head.unit(), head.cells(),
                    head.extraValues(), head.heading(), head.extra()));
            return;
        }
        int colspan = block.layout() == StubLayout.NESTED ? stubColumns - level : 1;
        List<StubCell> stub = stubColumns == 0 ? List.of() : List.of(new StubCell(indented(printed, block, level), colspan, 1, false, false));
        boolean heading = !r.hasCells();
        List<Optional<CellDefinition>> cells = new ArrayList<>();
        if (!heading) {
            for (ColumnDefinition c : columns) {
                cells.add(def.cell(new CellId(def.id(), r.id(), c.id())));
            }
        }
        Optional<Label> unit = block.layout() == StubLayout.LIST_WITH_UNIT
                ? Optional.of(heading ? new Label("——", "——") : r.unit().map(u -> u.label()).orElse(new Label("", "")))
                : Optional.empty();
        out.add(new BodyRow(Optional.of(r), stub, flat, unit, List.copyOf(cells), List.of(), heading, false));
        for (RowDefinition k : r.children()) {
            rows(def, block, k, level + 1, groups, columns, stubColumns, out);
        }
    }

    /** List layouts show the row tree by indentation (a full-width space per level, as printed). */
    private static Label indented(Label printed, BlockDefinition block, int level) {
        if (block.layout() == StubLayout.NESTED || level == 0) {
            return printed;
        }
        String pad = "\u3000".repeat(level);
        return new Label(pad + printed.zh(), "  ".repeat(level) + printed.en());
    }

    static String englishPrinted(RowDefinition r) {
        return TableDefinition.englishNumbering(r.numbering()) + r.label().en();
    }

    /** The row label with the implied groups it belongs to: {@code （三）不予公开 1.属于国家秘密}. */
    static Label flat(List<RowDefinition> groups, RowDefinition r) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (RowDefinition g : groups) {
            zh.append(g.printed()).append(' ');
            en.append(englishPrinted(g)).append(' ');
        }
        zh.append(r.printed());
        en.append(englishPrinted(r));
        return new Label(zh.toString(), en.toString());
    }
}
