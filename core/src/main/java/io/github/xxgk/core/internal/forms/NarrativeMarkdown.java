package io.github.xxgk.core.internal.forms;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.NarrativeBinding;
import io.github.xxgk.core.form.NarrativeStatement;
import io.github.xxgk.core.form.NarrativeSubject;
import io.github.xxgk.core.form.NarrativeVocabulary;
import io.github.xxgk.core.form.SectionDefinition;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The narrative part of {@code FORMS.md}: per edition, the cells each subject of a figure means and the
 * statements by which a text mentions a section; then the subjects, statements and grammar words, once for
 * the editions that share them. Written from {@link FormDefinition#narrative()} alone; the grammar's word
 * lists are listed by the names of the record's components, so that a new list appears without an edit here.
 * Not API.
 */
final class NarrativeMarkdown {

    private NarrativeMarkdown() {
    }

    /** The cells of an edition's subjects and its sections' mentions. */
    static void edition(StringBuilder md, FormDefinition form) {
        NarrativeVocabulary v = form.narrative();
        if (v.bindings().isEmpty() && form.sections().stream().allMatch(s -> v.mentions(s.id()).isEmpty())) {
            return;
        }
        md.append("### ").append(form.edition().name()).append(" narrative figures / 叙述数字\n\n")
                .append("What a figure of each subject in the text is compared with (the sum of the cells; ")
                .append("with a widening phrase in its clause, also the widened cells; with a may-widen word elsewhere ")
                .append("in its sentence, either sum). A subject not listed here has no cell in this edition. ")
                .append("The subjects' phrases are under [Narrative vocabulary](#narrative-vocabulary).\n\n")
                .append("| subject | cells | widening phrases | widened cells | may widen | “all upheld” contradicted by "
                        + "| stands for (when 0) |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (NarrativeBinding b : v.bindings()) {
            md.append("| `").append(b.subject()).append("` | ").append(ids(b.cells())).append(" | ")
                    .append(words(b.widening())).append(" | ").append(ids(b.widenedCells())).append(" | ")
                    .append(words(b.mayWiden())).append(" | ")
                    .append(b.otherOutcomes().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))).append(" | ")
                    .append(b.standsFor().map(st -> "`" + st.whole() + "` (" + ids(st.whenZero()) + ")").orElse(""))
                    .append(" |\n");
        }
        md.append('\n');
        List<SectionDefinition> mentioned = form.sections().stream().filter(s -> !v.mentions(s.id()).isEmpty()).toList();
        if (!mentioned.isEmpty()) {
            md.append("A report without the heading of one of these sections still reports it when its text makes one ")
                    .append("of the statements (by statement id):\n\n")
                    .append("| section | statements |\n|---|---|\n");
            for (SectionDefinition s : mentioned) {
                md.append("| `").append(s.id()).append("` | ")
                        .append(v.mentions(s.id()).stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
            md.append('\n');
        }
    }

    /** The subjects, statements and grammar, once per group of editions sharing them. */
    static void vocabulary(StringBuilder md) {
        md.append("## Narrative vocabulary\n\n")
                .append("How reports word their figures and statements in the text. In a phrase, `…` stands for a gap ")
                .append("of up to ").append(NarrativeVocabulary.MAX_GAP).append(" characters inside one clause, holding ")
                .append("no digit, no punctuation and none of the subject's excluded words. The meaning of each list of ")
                .append("grammar words is documented on `NarrativeVocabulary.Grammar`.\n\n");
        List<Edition> done = new ArrayList<>();
        for (Edition e : Edition.values()) {
            if (done.contains(e)) {
                continue;
            }
            NarrativeVocabulary v = e.form().narrative();
            List<Edition> sharing = new ArrayList<>();
            for (Edition other : Edition.values()) {
                NarrativeVocabulary w = other.form().narrative();
                if (!done.contains(other) && w.subjects().equals(v.subjects()) && w.statements().equals(v.statements())
                        && w.grammar().equals(v.grammar())) {
                    sharing.add(other);
                }
            }
            done.addAll(sharing);
            md.append("### ").append(sharing.size() == Edition.values().length ? "Every edition"
                    : sharing.stream().map(Edition::name).collect(Collectors.joining(", "))).append("\n\n");
            subjects(md, v);
            statements(md, v);
            grammar(md, v.grammar());
        }
    }

    private static void subjects(StringBuilder md, NarrativeVocabulary v) {
        md.append("Subjects of figures:\n\n")
                .append("| id | 名称 | name | measure | phrases | excluded in gaps | not when part of | only after | in nil statements only | only in a list of the parts of |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (NarrativeSubject s : v.subjects()) {
            md.append("| `").append(s.id()).append("` | ").append(cell(s.name().zh())).append(" | ")
                    .append(cell(s.name().en())).append(" | ").append(s.measure().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(words(s.phrases())).append(" | ").append(words(s.excluded())).append(" | ")
                    .append(words(s.blockers())).append(" | ").append(s.after().map(a -> "`" + a + "`").orElse("")).append(" | ")
                    .append(words(s.nilPhrases())).append(" | ").append(s.partOf().map(a -> "`" + a + "`").orElse(""))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void statements(StringBuilder md, NarrativeVocabulary v) {
        md.append("Statements:\n\n")
                .append("| id | group | 名称 | name | phrases | not when part of |\n")
                .append("|---|---|---|---|---|---|\n");
        for (NarrativeStatement s : v.statements()) {
            md.append("| `").append(s.id()).append("` | `").append(s.group()).append("` | ").append(cell(s.name().zh()))
                    .append(" | ").append(cell(s.name().en())).append(" | ").append(words(s.phrases())).append(" | ")
                    .append(words(s.blockers())).append(" |\n");
        }
        md.append('\n');
    }

    private static void grammar(StringBuilder md, NarrativeVocabulary.Grammar g) {
        md.append("Grammar words:\n\n| list | words |\n|---|---|\n");
        for (RecordComponent c : NarrativeVocabulary.Grammar.class.getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(g);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("cannot read the grammar's " + c.getName(), ex);
            }
            List<String> list = value instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : ((String) value).chars().mapToObj(ch -> String.valueOf((char) ch)).toList();
            md.append("| `").append(c.getName()).append("` | ").append(words(list)).append(" |\n");
        }
        md.append('\n');
    }

    private static String ids(List<?> cells) {
        return cells.stream().map(c -> "`" + c + "`").collect(Collectors.joining(" + "));
    }

    /** Words as code spans, a blank shown as its code point (the fillers hold spaces). */
    private static String words(List<String> words) {
        return words.stream().map(w -> w.isBlank() ? String.format(Locale.ROOT, "U+%04X", (int) w.charAt(0))
                : "`" + cell(w) + "`").collect(Collectors.joining(" "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "<br>");
    }
}
