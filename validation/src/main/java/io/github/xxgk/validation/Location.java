package io.github.xxgk.validation;

import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.TableDefinition;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding is: a cell (by id, with its official address), a table, a section (by its path in
 * the report, such as {@code sections/1/subsections/0}, or by its form id when it is missing), or the
 * report (optionally one of its properties: {@code year}, {@code agency}, {@code agency.kind},
 * {@code publicationDate}, {@code edition}, {@code title}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of place
 * @param id the cell id, table id, section path or form section id, or report property; may be empty
 *     for the report as a whole
 * @param name the place named for a person, in both languages
 * @param text for a finding on the report's text (a narrative figure or statement): the paragraph and
 *     the character offsets of the figure and of its sentence; the {@code id} is then the section's path
 *     (or {@code preamble})
 */
public record Location(Kind kind, String id, Label name, Optional<TextPosition> text) {

    /** The kinds of place a finding can be at. */
    public enum Kind {
        /** The report, or one of its top-level properties. */
        REPORT,
        /** A section, present (by path) or missing (by form id). */
        SECTION,
        /** A statistics table as a whole. */
        TABLE,
        /** A cell of a statistics table. */
        CELL
    }

    /** Creates a location. */
    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** Creates a location that is not a place in the text. */
    public Location(Kind kind, String id, Label name) {
        this(kind, id, name, Optional.empty());
    }

    /**
     * The location of a sentence of the text, and of a figure or statement in it.
     *
     * @param at the place in the text
     * @param name the section's heading (or 前言 for the preamble)
     * @return the location, of kind {@link Kind#SECTION} with the section's path as id
     */
    public static Location text(TextPosition at, Label name) {
        return new Location(Kind.SECTION, at.path(), name, Optional.of(at));
    }

    /** The location of a cell. */
    public static Location cell(CellDefinition cell) {
        return new Location(Kind.CELL, cell.id().toString(), cell.name());
    }

    /** The location of a table. */
    public static Location table(TableDefinition table) {
        return new Location(Kind.TABLE, table.id(), new Label(table.number().zh() + " " + table.title().zh(),
                table.number().en() + " " + table.title().en()));
    }

    /**
     * The location of a section.
     *
     * @param id its path in the report ({@code sections/2}) or, when missing, its form id
     * @param name its heading
     * @return the location
     */
    public static Location section(String id, Label name) {
        return new Location(Kind.SECTION, id, name);
    }

    /**
     * The location of the report or of one of its properties.
     *
     * @param property {@code year}, {@code agency}, {@code agency.kind} (the kind of agency),
     *     {@code publicationDate}, {@code edition}, {@code title}, or empty
     * @return the location
     */
    public static Location report(String property) {
        Label name = switch (property) {
            case "year" -> new Label("报告年度", "reporting year");
            case "agency" -> new Label("机构", "agency");
            case "agency.kind" -> new Label("机构类型", "agency kind");
            case "publicationDate" -> new Label("发布日期", "publication date");
            case "edition" -> new Label("报告格式", "report format");
            case "title" -> new Label("报告标题", "report title");
            default -> new Label("报告", "report");
        };
        return new Location(Kind.REPORT, property, name);
    }

    /** The cell, when the finding is at a cell. */
    public Optional<CellId> cell() {
        return kind == Kind.CELL ? Optional.of(CellId.parse(id)) : Optional.empty();
    }
}
