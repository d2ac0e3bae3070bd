package io.github.xxgk.validation;

import io.github.xxgk.core.form.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one validation, in a stable order: by severity (ERROR, WARNING, INFO), then by
 * position in the report (report-level findings first, then sections in document order, then tables
 * and cells in the form's order), each place's findings by rule id. A result passes when it has no
 * ERROR.
 *
 * <p>Immutable and thread-safe.
 *
 * @param findings the findings, in order
 */
public record ValidationResult(List<Finding> findings) {

    /** Creates a result. */
    public ValidationResult {
        findings = List.copyOf(findings);
    }

    /** Whether the report has no ERROR finding. */
    public boolean passed() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** The findings of one severity. */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** How many findings have a severity. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            n += f.severity() == severity ? 1 : 0;
        }
        return n;
    }

    /** How many findings each severity has, every severity present (ERROR, WARNING, INFO), zeros included. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, count(s));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The ERROR findings. */
    public List<Finding> errors() {
        return findings(Severity.ERROR);
    }
}
