/**
 * The JSON form of findings and validation results ({@link io.github.xxgk.validation.json.FindingJson}),
 * shared by the command line and the Jackson modules.
 */
package io.github.xxgk.validation.json;
