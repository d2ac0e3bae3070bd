package io.github.xxgk.ingest.pdf;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.pdf.internal.PdfReading;
import io.github.xxgk.ingest.spi.Signatures;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.spi.SourceReader;

/**
 * The reader of reports published as PDF with a text layer (exported from Word or WPS, or printed from a
 * browser): the characters with their positions as the page is seen (a page stored turned included),
 * those a font names as radicals or vertical forms read as the text means them, lines rebuilt in
 * reading order, page numbers, running headers and footers and slanted watermarks left out of the text,
 * tables rebuilt from their ruling lines (or, ruled with horizontal lines only, from where the pieces
 * of those lines end; a table continued over a page break joined, the header printed again left out,
 * a row or merged cell broken over the break made one again, 表三's vertical header and wrapped cell
 * text joined, the figures of adjacent cells told apart by position), each paragraph and cell located
 * by page and box ({@link io.github.xxgk.ingest.SourceLocation.PageBox}).
 * A scan (pages of images only) gives its images, which the recogniser reports as tables published as
 * images.
 *
 * <p>Found by {@link java.util.ServiceLoader} through {@code PublishedReports} when this module is on the
 * class path; use {@code PublishedReports.read(path, options)} rather than this class. Limits: the size
 * limit of the {@link ReadOptions}, at most {@value PdfReading#MAX_PAGES} pages,
 * {@value PdfReading#MAX_OPERATORS} drawing operators and {@value PdfReading#MAX_CHARACTERS} characters,
 * and a bound on the memory of decoded streams; an encrypted file that needs a password, a damaged file
 * or one beyond a limit gives a {@link ReadException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PdfSourceReader implements SourceReader {

    /** Creates the reader (for the service loader). */
    public PdfSourceReader() {
    }

    @Override
    public SourceKind kind() {
        return SourceKind.PDF;
    }

    @Override
    public boolean accepts(String fileName, byte[] bytes) {
        // named .pdf without the signature: a damaged PDF (this reader says so), unless the bytes open as a
        // zip or an OLE2 file (a DOCX or a Word 97–2003 file named .pdf: the bytes decide)
        return Signatures.isPdf(bytes)
                || (fileName.endsWith(".pdf") && !Signatures.isZip(bytes) && !Signatures.isCompoundFile(bytes));
    }

    @Override
    public SourceDocument read(byte[] bytes, String source, ReadOptions options) {
        return PdfReading.read(bytes, source, options).document();
    }
}
