package io.github.xxgk.archive;

import io.github.xxgk.core.XxgkException;

/**
 * A register of agencies that cannot be read: where (file and line) and what, in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegisterException extends XxgkException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * Creates an exception.
     *
     * @param source the register's name (its file)
     * @param line the line, from 1 (0 for the file as a whole)
     * @param zh what is wrong, in Chinese
     * @param en what is wrong, in English
     */
    public RegisterException(String source, int line, String zh, String en) {
        super(line > 0 ? source + ":" + line : source, zh, en, null);
        this.line = line;
    }

    /** The line of the problem, from 1; 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
