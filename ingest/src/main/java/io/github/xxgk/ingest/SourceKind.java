package io.github.xxgk.ingest;

/** The kinds of published source the reader understands. */
public enum SourceKind {
    /** Decide from the content (markup or not) and, for a path, its file name. */
    AUTO,
    /** A web page as served (HTML, any of the charsets such pages use). */
    HTML,
    /** A crawler's text dump of a page: header lines, then the body after a {@code 正文} marker. */
    TEXT_DUMP,
    /** Markdown with pipe tables, as xxgk's Markdown renderer writes reports ({@code .md}). */
    MARKDOWN,
    /**
     * Plain text as xxgk's text renderer writes reports (headings indented by level, aligned tables);
     * only when the caller names it: a {@code .txt} file is otherwise read as a {@link #TEXT_DUMP}.
     */
    PLAIN_TEXT,
    /** A PDF with a text layer; read by the {@code xxgk-ingest-pdf} module when it is on the class path. */
    PDF,
    /** A Word document (DOCX); read by the {@code xxgk-office} module when it is on the class path. */
    DOCX,
    /** An Excel workbook (XLSX); read by the {@code xxgk-office} module when it is on the class path. */
    XLSX,
    /**
     * A Word 97–2003 document ({@code .doc}, the OLE2 binary format); read by the {@code xxgk-office} module
     * when it is on the class path.
     */
    DOC,
    /**
     * An Excel 97–2003 workbook ({@code .xls}, the OLE2 binary format) of the shape xxgk writes; read by the
     * {@code xxgk-office} module when it is on the class path.
     */
    XLS
}
