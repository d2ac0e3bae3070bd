package io.github.xxgk.core.form;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an edition's report text states its figures and statements, as data: the
 * subjects of narrative figures and the cells they mean in this edition, the statements the format asks
 * for, and the few words of grammar that the reading of figures needs (nil words, list markers, …).
 * Obtain it with {@link FormDefinition#narrative()}. Every phrase is written once in the code base.
 *
 * <p>Immutable and thread-safe.
 */
public final class NarrativeVocabulary {

    /** The longest gap a {@code …} in a phrase stands for, in characters. */
    public static final int MAX_GAP = 12;

    private final List<NarrativeSubject> subjects;
    private final List<NarrativeBinding> bindings;
    private final List<NarrativeStatement> statements;
    private final Grammar grammar;
    private final Map<String, List<String>> mentions;

    /**
     * The words of grammar around figures.
     *
     * @param nilWords words that state a zero before a subject ({@code 未}, {@code 无}, {@code 没有})
     * @param notNil words that start with a nil word but state no zero ({@code 尚未}, {@code 无法}, {@code 未按})
     * @param fillers characters allowed between a subject and its number ({@code 案件}, {@code 共计}, {@code 为})
     * @param totalMarkers words before a figure that make it a stated total ({@code 共}, {@code 合计})
     * @param listMarkers words that open a list of parts ({@code 其中}, {@code 涉及})
     * @param openEnded words that make a list open-ended, its sum at most the total ({@code 等}, {@code 主要})
     * @param shareMarkers words after a figure that make it a share of a larger whole ({@code 占})
     * @param pastMarkers words before a figure that date it to another year ({@code 上年}, {@code 去年})
     * @param presentMarkers words that, after a past marker and before a figure, date it back to the reporting
     *     year ({@code 上年度…40件，本年度…36件})
     * @param allUpheld statements that every case was upheld ({@code 均获维持})
     * @param others words before a figure's subject in its clause that make it the figure of a part of the
     *     reporting body, of one channel, of a part of the year or of the cases over fees only ({@code 各乡镇},
     *     {@code 网站}, {@code 季度}, {@code 涉及信息处理费}), not of the report
     * @param channels words of a channel of publication ({@code 网站}, {@code 公报}, {@code 微博}): a figure after one
     *     is of that channel, as after a word of {@code others}, and a list of channels does not split its total
     *     (the same item goes out through several)
     * @param upheldQualifiers words shortly before an all-upheld statement in its sentence that narrow it to some
     *     of the cases ({@code 已审结的…均获维持}, {@code 其余均获维持})
     * @param levels words of a level of the reporting area ({@code 本级}, {@code 部机关}): after a figure in its
     *     sentence, shortly before its subject, or before it with another figure between, they tell that the figure
     *     may be of the whole area or of one level, and which one the tables count is not told (全区共收到申请156件，
     *     其中区政府本级36件): it states no cell
     * @param organs the endings of the names of organs ({@code 办公室}, {@code 局}, {@code 政府}): a figure whose
     *     subject follows an organ's name in its clause ({@code 县政府办公室收到…申请10件}) is of that organ, which is
     *     the reporting body only when the report's agency name has the same ending after the same char
     *     ({@code 某县人民政府办公室}) or when one of the {@code own} words stands before the ending ({@code 我局})
     * @param own words that, right before an organ's ending, name the reporting body itself ({@code 我}, {@code 本})
     * @param notOrgan words that, right after an organ's ending, make it no organ's name ({@code 政府信息},
     *     {@code 政府网站})
     * @param negations words that, right before a widening phrase, negate it ({@code 不}: {@code 不含上年结转})
     * @param units the units a figure ends with, a longer one before a shorter one that it starts with
     *     ({@code 人次} before {@code 人}); {@code 元} and {@code 万元} are money
     * @param conjunctions words that join two subjects before one figure ({@code 、和及与或}: the figure is then shared)
     * @param approximators words right before a number that make it approximate ({@code 约40件}, {@code 超过40件},
     *     {@code 近五十件})
     * @param ordinals words right before a number that make it an ordinal ({@code 第})
     * @param notUnits words that start with a unit and are no unit ({@code 个月}, {@code 条例}, {@code 次性})
     * @param rateMarkers words right after a unit that make the figure a rate ({@code 每})
     * @param bounds words right after a unit that make the figure a bound or an estimate ({@code 10件以内},
     *     {@code 3件左右}), not a count
     * @param areas words of the whole area of a government ({@code 全市}, {@code 全区}, {@code 我县}): a figure whose
     *     sentence names one before the figure's subject ({@code 全市共收到政府信息公开申请1560件}) may be the sum of
     *     every body of the area, where the tables may count the reporting body's own level only: a figure that
     *     disagrees with its cells is then reported, not taken for a contradiction. The words of a township or a
     *     street (全镇) are not among them: a township's tables are the township's
     * @param eachMarkers words between subjects joined by {@code conjunctions} and their one figure that give the
     *     figure to each of them ({@code 均为}: 行政复议、行政诉讼数量均为0 states 0 of both; without one the figure is
     *     shared, and of neither)
     * @param deciding words before a figure in its sentence that make the reporting body the organ deciding
     *     reconsiderations ({@code 作为复议机关}: 本机关作为复议机关，全年共办理…行政复议案件15件): the figure is then not
     *     one of the cases of 表四, in which the body is the respondent, and states no cell
     * @param bareCopulas words right before a number without a unit at the end of its clause that make it a figure
     *     of the one subject before them ({@code 为}: 行政复议为零, 收到政府信息公开申请件数为0); elsewhere a number needs
     *     a unit
     * @param narrowing words right after a list marker, in its clause, that narrow the figure before the list to the
     *     disclosure cases ({@code 政府信息公开}: 全年共发生行政诉讼案件17件，其中涉及政府信息公开的2件): that figure counts
     *     more than its subject's cells, and states none
     * @param numeralApproximators words right before a Chinese numeral that make it approximate ({@code 数十件},
     *     {@code 几百条}); before digits they are none (行政复议数1件, 收到政府信息公开申请数45件: the labels of the 2008
     *     table)
     * @param openings words that may alone open a sentence before a subject phrase that a figure of the sentence
     *     before names ({@code 共}, {@code 已}, {@code 本年度}: 收到申请13件。共办结13件, a bare 办结 of those requests;
     *     信访事项办结5件 is not)
     * @param respectively words between subjects joined by {@code conjunctions} and as many figures joined so that give
     *     the figures to the subjects in their order ({@code 分别为}: 行政复议、行政诉讼分别为2件、1件 states 2 of the
     *     reconsiderations and 1 of the suits); when the figures are not as many as the subjects, none is given
     */
    public record Grammar(List<String> nilWords, List<String> notNil, String fillers, List<String> totalMarkers,
            List<String> listMarkers, List<String> openEnded, List<String> shareMarkers, List<String> pastMarkers,
            List<String> presentMarkers, List<String> allUpheld, List<String> others, List<String> channels,
            List<String> upheldQualifiers, List<String> levels, List<String> organs, List<String> own,
            List<String> notOrgan, List<String> negations, List<String> units, List<String> conjunctions,
            List<String> approximators, List<String> ordinals, List<String> notUnits, List<String> rateMarkers,
            List<String> bounds, List<String> areas, List<String> eachMarkers, List<String> deciding,
            List<String> bareCopulas, List<String> narrowing, List<String> numeralApproximators,
            List<String> openings, List<String> respectively) {

        /** Creates the grammar. */
        public Grammar {
            nilWords = List.copyOf(nilWords);
            notNil = List.copyOf(notNil);
            Objects.requireNonNull(fillers, "fillers");
            totalMarkers = List.copyOf(totalMarkers);
            listMarkers = List.copyOf(listMarkers);
            openEnded = List.copyOf(openEnded);
            shareMarkers = List.copyOf(shareMarkers);
            pastMarkers = List.copyOf(pastMarkers);
            presentMarkers = List.copyOf(presentMarkers);
            allUpheld = List.copyOf(allUpheld);
            others = List.copyOf(others);
            channels = List.copyOf(channels);
            upheldQualifiers = List.copyOf(upheldQualifiers);
            levels = List.copyOf(levels);
            organs = List.copyOf(organs);
            own = List.copyOf(own);
            notOrgan = List.copyOf(notOrgan);
            negations = List.copyOf(negations);
            units = List.copyOf(units);
            conjunctions = List.copyOf(conjunctions);
            approximators = List.copyOf(approximators);
            ordinals = List.copyOf(ordinals);
            notUnits = List.copyOf(notUnits);
            rateMarkers = List.copyOf(rateMarkers);
            bounds = List.copyOf(bounds);
            areas = List.copyOf(areas);
            eachMarkers = List.copyOf(eachMarkers);
            deciding = List.copyOf(deciding);
            bareCopulas = List.copyOf(bareCopulas);
            narrowing = List.copyOf(narrowing);
            numeralApproximators = List.copyOf(numeralApproximators);
            openings = List.copyOf(openings);
            respectively = List.copyOf(respectively);
        }
    }

    /**
     * Creates a vocabulary.
     *
     * @param subjects the subjects of figures
     * @param bindings the cells each subject means in this edition (a subject without a binding has no cell)
     * @param statements the statements the format asks for
     * @param grammar the words of grammar around figures
     */
    public NarrativeVocabulary(List<NarrativeSubject> subjects, List<NarrativeBinding> bindings,
            List<NarrativeStatement> statements, Grammar grammar) {
        this(subjects, bindings, statements, grammar, Map.of());
    }

    /**
     * Creates a vocabulary whose statements also tell that the text mentions sections.
     *
     * @param subjects the subjects of figures
     * @param bindings the cells each subject means in this edition (a subject without a binding has no cell)
     * @param statements the statements the format asks for
     * @param grammar the words of grammar around figures
     * @param mentions per section id of the form, the ids of the statements by which a text mentions what the
     *     section is about (a legacy report that has no heading of an item of the regulation may still report it)
     */
    public NarrativeVocabulary(List<NarrativeSubject> subjects, List<NarrativeBinding> bindings,
            List<NarrativeStatement> statements, Grammar grammar, Map<String, List<String>> mentions) {
        this.subjects = List.copyOf(subjects);
        this.bindings = List.copyOf(bindings);
        this.statements = List.copyOf(statements);
        this.grammar = Objects.requireNonNull(grammar, "grammar");
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        mentions.forEach((section, ids) -> m.put(Objects.requireNonNull(section, "section"), List.copyOf(ids)));
        this.mentions = java.util.Collections.unmodifiableMap(m);
        for (NarrativeSubject s : this.subjects) {
            for (Optional<String> other : List.of(s.after(), s.partOf())) {
                if (other.isPresent() && subject(other.get()).isEmpty()) {
                    throw new IllegalArgumentException("subject " + s.id() + " refers to an unknown subject " + other.get());
                }
            }
        }
        for (NarrativeBinding b : this.bindings) {
            if (subject(b.subject()).isEmpty()) {
                throw new IllegalArgumentException("binding of an unknown subject " + b.subject());
            }
            if (b.standsFor().isPresent() && subject(b.standsFor().get().whole()).isEmpty()) {
                throw new IllegalArgumentException("binding of " + b.subject() + " stands for an unknown subject "
                        + b.standsFor().get().whole());
            }
        }
        for (List<String> ids : this.mentions.values()) {
            for (String id : ids) {
                if (this.statements.stream().noneMatch(st -> st.id().equals(id))) {
                    throw new IllegalArgumentException("a mention by an unknown statement " + id);
                }
            }
        }
    }

    /** An empty vocabulary: no subject, no statement. */
    public static NarrativeVocabulary empty() {
        return new NarrativeVocabulary(List.of(), List.of(), List.of(),
                new Grammar(List.of(), List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    /** The subjects of narrative figures. */
    public List<NarrativeSubject> subjects() {
        return subjects;
    }

    /** The subject with an id, if any. */
    public Optional<NarrativeSubject> subject(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The cells each subject means in this edition. */
    public List<NarrativeBinding> bindings() {
        return bindings;
    }

    /** The binding of a subject in this edition, if it has cells here. */
    public Optional<NarrativeBinding> binding(String subject) {
        return bindings.stream().filter(b -> b.subject().equals(subject)).findFirst();
    }

    /** The statements the format asks for. */
    public List<NarrativeStatement> statements() {
        return statements;
    }

    /** The statements of a group ({@code topics}, {@code assessment}, {@code fees}, {@code fee_nil}). */
    public List<NarrativeStatement> statements(String group) {
        return statements.stream().filter(s -> s.group().equals(group)).toList();
    }

    /**
     * The statements by which a text mentions what a section of the form is about, by statement id; empty for a
     * section without.
     */
    public List<String> mentions(String section) {
        return mentions.getOrDefault(section, List.of());
    }

    /** The words of grammar around figures. */
    public Grammar grammar() {
        return grammar;
    }
}
