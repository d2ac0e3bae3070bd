package io.github.xxgk.core.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics table of a form: its id ({@code t2}, {@code t3}, {@code t4}, {@code stats}), its
 * number label ({@code 表三}), title, legal basis, blocks, and the relations between its cells. The
 * cells and their official addresses are derived from the row and column trees, never written out.
 *
 * <p>Instances are created once per edition and compared by identity. Immutable and thread-safe.
 */
public final class TableDefinition {

    private final String id;
    private final Label number;
    private final Label title;
    private final Label basis;
    private final List<BlockDefinition> blocks;
    private final List<Relation> relations;
    private final List<CellDefinition> cells;
    private final Map<CellId, CellDefinition> byId;
    private final Map<String, RowDefinition> rows;
    private final Map<String, BlockDefinition> blockOfRow;

    /**
     * Creates a table definition and derives its cells.
     *
     * @param id the table id
     * @param number the number label ({@code 表三} / {@code Table 3})
     * @param title the table's title
     * @param basis the legal or format basis of the table
     * @param blocks the blocks, in printed order
     * @param relations the relations between the table's cells
     */
    public TableDefinition(String id, Label number, Label title, Label basis,
            List<BlockDefinition> blocks, List<Relation> relations) {
        if (!CellId.isId(id)) {
            throw new IllegalArgumentException("bad table id " + id);
        }
        this.id = id;
        this.number = Objects.requireNonNull(number, "number");
        this.title = Objects.requireNonNull(title, "title");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.blocks = List.copyOf(blocks);
        this.relations = List.copyOf(relations);
        List<CellDefinition> out = new ArrayList<>();
        Map<String, RowDefinition> rowMap = new LinkedHashMap<>();
        Map<String, BlockDefinition> blockMap = new HashMap<>();
        for (BlockDefinition block : this.blocks) {
            for (RowDefinition row : block.rows()) {
                derive(block, row, new ArrayList<>(), out, rowMap, blockMap);
            }
        }
        this.cells = List.copyOf(out);
        Map<CellId, CellDefinition> ids = new HashMap<>();
        for (CellDefinition c : cells) {
            if (ids.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate cell id " + c.id());
            }
        }
        // a hash map: a cell id of the definition itself (as readers and builders pass) is found by its
        // hash and identity, without comparing ids
        this.byId = java.util.Collections.unmodifiableMap(ids);
        this.rows = java.util.Collections.unmodifiableMap(rowMap);
        this.blockOfRow = Map.copyOf(blockMap);
    }

    private void derive(BlockDefinition block, RowDefinition row, List<RowDefinition> ancestors,
            List<CellDefinition> out, Map<String, RowDefinition> rowMap, Map<String, BlockDefinition> blockMap) {
        if (rowMap.put(row.id(), row) != null) {
            throw new IllegalArgumentException("duplicate row id " + row.id() + " in " + id);
        }
        blockMap.put(row.id(), block);
        if (row.hasCells()) {
            List<ColumnDefinition> leaves = block.leafColumns();
            for (ColumnDefinition column : leaves) {
                Unit unit = row.unit().or(column::unit).orElseThrow(
                        () -> new IllegalArgumentException("no unit for " + row.id() + "." + column.id()));
                ValueKind kind = row.kind().or(column::kind).orElseThrow(
                        () -> new IllegalArgumentException("no kind for " + row.id() + "." + column.id()));
                out.add(new CellDefinition(new CellId(id, row.id(), column.id()), out.size(),
                        name(block, ancestors, row, column), unit, kind,
                        row.role() == RowRole.IMPLIED, column.extension(), row.basis()));
            }
        }
        List<RowDefinition> path = new ArrayList<>(ancestors);
        path.add(row);
        for (RowDefinition child : row.children()) {
            derive(block, child, path, out, rowMap, blockMap);
        }
    }

    private Label name(BlockDefinition block, List<RowDefinition> ancestors, RowDefinition row,
            ColumnDefinition column) {
        StringBuilder zh = new StringBuilder(number.zh()).append(' ');
        StringBuilder en = new StringBuilder(number.en()).append(' ');
        block.caption().ifPresent(c -> {
            zh.append(c.zh()).append(' ');
            en.append(c.en()).append(' ');
        });
        for (RowDefinition a : ancestors) {
            zh.append(a.numbering());
            en.append(englishNumbering(a.numbering()));
        }
        zh.append(row.numbering()).append(row.label().zh());
        en.append(englishNumbering(row.numbering())).append(row.label().en());
        List<Label> columnPath = columnPath(block, column);
        zh.append(" × ").append(join(columnPath, true));
        en.append(" × ").append(join(columnPath, false));
        return new Label(zh.toString(), en.toString());
    }

    /**
     * The name of a leaf column, unique within its block: the shortest end of its header path that no
     * other column shares ({@code 商业企业}, {@code 行政复议 总计}).
     *
     * @param block the block
     * @param column a leaf column of the block
     * @return the name in both languages
     */
    public static Label columnName(BlockDefinition block, ColumnDefinition column) {
        List<Label> path = columnPath(block, column);
        return new Label(join(path, true), join(path, false));
    }

