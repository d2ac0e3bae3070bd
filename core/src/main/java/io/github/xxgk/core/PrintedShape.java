package io.github.xxgk.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report printed one of its statistics tables, where that differs from the form: which rows and
 * value columns it printed, in which order, under which labels and units, and the table's caption.
 * A table without a printed shape was printed exactly in the form's shape.
 *
 * <p>A form row or column that the shape does not list was <em>not printed</em>: its cells are neither
 * blank nor zero, they are absent from the page (a 2021 report that prints 2019's single
 * {@code （六）其他处理} row lists the subtotal {@code r3_6} and not its three sub-rows). Extra rows and
 * extra columns of the table are placed by {@link ExtraRowAt} and {@link ExtraColumnAt}.
 *
 * <p>Immutable and thread-safe. The table checks, when it is built, that every entry names a row or
 * column it has and that each is placed once.
 *
 * @param caption the table's printed title, empty when it printed none
 * @param rows the rows printed with values (and printed heading rows), in printed order
 * @param columns the value columns printed, in printed order
 */
public record PrintedShape(String caption, List<Row> rows, List<Column> columns) {

    /** Creates a printed shape. */
    public PrintedShape {
        Objects.requireNonNull(caption, "caption");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** A printed row: a form row or an extra row. */
    public sealed interface Row permits FormRow, ExtraRowAt {
    }

    /** A printed column: a form column or an extra column. */
    public sealed interface Column permits FormColumn, ExtraColumnAt {
    }

    /**
     * A form row as printed.
     *
     * @param id the row id of the form
     * @param label the label as printed (numbering included) where it differs from the form's
     * @param unit the unit as printed where it differs from the form's
     */
    public record FormRow(String id, Optional<String> label, Optional<String> unit) implements Row {
        /** Creates a printed form row. */
        public FormRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
        }

        /** A form row printed with the form's label and unit. */
        public static FormRow of(String id) {
            return new FormRow(id, Optional.empty(), Optional.empty());
        }
    }

    /**
     * The place of an extra row.
     *
     * @param index the index of the row in {@link StatisticsTable#extraRows()}
     */
    public record ExtraRowAt(int index) implements Row {
    }

    /**
     * A form column as printed.
     *
     * @param id the column id of the form
     * @param label the header as printed where it differs from the form's ({@code 2013年度} for 统计数)
     */
    public record FormColumn(String id, Optional<String> label) implements Column {
        /** Creates a printed form column. */
        public FormColumn {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }

        /** A form column printed with the form's header. */
        public static FormColumn of(String id) {
            return new FormColumn(id, Optional.empty());
        }
    }

    /**
     * The place of an extra column.
     *
     * @param id the id of the column in {@link StatisticsTable#extraColumns()}
     */
    public record ExtraColumnAt(String id) implements Column {
        /** Creates the place of an extra column. */
        public ExtraColumnAt {
            Objects.requireNonNull(id, "id");
        }
    }

    /** One line: the caption and the count of printed rows and columns. */
    @Override
    public String toString() {
        return "PrintedShape[" + caption + ", " + rows.size() + " rows, " + columns.size() + " columns]";
    }
}
