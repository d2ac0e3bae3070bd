package io.github.xxgk.core;

import io.github.xxgk.core.form.Label;
import java.util.Locale;
import java.util.Objects;

/**
 * The base of every exception the library throws for bad input. It says where the problem is and
 * what to fix, in Chinese and in English; {@link #getMessage()} carries both.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class XxgkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final Label text;

    /**
     * Creates an exception.
     *
     * @param where where the problem is, in the terms of the input (a JSON pointer, a cell id, …)
     * @param zh what is wrong, in Chinese
     * @param en what is wrong, in English
     * @param cause the underlying cause, or null
     */
    protected XxgkException(String where, String zh, String en, Throwable cause) {
        super(where + ": " + en + " / " + zh, cause);
        this.where = Objects.requireNonNull(where, "where");
        this.text = new Label(zh, en);
    }

    /** Where the problem is, in the terms of the input. */
    public String where() {
        return where;
    }

    /** What is wrong, in both languages, without the location. */
    public Label problem() {
        return text;
    }

    /**
     * The message for a person in the caller's language: Chinese for a {@code zh} locale, otherwise
     * English. The JVM's default locale is never read.
     *
     * @param locale the caller's locale
     * @return location and problem
     */
    public String message(Locale locale) {
        return where + (Label.isChinese(locale) ? "：" : ": ") + text.in(locale);
    }
}
