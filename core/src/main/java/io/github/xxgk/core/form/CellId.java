package io.github.xxgk.core.form;

import java.util.Objects;

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

    /** Whether a text is a well-formed id part: a lower-case letter, then lower-case letters, digits, {@code _}. */
    public static boolean isId(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
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
