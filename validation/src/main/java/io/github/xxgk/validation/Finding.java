package io.github.xxgk.validation;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.internal.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found in a report: the rule id (the library's public finding ids, listed in RULES.md),
 * the severity, the location, the legal or format basis, the expected and actual values where the rule
 * compares numbers, the values the other cells determine for blank cells, the other cells of the same
 * relation, the printed cells a person should look at, and a message key with arguments, rendered for
 * a {@link Locale} the caller passes.
 *
 * <p>Immutable, value equality, thread-safe.
 *
 * @param ruleId the rule id, such as {@code T3-BALANCE}
 * @param severity ERROR, WARNING or INFO
 * @param location where the finding is
 * @param basis the article of the 条例 or clause of the format document
 * @param expected what the rule requires of the cell it sits on, when it compares numbers
 * @param actual the value printed in the cell it sits on, when it compares numbers; empty when that
 *     cell is blank or not printed (its inferred value is then in {@code derived})
 * @param derived values that the other cells determine for blank or unprinted cells, by cell
 * @param related the other cells of the relation, when the rule is a relation between cells
 * @param cells the printed cells the finding is about, to mark in a rendering: the cell it sits on
 *     when that cell is printed, the printed parts of an unprinted subtotal, the blank cells of a
 *     table (CELL-BLANK); empty for a finding on no cell
 * @param messageKey the key of the message in the library's bundles
 * @param arguments the message's arguments, each in both languages
 */
public record Finding(
        String ruleId,
        Severity severity,
        Location location,
        Label basis,
        Optional<String> expected,
        Optional<String> actual,
        Map<CellId, String> derived,
        List<CellId> related,
        List<CellId> cells,
        String messageKey,
        Map<String, Label> arguments) {

    /** Creates a finding. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        // the library's own maps (FrozenMap) are immutable already; any other is copied
        derived = derived instanceof io.github.xxgk.validation.internal.FrozenMap ? derived
                : Collections.unmodifiableMap(new LinkedHashMap<>(derived));
        related = List.copyOf(related);
        cells = List.copyOf(cells);
        Objects.requireNonNull(messageKey, "messageKey");
        // the library's own arguments word a costly one only when it is read
        arguments = arguments instanceof io.github.xxgk.validation.internal.FrozenMap ? arguments
                : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /**
     * Creates a finding whose marked cells are the cell it sits on (none when it is not on a cell).
     *
     * @param ruleId the rule id
     * @param severity the severity
     * @param location where the finding is
     * @param basis the legal or format basis
     * @param expected what the rule requires, when it compares numbers
     * @param actual what the report prints, when the rule compares numbers
     * @param derived values the other cells determine for blank cells
     * @param related the other cells of the relation
     * @param messageKey the message key
     * @param arguments the message's arguments
     */
    public Finding(String ruleId, Severity severity, Location location, Label basis, Optional<String> expected,
            Optional<String> actual, Map<CellId, String> derived, List<CellId> related, String messageKey,
            Map<String, Label> arguments) {
        this(ruleId, severity, location, basis, expected, actual, derived, related,
                location.cell().map(List::of).orElse(List.of()), messageKey, arguments);
    }

    /**
     * The message for a person: Chinese for a {@code zh} locale, English otherwise. The JVM's default
     * locale is never read.
     *
     * @param locale the caller's locale
     * @return the message
     */
    public String message(Locale locale) {
        return Messages.render(messageKey, arguments, locale);
    }

    /** Whether the finding is an ERROR. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " @ " + location.id() + ": " + message(Locale.ENGLISH);
    }
}
