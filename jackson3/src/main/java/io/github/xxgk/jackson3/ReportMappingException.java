package io.github.xxgk.jackson3;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import io.github.xxgk.core.XxgkException;

/**
 * A report in a document that Jackson 3 reads was refused by the library: its location is the place in
 * the host's document, its message the JSON pointer inside the report and the problem in English and
 * Chinese, its cause the library's exception ({@link #problem()}).
 */
public final class ReportMappingException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message
     * @param location the place in the host's document
     * @param problem the library's exception
     */
    public ReportMappingException(String message, TokenStreamLocation location, XxgkException problem) {
        super(message, location, problem);
    }

    /** The library's exception, with the place inside the report and the problem in both languages. */
    public XxgkException problem() {
        return (XxgkException) getCause();
    }
}
