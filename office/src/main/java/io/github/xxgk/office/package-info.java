/**
 * Word (DOCX) and Excel (XLSX) for annual reports: {@link io.github.xxgk.office.OfficeDocuments} writes a
 * report in the official layout; with this module on the class path,
 * {@link io.github.xxgk.ingest.PublishedReports} reads {@code .docx} and {@code .xlsx} files. Apache POI
 * is a dependency of this module only.
 */
package io.github.xxgk.office;
