/**
 * PDF reports read into the report model: {@link io.github.xxgk.ingest.pdf.PdfSourceReader}, the
 * {@link io.github.xxgk.ingest.spi.SourceReader} for PDF files with a text layer, found by
 * {@code PublishedReports} when this module is on the class path. Built on Apache PDFBox, which only
 * this module brings in.
 */
package io.github.xxgk.ingest.pdf;
