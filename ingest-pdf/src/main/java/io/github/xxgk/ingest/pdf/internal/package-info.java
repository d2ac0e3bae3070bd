/** Implementation of the PDF reader: glyphs, ruling lines, lines, paragraphs and grids. Not API. */
package io.github.xxgk.ingest.pdf.internal;
