package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.ExtraColumn;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.PrintedShape;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.RowRole;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grids to a statistics table: header rows matched to the form's columns (leaf label, the groups above
 * it), row labels to the form's rows (numbering and label, variants, the parent rows printed beside
 * them), cells to values. What matches nothing is kept (extra rows and columns) and noted; the printed
 * shape is recorded when the grid deviates from the form. Knows nothing of HTML. Not API.
 */
final class GridReader {

    /** What one table read gives. */
    record Result(StatisticsTable table, List<Note> notes, Map<CellId, SourceLocation> cells,
            List<SourceDocument.Located> omitted) {
    }

    private record Origin(SourceDocument.Cell cell, int grid, int row, int col, Values.Parsed parsed) {
        String text() {
            return parsed.text();
        }
    }

    private record Target(Optional<FormIndex.ColumnRef> column, String printed, String extraId) {
    }

    private record Context(int firstValueCol, Map<Integer, Target> columns, Optional<BlockDefinition> block,
            String unitText, String rowUnit) {
        Context(int firstValueCol, Map<Integer, Target> columns, Optional<BlockDefinition> block, String unitText) {
            this(firstValueCol, columns, block, unitText, "");
        }
    }

    private final TableDefinition def;
    private final FormIndex index;
    private final List<Note> notes = new ArrayList<>();
    private final Map<CellId, SourceLocation> cells = new LinkedHashMap<>();
    private final StatisticsTable.Builder builder;
    private final List<PrintedShape.Row> printedRows = new ArrayList<>();
    private final Set<String> printedRowIds = new HashSet<>();
    /** The position in the index of the last form row read. */
    private int lastRow = -1;
    private final List<PrintedShape.Column> printedColumns = new ArrayList<>();
    private final Set<String> printedColumnIds = new LinkedHashSet<>();
    private final Map<String, String> extraColumnLabels = new LinkedHashMap<>();
    private final Map<String, Map<String, CellValue>> extraColumnValues = new LinkedHashMap<>();
    private final List<ExtraRow> extraRows = new ArrayList<>();
    /** The cells set so far, by their index in the table definition. */
    private final boolean[] set;
    private boolean labelsDiffer;
    private boolean unitColumn;
    /** Whether a row label is printed otherwise than the form words it: then every label is kept as printed. */
    private boolean wordingDiffers;
    /** The label and unit each printed row had, by its place in {@link #printedRows}. */
    private final List<String[]> printedAs = new ArrayList<>();
    /** The header each printed column had, by column id. */
    private final Map<String, String> headerAs = new LinkedHashMap<>();

    private String caption = "";
    /** The grids read, for the places of header cells. */
    private List<SourceDocument.Grid> grids = List.of();
    /** What the table printed that the model has no place for (a block caption the form lacks), and where. */
    private final List<SourceDocument.Located> omitted = new ArrayList<>();
    private final Set<Origin> omittedCells = new HashSet<>();

    /**
     * A form row whose figures ran together in a merged cell over several columns (a line not drawn, no
     * space between them): split at the end, with the table's relations, as a text dump's runs are.
     */
    private record Deferred(SourceDocument.Grid grid, FormIndex.RowRef ref, String label, List<Origin> values,
            List<List<Target>> targets, Context ctx) {
    }

    private final List<Deferred> deferred = new ArrayList<>();
    /** The printed text of each cell of the form rows read, for the relations that split such runs. */
    private final Map<FormIndex.RowRef, Map<FormIndex.ColumnRef, String>> printedTexts = new LinkedHashMap<>();
    /** A row label that ends with a unit in brackets: the label and the unit. */
    private static final Pattern LABEL_UNIT = Pattern.compile("^(.*\\S)\\s*[（(]([^（）()]{1,4})[）)]$");
    private static final Pattern NUMBERED_PART = Pattern.compile("^[1-9]\\d?[、.．]");

    private GridReader(TableDefinition def, FormIndex index) {
        this.def = def;
        this.index = index;
        this.builder = StatisticsTable.builder(def);
        this.set = new boolean[def.cells().size()];
    }

    /** How well a grid's texts match a table's labels. */
    static int score(FormIndex index, SourceDocument.Grid grid) {
        List<String> texts = new ArrayList<>();
        grid.rows().forEach(r -> r.forEach(c -> texts.add(c.text())));
        return index.score(texts);
    }

    /**
     * Reads grids (one table, possibly split over several grids) into a table.
     *
     * @param def the table definition
     * @param index its labels
     * @param grids the grids in order
     * @param caption the caption the page printed over the table, or empty
     * @param stated what the report's text states of single cells (settles a merged cell's run the relations do not)
     * @return the table, the notes and the cell locations
     */
    static Result read(TableDefinition def, FormIndex index, List<SourceDocument.Grid> grids, String caption,
            StatedFigures stated) {
        GridReader r = new GridReader(def, index);
        r.caption = caption;
        r.stated = stated;
        r.run(grids);
        r.noteUnread(grids);
        return r.finish();
    }

    /** What the report's text states of single cells, for a merged cell's run the relations leave ambiguous. */
    private StatedFigures stated = StatedFigures.NONE;
    private boolean anyRowRead;
    /** Whether any header naming the form's columns was found. */
    private boolean headerFound;
    /** The id of each extra column, by its printed label. */
    private final Map<String, String> extraIds = new LinkedHashMap<>();