    /** The shortest suffix of the column's header path that names it uniquely within its block. */
    private static List<Label> columnPath(BlockDefinition block, ColumnDefinition column) {
        List<List<ColumnDefinition>> paths = new ArrayList<>();
        for (ColumnDefinition top : block.columns()) {
            collectPaths(top, new ArrayList<>(), paths);
        }
        List<ColumnDefinition> mine = paths.stream()
                .filter(p -> p.get(p.size() - 1).id().equals(column.id()))
                .findFirst().orElseThrow();
        for (int len = 1; len <= mine.size(); len++) {
            List<String> suffix = labelsZh(mine.subList(mine.size() - len, mine.size()));
            long same = paths.stream()
                    .filter(p -> p.size() >= suffix.size()
                            && labelsZh(p.subList(p.size() - suffix.size(), p.size())).equals(suffix))
                    .count();
            if (same == 1) {
                return labels(mine.subList(mine.size() - len, mine.size()));
            }
        }
        return labels(mine);
    }

    private static List<String> labelsZh(List<ColumnDefinition> columns) {
        return columns.stream().map(c -> c.label().zh()).toList();
    }

    private static List<Label> labels(List<ColumnDefinition> columns) {
        return columns.stream().map(ColumnDefinition::label).toList();
    }

    private static void collectPaths(ColumnDefinition c, List<ColumnDefinition> prefix,
            List<List<ColumnDefinition>> out) {
        List<ColumnDefinition> path = new ArrayList<>(prefix);
        path.add(c);
        if (c.isLeaf()) {
            out.add(path);
        } else {
            c.children().forEach(k -> collectPaths(k, path, out));
        }
    }

    private static String join(List<Label> labels, boolean zh) {
        return String.join(" ", labels.stream().map(l -> zh ? l.zh() : l.en()).toList());
    }

    private static final Pattern CN_MAJOR = Pattern.compile("([一二三四五六七八九十]+)、");
    private static final Pattern CN_PAREN = Pattern.compile("（([一二三四五六七八九十]+)）");
    private static final Pattern DIGIT_PAREN = Pattern.compile("[（(](\\d+)[）)]");
    private static final Pattern DIGIT_DOT = Pattern.compile("(\\d+)[.．]");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    /**
     * The English spelling of a Chinese numbering label: {@code 三、} → {@code III. }, {@code （三）} →
     * {@code (3) }, {@code 1．} → {@code 1. }, {@code 其中：} → {@code of which: }.
     *
     * @param numbering the numbering as printed
     * @return its English spelling, empty for an empty numbering
     */
    public static String englishNumbering(String numbering) {
        Matcher m;
        if ((m = CN_MAJOR.matcher(numbering)).matches()) {
            return ROMAN[chineseNumber(m.group(1))] + ". ";
        }
        if ((m = CN_PAREN.matcher(numbering)).matches()) {
            return "(" + chineseNumber(m.group(1)) + ") ";
        }
        if ((m = DIGIT_PAREN.matcher(numbering)).matches() || (m = DIGIT_DOT.matcher(numbering)).matches()) {
            return m.group(1) + (numbering.contains(".") || numbering.contains("．") ? ". " : ") ");
        }
        if (numbering.equals("其中：")) {
            return "of which: ";
        }
        return numbering.isEmpty() ? "" : numbering + " ";
    }

    private static int chineseNumber(String s) {
        String digits = "一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        return digits.indexOf(s.charAt(0)) + 1;
    }

    /** The table id. */
    public String id() {
        return id;
    }

    /** The number label, {@code 表三} / {@code Table 3}. */
    public Label number() {
        return number;
    }

    /** The title. */
    public Label title() {
        return title;
    }

    /** The legal or format basis. */
    public Label basis() {
        return basis;
    }

    /** The blocks in printed order. */
    public List<BlockDefinition> blocks() {
        return blocks;
    }

    /** The relations between the table's cells. */
    public List<Relation> relations() {
        return relations;
    }

    /** Every cell, block by block, row by row, column by column; a cell's index is its position here. */
    public List<CellDefinition> cells() {
        return cells;
    }

    /** The cell with an id, if the table has it. */
    public Optional<CellDefinition> cell(CellId cellId) {
        return Optional.ofNullable(byId.get(cellId));
    }

    /** Every row of every block, headings included, depth first in printed order. */
    public List<RowDefinition> rows() {
        return List.copyOf(rows.values());
    }

    /** The row with an id, if the table has it. */
    public Optional<RowDefinition> row(String rowId) {
        return Optional.ofNullable(rows.get(rowId));
    }

    /** The block a row belongs to, if the table has the row. */
    public Optional<BlockDefinition> blockOf(String rowId) {
        return Optional.ofNullable(blockOfRow.get(rowId));
    }

    @Override
    public String toString() {
        return number.zh() + " (" + id + ")";
    }
}
