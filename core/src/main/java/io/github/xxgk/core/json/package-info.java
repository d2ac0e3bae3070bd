/**
 * The JSON format of a report, read and written by {@link io.github.xxgk.core.json.ReportJson}; keys are
 * the stable ids of the form definitions, and the JSON Schema is shipped in the jar. Errors are
 * {@link io.github.xxgk.core.json.ReportJsonException}s that say where (a JSON pointer, line and column)
 * and what.
 */
package io.github.xxgk.core.json;
