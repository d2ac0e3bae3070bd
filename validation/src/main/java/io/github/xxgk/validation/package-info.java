/**
 * Validation of annual reports against the law and the format: {@link io.github.xxgk.validation.ReportValidator}
 * gives a {@link io.github.xxgk.validation.ValidationResult} of {@link io.github.xxgk.validation.Finding}s,
 * each with its rule id, severity, location (cell address or text position) and message in Chinese and
 * English. Every rule is listed in {@link io.github.xxgk.validation.RuleCatalogue} (and RULES.md in the
 * repository).
 *
 * <p>Locale rule: no method reads the default locale. A message is produced in the language asked for
 * ({@code Locale} argument); a Chinese locale ({@code zh}, any country or script) gives Chinese, every
 * other locale gives English.
 */
package io.github.xxgk.validation;
