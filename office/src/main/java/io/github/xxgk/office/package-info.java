/**
 * Word (DOCX) and Excel (XLSX) for annual reports: {@link io.github.xxgk.office.OfficeDocuments} writes a
 * report in the official layout; with this module on the class path,
 * {@link io.github.xxgk.ingest.PublishedReports} reads {@code .docx} and {@code .xlsx} files, Word 97–2003
 * {@code .doc} and Excel 97–2003 {@code .xls} files, each by what its bytes are rather than by its name.
 * Apache POI (poi-ooxml, and poi-scratchpad for {@code .doc}) is a dependency of this module only.
 */
package io.github.xxgk.office;
