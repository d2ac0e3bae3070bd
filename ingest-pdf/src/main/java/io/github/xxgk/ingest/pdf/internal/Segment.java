package io.github.xxgk.ingest.pdf.internal;

/**
 * A ruling line, horizontal or vertical, in points from the page's top left corner.
 *
 * @param horizontal whether it runs left to right
 * @param at its y (horizontal) or x (vertical)
 * @param from where it starts along its direction
 * @param to where it ends, {@code from <= to}
 */
record Segment(boolean horizontal, double at, double from, double to) {
}
