package io.github.xxgk.core.form;

import io.github.xxgk.core.AgencyKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A section the form requires of a report: its id, numbering label, official title, the title
 * variants accepted in real reports, the agency kinds that must include it, the tables it holds, and
 * its legal basis.
 *
 * <p>For the legacy edition the “sections” are the six content items of 2008 条例第三十二条, which
 * reports cover under headings of their own choosing; the variants are the headings seen in practice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable section id
 * @param numbering the numbering label ({@code 一、}, or {@code （一）} for the legacy items)
 * @param title the official title and its English rendering
 * @param variants other titles accepted for the section
 * @param requiredFor the agency kinds that must include the section, iterated in the order of {@link AgencyKind}
 * @param tables the ids of the tables printed in the section
 * @param basis the legal or format basis
 */
public record SectionDefinition(
        String id,
        String numbering,
        Label title,
        List<String> variants,
        Set<AgencyKind> requiredFor,
        List<String> tables,
        Label basis) {

    /** Creates a section definition. */
    public SectionDefinition {
        if (!CellId.isId(id)) {
            throw new IllegalArgumentException("bad section id " + id);
        }
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(title, "title");
        variants = List.copyOf(variants);
        requiredFor = Collections.unmodifiableSet(requiredFor.isEmpty() ? EnumSet.noneOf(AgencyKind.class) : EnumSet.copyOf(requiredFor));
        tables = List.copyOf(tables);
        Objects.requireNonNull(basis, "basis");
    }

    /** Whether a title, as printed, is the official one or an accepted variant. */
    public boolean accepts(String printedTitle) {
        String t = printedTitle.strip();
        return t.equals(title.zh()) || variants.contains(t);
    }

    /** One line: the id, numbering and title. */
    @Override
    public String toString() {
        return "SectionDefinition[" + id + " " + numbering + title.zh() + "]";
    }
}
