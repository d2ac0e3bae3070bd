/**
 * Runnable examples of the library, each a {@code main}: building, validating and rendering a report, and the
 * 2017 township report that started the project as data.
 */
package io.github.xxgk.examples;
