package io.github.xxgk.ingest;

/** The kinds of published source the reader understands. */
public enum SourceKind {
    /** Decide from the content (markup or not) and, for a path, its file name. */
    AUTO,
    /** A web page as served (HTML, any of the charsets such pages use). */
    HTML,
    /** A crawler's text dump of a page: header lines, then the body after a {@code 正文} marker. */
    TEXT_DUMP
}
