package io.github.xxgk.testing;

import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link ValidationResult}. Failure messages list the findings there are.
 * Not thread-safe (as AssertJ assertions are not).
 */
public final class ValidationResultAssert extends AbstractAssert<ValidationResultAssert, ValidationResult> {

    ValidationResultAssert(ValidationResult actual) {
        super(actual, ValidationResultAssert.class);
    }

    private static String list(List<Finding> findings) {
        return findings.isEmpty() ? "  (none)" : findings.stream().map(f -> "  " + f)
                .collect(Collectors.joining("\n"));
    }

    /** The result has no ERROR finding. */
    public ValidationResultAssert hasNoErrors() {
        isNotNull();
        if (!actual.passed()) {
            failWithMessage("Expected no ERROR finding but found:%n%s", list(actual.errors()));
        }
        return this;
    }

    /** The result has at least one ERROR finding. */
    public ValidationResultAssert hasErrors() {
        isNotNull();
        if (actual.passed()) {
            failWithMessage("Expected an ERROR finding but found:%n%s", list(actual.findings()));
        }
        return this;
    }

    /** The result has no finding at all. */
    public ValidationResultAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            failWithMessage("Expected no finding but found:%n%s", list(actual.findings()));
        }
        return this;
    }

    /** The result has no finding of a rule. */
    public ValidationResultAssert hasNoFinding(String ruleId) {
        isNotNull();
        if (!actual.findings(ruleId).isEmpty()) {
            failWithMessage("Expected no finding of %s but found:%n%s", ruleId, list(actual.findings(ruleId)));
        }
        return this;
    }

    /**
     * The result has a finding of a rule; the returned assertion narrows down to it.
     *
     * @param ruleId the rule id
     * @return assertions on the findings of that rule
     */
    public FindingsAssert hasFinding(String ruleId) {
        isNotNull();
        List<Finding> found = actual.findings(ruleId);
        if (found.isEmpty()) {
            failWithMessage("Expected a finding of %s but found:%n%s", ruleId, list(actual.findings()));
        }
        return new FindingsAssert(ruleId, found);
    }

    /** Assertions on the findings of one rule, narrowed step by step. */
    public static final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
        private final String ruleId;

        FindingsAssert(String ruleId, List<Finding> findings) {
            super(findings, FindingsAssert.class);
            this.ruleId = ruleId;
        }

        private FindingsAssert narrow(String what, java.util.function.Predicate<Finding> keep) {
            List<Finding> kept = actual.stream().filter(keep).toList();
            if (kept.isEmpty()) {
                failWithMessage("Expected a finding of %s %s but found:%n%s", ruleId, what, list(actual));
            }
            return new FindingsAssert(ruleId, kept);
        }

        /** Keeps the findings located at a cell, given as {@code table.row.column}. */
        public FindingsAssert atCell(String cellId) {
            return narrow("at cell " + cellId, f -> f.location().kind() == io.github.xxgk.validation.Location.Kind.CELL
                    && f.location().id().equals(cellId));
        }

        /**
         * Keeps the findings that mark a cell: the finding on it, the CELL-BLANK of its table when it is
         * blank, a finding on an unprinted subtotal it is a part of ({@link io.github.xxgk.validation.Finding#cells()}).
         */
        public FindingsAssert marking(String cellId) {
            return narrow("marking " + cellId, f -> f.cells().stream().anyMatch(c -> c.toString().equals(cellId)));
        }

        /** Keeps the findings located at a place with this id (section path, form section id, table id). */
        public FindingsAssert at(String locationId) {
            return narrow("at " + locationId, f -> f.location().id().equals(locationId));
        }

        /** Keeps the findings of a severity. */
        public FindingsAssert withSeverity(Severity severity) {
            return narrow("with severity " + severity, f -> f.severity() == severity);
        }

        /** Keeps the findings whose message in a locale contains a text. */
        public FindingsAssert withMessageContaining(Locale locale, String text) {
            return narrow("with a message containing “" + text + "”", f -> f.message(locale).contains(text));
        }

        /** Keeps the findings with this expected value. */
        public FindingsAssert expecting(String expected) {
            return narrow("expecting " + expected, f -> f.expected().filter(expected::equals).isPresent());
        }

        /** There is exactly this number of findings left. */
        public FindingsAssert hasCount(int count) {
            if (actual.size() != count) {
                failWithMessage("Expected %d finding(s) of %s but found %d:%n%s", count, ruleId, actual.size(), list(actual));
            }
            return this;
        }
    }
}
