package io.github.xxgk.core.json;

import io.github.xxgk.core.XxgkException;

/**
 * A report in the library's JSON format could not be read: a syntax error, an unknown id, a value of
 * the wrong kind, a negative count, a missing required field, or input beyond the size and nesting
 * limits. It carries the JSON pointer of the problem (RFC 6901) and, where known, its line and column.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportJsonException extends XxgkException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param pointer the JSON pointer of the problem ({@code ""} for the whole document)
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param zh the problem in Chinese
     * @param en the problem in English
     * @param cause the underlying cause, or null
     */
    public ReportJsonException(String pointer, int line, int column, String zh, String en, Throwable cause) {
        super(where(pointer, line, column), zh, en, cause);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    private static String where(String pointer, int line, int column) {
        String p = pointer.isEmpty() ? "/" : pointer;
        return line > 0 ? p + " (line " + line + ", column " + column + ")" : p;
    }

    /** The JSON pointer of the problem; empty for the document as a whole. */
    public String pointer() {
        return pointer;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }
}