    private void run(List<SourceDocument.Grid> grids) {
        this.grids = grids;
        Context context = null;
        List<Origin[]> pending = new ArrayList<>();
        // where each held-back row stands: its grid and its row in the grid
        List<int[]> pendingAt = new ArrayList<>();
        for (int g = 0; g < grids.size(); g++) {
            SourceDocument.Grid grid = grids.get(g);
            Origin[][] slots = expand(grid, g);
            for (int r = 0; r < slots.length; r++) {
                Origin[] row = slots[r];
                Context candidate = pending.isEmpty() ? context : contextOf(pending, row.length);
                if (candidate == null && context != null && valueRow(row, r, context)) {
                    // the rows held back make no header, and this row has values under the table's header: they
                    // are rows of the table with a label the form lacks and no figure (的答复总数 over empty
                    // cells), kept as extra rows; they were dropped, and every row after them with them
                    for (int k = 0; k < pending.size(); k++) {
                        int[] at = pendingAt.get(k);
                        readRow(grids.get(at[0]), pending.get(k), at[1], context, true);
                    }
                    pending.clear();
                    pendingAt.clear();
                    candidate = context;
                }
                headerFound |= candidate != null;
                if (candidate == null) {
                    pending.add(row);
                    pendingAt.add(new int[] {g, r});
                    continue;
                }
                row = aligned(grid, row, r, candidate);
                if (readRow(grid, row, r, candidate, false)) {
                    context = candidate;
                    keepUnknownCaptions(pending, candidate);
                    pending.clear();
                    pendingAt.clear();
                    anyRowRead = true;
                } else if (!isEmpty(row, r)) {
                    pending.add(row);
                    pendingAt.add(new int[] {g, r});
                }
            }
        }
        if (context != null) {
            // rows after the last row read that make no header (a 注：… line printed inside the table): not rows
            // of the form, not dropped without a word either: listed as left out, with where they stand
            for (Origin[] row : pending) {
                for (Origin o : row) {
                    if (o != null && !o.text().isEmpty() && omittedCells.add(o)) {
                        omitted.add(new SourceDocument.Located(o.text(), loc(grids.get(o.grid()), o)));
                    }
                }
            }
        }
    }

    /**
     * A row that ends short of its header's last column and whose label, moved right by the missing
     * columns, is a row of the form, moved so: the continuation of a table split at a page break that
     * lost the stub's first column (the vertical 三、本年度办理结果 cell spans the rows of the first part
     * only), under the header the continuation repeats or the first part's. Other rows as they are.
     */
    private Origin[] aligned(SourceDocument.Grid grid, Origin[] row, int r, Context ctx) {
        int end = row.length;
        while (end > 0 && row[end - 1] == null) {
            end--;
        }
        int last = ctx.columns().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int shift = last + 1 - end;
        if (end > 0 && shift < 0 && ctx.firstValueCol() > 0) {
            return pushedBack(grid, row, r, end, -shift, last, ctx);
        }
        if (end == 0 || shift <= 0 || ctx.firstValueCol() <= 0 || matchRow(stubOf(row, ctx), ctx.block()).isPresent()) {
            return row;
        }
        Origin[] moved = new Origin[last + 1];
        Map<Origin, Origin> copies = new java.util.IdentityHashMap<>();
        for (int c = 0; c < end; c++) {
            Origin o = row[c];
            if (o != null) {
                moved[c + shift] = copies.computeIfAbsent(o, x -> new Origin(new SourceDocument.Cell(x.cell().text(),
                        x.cell().rowspan(), x.cell().colspan(), x.cell().element(), Optional.of(loc(grid, x))),
                        x.grid(), x.row(), x.col() + shift, x.parsed()));
            }
        }
        Origin lastCell = moved[last];
        boolean figureAtEnd = lastCell != null && isFigure(lastCell);
        return figureAtEnd && matchRow(stubOf(moved, ctx), ctx.block()).isPresent() ? moved : row;
    }

    /**
     * A row pushed right past its header's last column by a cell from the rows above whose rowspan runs on
     * beyond its group (the vertical 三、本年度办理结果 counted 22 rows in a table that prints 20, over
     * 四、结转下年度继续办理): read without that cell, moved back under its columns, when so moved it ends under
     * the last column with a figure and its label is a row of the form. Other rows as they are. It was read
     * with its figures a column off, its 总计 under no header.
     */
    private Origin[] pushedBack(SourceDocument.Grid grid, Origin[] row, int r, int end, int shift, int last,
            Context ctx) {
        for (int c = 0; c < shift; c++) {
            if (row[c] == null || row[c].row() >= r) {
                return row; // not a cell from above
            }
        }
        if (row[shift] == row[shift - 1]) {
            return row;
        }
        Origin[] moved = new Origin[last + 1];
        Map<Origin, Origin> copies = new java.util.IdentityHashMap<>();
        for (int c = shift; c < end; c++) {
            Origin o = row[c];
            if (o != null) {
                moved[c - shift] = copies.computeIfAbsent(o, x -> new Origin(new SourceDocument.Cell(x.cell().text(),
                        x.cell().rowspan(), x.cell().colspan(), x.cell().element(), Optional.of(loc(grid, x))),
                        x.grid(), x.row(), x.col() - shift, x.parsed()));
            }
        }
        Origin lastCell = moved[last];
        return lastCell != null && isFigure(lastCell) && matchRow(stubOf(moved, ctx), ctx.block()).isPresent() ? moved : row;
    }

    /** The distinct non-empty cells of a row before the context's first value column. */
    private static List<Origin> stubOf(Origin[] row, Context ctx) {
        List<Origin> stub = new ArrayList<>();
        for (int c = 0; c < Math.min(ctx.firstValueCol(), row.length); c++) {
            Origin o = row[c];
            if (o != null && !stub.contains(o) && !o.text().isEmpty()) {
                stub.add(o);
            }
        }
        return stub;
    }

    /** Whether a cell holds a figure or “/”: what makes a row a value row. */
    private static boolean isFigure(Origin o) {
        return o.parsed().kind() == Values.Kind.NUMBER || o.parsed().kind() == Values.Kind.NOT_APPLICABLE;
    }

