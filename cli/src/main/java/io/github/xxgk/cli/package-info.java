/**
 * The {@code xxgk} command line ({@link io.github.xxgk.cli.Xxgk}): {@code validate}, {@code render},
 * {@code read} and {@code rules}. Run it from the executable jar (classifier {@code exe}); the classes are
 * not an API.
 */
package io.github.xxgk.cli;
