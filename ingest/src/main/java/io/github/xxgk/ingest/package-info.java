/**
 * Reading published reports: web pages and crawlers' text dumps into the report model, with reading
 * notes and the source location of every value. Entry point: {@link io.github.xxgk.ingest.PublishedReports}.
 */
package io.github.xxgk.ingest;
