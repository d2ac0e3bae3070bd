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
 *     {@code 金额} is the amount of the fee notices only after {@code 收费通知}), if any: a figure of it, or of a
 *     subject of the same name (a bare {@code 办结} after the requests received is the requests concluded too)
 * @param blockers words whose occurrences a match of a phrase must not overlap ({@code 收到申请人}: 未收到申请人对答复
 *     不满意的反馈 names no request; {@code 复议被纠错}: 未发生行政复议被纠错案件 is of some cases)
 * @param nilPhrases phrases that name the subject only in a nil statement, right after its nil word and up to
 *     the end of the clause or a {@code 、} ({@code 政府信息公开申请}: 本年度无政府信息公开申请。 states that no
 *     request was received; 办理政府信息公开申请 names no subject), matched as the other phrases are
 * @param partOf the subject of the whole that a figure of this one is a part of, if any: its phrases then match only
 *     in a list ({@code 其中…}) after a figure of that subject, or of a subject of the same name, and outside
 *     parentheses nested in the list ({@code 收到申请5件，其中自然人申请4件}: the requests of natural persons; a bare
 *     {@code 自然人4件} elsewhere may count anything)
 */
public record NarrativeSubject(String id, Label name, List<String> phrases, Measure measure, List<String> excluded,
        Optional<String> after, List<String> blockers, List<String> nilPhrases, Optional<String> partOf) {

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
        blockers = List.copyOf(blockers);
        nilPhrases = List.copyOf(nilPhrases);
        Objects.requireNonNull(partOf, "partOf");
        if (after.isPresent() && partOf.isPresent()) {
            throw new IllegalArgumentException("a subject is named after another or as a part of another's whole, not both: " + id);
        }
    }

    /**
     * Creates a subject that is no part of another's whole.
     *
     * @param id the stable subject id
     * @param name the subject named for a person, in both languages
     * @param phrases the phrases that name the subject
     * @param measure whether the figures of the subject are counts or amounts of money
     * @param excluded words that must not occur inside a phrase's gaps
     * @param after the subject that must precede in the same sentence for this one to match, if any
     * @param blockers words whose occurrences a match of a phrase must not overlap
     * @param nilPhrases phrases that name the subject only in a nil statement
     */
    public NarrativeSubject(String id, Label name, List<String> phrases, Measure measure, List<String> excluded,
            Optional<String> after, List<String> blockers, List<String> nilPhrases) {
        this(id, name, phrases, measure, excluded, after, blockers, nilPhrases, Optional.empty());
    }

    /**
     * Creates a subject that is a part of another's whole ({@code partOf}), named only in a list after a figure of
     * that subject.
     *
     * @param id the stable subject id
     * @param name the subject named for a person, in both languages
     * @param phrases the phrases that name the subject
     * @param partOf the subject of the whole
     * @param blockers words whose occurrences a match of a phrase must not overlap
     * @return the subject, a count
     */
    public static NarrativeSubject part(String id, Label name, List<String> phrases, String partOf, List<String> blockers) {
        return new NarrativeSubject(id, name, phrases, Measure.COUNT, List.of(), Optional.empty(), blockers, List.of(),
                Optional.of(partOf));
    }

    /**
     * Creates a subject named by no phrase of its own in nil statements.
     *
     * @param id the stable subject id
     * @param name the subject named for a person, in both languages
     * @param phrases the phrases that name the subject
     * @param measure whether the figures of the subject are counts or amounts of money
     * @param excluded words that must not occur inside a phrase's gaps
     * @param after the subject that must precede in the same sentence for this one to match, if any
     * @param blockers words whose occurrences a match of a phrase must not overlap
     */
    public NarrativeSubject(String id, Label name, List<String> phrases, Measure measure, List<String> excluded,
            Optional<String> after, List<String> blockers) {
        this(id, name, phrases, measure, excluded, after, blockers, List.of(), Optional.empty());
    }

    /**
     * Creates a subject whose phrases have no blockers.
     *
     * @param id the stable subject id
     * @param name the subject named for a person, in both languages
     * @param phrases the phrases that name the subject
     * @param measure whether the figures of the subject are counts or amounts of money
     * @param excluded words that must not occur inside a phrase's gaps
     * @param after the subject that must precede in the same sentence for this one to match, if any
     */
    public NarrativeSubject(String id, Label name, List<String> phrases, Measure measure, List<String> excluded,
            Optional<String> after) {
        this(id, name, phrases, measure, excluded, after, List.of());
    }

    /** One line: the id, name and the count of phrases. */
    @Override
    public String toString() {
        return "NarrativeSubject[" + id + " " + name.zh() + ", " + phrases.size() + " phrases]";
    }
}
