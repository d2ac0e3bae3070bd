package io.github.xxgk.ingest;

import io.github.xxgk.core.XxgkException;

/**
 * A published source could not be read: it exceeds a limit (size, nesting, table size), it cannot be
 * decoded, or it holds no report. Says where and what, in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadException extends XxgkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param where where in the source
     * @param zh what is wrong, in Chinese
     * @param en what is wrong, in English
     */
    public ReadException(String where, String zh, String en) {
        super(where, zh, en, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param where where in the source
     * @param zh what is wrong, in Chinese
     * @param en what is wrong, in English
     * @param cause the cause
     */
    public ReadException(String where, String zh, String en, Throwable cause) {
        super(where, zh, en, cause);
    }
}
