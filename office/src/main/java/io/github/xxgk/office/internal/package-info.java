/**
 * The Word and Excel writers and readers behind {@link io.github.xxgk.office.OfficeDocuments}, and the
 * {@link io.github.xxgk.ingest.spi.SourceReader}s for DOCX, XLSX, DOC and XLS, with the one choice among
 * them ({@link io.github.xxgk.office.internal.OfficeFiles}). Not API.
 */
package io.github.xxgk.office.internal;
