package io.github.xxgk.render.internal;

import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A statistics table as the grid of cells every tabular rendering prints (HTML, Word, Excel): per block,
 * the block's caption row, the header rows (stub head or stub note, the 单位 head of legacy tables, the
 * column headers), then the body rows (stub labels, units, values, “——” for heading rows), each cell
 * with its spans, the table as wide as its widest block (the last cell of a narrower row widened).
 * Derived from {@link Layout} alone. Immutable. Not API.
 */
public final class TableGrid {

    /** The head of the unit column of legacy tables. */
    public static final Label UNIT_HEAD = new Label("单位", "Unit");
    /** What a heading row prints in its value cells. */
    public static final String HEADING_VALUE = "——";

    /** What a cell of the grid is. */
    public enum Kind {
        /** A block's caption, across the table. */
        BLOCK_CAPTION,
        /** The note in the merged top-left cell (表三). */
        STUB_NOTE,
        /** The head of the stub column(s). */
        STUB_HEAD,
        /** The head of the unit column. */
        UNIT_HEAD,
        /** A column group's header. */
        COLUMN_GROUP,
        /** A column's header. */
        COLUMN,
        /** A row group's label in the stub. */
        ROW_GROUP,
        /** A row's label in the stub. */
        ROW,
        /** A row's unit. */
        UNIT,
        /** The “——” of a heading row. */
        HEADING_VALUE,
        /** A form cell's value. */
        VALUE,
        /** A value of an extra row or an extra column, as printed. */
        EXTRA_VALUE
    }

    /**
     * A cell of the grid.
     *
     * @param kind what it is
     * @param text its text (Chinese for labels; a value as printed)
     * @param label the label it prints, for labels
     * @param colspan columns it spans
     * @param rowspan rows it spans
     * @param vertical whether its label prints one character per line
     * @param cell the form cell, for a value
     * @param value the value, for values
     * @param lines the text broken into lines as the form prints it (a column header such as 商业 / 企业,
     *     from the definitions); one line for every other cell
     */
    public record Cell(Kind kind, String text, Optional<Label> label, int colspan, int rowspan, boolean vertical,
            Optional<CellDefinition> cell, Optional<CellValue> value, List<String> lines) {

        /** Copies the lines. */
        public Cell {
            lines = List.copyOf(lines);
        }

        /** A cell printed on one line. */
        public Cell(Kind kind, String text, Optional<Label> label, int colspan, int rowspan, boolean vertical,
                Optional<CellDefinition> cell, Optional<CellValue> value) {
            this(kind, text, label, colspan, rowspan, vertical, cell, value, List.of(text));
        }

        /** Whether it is a header or stub cell (printed as {@code <th>}). */
        public boolean isHead() {
            return kind != Kind.STUB_NOTE && kind != Kind.UNIT && kind != Kind.HEADING_VALUE && kind != Kind.VALUE
                    && kind != Kind.EXTRA_VALUE;
        }

        static Cell label(Kind kind, Label label, int colspan, int rowspan, boolean vertical) {
            return new Cell(kind, label.zh(), Optional.of(label), colspan, rowspan, vertical, Optional.empty(),
                    Optional.empty());
        }
    }

    /** A row of the grid, and whether it is an extra row the report printed. */
    public record Row(List<Cell> cells, boolean extra) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A block's rows: its caption and header rows, then its body rows. */
    public record Part(Layout.Block block, List<Row> head, List<Row> body) {
        /** Copies the rows. */
        public Part {
            head = List.copyOf(head);
            body = List.copyOf(body);
        }
    }

    /**
     * The grid of a table.
     *
     * @param width the number of grid columns
     * @param parts the blocks in order
     */
    public record Grid(int width, List<Part> parts) {
        /** Copies the parts. */
        public Grid {
            parts = List.copyOf(parts);
        }
    }

    private TableGrid() {
    }

