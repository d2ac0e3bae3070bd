package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.internal.forms.FormsMarkdown;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormsMarkdownTest {

    private static final Path FORMS_MD = Path.of("../FORMS.md");

    @Test
    void formsMdIsGeneratedFromTheDefinitions() throws Exception {
        String generated = FormsMarkdown.markdown();
        if (Boolean.getBoolean("xxgk.rewrite")) {
            Files.writeString(FORMS_MD, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FORMS_MD, StandardCharsets.UTF_8))
                .as("FORMS.md is stale: run ./mvnw -B -pl core test -Dxxgk.rewrite=true").isEqualTo(generated);
    }

    @Test
    void everySectionTableRowColumnAndRelationOfEveryEditionIsInTheDocument() {
        String md = FormsMarkdown.markdown();
        for (Edition e : Edition.values()) {
            assertThat(md).contains("## " + e.name() + "\n");
            for (SectionDefinition s : e.form().sections()) {
                assertThat(md).contains("| `" + s.id() + "` | " + s.numbering() + " | " + s.title().zh() + " | " + s.title().en() + " |");
            }
            for (TableDefinition t : e.form().tables()) {
                assertThat(md).contains("### " + e.name() + " `" + t.id() + "`: " + t.number().zh() + " " + t.title().zh());
                for (RowDefinition r : t.rows()) {
                    assertThat(md).contains("`" + r.id() + "` | " + r.numbering() + " | " + r.label().zh().replace("|", "\\|").replace("\n", "<br>")
                            + " | " + r.label().en().replace("|", "\\|").replace("\n", "<br>") + " |");
                }
                for (CellDefinition c : t.cells()) {
                    assertThat(md).contains("`" + c.id().column() + "` | ");
                }
                for (Relation r : t.relations()) {
                    assertThat(md).contains("| `" + r.ruleId() + "` | " + r.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " | " + r.severity().name() + " | ");
                    r.terms().forEach(term -> assertThat(md).contains("`" + term.cell() + "`"));
                }
                t.blocks().forEach(b -> b.leafColumns().forEach((ColumnDefinition c) ->
                        assertThat(md).contains("`" + c.id() + "` | " + c.label().zh().replace("\n", "<br>") + " | ")));
            }
        }
    }

    @Test
    void everySubjectBindingStatementAndGrammarWordOfEveryEditionIsInTheDocument() throws Exception {
        String md = FormsMarkdown.markdown();
        assertThat(md).contains("## Narrative vocabulary\n");
        for (Edition e : Edition.values()) {
            io.github.xxgk.core.form.NarrativeVocabulary v = e.form().narrative();
            String own = md.substring(md.indexOf("## " + e.name() + "\n"));
            for (io.github.xxgk.core.form.NarrativeBinding b : v.bindings()) {
                assertThat(own).contains("| `" + b.subject() + "` | `" + b.cells().get(0) + "`");
            }
            for (io.github.xxgk.core.form.NarrativeSubject s : v.subjects()) {
                assertThat(md).contains("| `" + s.id() + "` | " + s.name().zh() + " | " + s.name().en() + " | ");
                s.phrases().forEach(p -> assertThat(md).contains("`" + p + "`"));
                s.nilPhrases().forEach(p -> assertThat(md).contains("`" + p + "`"));
            }
            for (io.github.xxgk.core.form.NarrativeStatement s : v.statements()) {
                assertThat(md).contains("| `" + s.id() + "` | `" + s.group() + "` | ");
                s.phrases().forEach(p -> assertThat(md).contains("`" + p + "`"));
            }
            for (java.lang.reflect.RecordComponent c
                    : io.github.xxgk.core.form.NarrativeVocabulary.Grammar.class.getRecordComponents()) {
                assertThat(md).contains("| `" + c.getName() + "` | ");
                if (c.getAccessor().invoke(v.grammar()) instanceof java.util.List<?> words) {
                    words.forEach(w -> assertThat(md).contains("`" + w + "`"));
                }
            }
        }
        // the 2008 table has no 表四: its reconsiderations are 统计表 cells
        assertThat(md).contains("| `review` | `stats.l44.value` |");
    }
}
