package io.github.xxgk.core;

import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.RowRole;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The values of one statistics table of a report, stored by cell id in the shape of its
 * {@link TableDefinition}: every cell holds a {@link CellValue}, {@link CellValue#BLANK} unless set,
 * plus the {@link ExtraRow extra rows} the report printed beyond the definition.
 *
 * <p>Immutable, value equality, thread-safe. Build with {@link #builder(TableDefinition)}; the builder
 * refuses a cell the table does not have and a value of the wrong kind, naming the cell.
 */
public final class StatisticsTable {

    private final TableDefinition definition;
    private final CellValue[] values;
    private final List<ExtraRow> extraRows;
    private final List<ExtraColumn> extraColumns;
    private final Map<CellId, String> texts;
    private final Optional<PrintedShape> printed;
    private final boolean[] printedCells;
    // derived once from the values, for arithmetic without per-cell type checks
    private final long[] numbers;
    private final boolean anyBlank;
    private final boolean anyBlankPrinted;
    private final boolean anyBlankUnimplied;
    private final boolean anyNotApplicable;
    private final long largest;

    private StatisticsTable(TableDefinition definition, CellValue[] values, List<ExtraRow> extraRows,
            List<ExtraColumn> extraColumns, Map<CellId, String> texts, Optional<PrintedShape> printed,
            boolean[] printedCells, Set<String> usedExtensions) {
        this.definition = definition;
        this.values = values;
        this.extraRows = List.copyOf(extraRows);
        this.extraColumns = List.copyOf(extraColumns);
        Map<CellId, String> ordered = new LinkedHashMap<>();
        texts.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> definition.cell(e.getKey()).orElseThrow().index()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        this.texts = Collections.unmodifiableMap(ordered);
        this.printed = printed;
        this.printedCells = printedCells;
        this.numbers = new long[values.length];
        boolean blank = false;
        boolean blankPrinted = false;
        boolean blankUnimplied = false;
        boolean notApplicable = false;
        long magnitude = 0;
        List<CellDefinition> cells = definition.cells();
        for (int i = 0; i < values.length; i++) {
            CellValue v = values[i];
            if (v instanceof Count c) {
                numbers[i] = c.value();
                magnitude = Math.max(magnitude, c.value());
            } else if (v instanceof SignedCount sc) {
                numbers[i] = sc.value();
                magnitude = Math.max(magnitude, sc.value() == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(sc.value()));
            } else if (v == CellValue.BLANK) {
                blank = true;
                blankPrinted |= printedCells[i];
                blankUnimplied |= !cells.get(i).implied();
            } else {
                notApplicable |= v == CellValue.NOT_APPLICABLE;
            }
        }
        this.anyBlank = blank;
        this.anyBlankPrinted = blankPrinted;
        if (blankUnimplied && !blankPrinted) {
            // blank cells of an extension column (历年累计) with no value at all do not count: the column
            // was not used, and its relations hold over zeros
            blankUnimplied = false;
            for (int i = 0; i < values.length && !blankUnimplied; i++) {
                CellDefinition c = cells.get(i);
                blankUnimplied = values[i] == CellValue.BLANK && !c.implied()
                        && (!c.extension() || usedExtensions.contains(c.id().column()));
            }
        }
        this.anyBlankUnimplied = blankUnimplied || blankPrinted;
        this.largest = magnitude;
        this.anyNotApplicable = notApplicable;
    }

    /** A builder for a table of this definition, every cell blank. */
    public static Builder builder(TableDefinition definition) {
        return new Builder(definition);
    }

    /** A builder holding this table's values. */
    public Builder toBuilder() {
        Builder b = new Builder(definition);
        System.arraycopy(values, 0, b.values, 0, values.length);
        b.extraRows.addAll(extraRows);
        b.extraColumns.addAll(extraColumns);
        b.texts.putAll(texts);
        b.printed = printed;
        return b;
    }

    /** The table's definition. */
    public TableDefinition definition() {
        return definition;
    }

    /** The table id. */
    public String id() {
        return definition.id();
    }

    /**
     * The value of a cell.
     *
     * @param cell the cell id
     * @return its value, {@link CellValue#BLANK} when it was not reported
     * @throws ReportModelException when the table has no such cell
     */
    public CellValue value(CellId cell) {
        return values[require(definition, cell).index()];
    }

    /**
     * The value of the cell at a row and column of this table.
     *
     * @param row the row id
     * @param column the column id
     * @return its value
     * @throws ReportModelException when the table has no such cell
     */
    public CellValue value(String row, String column) {
        return value(new CellId(definition.id(), row, column));
    }

    /**
     * The value of the cell at an index of {@link TableDefinition#cells()}, for fast traversal.
     *
     * @param index the cell's index
     * @return its value
     */
    public CellValue valueAt(int index) {
        return values[index];
    }

    /**
     * Copies the whole number of every cell into an array, in the order of {@link TableDefinition#cells()}:
     * the value of a count or signed count, and 0 for BLANK, NOT_APPLICABLE and amounts. For fast
     * arithmetic; use {@link #valueAt(int)} to tell zero from blank and “/”.
     *
     * @param into an array at least as long as the table has cells
     */
    public void copyNumbers(long[] into) {
        System.arraycopy(numbers, 0, into, 0, numbers.length);
    }

    /** The largest absolute value of any count or signed count of the table (0 when there is none). */
    public long largestMagnitude() {
        return largest;
    }

    /** Whether any cell is BLANK. */
    public boolean hasBlank() {
        return anyBlank;
    }

    /**
     * Whether any printed cell is BLANK (see {@link #isPrinted(int)}); the subtotals the format implies
     * but does not print, which real reports leave blank, do not count.
     */
    public boolean hasBlankPrintedCell() {
        return anyBlankPrinted;
    }

    /**
     * Whether any cell other than an implied subtotal is BLANK, printed or not (a cell the page did not
     * print is BLANK too, and arithmetic must treat it as unknown), leaving out an extension column
     * (历年累计) that holds no value at all.
     */
    public boolean hasBlankFormCell() {
        return anyBlankUnimplied;
    }

    /** Whether any cell is NOT_APPLICABLE. */
    public boolean hasNotApplicable() {
        return anyNotApplicable;
    }

    /** The cells that hold something other than BLANK, in the definition's order. */
    public Map<CellId, CellValue> reported() {
        Map<CellId, CellValue> out = new LinkedHashMap<>();
        for (CellDefinition c : definition.cells()) {
            if (!values[c.index()].isBlank()) {
                out.put(c.id(), values[c.index()]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The rows printed beyond the definition, in the order they were added. */
    public List<ExtraRow> extraRows() {
        return extraRows;
    }

    /** The columns printed beyond the definition, in the order they were added. */
    public List<ExtraColumn> extraColumns() {
        return extraColumns;
    }

    /**
     * The text printed in numeric cells that held no value ({@code 见附件}, {@code 若干}), by cell, in the
     * definition's order; such a cell is BLANK.
     */
    public Map<CellId, String> texts() {
        return texts;
    }

    /** How the report printed the table, when it did not print it in the form's shape. */
    public Optional<PrintedShape> printedShape() {
        return printed;
    }

    /**
     * Whether the page printed the cell at an index of {@link TableDefinition#cells()}: without a
     * printed shape, every cell but the implied subtotals; with one, the cells of its listed rows and
     * columns.
     *
     * @param index the cell's index
     * @return whether the cell was printed
     */
    public boolean isPrinted(int index) {
        return printedCells[index];
    }

    /** Whether the page printed a cell (see {@link #isPrinted(int)}). */
    public boolean isPrinted(CellId cell) {
        return printedCells[require(definition, cell).index()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticsTable t && t.definition == definition
                && Arrays.equals(t.values, values) && t.extraRows.equals(extraRows)
                && t.extraColumns.equals(extraColumns) && t.texts.equals(texts) && t.printed.equals(printed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(definition.id(), Arrays.hashCode(values), extraRows, extraColumns, texts, printed);
    }

    /** A short description: the table, how many cells are reported, extra rows and columns. */
    @Override
    public String toString() {
        int reported = 0;
        for (CellValue v : values) {
            reported += v.isBlank() ? 0 : 1;
        }
        return definition.id() + "[" + reported + "/" + values.length + " cells"
                + (extraRows.isEmpty() ? "" : ", " + extraRows.size() + " extra rows")
                + (extraColumns.isEmpty() ? "" : ", " + extraColumns.size() + " extra columns")
                + (printed.isPresent() ? ", printed shape" : "") + "]";
    }

    static CellDefinition require(TableDefinition definition, CellId cell) {
        Objects.requireNonNull(cell, "cell");
        return definition.cell(cell).orElseThrow(() -> new ReportModelException(cell.toString(),
                definition.number().zh() + "没有单元格 " + cell + "。",
                definition.number().en() + " has no cell " + cell + "."));
    }

    /**
     * Builds a {@link StatisticsTable}. Not thread-safe; every setter checks its input at once and
     * throws a {@link ReportModelException} that names the cell.
     */
    public static final class Builder {

        private final TableDefinition definition;
        private final CellValue[] values;
        private final List<ExtraRow> extraRows = new ArrayList<>();
        private final List<ExtraColumn> extraColumns = new ArrayList<>();
        private final Map<CellId, String> texts = new LinkedHashMap<>();
        private Optional<PrintedShape> printed = Optional.empty();

        private Builder(TableDefinition definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
            this.values = new CellValue[definition.cells().size()];
            Arrays.fill(values, CellValue.BLANK);
        }

        /**
         * Sets a cell.
         *
         * @param cell the cell id
         * @param value its value
         * @return this builder
         * @throws ReportModelException when the table has no such cell or the value is of the wrong kind
         */
        public Builder set(CellId cell, CellValue value) {
            CellDefinition def = require(definition, cell);
            Objects.requireNonNull(value, "value");
            if (!value.fits(def.kind())) {
                throw new ReportModelException(cell + " " + def.name().zh(),
                        "单元格“" + def.name().zh() + "”应填" + kindZh(def.kind()) + "，不能填“" + value + "”。",
                        "Cell “" + def.name().en() + "” takes " + kindEn(def.kind()) + ", not “" + value + "”.");
            }
            values[def.index()] = value;
            return this;
        }

        /**
         * Sets the cell at a row and column.
         *
         * @param row the row id
         * @param column the column id
         * @param value its value
         * @return this builder
         */
        public Builder set(String row, String column, CellValue value) {
            return set(new CellId(definition.id(), row, column), value);
        }

        /**
         * Sets a count or signed-count cell to a whole number, choosing the value type from the cell's
         * kind.
         *
         * @param row the row id
         * @param column the column id
         * @param number the number
         * @return this builder
         * @throws ReportModelException for an amount cell, or a negative number in a count cell
         */
        public Builder set(String row, String column, long number) {
            return set(new CellId(definition.id(), row, column), number);
        }

        /**
         * Sets a count or signed-count cell to a whole number, choosing the value type from the cell's
         * kind.
         *
         * @param cell the cell id
         * @param number the number
         * @return this builder
         * @throws ReportModelException when the table has no such cell, for an amount cell, or a negative
         *     number in a count cell
         */
        public Builder set(CellId cell, long number) {
            CellDefinition def = require(definition, cell);
            CellValue value = def.kind() == ValueKind.SIGNED_COUNT ? SignedCount.of(number) : countFor(def, number);
            return set(cell, value);
        }

        /**
         * Fills the totals that the table's declared sum relations determine: every blank cell that a
         * {@link RelationKind#SUM} relation of this year's cells makes the sum of cells holding whole
         * numbers gets that sum, repeatedly, so that a total of totals is filled too (表三 （七）总计 from
         * its rows, each row's 总计 from its columns). The sums are those of the form definition; none is
         * restated here.
         *
         * <p>Nothing set is changed, even when it contradicts a relation (validation reports that). A
         * total with a part that is blank, “/” or an amount of money stays blank. The subtotals the
         * format implies but does not print ({@link RowRole#IMPLIED}) and the cells of provincial
         * extension columns are used on the way but left blank, as a printed report leaves them.
         *
         * @return this builder
         */
        public Builder fillTotals() {
            List<CellDefinition> cells = definition.cells();
            Long[] known = new Long[values.length];
            for (int i = 0; i < values.length; i++) {
                known[i] = wholeNumber(values[i]);
            }
            List<Relation> sums = new ArrayList<>();
            for (Relation r : definition.relations()) {
                if (r.kind() == RelationKind.SUM && r.comparison() == Comparison.EQUAL && r.left().size() == 1
                        && r.terms().allMatch(t -> t.period() == Period.CURRENT && t.cell().table().equals(definition.id()))) {
                    sums.add(r);
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Relation r : sums) {
                    int target = require(definition, r.left().get(0).cell()).index();
                    if (known[target] != null || !values[target].isBlank()) {
                        continue;
                    }
                    ExactSum sum = new ExactSum();
                    boolean complete = true;
                    for (Term t : r.right()) {
                        Long part = known[require(definition, t.cell()).index()];
                        if (part == null) {
                            complete = false;
                            break;
                        }
                        sum.add(part, t.factor());
                    }
                    if (complete && sum.value().bitLength() < Long.SIZE) {
                        known[target] = sum.value().longValueExact();
                        changed = true;
                    }
                }
            }
            for (int i = 0; i < values.length; i++) {
                CellDefinition def = cells.get(i);
                Long number = known[i];
                if (values[i].isBlank() && number != null && !def.implied() && !def.extension()
                        && (def.kind() == ValueKind.SIGNED_COUNT || (def.kind() == ValueKind.COUNT && number >= 0))) {
                    set(def.id(), number);
                }
            }
            return this;
        }

        private static Long wholeNumber(CellValue value) {
            if (value instanceof Count c) {
                return c.value();
            }
            if (value instanceof SignedCount c) {
                return c.value();
            }
            return null;
        }

        private static CellValue countFor(CellDefinition def, long number) {
            if (number < 0) {
                throw new ReportModelException(def.id() + " " + def.name().zh(),
                        "单元格“" + def.name().zh() + "”不能为负数：" + number + "。",
                        "Cell “" + def.name().en() + "” cannot be negative: " + number + ".");
            }
            return Count.of(number);
        }

        /**
         * Adds a row the definition does not have. Its values must lie in columns of this table or in its
         * extra columns (checked when the table is built), and its {@link ExtraRow#partOf()} must name a
         * row of the table that holds values.
         *
         * @param row the extra row
         * @return this builder
         */
        public Builder addExtraRow(ExtraRow row) {
            Objects.requireNonNull(row, "row");
            row.partOf().ifPresent(p -> {
                if (definition.row(p).filter(r -> r.hasCells()).isEmpty()) {
                    throw new ReportModelException(definition.id() + " extra row “" + row.label() + "”",
                            definition.number().zh() + "没有可填数的行 " + p + "。",
                            definition.number().en() + " has no row " + p + " that holds values.");
                }
            });
            extraRows.add(row);
            return this;
        }

        /**
         * Adds a column the definition does not have.
         *
         * @param column the extra column; its id must be new to the table and its values lie in rows of
         *     the table that hold values
         * @return this builder
         */
        public Builder addExtraColumn(ExtraColumn column) {
            Objects.requireNonNull(column, "column");
            String where = definition.id() + " extra column “" + column.label() + "”";
            if (formColumns().contains(column.id())
                    || extraColumns.stream().anyMatch(c -> c.id().equals(column.id()))) {
                throw new ReportModelException(where, definition.number().zh() + "已有列 " + column.id() + "。",
                        definition.number().en() + " already has a column " + column.id() + ".");
            }
            for (String row : column.values().keySet()) {
                if (definition.row(row).filter(r -> r.hasCells()).isEmpty()) {
                    throw new ReportModelException(where, definition.number().zh() + "没有可填数的行 " + row + "。",
                            definition.number().en() + " has no row " + row + " that holds values.");
                }
            }
            extraColumns.add(column);
            return this;
        }

        /**
         * Keeps the text a numeric cell printed instead of a value ({@code 见附件}); the cell stays BLANK.
         *
         * @param cell the cell
         * @param text the text as printed, not blank
         * @return this builder
         */
        public Builder text(CellId cell, String text) {
            require(definition, cell);
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new ReportModelException(cell.toString(), "单元格文字为空。", "The cell's text is blank.");
            }
            texts.put(cell, text);
            return this;
        }

        /**
         * Records how the report printed the table (checked when the table is built).
         *
         * @param shape the printed shape
         * @return this builder
         */
        public Builder printedShape(PrintedShape shape) {
            this.printed = Optional.of(Objects.requireNonNull(shape, "shape"));
            return this;
        }

        private Set<String> formColumns() {
            Set<String> out = new HashSet<>();
            definition.blocks().forEach(b -> b.leafColumns().forEach(c -> out.add(c.id())));
            return out;
        }

        /**
         * The table.
         *
         * @throws ReportModelException when an extra row's value lies in no column, a text stands in a
         *     cell that holds a value, or the printed shape names a row or column the table lacks, places
         *     one twice, leaves an extra row or column unplaced, or leaves a cell with a value unprinted
         */
        public StatisticsTable build() {
            Set<String> columns = formColumns();
            Set<String> extraIds = new HashSet<>();
            extraColumns.forEach(c -> extraIds.add(c.id()));
            for (ExtraRow row : extraRows) {
                for (String column : row.values().keySet()) {
                    if (!columns.contains(column) && !extraIds.contains(column)) {
                        throw new ReportModelException(definition.id() + " extra row “" + row.label() + "”",
                                definition.number().zh() + "没有列 " + column + "。",
                                definition.number().en() + " has no column " + column + ".");
                    }
                }
            }
            for (CellId cell : texts.keySet()) {
                if (!values[require(definition, cell).index()].isBlank()) {
                    throw new ReportModelException(cell.toString(), "单元格既有数值又有文字。",
                            "The cell holds both a value and a text.");
                }
            }
            boolean[] printedCells = new boolean[values.length];
            List<CellDefinition> cells = definition.cells();
            // the provincial extension columns (历年累计) the report has a value in
            Set<String> extensionsUsed = new HashSet<>();
            for (int i = 0; i < printedCells.length; i++) {
                if (cells.get(i).extension() && !values[i].isBlank()) {
                    extensionsUsed.add(cells.get(i).id().column());
                }
            }
            if (printed.isEmpty()) {
                // the form's shape: every cell but the implied subtotals; an extension column only when used
                for (int i = 0; i < printedCells.length; i++) {
                    CellDefinition c = cells.get(i);
                    printedCells[i] = !c.implied() && (!c.extension() || extensionsUsed.contains(c.id().column()));
                }
            } else {
                PrintedShapes.check(definition, printed.get(), extraRows, extraColumns, columns, values, printedCells);
            }
            return new StatisticsTable(definition, values.clone(), extraRows, extraColumns, texts, printed,
                    printedCells, extensionsUsed);
        }
    }

    private static String kindZh(ValueKind kind) {
        return switch (kind) {
            case COUNT -> "非负整数";
            case SIGNED_COUNT -> "整数（可为负）";
            case AMOUNT -> "金额";
        };
    }

    private static String kindEn(ValueKind kind) {
        return switch (kind) {
            case COUNT -> "a non-negative whole number";
            case SIGNED_COUNT -> "a whole number (may be negative)";
            case AMOUNT -> "an amount of money";
        };
    }
}
