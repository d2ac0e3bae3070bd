package io.github.xxgk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The administrative organ a report is about: its name as printed and, when known, its kind.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the organ's name as printed, never blank
 * @param kind the organ's kind, when known (rule META-AGENCY-TYPE asks for it)
 */
public record Agency(String name, Optional<AgencyKind> kind) {

    /** Creates an agency. */
    public Agency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new ReportModelException("agency", "机构名称为空。", "The agency name is blank.");
        }
    }

    /** An agency of a known kind. */
    public static Agency of(String name, AgencyKind kind) {
        return new Agency(name, Optional.of(kind));
    }

    /** An agency whose kind is not known. */
    public static Agency named(String name) {
        return new Agency(name, Optional.empty());
    }
}
