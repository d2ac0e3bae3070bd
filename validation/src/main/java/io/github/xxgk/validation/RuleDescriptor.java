package io.github.xxgk.validation;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of the catalogue: its public id (listed in RULES.md), the severities its findings take, its legal
 * or format basis, what it checks in both languages, the editions it applies to, and how the library
 * enforces it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule id
 * @param severities the severities of its findings, most severe first
 * @param basis the legal or format basis
 * @param description what the rule checks
 * @param editions the editions it applies to, iterated in the order of {@link Edition}
 * @param status how the library enforces it
 */
public record RuleDescriptor(String id, List<Severity> severities, Label basis, Label description,
        Set<Edition> editions, Status status) {

    /** How the library enforces a rule. */
    public enum Status {
        /** The validator checks it and reports findings. */
        CHECKED("检查", "checked"),
        /** A relation declared in the form definitions, checked by the arithmetic engine. */
        RELATION("表内关系", "relation"),
        /** The model's types make a violation impossible; the JSON reader refuses such input. */
        ENFORCED_BY_MODEL("模型保证", "model"),
        /** Checked by {@link FeeCalculator} on an agency's source data, not on reports. */
        CALCULATOR("收费计算", "calculator"),
        /**
         * Reported while a published report is read (xxgk-ingest: web pages and text dumps), as a reading
         * note among the findings, not by the validator.
         */
        READING("读取说明", "reading"),
        /** Not checked yet. */
        DEFERRED("暂未检查", "deferred");

        private final Label label;

        Status(String zh, String en) {
            this.label = new Label(zh, en);
        }

        /** The status for a person ({@code 表内关系} / {@code relation}); the English is RULES.md's word. */
        public Label label() {
            return label;
        }
    }

    /** Creates a descriptor. */
    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        severities = List.copyOf(severities);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(description, "description");
        editions = Collections.unmodifiableSet(editions.isEmpty() ? EnumSet.noneOf(Edition.class) : EnumSet.copyOf(editions));
        Objects.requireNonNull(status, "status");
    }
}
