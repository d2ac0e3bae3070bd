package io.github.xxgk.office;

import io.github.xxgk.validation.ValidationResult;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a Word or Excel file: optionally with the findings of a validation of the report (Word
 * comments on their cells; a findings column in the workbook's list of cells), their messages in a
 * language.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()}.
 *
 * @param findings the findings to show, if any
 * @param locale the language of the findings' messages (Chinese for {@code zh}, else English)
 */
public record OfficeOptions(Optional<ValidationResult> findings, Locale locale) {

    /** Checks the parts. */
    public OfficeOptions {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(locale, "locale");
    }

    /** No findings, Chinese. */
    public static OfficeOptions defaults() {
        return new OfficeOptions(Optional.empty(), Locale.SIMPLIFIED_CHINESE);
    }

    /** These options with the findings of a validation of the report. */
    public OfficeOptions withFindings(ValidationResult result) {
        return new OfficeOptions(Optional.of(Objects.requireNonNull(result, "result")), locale);
    }

    /** These options with the findings' messages in another language. */
    public OfficeOptions withLocale(Locale newLocale) {
        return new OfficeOptions(findings, newLocale);
    }
}
