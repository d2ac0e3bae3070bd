package io.github.xxgk.core.form;

import java.util.List;
import java.util.Objects;

/**
 * A statement the format asks a report's text to make: a topic of section 一
 * ({@code 平台建设}, with {@code 平台载体建设} as a variant), a result of 工作考核/社会评议/责任追究, a statement on
 * fees. Recognised from its phrases ({@code …} as in {@link NarrativeSubject}), never from bare
 * syllables: an occurrence that overlaps one of the {@code blockers} ({@code 行政事业性收费}) does not count.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable statement id
 * @param name the statement named for a person, in both languages
 * @param group the statements checked together: {@code topics} (section 一), {@code assessment}
 *     (工作考核、社会评议、责任追究), {@code fees} (a statement on fees for disclosure), {@code fee_nil} (a
 *     statement that no fee is charged)
 * @param phrases the phrases that make the statement
 * @param blockers phrases whose occurrences do not make it
 */
public record NarrativeStatement(String id, Label name, String group, List<String> phrases,
        List<String> blockers) {

    /** Creates a statement. */
    public NarrativeStatement {
        if (!CellId.isId(id)) {
            throw new IllegalArgumentException("bad statement id " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        phrases = List.copyOf(phrases);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a statement needs a phrase: " + id);
        }
        blockers = List.copyOf(blockers);
    }

    /** One line: the id, name and the count of phrases. */
    @Override
    public String toString() {
        return "NarrativeStatement[" + id + " " + name.zh() + ", " + phrases.size() + " phrases]";
    }
}
