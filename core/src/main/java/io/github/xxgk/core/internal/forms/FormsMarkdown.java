package io.github.xxgk.core.internal.forms;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.core.form.ValueKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The repository's {@code FORMS.md}: every edition's sections, tables, blocks, columns, rows and
 * relations, and the narrative vocabulary ({@link NarrativeMarkdown}), written out from the form definitions
 * alone (nothing here names a label or a row). A test
 * of the core module keeps the file equal to {@link #markdown()}. Not API.
 */
public final class FormsMarkdown {

    private FormsMarkdown() {
    }

    /** The whole document. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# xxgk forms / 表式\n\n")
                .append("Generated from the form definitions (`core/src/main/java/io/github/xxgk/core/internal/forms/`, ")
                .append("read through `Edition.form()`); a test keeps this file current ")
                .append("(`./mvnw -B -pl core test -Dxxgk.rewrite=true` rewrites it). Rule ids are those of ")
                .append("[RULES.md](RULES.md).\n\n")
                .append("A cell's id is `table.row.column` (a key of the JSON format); a row has cells in every leaf ")
                .append("column of its block unless its role is `heading`. Role `implied`: the label is printed, the ")
                .append("figures are the sum of the parts unless stated. Units and kinds are those a row or column ")
                .append("fixes; a cell takes its row's, else its leaf column's (every cell has both).\n\n");
        md.append("Editions:\n\n");
        for (Edition e : Edition.values()) {
            md.append("* [").append(e.name()).append("](#").append(e.name().toLowerCase(Locale.ROOT).replace("_", ""))
                    .append("): reports on ").append(years(e)).append(", ").append(e.form().instrument().zh())
                    .append(" (").append(e.form().instrument().en()).append(")\n");
        }
        md.append('\n');
        for (Edition e : Edition.values()) {
            edition(md, e.form());
        }
        NarrativeMarkdown.vocabulary(md);
        return md.toString();
    }

    private static String years(Edition e) {
        return e.lastYear() == Integer.MAX_VALUE ? e.firstYear() + " onwards" : e.firstYear() + "–" + e.lastYear();
    }

    private static void edition(StringBuilder md, FormDefinition form) {
        Edition e = form.edition();
        md.append("## ").append(e.name()).append("\n\n")
                .append("Reports on ").append(years(e)).append(". Format: ").append(form.instrument().zh())
                .append(" (").append(form.instrument().en()).append("). Content: ").append(form.basis().zh())
                .append(" (").append(form.basis().en()).append(").\n\n");
        md.append("### Sections / 章节\n\n")
                .append("| id | numbering | 标题 | title | required for | tables | also accepted | basis |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (SectionDefinition s : form.sections()) {
            md.append("| `").append(s.id()).append("` | ").append(cell(s.numbering())).append(" | ")
                    .append(cell(s.title().zh())).append(" | ").append(cell(s.title().en())).append(" | ")
                    .append(s.requiredFor().size() == AgencyKind.values().length ? "all"
                            : s.requiredFor().stream().map(AgencyKind::name).collect(Collectors.joining(", ")))
                    .append(" | ").append(s.tables().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(cell(String.join("；", s.variants()))).append(" | ")
                    .append(cell(s.basis().zh())).append(" |\n");
        }
        md.append('\n');
        for (TableDefinition t : form.tables()) {
            table(md, e, t);
        }
        NarrativeMarkdown.edition(md, form);
    }

    private static void table(StringBuilder md, Edition e, TableDefinition t) {
        md.append("### ").append(e.name()).append(" `").append(t.id()).append("`: ").append(t.number().zh()).append(' ')
                .append(t.title().zh()).append(" / ").append(t.number().en()).append(' ').append(t.title().en())
                .append("\n\n").append("Basis: ").append(t.basis().zh()).append(" (").append(t.basis().en())
                .append("). ").append(t.cells().size()).append(" cells, ").append(t.relations().size())
                .append(" relations.\n\n");
        for (BlockDefinition b : t.blocks()) {
            md.append("#### Block `").append(b.id()).append('`');
            b.caption().ifPresent(c -> md.append(": ").append(c.zh()).append(" / ").append(c.en()));
            md.append("\n\n").append("Row labels printed: `").append(b.layout().name().toLowerCase(Locale.ROOT)).append('`');
            b.stub().ifPresent(s -> md.append("; stub header ").append(s.zh()).append(" / ").append(s.en()));
            b.stubNote().ifPresent(s -> md.append("; note in the top-left cell ").append(cell(s.zh()))
                    .append(" / ").append(cell(s.en())));
            md.append(".\n\n");
            md.append("Columns (a sub-column under its parent, `›`):\n\n")
                    .append("| id | 表头 | header | unit | kind | provincial extension | printed lines |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            columns(md, b.columns(), "");
            md.append("\nRows:\n\n")
                    .append("| id | numbering | 名称 | label | role | unit | kind | also accepted |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            rows(md, b.rows(), "");
            md.append('\n');
        }
        if (!t.relations().isEmpty()) {
            md.append("Relations:\n\n")
                    .append("| rule | kind | severity | relation | basis |\n")
                    .append("|---|---|---|---|---|\n");
            for (Relation r : t.relations()) {
                md.append("| `").append(r.ruleId()).append("` | ").append(r.kind().name().toLowerCase(Locale.ROOT))
                        .append(" | ").append(r.severity().name()).append(" | ").append(terms(r.left())).append(' ')
                        .append(r.comparison().symbol()).append(' ').append(terms(r.right())).append(" | ")
                        .append(cell(r.basis().zh())).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static void columns(StringBuilder md, List<ColumnDefinition> columns, String parent) {
        for (ColumnDefinition c : columns) {
            md.append("| ").append(parent).append('`').append(c.id()).append("` | ").append(cell(c.label().zh()))
                    .append(" | ").append(cell(c.label().en())).append(" | ").append(unit(c.unit())).append(" | ")
                    .append(kind(c.kind())).append(" | ").append(c.extension() ? "yes" : "").append(" | ")
                    .append(c.printedLines().isEmpty() ? "" : String.join(" / ", c.printedLines())).append(" |\n");
            columns(md, c.children(), parent + c.id() + " › ");
        }
    }

    private static void rows(StringBuilder md, List<RowDefinition> rows, String parent) {
        for (RowDefinition r : rows) {
            md.append("| ").append(parent).append('`').append(r.id()).append("` | ").append(cell(r.numbering()))
                    .append(" | ").append(cell(r.label().zh())).append(" | ").append(cell(r.label().en())).append(" | ")
                    .append(r.role().name().toLowerCase(Locale.ROOT)).append(" | ").append(unit(r.unit())).append(" | ")
                    .append(kind(r.kind())).append(" | ").append(cell(String.join("；", r.variants()))).append(" |\n");
            rows(md, r.children(), parent + r.id() + " › ");
        }
    }

    private static String terms(List<Term> terms) {
        return terms.stream().map(t -> (t.factor() == 1 ? "" : t.factor() + "×")
                + (t.period() == Period.PREVIOUS ? "previous `" : "`") + t.cell() + "`")
                .collect(Collectors.joining(" + "));
    }

    private static String unit(Optional<Unit> unit) {
        return unit.map(u -> u.label().zh().isEmpty() ? u.label().en() : u.label().zh() + " (" + u.label().en() + ")")
                .orElse("");
    }

    private static String kind(Optional<ValueKind> kind) {
        return kind.map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "<br>");
    }
}
