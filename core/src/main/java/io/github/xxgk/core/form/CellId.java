package io.github.xxgk.core.form;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a statistics cell: table id, row id and column id, written
 * {@code table.row.column} (for example {@code t3.r3_3_3.commercial_enterprise}). These ids are the
 * keys of the JSON format and never change once published.
 *
 * @param table the table id ({@code stats}, {@code t2}, {@code t3}, {@code t4})
 * @param row the row id, unique within its table
 * @param column the column id, unique within the row's block
 */
public record CellId(String table, String row, String column) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** Creates a cell id; each part is a lower-case identifier. */
    public CellId {
        requireId(table, "table");
        requireId(row, "row");
        requireId(column, "column");
    }

    /**
     * Parses {@code table.row.column}.
     *
     * @param text the id as written
     * @return the cell id
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static CellId parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a cell id of the form table.row.column: " + text);
        }
        return new CellId(parts[0], parts[1], parts[2]);
    }

    /** Whether a text is a well-formed id part. */
    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    private static void requireId(String part, String what) {
        if (!isId(part)) {
            throw new IllegalArgumentException("not a valid " + what + " id: " + part);
        }
    }

    @Override
    public String toString() {
        return table + "." + row + "." + column;
    }
}
