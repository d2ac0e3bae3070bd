package io.github.xxgk.archive;

import io.github.xxgk.core.AgencyKind;
import java.util.List;
import java.util.Objects;

/**
 * An agency a register expects a report from: its name, its kind (which decides its deadline), its
 * parent region (for the summary by region and the roll-up) and the names it was known by before a
 * renaming, under which its earlier reports are paired with its later ones.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the agency's name as the register writes it
 * @param kind the agency's kind
 * @param region the parent region ({@code 淮安市}), may be empty
 * @param formerNames the names it had before, in any order
 * @param line the register line that declares it
 */
public record RegisteredAgency(String name, AgencyKind kind, String region, List<String> formerNames, int line) {

    /** Creates an entry. */
    public RegisteredAgency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        formerNames = List.copyOf(formerNames);
    }
}
