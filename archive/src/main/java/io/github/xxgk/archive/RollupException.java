package io.github.xxgk.archive;

import io.github.xxgk.core.XxgkException;

/**
 * A set of reports that cannot be rolled up: where (the report) and why (years or editions that differ,
 * an agency twice, a report given as both 本级 and 汇总), in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 */
public final class RollupException extends XxgkException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param where the report concerned
     * @param zh what is wrong, in Chinese
     * @param en what is wrong, in English
     */
    public RollupException(String where, String zh, String en) {
        super(where, zh, en, null);
    }
}
