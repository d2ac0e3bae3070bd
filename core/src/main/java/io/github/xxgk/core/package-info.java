/**
 * The report model: an {@link io.github.xxgk.core.AnnualReport} of one {@link io.github.xxgk.core.Edition},
 * its agency, sections and {@link io.github.xxgk.core.StatisticsTable statistics tables} whose typed
 * {@link io.github.xxgk.core.CellValue cell values} (count, signed count, amount, blank, “/”) are stored by
 * the cell ids of the edition's form. Immutable values, built with builders; no nulls.
 */
package io.github.xxgk.core;