    /** Whether a row has a figure (or “/”) in a value column of a header's context. */
    private static boolean valueRow(Origin[] row, int r, Context ctx) {
        for (int c = Math.max(0, ctx.firstValueCol()); c < row.length; c++) {
            Origin o = row[c];
            if (o != null && o.row() == r && o.col() == c && ctx.columns().containsKey(c) && isFigure(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A header row of one cell over the stub that is no block caption, column or stub header of the form (a
     * 2021 report printing the 2019 trial's 第二十条第（九）项): no column's path holds it and the model has no
     * place for a block's caption, so it is listed as left out, with where it was, not dropped in silence.
     */
    private void keepUnknownCaptions(List<Origin[]> header, Context ctx) {
        for (Origin[] row : header) {
            Set<Origin> distinct = new LinkedHashSet<>();
            for (Origin o : row) {
                if (o != null && !o.text().isEmpty()) {
                    distinct.add(o);
                }
            }
            if (distinct.size() != 1) {
                continue;
            }
            Origin only = distinct.iterator().next();
            String k = Keys.of(only.text());
            if (only.col() < ctx.firstValueCol() && !index.captions.containsKey(k) && !index.allKeys.contains(k)
                    && !index.stubKeys.contains(k) && omittedCells.add(only)) {
                omitted.add(new SourceDocument.Located(only.text(), loc(grids.get(only.grid()), only)));
            }
        }
    }

    /**
     * Says so when the grids were taken for this table but no printed header names a column of the form and
     * not one row could be read (a legacy table headed 指标 | 数值): the figures are not silently dropped.
     */
    private void noteUnread(List<SourceDocument.Grid> grids) {
        if (anyRowRead || headerFound) {
            return; // read, or a header of the form's columns over rows left blank (a blank template)
        }
        for (SourceDocument.Grid grid : grids) {
            for (List<SourceDocument.Cell> row : grid.rows()) {
                List<String> texts = row.stream().map(c -> Texts.collapse(c.text())).filter(t -> !t.isEmpty()).toList();
                if (!texts.isEmpty()) {
                    String header = String.join(" | ", texts);
                    notes.add(Note.table("READ-COLUMN-UNKNOWN", Severity.WARNING, "read.columns_unknown", def.id(),
                            header.length() > 80 ? header.substring(0, 80) + "…" : header, "", grid.location()));
                    return;
                }
            }
        }
    }

    private static boolean isEmpty(Origin[] row, int r) {
        for (Origin o : row) {
            if (o != null && o.row() == r && !o.text().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Origin[][] expand(SourceDocument.Grid grid, int g) {
        List<List<SourceDocument.Cell>> rows = grid.rows();
        int width = 0;
        List<Origin[]> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (out.size() <= r) {
                out.add(new Origin[0]);
            }
            int c = 0;
            for (SourceDocument.Cell cell : rows.get(r)) {
                Origin[] line = out.get(r);
                while (c < line.length && line[c] != null) {
                    c++;
                }
                Origin o = new Origin(cell, g, r, c, Values.parse(cell.text()));
                int rowspan = Math.min(cell.rowspan(), rows.size() - r);
                for (int dr = 0; dr < Math.max(1, rowspan); dr++) {
                    while (out.size() <= r + dr) {
                        out.add(new Origin[0]);
                    }
                    Origin[] target = out.get(r + dr);
                    if (target.length < c + cell.colspan()) {
                        target = java.util.Arrays.copyOf(target, c + cell.colspan());
                        out.set(r + dr, target);
                    }
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        if (target[c + dc] == null) {
                            target[c + dc] = o;
                        }
                    }
                }
                c += cell.colspan();
                width = Math.max(width, c);
            }
        }
        Origin[][] slots = new Origin[out.size()][];
        for (int r = 0; r < slots.length; r++) {
            slots[r] = java.util.Arrays.copyOf(out.get(r), Math.max(width, out.get(r).length));
        }
        return slots;
    }

    private Context contextOf(List<Origin[]> header, int width) {
        Optional<BlockDefinition> block = Optional.empty();
        List<Origin[]> rows = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Origin[] row : header) {
            Set<Origin> distinct = new LinkedHashSet<>();
            for (Origin o : row) {
                if (o != null) {
                    distinct.add(o);
                }
            }
            distinct.forEach(o -> all.append(o.text()));
            if (distinct.size() == 1) {
                Origin only = distinct.iterator().next();
                BlockDefinition b = index.captions.get(Keys.of(only.text()));
                if (b != null) {
                    block = Optional.of(b);
                    continue;
                }
            }
            rows.addAll(unflattened(row));
        }
        int w = 0;
        for (Origin[] row : rows) {
            w = Math.max(w, row.length);
        }
        int first = -1;
        for (int c = 0; c < w && first < 0; c++) {
            for (Origin[] row : rows) {
                if (c < row.length && row[c] != null && row[c].col() == c) {
                    String k = headerKey(row[c].text());
                    if (index.columnsByKey.containsKey(k) || index.groupKeys.contains(k)) {
                        first = c;
                        break;
                    }
                }
            }
        }
        if (first < 0 && !index.captions.isEmpty()) {
            // a block of 表二 whose header row opens with the stub's header (信息内容) and names none of the
            // edition's columns (a 2021 report printing the 2019 trial's 上一年项目数量 | 本年增/减 …): its
            // columns are read as extra columns, so that the figures are kept and the shape reported
            for (Origin[] row : rows) {
                for (int c = 0; c < row.length && first < 0; c++) {
                    Origin o = row[c];
                    if (o != null && o.col() == c && index.stubKeys.contains(headerKey(o.text()))) {
                        int next = c + o.cell().colspan();
                        for (int d = next; d < row.length; d++) {
                            if (row[d] != null && !row[d].text().isEmpty()) {
                                first = next;
                                break;
                            }
                        }
                    }
                }
            }
        }
        if (first < 0) {
            return null;
        }
        Map<Integer, Target> columns = new HashMap<>();
        for (int c = first; c < Math.max(w, width); c++) {
            List<Origin> path = new ArrayList<>();
            for (Origin[] row : rows) {
                Origin o = c < row.length ? row[c] : null;
                if (o != null && o.col() >= first && !path.contains(o) && !o.text().isEmpty()) {
                    path.add(o);
                }
            }
            if (!path.isEmpty()) {
                columns.put(c, target(path, block));
            }
        }
        return new Context(first, columns, block, all.toString());
    }

    /**
     * A header row whose cells print a column's groups and its own label in one, separated by spaces
     * ({@code 行政复议 结果维持}, as a flat rendering prints them), as the header rows it stands for: one
     * row a level. Other rows as they are.
     */
    private List<Origin[]> unflattened(Origin[] row) {
        int levels = 1;
        for (Origin o : row) {
            if (o != null && flatPieces(o.text()).size() > levels) {
                levels = flatPieces(o.text()).size();
            }
        }
        if (levels == 1) {
            return java.util.Collections.singletonList(row);
        }
        List<Origin[]> out = new ArrayList<>();
        Map<Origin, Origin[]> split = new java.util.IdentityHashMap<>();
        for (int l = 0; l < levels; l++) {
            Origin[] line = new Origin[row.length];
            for (int c = 0; c < row.length; c++) {
                Origin o = row[c];
                if (o == null) {
                    continue;
                }
                List<String> pieces = flatPieces(o.text());
                if (pieces.size() < 2) {
                    line[c] = o;
                    continue;
                }
                Origin[] parts = split.computeIfAbsent(o, x -> {
                    Origin[] ps = new Origin[pieces.size()];
                    for (int i = 0; i < ps.length; i++) {
                        ps[i] = new Origin(x.cell(), x.grid(), x.row(), x.col(), Values.parse(pieces.get(i)));
                    }
                    return ps;
                });
                // the groups on the upper levels, the column's own label on the lowest
                int i = Math.max(0, l - (levels - parts.length));
                line[c] = l < levels - parts.length ? parts[0] : parts[i];
            }
            out.add(line);
        }
        return out;
    }

    /** The space-separated pieces of a header text when the whole is no label but each piece is one. */
    private List<String> flatPieces(String text) {
        String t = Texts.collapse(text);
        if (t.indexOf(' ') < 0 || isHeaderLabel(t)) {
            return List.of(t);
        }
        List<String> pieces = List.of(t.split(" "));
        return pieces.stream().allMatch(this::isHeaderLabel) ? pieces : List.of(t);
    }

    private boolean isHeaderLabel(String text) {
        String k = headerKey(text);
        return index.columnsByKey.containsKey(k) || index.groupKeys.contains(k);
    }

    private Target target(List<Origin> path, Optional<BlockDefinition> block) {
        Set<String> pathKeys = new HashSet<>();
        path.forEach(o -> pathKeys.add(headerKey(o.text())));
        for (int i = path.size() - 1; i >= 0; i--) {
            List<FormIndex.ColumnRef> cands = index.columnsByKey.getOrDefault(headerKey(path.get(i).text()), List.of());
            if (cands.isEmpty()) {
                continue;
            }
            List<FormIndex.ColumnRef> best = new ArrayList<>();
            int bestScore = -1;
            for (FormIndex.ColumnRef ref : cands) {
                int s = 0;
                for (ColumnDefinition g : ref.groups()) {
                    if (FormIndex.keysOf(g).stream().anyMatch(pathKeys::contains)) {
                        s += 2;
                    }
                }
                if (block.isPresent() && ref.block() == block.get()) {
                    s += 1;
                }
                if (s > bestScore) {
                    best.clear();
                    bestScore = s;
                }
                if (s == bestScore) {
                    best.add(ref);
                }
            }
            return new Target(Optional.of(best.get(0)), Texts.collapse(path.get(i).text()), "");
        }
        String label = Texts.collapse(path.get(path.size() - 1).text());
        // one id a printed label, given when the header is read: several unknown columns of one header get
        // ids of their own (they all got the next free id, and their figures overwrote each other)
        String id = extraIds.computeIfAbsent(label, k -> "x_column_" + (extraIds.size() + 1));
        return new Target(Optional.empty(), label, id);
    }

    /**
     * Reads a row if it is a value row under the context; false for a header row. With {@code keep}, a row
     * that matches no form row and has no figure is read too, as an extra row with its printed label.
     */
    private boolean readRow(SourceDocument.Grid grid, Origin[] row, int r, Context ctx, boolean keep) {
        List<Origin> stub = stubOf(row, ctx);
        List<Origin> values = new ArrayList<>();
        for (int c = Math.max(0, ctx.firstValueCol()); c < row.length; c++) {
            Origin o = row[c];
            if (o != null && o.row() == r && o.col() == c) {
                values.add(o);
            }
        }
        String unit = "";
        if (stub.size() > 1 && isUnit(stub.get(stub.size() - 1).text())) {
            unit = Keys.of(stub.remove(stub.size() - 1).text());
            unitColumn = true;
        } else if (stub.size() > 1 && Values.parse(stub.get(stub.size() - 1).text()).kind() == Values.Kind.NOT_APPLICABLE
                && matchRow(stub.subList(0, stub.size() - 1), ctx.block()).filter(m -> !m.ref().row().hasCells()
                        || m.ref().row().role() == RowRole.IMPLIED).isPresent()) {
            // a heading row's unit column printed “——”: the row has no unit (and no cells); likewise a subtotal
            // row the form asks no figure for (（二）通过不同渠道和方式公开政府信息的情况 — —)
            stub.remove(stub.size() - 1);
        }
        String printedLabel = stub.isEmpty() ? "" : Texts.collapse(stub.get(stub.size() - 1).text());
        if (unit.isEmpty() && !stub.isEmpty()) {
            // the unit printed at the end of the label, where the table has no unit column (主动公开政府信息数（条）)
            Matcher um = LABEL_UNIT.matcher(printedLabel);
            if (um.matches() && isUnit(um.group(2)) && matchRow(stub, ctx.block()).isEmpty()) {
                Origin o = stub.get(stub.size() - 1);
                List<Origin> bare = new ArrayList<>(stub);
                bare.set(bare.size() - 1, new Origin(o.cell(), o.grid(), o.row(), o.col(), Values.parse(um.group(1))));
                if (matchRow(bare, ctx.block()).isPresent()) {
                    stub = bare;
                    unit = Keys.of(um.group(2));
                }
            }
        }
        boolean hasValue = values.stream().anyMatch(GridReader::isFigure);
        Optional<RowMatcher.Match> match = matchRow(stub, ctx.block());
        if (!hasValue && match.isEmpty() && (!keep || stub.isEmpty())) {
            return false;
        }
        if (!keep && !hasValue && values.stream().anyMatch(o -> !o.parsed().isValue())
                && values.stream().noneMatch(o -> o.parsed().isValue() && !o.text().isEmpty())) {
            // label cells only under the column headers: a header row
            boolean anyHeaderText = values.stream().anyMatch(o -> index.allKeys.contains(Keys.of(o.text())));
            if (anyHeaderText) {
                return false;
            }
        }
        if (match.isEmpty() && stub.isEmpty()) {
            List<FormIndex.RowRef> single = index.rows.stream().filter(x -> x.row().hasCells()).toList();
            if (single.size() == 1) {
                match = Optional.of(new RowMatcher.Match(single.get(0), false));
            }
        }
        if (match.isPresent()) {
            lastRow = index.rows.indexOf(match.get().ref());
            RowDefinition rowDef = match.get().ref().row();
            if (!rowDef.hasCells()) {
                addPrintedRow(PrintedShape.FormRow.of(rowDef.id()), rowDef.id(), printedLabel, unit);
                return true;
            }
            Optional<String> label = match.get().loose() ? Optional.of(printedLabel) : Optional.empty();
            labelsDiffer |= label.isPresent();
            boolean allBlank = values.stream().allMatch(o -> o.parsed().kind() == Values.Kind.BLANK);
            if (rowDef.role() == RowRole.IMPLIED && allBlank || dashedSubtotal(rowDef, match.get().ref().block(), values)) {
                if (match.get().ref().block().layout() == io.github.xxgk.core.form.StubLayout.LIST_WITH_UNIT) {
                    // the legacy list prints its subtotals' rows, here with blank cells
                    addPrintedRow(new PrintedShape.FormRow(rowDef.id(), label, Optional.empty()), rowDef.id(),
                            printedLabel, unit);
                }
                return true;
            }
            addPrintedRow(new PrintedShape.FormRow(rowDef.id(), label, Optional.empty()), rowDef.id(), printedLabel, unit);
            wordingDiffers |= !ownPart(printedLabel).equals(rowDef.printed());
            Context rowCtx = unit.isEmpty() ? ctx
                    : new Context(ctx.firstValueCol(), ctx.columns(), ctx.block(), ctx.unitText(), unit);
            List<List<Target>> spans = new ArrayList<>();
            boolean run = false;
            for (Origin o : values) {
                List<Target> covered = covered(ctx, o);
                spans.add(covered);
                run |= covered.size() > 1 && o.parsed().kind() == Values.Kind.NUMBER;
            }
            if (run && values.stream().allMatch(o -> o.parsed().kind() == Values.Kind.NUMBER)) {
                deferred.add(new Deferred(grid, match.get().ref(), printedLabel, values, spans, rowCtx));
                return true;
            }
            Map<FormIndex.ColumnRef, String> texts = printedTexts.computeIfAbsent(match.get().ref(),
                    k -> new LinkedHashMap<>());
            for (Origin o : values) {
                Target t = ctx.columns().get(o.col());
                setCell(grid, rowDef, t, o, rowCtx);
                if (t != null && t.column().isPresent()) {
                    texts.put(t.column().get(), o.text());
                }
            }
        } else {
            Map<String, CellValue> rowValues = new LinkedHashMap<>();
            for (Origin o : values) {
                Target t = ctx.columns().get(o.col());
                if (t == null) {
                    continue;
                }
                String column = t.column().map(c -> c.column().id()).orElse(t.extraId());
                if (t.column().isEmpty()) {
                    noteExtraColumn(t);
                }
                ValueKind kind = t.column().flatMap(c -> c.column().kind()).orElse(ValueKind.COUNT);
                CellValue v = t.column().isEmpty() ? extraValue(o, ctx, grid)
                        : value(o, kind == ValueKind.SIGNED_COUNT ? ValueKind.COUNT : kind,
                                t.column().flatMap(c -> c.column().unit()).orElse(Unit.PIECE), ctx, null, grid);
                if (!v.isBlank()) {
                    // an empty cell of a local row holds no value
                    rowValues.put(column, v);
                }
            }
            String label = printedLabel.isEmpty() ? "（无名称）" : printedLabel;
            extraRows.add(new ExtraRow(label, unit, rowValues));
            printedRows.add(new PrintedShape.ExtraRowAt(extraRows.size() - 1));
            printedAs.add(new String[] {label, unit});
            notes.add(Note.table("READ-ROW-UNKNOWN", Severity.INFO, "read.row_unknown", def.id(), label, "",
                    stub.isEmpty() ? grid.location() : loc(grid, stub.get(stub.size() - 1))));
        }
        return true;
    }

    /** The form columns a value cell stands over, left to right, each once. */
    private static List<Target> covered(Context ctx, Origin o) {
        List<Target> out = new ArrayList<>();
        Set<FormIndex.ColumnRef> seen = new HashSet<>();
        for (int c = o.col(); c < o.col() + Math.max(1, o.cell().colspan()); c++) {
            Target t = ctx.columns().get(c);
            if (t != null && t.column().isPresent() && seen.add(t.column().get())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The most combinations of splits looked at for one row. */
    private static final int MAX_COMBINATIONS = 50_000;

    /** Splits the runs of the deferred rows with the table's relations and the other rows' printed values. */
    private void resolveDeferred() {
        List<DumpTables.Pending> rows = new ArrayList<>();
        List<List<String[]>> candidates = new ArrayList<>();
        List<Boolean> enumerated = new ArrayList<>();
        Set<Integer> tooMany = new HashSet<>();
        for (Map.Entry<FormIndex.RowRef, Map<FormIndex.ColumnRef, String>> e : printedTexts.entrySet()) {
            String[] texts = e.getValue().values().toArray(new String[0]);
            rows.add(new DumpTables.Pending(Optional.of(e.getKey()), "", "", new ArrayList<>(e.getValue().keySet()),
                    List.of(texts), List.of(), null, new int[0]));
            candidates.add(List.<String[]>of(texts));
            enumerated.add(false);
        }
        int first = rows.size();
        for (Deferred d : deferred) {
            List<FormIndex.ColumnRef> columns = new ArrayList<>();
            List<String> chunks = new ArrayList<>();
            List<String[]> product = new ArrayList<>();
            product.add(new String[0]);
            boolean many = false;
            Origin merged = null;
            for (int i = 0; i < d.values().size(); i++) {
                List<Target> ts = d.targets().get(i);
                Origin o = d.values().get(i);
                if (ts.isEmpty()) {
                    continue;
                }
                ts.forEach(t -> columns.add(t.column().get()));
                chunks.add(o.text());
                List<String[]> ways;
                if (ts.size() == 1) {
                    ways = List.<String[]>of(new String[] {o.text()});
                } else {
                    ways = DigitRuns.splits(o.parsed().digits(), ts.size());
                    merged = merged == null ? o : merged;
                    many |= ways.isEmpty();
                }
                List<String[]> next = new ArrayList<>();
                for (String[] head : product) {
                    for (String[] way : ways) {
                        String[] joined = java.util.Arrays.copyOf(head, head.length + way.length);
                        System.arraycopy(way, 0, joined, head.length, way.length);
                        next.add(joined);
                    }
                }
                if (next.size() > MAX_COMBINATIONS) {
                    many = true;
                    next.clear();
                }
                product = next;
            }
            if (many) {
                tooMany.add(rows.size());
                product = List.of();
            }
            rows.add(new DumpTables.Pending(Optional.of(d.ref()), d.label(), "", columns, chunks, List.of(),
                    merged == null ? d.grid().location() : loc(d.grid(), merged), new int[0]));
            candidates.add(product);
            enumerated.add(true);
        }
        List<ResolvedRow> resolved = SplitChoice.choose(def, rows, candidates, enumerated, tooMany, notes, stated);
        for (int k = 0; k < deferred.size(); k++) {
            Deferred d = deferred.get(k);
            ResolvedRow r = resolved.get(first + k);
            int at = 0;
            for (int i = 0; i < d.values().size(); i++) {
                Origin o = d.values().get(i);
                List<Target> ts = d.targets().get(i);
                if (ts.isEmpty()) {
                    setCell(d.grid(), d.ref().row(), d.ctx().columns().get(o.col()), o, d.ctx());
                    continue;
                }
                for (Target t : ts) {
                    String text = r.cells().get(at++).text();
                    Origin part = new Origin(new SourceDocument.Cell(text, 1, 1, o.cell().element(),
                            Optional.of(loc(d.grid(), o))), o.grid(), o.row(), o.col(), Values.parse(text));
                    setCell(d.grid(), d.ref().row(), t, part, d.ctx());
                }
            }
        }
    }

    /**
     * Whether a subtotal row the form asks no figure for is printed, in the legacy list, with “—” where a
     * figure would stand (the national legacy table prints （二）通过不同渠道和方式… so): no figure, as when
     * its cells are left blank.
     */
    private static boolean dashedSubtotal(RowDefinition rowDef, BlockDefinition block, List<Origin> values) {
        return rowDef.role() == RowRole.IMPLIED && block.layout() == io.github.xxgk.core.form.StubLayout.LIST_WITH_UNIT
                && values.stream().allMatch(o -> o.parsed().kind() == Values.Kind.BLANK
                        || o.parsed().kind() == Values.Kind.NOT_APPLICABLE && Keys.of(o.text()).chars().allMatch(ch -> ch == '-'));
    }

    private void addPrintedRow(PrintedShape.Row row, String id) {
        addPrintedRow(row, id, "", "");
    }

    private void addPrintedRow(PrintedShape.Row row, String id, String label, String unit) {
        if (printedRowIds.add(id)) {
            printedRows.add(row);
            printedAs.add(new String[] {label, unit});
        }
    }

    private void noteExtraColumn(Target t) {
        if (!extraColumnLabels.containsKey(t.extraId())) {
            extraColumnLabels.put(t.extraId(), t.printed());
            extraColumnValues.put(t.extraId(), new LinkedHashMap<>());
            printedColumns.add(new PrintedShape.ExtraColumnAt(t.extraId()));
            notes.add(Note.table("READ-COLUMN-UNKNOWN", Severity.WARNING, "read.column_unknown", def.id(),
                    t.printed(), "", null));
        }
    }

    private void setCell(SourceDocument.Grid grid, RowDefinition rowDef, Target t, Origin o, Context ctx) {
        if (t == null) {
            if (!o.text().isEmpty()) {
                notes.add(Note.table("READ-COLUMN-UNKNOWN", Severity.WARNING, "read.column_unknown", def.id(),
                        o.text(), "", loc(grid, o)));
            }
            return;
        }
        if (t.column().isEmpty()) {
            noteExtraColumn(t);
            extraColumnValues.get(t.extraId()).put(rowDef.id(), extraValue(o, ctx, grid));
            return;
        }
        ColumnDefinition column = t.column().get().column();
        Optional<CellDefinition> cell = index.table == def ? index.cell(rowDef.id(), column.id())
                : def.cell(new CellId(def.id(), rowDef.id(), column.id()));
        if (cell.isEmpty()) {
            notes.add(Note.table("READ-COLUMN-UNKNOWN", Severity.WARNING, "read.column_unknown", def.id(),
                    t.printed() + " / " + rowDef.printed() + ": " + o.text(), "", loc(grid, o)));
            return;
        }
        if (printedColumnIds.add(column.id())) {
            headerAs.put(column.id(), t.printed());
            boolean loose = !FormIndex.keysOf(column).contains(Keys.of(t.printed()));
            labelsDiffer |= loose;
            printedColumns.add(new PrintedShape.FormColumn(column.id(),
                    loose ? Optional.of(t.printed()) : Optional.empty()));
        }
        CellId id = cell.get().id();
        if (set[cell.get().index()]) {
            return;
        }
        set[cell.get().index()] = true;
        CellValue v = value(o, cell.get().kind(), cell.get().unit(), ctx, id, grid);
        builder.set(id, v);
        cells.put(id, loc(grid, o));
    }

    private CellValue value(Origin o, ValueKind kind, Unit unit, Context ctx, CellId id, SourceDocument.Grid grid) {
        Values.Parsed p = o.parsed();
        switch (p.kind()) {
            case BLANK -> {
                return CellValue.BLANK;
            }
            case NOT_APPLICABLE -> {
                return CellValue.NOT_APPLICABLE;
            }
            case NUMBER -> {
                CellValue v = CellNumbers.of(p, kind, unit, ctx.rowUnit(), ctx.unitText());
                if (v != null) {
                    return v;
                }
            }
            default -> {
            }
        }
        if (id != null) {
            builder.text(id, p.text());
            notes.add(Note.cell("READ-VALUE-TEXT", Severity.WARNING, "read.value_text", id, p.text(), "",
                    loc(grid, o)));
        } else {
            notes.add(Note.table("READ-VALUE-TEXT", Severity.WARNING, "read.value_text", def.id(), p.text(), "",
                    loc(grid, o)));
        }
        return CellValue.BLANK;
    }

    /**
     * The value of a cell under an extra column, which the form gives no kind: an amount when the cell
     * writes a unit of money (251000元), else a count. A signed figure (-2 of the trial's 本年增/减) is
     * noted as text: an extra column holds no negative number.
     */
    private CellValue extraValue(Origin o, Context ctx, SourceDocument.Grid grid) {
        Values.Parsed p = o.parsed();
        if (p.kind() == Values.Kind.NUMBER && !p.digits().startsWith("-")) {
            for (MoneyUnit m : MoneyUnit.values()) {
                if (m.label().zh().equals(p.unit())) {
                    return Amount.of(p.digits(), m);
                }
            }
        }
        return value(o, ValueKind.COUNT, Unit.PIECE, ctx, null, grid);
    }

    /**
     * The key of a column header; a header that names the reporting year ({@code 2013年度}) is read
     * without the year, which is the report's, not the form's.
     */
    private static String headerKey(String text) {
        String k = Keys.of(text);
        return k.length() > 4 && k.substring(0, 4).chars().allMatch(Character::isDigit) ? k.substring(4) : k;
    }

    /** Whether a printed stub cell is a unit of measure (the 计量单位 column of legacy tables). */
    private static boolean isUnit(String text) {
        String k = Keys.of(text);
        if (k.isEmpty()) {
            return false;
        }
        for (Unit u : Unit.values()) {
            if (u.label().zh().equals(k)) {
                return true;
            }
        }
        return false;
    }

    private Optional<RowMatcher.Match> matchRow(List<Origin> stub, Optional<BlockDefinition> block) {
        return RowMatcher.match(index, stub.stream().map(Origin::text).toList(), block, printedRowIds, lastRow);
    }


    private static SourceLocation loc(SourceDocument.Grid grid, Origin o) {
        if (o.cell().at().isPresent()) {
            return o.cell().at().get();
        }
        return new SourceLocation.HtmlCell(grid.index(), o.row(), o.col(), o.cell().element());
    }

    /** A cell whose column is already known (a text dump's run split into cells). */
    record ResolvedCell(FormIndex.ColumnRef column, String text, SourceLocation at) {
    }

    /** A row whose form row is already known, or an extra row with its printed label. */
    record ResolvedRow(Optional<FormIndex.RowRef> row, String label, String unit, List<ResolvedCell> cells,
            SourceLocation at) {
    }

    /**
     * Reads rows already resolved to the form's rows and columns.
     *
     * @param def the table definition
     * @param index its labels
     * @param rows the rows in printed order
     * @param notes notes made while resolving (splits), kept first
     * @return the table, the notes and the cell locations
     */
    static Result readResolved(TableDefinition def, FormIndex index, List<ResolvedRow> rows, List<Note> notes,
            Map<String, String> headers, String caption) {
        GridReader r = new GridReader(def, index);
        r.caption = caption;
        r.notes.addAll(notes);
        SourceDocument.Grid none = new SourceDocument.Grid(-1, List.of(), new SourceLocation.TextRange(0, 0));
        Context ctx = new Context(0, Map.of(), Optional.empty(), "");
        for (ResolvedRow row : rows) {
            List<Origin> values = new ArrayList<>();
            List<Target> targets = new ArrayList<>();
            for (ResolvedCell c : row.cells()) {
                values.add(new Origin(new SourceDocument.Cell(c.text(), 1, 1, -1, Optional.of(c.at())), -1, 0, 0,
                        Values.parse(c.text())));
                targets.add(new Target(Optional.of(c.column()),
                        headers.getOrDefault(c.column().column().id(), c.column().column().label().zh()), ""));
            }
            r.unitColumn |= !row.unit().isEmpty();
            // a form row printed a second time is kept as an extra row with its label, not dropped
            if (row.row().isPresent() && !r.printedRowIds.contains(row.row().get().row().id())) {
                RowDefinition rowDef = row.row().get().row();
                boolean loose = !row.label().isEmpty() && !FormIndex.keysOf(rowDef).contains(Keys.of(row.label()));
                r.labelsDiffer |= loose;
                r.addPrintedRow(new PrintedShape.FormRow(rowDef.id(), loose ? Optional.of(row.label()) : Optional.empty(),
                        Optional.empty()), rowDef.id(), row.label(), row.unit());
                r.wordingDiffers |= !row.label().isEmpty() && !ownPart(row.label()).equals(rowDef.printed());
                if (!rowDef.hasCells() || dashedSubtotal(rowDef, row.row().get().block(), values)) {
                    continue;
                }
                Context rowCtx = row.unit().isEmpty() ? ctx : new Context(0, Map.of(), Optional.empty(), "", row.unit());
                for (int i = 0; i < values.size(); i++) {
                    r.setCell(none, rowDef, targets.get(i), values.get(i), rowCtx);
                }
            } else {
                Map<String, CellValue> rowValues = new LinkedHashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    ColumnDefinition column = targets.get(i).column().get().column();
                    ValueKind kind = column.kind().orElse(ValueKind.COUNT);
                    rowValues.put(column.id(), r.value(values.get(i), kind == ValueKind.SIGNED_COUNT ? ValueKind.COUNT : kind,
                            column.unit().orElse(Unit.PIECE), ctx, null, none));
                    if (r.printedColumnIds.add(column.id())) {
                        r.printedColumns.add(PrintedShape.FormColumn.of(column.id()));
                    }
                }
                r.extraRows.add(new ExtraRow(row.label(), row.unit(), rowValues));
                r.printedRows.add(new PrintedShape.ExtraRowAt(r.extraRows.size() - 1));
                r.printedAs.add(new String[] {row.label(), row.unit()});
                r.notes.add(Note.table("READ-ROW-UNKNOWN", Severity.INFO, "read.row_unknown", def.id(), row.label(), "",
                        row.at()));
            }
        }
        return r.finish();
    }

    private Result finish() {
        if (!deferred.isEmpty()) {
            resolveDeferred();
        }
        extraColumnLabels.forEach((id, label) -> builder.addExtraColumn(
                new ExtraColumn(id, label, extraColumnValues.get(id))));
        boolean deviates = shapeDeviates();
        List<ExtraRow> placed = new ArrayList<>(extraRows);
        List<PrintedShape.Row> rows = new ArrayList<>();
        for (int i = 0; i < printedRows.size(); i++) {
            PrintedShape.Row row = printedRows.get(i);
            String[] as = i < printedAs.size() ? printedAs.get(i) : new String[] {"", ""};
            if (row instanceof PrintedShape.ExtraRowAt x) {
                Optional<String> parent = sharedParent(i);
                if (parent.isPresent()) {
                    ExtraRow e = placed.get(x.index());
                    placed.set(x.index(), new ExtraRow(e.label(), e.unit(), e.values(), parent));
                }
                rows.add(row);
            } else if (row instanceof PrintedShape.FormRow f && deviates && wordingDiffers) {
                // a table printed in a shape of its own: every row as printed, its unit where a column prints it
                Optional<String> label = f.label().isPresent() ? f.label()
                        : as[0].isEmpty() ? Optional.empty() : Optional.of(as[0]);
                Optional<String> unit = unitColumn && !as[1].isEmpty() ? Optional.of(as[1]) : Optional.empty();
                rows.add(new PrintedShape.FormRow(f.id(), label, unit));
            } else {
                rows.add(row);
            }
        }
        placed.forEach(builder::addExtraRow);
        if (deviates) {
            List<PrintedShape.Column> columns = new ArrayList<>();
            for (PrintedShape.Column c : printedColumns) {
                if (c instanceof PrintedShape.FormColumn f && f.label().isEmpty() && headerAs.containsKey(f.id())
                        && wordingDiffers) {
                    columns.add(new PrintedShape.FormColumn(f.id(), Optional.of(headerAs.get(f.id()))));
                } else {
                    columns.add(c);
                }
            }
            builder.printedShape(new PrintedShape(caption, rows, columns));
        }
        return new Result(builder.build(), notes, cells, omitted);
    }

    /** The row's own part of a printed label that may print its parents first, separated by a space. */
    private static String ownPart(String printed) {
        String t = Texts.collapse(printed);
        int space = t.lastIndexOf(' ');
        return space < 0 ? t : t.substring(space + 1);
    }

    /** The form row whose parts surround the printed row at i (the rows before and after share it). */
    private Optional<String> sharedParent(int i) {
        String before = null;
        String after = null;
        for (int j = i - 1; j >= 0 && before == null; j--) {
            if (printedRows.get(j) instanceof PrintedShape.FormRow f) {
                before = f.id();
            }
        }
        for (int j = i + 1; j < printedRows.size() && after == null; j++) {
            if (printedRows.get(j) instanceof PrintedShape.FormRow f) {
                after = f.id();
            }
        }
        if (before != null && after != null && parentOf(after).equals(Optional.of(before))) {
            // first among the parts, right under the row they make up
            return def.row(before).filter(RowDefinition::hasCells).map(RowDefinition::id);
        }
        Optional<String> p = parentOf(before);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        if (!p.equals(parentOf(after))) {
            // the last of the parts when it goes on their numbering (3、 after 1、 and 2、)
            String[] as = i < printedAs.size() ? printedAs.get(i) : new String[] {"", ""};
            if (!NUMBERED_PART.matcher(Texts.squeeze(as[0])).lookingAt()) {
                return Optional.empty();
            }
        }
        return def.row(p.get()).filter(RowDefinition::hasCells).map(RowDefinition::id);
    }

    private Optional<String> parentOf(String rowId) {
        if (rowId == null) {
            return Optional.empty();
        }
        for (FormIndex.RowRef ref : index.rows) {
            if (ref.row().id().equals(rowId)) {
                return ref.parents().isEmpty() ? Optional.empty()
                        : Optional.of(ref.parents().get(ref.parents().size() - 1).id());
            }
        }
        return Optional.empty();
    }

    private boolean shapeDeviates() {
        if (labelsDiffer || !extraRows.isEmpty() || !extraColumnLabels.isEmpty()) {
            return true;
        }
        // the form's own shape, found once for the table
        FormIndex form = index.table == def ? index : FormIndex.of(def);
        List<String> formRows = form.formRows;
        List<String> formColumns = form.formColumns;
        Set<String> extensions = form.extensionColumns;
        List<String> rows = new ArrayList<>();
        for (PrintedShape.Row r : printedRows) {
            if (r instanceof PrintedShape.FormRow f && form.formRowSet.contains(f.id())) {
                rows.add(f.id());
            } else if (r instanceof PrintedShape.FormRow f
                    && def.row(f.id()).map(RowDefinition::role).orElse(null) == RowRole.IMPLIED) {
                return true;
            }
        }
        List<String> columns = new ArrayList<>(printedColumnIds);
        columns.removeIf(extensions::contains);
        return !rows.equals(formRows) || !columns.equals(formColumns);
    }
}
