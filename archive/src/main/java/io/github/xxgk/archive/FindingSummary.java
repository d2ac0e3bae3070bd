package io.github.xxgk.archive;

import io.github.xxgk.core.form.Severity;
import java.util.Objects;

/**
 * One finding of a report as the summary keeps it: rule, severity, where (the cell's or section's
 * official name) and the message in both languages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule id
 * @param severity the severity
 * @param locationZh where, in Chinese
 * @param locationEn where, in English
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record FindingSummary(String rule, Severity severity, String locationZh, String locationEn, String messageZh,
        String messageEn) {

    /** Creates a finding summary. */
    public FindingSummary {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(locationZh, "locationZh");
        Objects.requireNonNull(locationEn, "locationEn");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
