/**
 * Many reports at once: an archive of agencies and years read from a directory tree and checked
 * ({@link io.github.xxgk.archive.Archive}), the register of the agencies expected
 * ({@link io.github.xxgk.archive.AgencyRegister}), one agency's year against the year before
 * ({@link io.github.xxgk.archive.YearComparison}), the regional total of a set of reports
 * ({@link io.github.xxgk.archive.Rollup}), and the summary written as JSON, CSV, XLSX and a
 * self-contained HTML page ({@link io.github.xxgk.archive.SummaryWriters}).
 */
package io.github.xxgk.archive;
