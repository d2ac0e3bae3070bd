package io.github.xxgk.core.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a statistics table: a caption row (表二 prints one per 第二十条 item), the header of the
 * row-label column (the “stub”), the column tree and the row tree. 表三, 表四 and the legacy table
 * have one block each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the block id, unique within the table
 * @param caption the full-width caption row, if the block has one
 * @param stub the header of the row-label column ({@code 信息内容}, {@code 统计指标}), if printed
 * @param stubNote a note printed in the merged top-left cell (表三), if any
 * @param layout how the form prints the row labels
 * @param columns the column tree
 * @param rows the row tree
 */
public record BlockDefinition(
        String id,
        Optional<Label> caption,
        Optional<Label> stub,
        Optional<Label> stubNote,
        StubLayout layout,
        List<ColumnDefinition> columns,
        List<RowDefinition> rows) {

    /** Creates a block definition. */
    public BlockDefinition {
        if (!CellId.isId(id)) {
            throw new IllegalArgumentException("bad block id " + id);
        }
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(stub, "stub");
        Objects.requireNonNull(stubNote, "stubNote");
        Objects.requireNonNull(layout, "layout");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The leaf columns, left to right. */
    public List<ColumnDefinition> leafColumns() {
        List<ColumnDefinition> out = new ArrayList<>();
        columns.forEach(c -> addLeaves(c, out));
        return List.copyOf(out);
    }

    /** Every row, depth first in printed order, headings included. */
    public List<RowDefinition> allRows() {
        List<RowDefinition> out = new ArrayList<>();
        rows.forEach(r -> addRows(r, out));
        return List.copyOf(out);
    }

    /** The depth of the row tree: the number of stub columns a {@link StubLayout#NESTED} block prints. */
    public int stubDepth() {
        return rows.stream().mapToInt(BlockDefinition::rowDepth).max().orElse(0);
    }

    private static int rowDepth(RowDefinition r) {
        return 1 + r.children().stream().mapToInt(BlockDefinition::rowDepth).max().orElse(0);
    }

    /** The depth of the column tree: the number of header rows. */
    public int headerDepth() {
        return columns.stream().mapToInt(BlockDefinition::depth).max().orElse(0);
    }

    private static int depth(ColumnDefinition c) {
        return 1 + c.children().stream().mapToInt(BlockDefinition::depth).max().orElse(0);
    }

    private static void addLeaves(ColumnDefinition c, List<ColumnDefinition> out) {
        if (c.isLeaf()) {
            out.add(c);
        } else {
            c.children().forEach(k -> addLeaves(k, out));
        }
    }

    private static void addRows(RowDefinition r, List<RowDefinition> out) {
        out.add(r);
        r.children().forEach(k -> addRows(k, out));
    }

    /** One line: the id, caption, and the count of leaf columns and rows. */
    @Override
    public String toString() {
        return "BlockDefinition[" + id + caption.map(c -> " " + c.zh()).orElse("") + ", " + leafColumns().size()
                + " columns, " + allRows().size() + " rows]";
    }
}
