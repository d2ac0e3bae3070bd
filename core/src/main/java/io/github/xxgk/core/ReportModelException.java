package io.github.xxgk.core;

/**
 * A report or one of its parts was built with a value the model refuses: a cell the edition does not
 * have, a value of the wrong kind for its cell, a negative count, a section unknown to the edition. The
 * location names the cell (by id and by official address) or the part.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportModelException extends XxgkException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param where the cell id and address, or the part of the report
     * @param zh the problem in Chinese
     * @param en the problem in English
     */
    public ReportModelException(String where, String zh, String en) {
        super(where, zh, en, null);
    }
}
