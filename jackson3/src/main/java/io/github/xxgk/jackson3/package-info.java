/**
 * The Jackson 3 module of xxgk ({@link io.github.xxgk.jackson3.XxgkJackson3Module}): reports in the
 * library's one JSON format, findings and validation results in the form the command line prints.
 */
package io.github.xxgk.jackson3;
