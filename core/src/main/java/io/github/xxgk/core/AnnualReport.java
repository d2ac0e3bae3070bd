package io.github.xxgk.core;

import io.github.xxgk.core.constraints.ValidAnnualReport;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.TableDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A 政府信息公开工作年度报告: its edition, the agency, the reporting year, the publication date when
 * known, the title and preamble as printed, the sections in order, and the statistics tables of its
 * edition that the report contains (a table the report lacks is absent, not blank).
 *
 * <p>Immutable, value equality, no nulls, thread-safe. The constructor checks that every table and
 * every recognised section belongs to the edition and throws a {@link ReportModelException} otherwise.
 * Build with {@link #builder(Edition)}.
 *
 * @param edition the edition the report follows
 * @param agency the agency the report is about
 * @param year the reporting year (the statistics period is 1 January to 31 December of it)
 * @param publicationDate the date the report was published, when known
 * @param title the title as printed, possibly empty
 * @param preamble the unnumbered opening paragraphs
 * @param sections the sections, in order
 * @param tables the statistics tables the report contains, by table id, in the edition's order
 * @param closing the lines printed after the last section that belong to none (the signature and date
 *     line), in order
 */
@ValidAnnualReport
public record AnnualReport(
        Edition edition,
        Agency agency,
        int year,
        Optional<LocalDate> publicationDate,
        String title,
        List<String> preamble,
        List<Section> sections,
        Map<String, StatisticsTable> tables,
        List<String> closing) {

    /** Creates a report without closing lines. */
    public AnnualReport(Edition edition, Agency agency, int year, Optional<LocalDate> publicationDate, String title,
            List<String> preamble, List<Section> sections, Map<String, StatisticsTable> tables) {
        this(edition, agency, year, publicationDate, title, preamble, sections, tables, List.of());
    }

    /** The first reporting year: the 2008 regulation took effect on 2008-05-01. */
    public static final int FIRST_YEAR = 2008;

    /** The last reporting year the model accepts. */
    public static final int LAST_YEAR = 9999;

    /** Creates a report, checking that its parts belong to its edition. */
    public AnnualReport {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tables, "tables");
        preamble = List.copyOf(preamble);
        closing = List.copyOf(closing);
        sections = List.copyOf(sections);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ReportModelException("year", "报告年度应在" + FIRST_YEAR + "至" + LAST_YEAR + "之间：" + year + "。",
                    "The reporting year must lie between " + FIRST_YEAR + " and " + LAST_YEAR + ": " + year + ".");
        }
        FormDefinition form = edition.form();
        Map<String, StatisticsTable> ordered = new LinkedHashMap<>();
        for (TableDefinition def : form.tables()) {
            StatisticsTable t = tables.get(def.id());
            if (t != null) {
                if (t.definition() != def) {
                    throw new ReportModelException("tables." + def.id(),
                            "表格“" + def.id() + "”不是" + edition + "版本的表格。",
                            "Table " + def.id() + " is not the table of edition " + edition + ".");
                }
                ordered.put(def.id(), t);
            }
        }
        for (String id : tables.keySet()) {
            if (!ordered.containsKey(id)) {
                throw new ReportModelException("tables." + id, edition + "版本没有表格“" + id + "”。",
                        "Edition " + edition + " has no table " + id + ".");
            }
        }
        tables = Collections.unmodifiableMap(ordered);
        checkSections(form, tables.keySet(), sections, "sections");
    }

    private static void checkSections(FormDefinition form, java.util.Set<String> present, List<Section> sections,
            String where) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String here = where + "[" + i + "]";
            for (String table : s.tables()) {
                if (!present.contains(table)) {
                    throw new ReportModelException(here, "章节“" + s.heading() + "”所含的表格“" + table + "”不在报告中。",
                            "Section “" + s.heading() + "” holds table " + table + ", which the report does not contain.");
                }
            }
            s.form().ifPresent(id -> {
                if (form.section(id).isEmpty()) {
                    throw new ReportModelException(here, form.edition() + "版本没有章节“" + id + "”。",
                            "Edition " + form.edition() + " has no section " + id + ".");
                }
            });
            checkSections(form, present, s.subsections(), here + ".subsections");
        }
    }

    /** A builder for a report of an edition. */
    public static Builder builder(Edition edition) {
        return new Builder(edition);
    }

    /** A builder holding this report's parts. */
    public Builder toBuilder() {
        Builder b = new Builder(edition).agency(agency).year(year).title(title);
        publicationDate.ifPresent(b::publicationDate);
        b.preamble.addAll(preamble);
        b.closing.addAll(closing);
        b.sections.addAll(sections);
        b.tables.putAll(tables);
        return b;
    }

    /** The form definition of the report's edition. */
    public FormDefinition form() {
        return edition.form();
    }

    /** The table with an id, if the report contains it. */
    public Optional<StatisticsTable> table(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    /**
     * The value of a cell: BLANK when the cell's table is absent from the report or the cell was not
     * reported.
     *
     * @param cell the cell id
     * @return the value
     * @throws ReportModelException when the edition has no such cell
     */
    public CellValue value(CellId cell) {
        TableDefinition def = form().table(cell.table()).orElseThrow(() -> new ReportModelException(
                cell.toString(), edition + "版本没有表格“" + cell.table() + "”。",
                "Edition " + edition + " has no table " + cell.table() + "."));
        StatisticsTable t = tables.get(cell.table());
        if (t != null) {
            return t.value(cell); // looks the cell up once, refusing one the table lacks
        }
        StatisticsTable.require(def, cell);
        return CellValue.BLANK;
    }

    /** Builds an {@link AnnualReport}. Not thread-safe. */
    public static final class Builder {
        private final Edition edition;
        private Agency agency;
        private Integer year;
        private Optional<LocalDate> publicationDate = Optional.empty();
        private String title = "";
        private final List<String> preamble = new ArrayList<>();
        private final List<String> closing = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final Map<String, StatisticsTable> tables = new LinkedHashMap<>();

        private Builder(Edition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
        }

        /** Sets the agency. */
        public Builder agency(Agency agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
            return this;
        }

        /** Sets the reporting year. */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /** Sets the publication date. */
        public Builder publicationDate(LocalDate date) {
            this.publicationDate = Optional.of(date);
            return this;
        }

        /** Sets the title as printed. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Adds preamble paragraphs. */
        public Builder preamble(String... paragraphs) {
            for (String p : paragraphs) {
                preamble.add(Objects.requireNonNull(p, "paragraph"));
            }
            return this;
        }

        /** Adds closing lines: the signature and date printed after the last section. */
        public Builder closing(String... lines) {
            for (String p : lines) {
                closing.add(Objects.requireNonNull(p, "line"));
            }
            return this;
        }

        /** Adds a section. */
        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /** Replaces the sections. */
        public Builder sections(List<Section> sections) {
            this.sections.clear();
            sections.forEach(this::section);
            return this;
        }

        /** Adds or replaces a table. */
        public Builder table(StatisticsTable table) {
            tables.put(table.id(), table);
            return this;
        }

        /** Removes a table. */
        public Builder withoutTable(String id) {
            tables.remove(id);
            return this;
        }

        /**
         * Fills, in every table added so far, the totals its declared sum relations determine (see
         * {@link StatisticsTable.Builder#fillTotals()}); nothing already set is changed.
         *
         * @return this builder
         */
        public Builder fillTotals() {
            tables.replaceAll((id, t) -> t.toBuilder().fillTotals().build());
            return this;
        }

        /** A builder for a blank table of the edition, to fill and pass to {@link #table}. */
        public StatisticsTable.Builder tableBuilder(String id) {
            return StatisticsTable.builder(edition.form().table(id).orElseThrow(() -> new ReportModelException(
                    "tables." + id, edition + "版本没有表格“" + id + "”。",
                    "Edition " + edition + " has no table " + id + ".")));
        }

        /**
         * The report.
         *
         * @return the report
         * @throws ReportModelException when the agency or the year is missing, or a part does not
         *     belong to the edition
         */
        public AnnualReport build() {
            if (agency == null) {
                throw new ReportModelException("agency", "缺少机构。", "The agency is missing.");
            }
            if (year == null) {
                throw new ReportModelException("year", "缺少报告年度。", "The reporting year is missing.");
            }
            return new AnnualReport(edition, agency, year, publicationDate, title, preamble, sections, tables, closing);
        }
    }

    /**
     * One line for logs: edition, year, agency, the count of sections and the tables present, never
     * the text or the figures ({@code AnnualReport[STANDARD_2021 2024 某市统计局, 6 sections, tables t2 t3 t4]}).
     */
    @Override
    public String toString() {
        return "AnnualReport[" + edition + " " + year + " " + agency.name() + ", " + sections.size() + " sections"
                + (tables.isEmpty() ? ", no table" : ", tables " + String.join(" ", tables.keySet()))
                + publicationDate.map(d -> ", published " + d).orElse("") + "]";
    }
}
