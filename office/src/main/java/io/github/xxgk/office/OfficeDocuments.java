package io.github.xxgk.office;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.office.internal.DocxWriter;
import io.github.xxgk.office.internal.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes annual reports as Word documents and Excel workbooks in the official layout, laid out from the
 * form definitions as the HTML rendering is.
 *
 * <ul>
 *   <li>{@link #writeDocx}: A4, the title, the sections in order with their text, 表二/表三/表四 (or the
 *       legacy table) after their sections with the merged cells ({@code gridSpan}/{@code vMerge}) and the
 *       header wording and line breaks of the official template, 宋体 as the template uses; optionally the
 *       findings as comments on their cells.</li>
 *   <li>{@link #writeXlsx}: one sheet per table in the official layout (merged header cells), a sheet of
 *       the report's text, and a flat sheet of every cell (id, official name in Chinese and English,
 *       value, printed or not) for analysts to filter and sum.</li>
 * </ul>
 *
 * <p>Both read back as the same report through {@link io.github.xxgk.ingest.PublishedReports} with this
 * module on the class path. Stateless and thread-safe; the stream is not closed.
 */
public final class OfficeDocuments {

    private OfficeDocuments() {
    }

    /**
     * Writes a report as a Word document (DOCX).
     *
     * @param report the report
     * @param out where to write (not closed)
     * @param options the options
     * @throws IOException when the stream fails
     */
    public static void writeDocx(AnnualReport report, OutputStream out, OfficeOptions options) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        DocxWriter.write(report, options.findings(), options.locale(), new Unclosed(out));
    }

    /**
     * Writes a report as an Excel workbook (XLSX).
     *
     * @param report the report
     * @param out where to write (not closed)
     * @param options the options
     * @throws IOException when the stream fails
     */
    public static void writeXlsx(AnnualReport report, OutputStream out, OfficeOptions options) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        XlsxWriter.write(report, options.findings(), options.locale(), new Unclosed(out));
    }

    /** A stream whose close leaves the caller's stream open. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