    /** Lays out a table as a grid. */
    public static Grid of(StatisticsTable t) {
        List<Layout.Block> blocks = Layout.of(t);
        int width = blocks.stream().mapToInt(b -> b.stubColumns() + (b.unitColumn() ? 1 : 0) + b.valueColumns()).max()
                .orElse(1);
        List<Part> parts = new ArrayList<>();
        for (Layout.Block b : blocks) {
            int stub = b.stubColumns() + (b.unitColumn() ? 1 : 0);
            int fill = width - stub - b.valueColumns();
            List<Row> head = new ArrayList<>();
            b.definition().caption().ifPresent(c -> head.add(new Row(List.of(Cell.label(Kind.BLOCK_CAPTION, c, width, 1,
                    false)), false)));
            List<List<Layout.HeaderCell>> header = b.header();
            for (int r = 0; r < header.size(); r++) {
                List<Cell> row = new ArrayList<>();
                if (r == 0 && stub > 0) {
                    if (b.definition().stubNote().isPresent()) {
                        row.add(Cell.label(Kind.STUB_NOTE, b.definition().stubNote().get(), stub, header.size(), false));
                    } else {
                        row.add(Cell.label(Kind.STUB_HEAD, b.definition().stub().orElse(new Label("", "")),
                                b.stubColumns(), header.size(), false));
                        if (b.unitColumn()) {
                            row.add(Cell.label(Kind.UNIT_HEAD, UNIT_HEAD, 1, header.size(), false));
                        }
                    }
                }
                List<Layout.HeaderCell> cells = header.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Layout.HeaderCell h = cells.get(c);
                    int colspan = h.colspan() + (r == 0 && c == cells.size() - 1 ? fill : 0);
                    row.add(new Cell(h.group() ? Kind.COLUMN_GROUP : Kind.COLUMN, h.text().zh(), Optional.of(h.text()),
                            colspan, h.rowspan(), false, Optional.empty(), Optional.empty(), h.lines()));
                }
                head.add(new Row(row, false));
            }
            List<Row> body = new ArrayList<>();
            for (Layout.BodyRow row : b.body()) {
                List<Cell> cells = new ArrayList<>();
                for (Layout.StubCell s : row.stub()) {
                    cells.add(Cell.label(s.group() ? Kind.ROW_GROUP : Kind.ROW, s.text(), s.colspan(), s.rowspan(),
                            s.vertical()));
                }
                row.unit().ifPresent(u -> cells.add(Cell.label(Kind.UNIT, u, 1, 1, false)));
                if (row.heading()) {
                    cells.add(new Cell(Kind.HEADING_VALUE, HEADING_VALUE, Optional.empty(), b.valueColumns() + fill, 1,
                            false, Optional.empty(), Optional.empty()));
                } else if (row.extra()) {
                    for (int c = 0; c < row.extraValues().size(); c++) {
                        CellValue v = row.extraValues().get(c);
                        cells.add(new Cell(Kind.EXTRA_VALUE, Texts.value(v, Optional.empty()), Optional.empty(),
                                1 + (c == row.extraValues().size() - 1 ? fill : 0), 1, false, Optional.empty(),
                                Optional.of(v)));
                    }
                } else {
                    for (int c = 0; c < row.cells().size(); c++) {
                        int extraFill = c == row.cells().size() - 1 ? fill : 0;
                        Optional<CellDefinition> cell = row.cell(c);
                        if (cell.isPresent()) {
                            CellValue v = t.valueAt(cell.get().index());
                            cells.add(new Cell(Kind.VALUE, Texts.value(v, cell), Optional.empty(), 1 + extraFill, 1,
                                    false, cell, Optional.of(v)));
                        } else {
                            // a column the form lacks, kept as printed
                            CellValue v = row.value(t, c);
                            cells.add(new Cell(Kind.EXTRA_VALUE, Texts.value(v, Optional.empty()), Optional.empty(),
                                    1 + extraFill, 1, false, Optional.empty(), Optional.of(v)));
                        }
                    }
                }
                body.add(new Row(cells, row.extra()));
            }
            parts.add(new Part(b, head, body));
        }
        return new Grid(width, parts);
    }
}
