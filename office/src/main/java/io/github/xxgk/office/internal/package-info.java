/**
 * The Word and Excel writers and readers behind {@link io.github.xxgk.office.OfficeDocuments}, and the
 * {@link io.github.xxgk.ingest.spi.SourceReader}s for DOCX and XLSX. Not API.
 */
package io.github.xxgk.office.internal;
