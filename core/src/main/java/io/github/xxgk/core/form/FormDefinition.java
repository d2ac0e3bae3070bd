package io.github.xxgk.core.form;

import io.github.xxgk.core.Edition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of the annual report, described once as data: the instrument that fixes it, its
 * sections, its statistics tables with every row, column, cell and relation. Everything else in the
 * library (model, JSON, validation, rendering, reading) walks these definitions.
 *
 * <p>Obtain one with {@link Edition#form()}. Instances are singletons compared by identity.
 * Immutable and thread-safe.
 */
public final class FormDefinition {

    private final Edition edition;
    private final Label instrument;
    private final Label basis;
    private final List<SectionDefinition> sections;
    private final List<TableDefinition> tables;
    private final NarrativeVocabulary narrative;

    /**
     * Creates a form definition.
     *
     * @param edition the edition described
     * @param instrument the document that fixes the format (or, for the legacy edition, the law)
     * @param basis the legal basis of the report's content
     * @param sections the required sections, in order
     * @param tables the statistics tables, in printed order
     */
    public FormDefinition(Edition edition, Label instrument, Label basis,
            List<SectionDefinition> sections, List<TableDefinition> tables) {
        this(edition, instrument, basis, sections, tables, NarrativeVocabulary.empty());
    }

    /**
     * Creates a form definition with the vocabulary of its narrative.
     *
     * @param edition the edition described
     * @param instrument the document that fixes the format (or, for the legacy edition, the law)
     * @param basis the legal basis of the report's content
     * @param sections the required sections, in order
     * @param tables the statistics tables, in printed order
     * @param narrative how the report's text states figures and statements
     */
    public FormDefinition(Edition edition, Label instrument, Label basis,
            List<SectionDefinition> sections, List<TableDefinition> tables, NarrativeVocabulary narrative) {
        this.narrative = Objects.requireNonNull(narrative, "narrative");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.sections = List.copyOf(sections);
        this.tables = List.copyOf(tables);
    }

    /** The edition. */
    public Edition edition() {
        return edition;
    }

    /** The instrument that fixes the format. */
    public Label instrument() {
        return instrument;
    }

    /** The legal basis of the report's content. */
    public Label basis() {
        return basis;
    }

    /** The sections, in order. */
    public List<SectionDefinition> sections() {
        return sections;
    }

    /** The section with an id, if the form has it. */
    public Optional<SectionDefinition> section(String id) {
        for (SectionDefinition s : sections) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** How the report's text states its figures and statements. */
    public NarrativeVocabulary narrative() {
        return narrative;
    }

    /** The tables, in printed order. */
    public List<TableDefinition> tables() {
        return tables;
    }

    /** The table with an id, if the form has it. */
    public Optional<TableDefinition> table(String id) {
        for (TableDefinition t : tables) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The cell with an id, if the form has it. */
    public Optional<CellDefinition> cell(CellId id) {
        return table(id.table()).flatMap(t -> t.cell(id));
    }

    /** Every relation of every table. */
    public List<Relation> relations() {
        return tables.stream().flatMap(t -> t.relations().stream()).toList();
    }

    @Override
    public String toString() {
        return edition.name();
    }
}
