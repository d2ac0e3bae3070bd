package io.github.xxgk.core.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a figure in a report's narrative is about: the subject phrases that name it as reports write them
 * ({@code 主动公开政府信息}, {@code 收到政府信息公开申请}, {@code 办结}, {@code 行政复议} …), and
 * whether it is a count or an amount of money. Which cells a subject means is declared per edition by a
 * {@link NarrativeBinding}.
 *
 * <p>A phrase is matched as written; a {@code …} in a phrase stands for a gap of up to
 * {@link NarrativeVocabulary#MAX_GAP} characters inside one clause, holding no digit, no punctuation and
 * none of the subject's {@code excluded} words ({@code 收到…申请} matches {@code 收到有关政府信息公开的申请}
 * but not {@code 收到行政复议申请} when {@code 复议} is excluded).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable subject id
 * @param name the subject named for a person, in both languages
 * @param phrases the phrases that name the subject, each written once in the code base
 * @param measure whether the figures of the subject are counts or amounts of money
 * @param excluded words that must not occur inside a phrase's gaps
 * @param after the subject that must precede in the same sentence for this one to match (a bare
 *     {@code 金额} is the amount of the fee notices only after {@code 收费通知}), if any
 */
public record NarrativeSubject(String id, Label name, List<String> phrases, Measure measure, List<String> excluded,
        Optional<String> after) {

    /** Whether a subject's figures count things or are amounts of money. */
    public enum Measure {
        /** Counted with a measure word: 条、件、次、个、人、人次、篇、起、份. */
        COUNT,
        /** Amounts in 元 or 万元. */
        MONEY
    }

    /** Creates a subject. */
    public NarrativeSubject {
        if (!CellId.isId(id)) {
            throw new IllegalArgumentException("bad subject id " + id);
        }
        Objects.requireNonNull(name, "name");
        phrases = List.copyOf(phrases);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a subject needs a phrase: " + id);
        }
        Objects.requireNonNull(measure, "measure");
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(after, "after");
    }

    /** One line: the id, name and the count of phrases. */
    @Override
    public String toString() {
        return "NarrativeSubject[" + id + " " + name.zh() + ", " + phrases.size() + " phrases]";
    }
}
