package io.github.xxgk.validation.internal.narrative;

import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.NarrativeBinding;
import io.github.xxgk.core.form.NarrativeStatement;
import io.github.xxgk.core.form.NarrativeSubject;
import io.github.xxgk.core.form.NarrativeVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The narrative vocabulary of an edition compiled for the scan: the phrases by their first and last chars, the
 * grammar's words as arrays and {@link Words} sets, the class of every char. Built once per edition by
 * {@link Extractor}; immutable and thread-safe. Not API.
 */
final class Lexicon {

    private static final String SENTENCE_ENDS = "。；;！？!?\n";
    private static final String CLAUSE_ENDS = "，,、：:";
    static final int MAX_FILLERS = 4;
    /** The most chars between the ending of an organ's name and the subject after it (县政府办公室本年度共收到). */
    static final int MAX_ORGAN_DISTANCE = 6;
    static final int NIL_SCOPE = 24;
    /** The longest title in 《》 that a nil statement's scope steps over. */
    static final int MAX_TITLE = 40;

    final FormDefinition form;
    final NarrativeSubject[] subjects;
    final NarrativeBinding[] bindings;
    final int[] after;
    /** Per subject: the subject of the whole it is a part of ({@link NarrativeSubject#partOf}), or -1. */
    final int[] partOf;
    /** Per subject: the whole whose parts a list after one of its figures may name ({@code NarrativeBinding.standsFor}), or -1. */
    final int[] standsFor;
    /** The words that may alone open a sentence before a phrase named by the sentence before ({@code Grammar.openings}). */
    final Words openings;
    /** Per pair of subjects' meanings: whether parts of the two wholes are named by one phrase (维持 of 行政复议 and 行政诉讼). */
    private final boolean[][] rival;
    /** Per subject: the first subject of the same name (办结 and 办结…申请 are both the requests concluded). */
    final int[] meaning;
    final Phrase[] subjectPhrases;
    /** The phrases that name a subject only right after a nil word ({@link NarrativeSubject#nilPhrases}). */
    final Phrase[] nilOnlyPhrases;
    /** The first chars of {@link #nilOnlyPhrases}: after most nil words none starts. */
    final long[] nilOnlyFirsts;
    final NarrativeStatement[] statements;
    final Phrase[][] statementPhrases;
    final String[] nilWords;
    private final String[] notNil;
    final String fillers;
    final Words listWords;
    final String[] openEnded;
    final Words shareWords;
    final String[] allUpheld;
    /** The second chars of {@link #allUpheld}: most 全 and 均 start none (全面, 均已). */
    final long[] upheldSeconds;
    final Words qualifierWords;
    /** The class of every char for the main scan: {@link #PLAIN} for most, so that one load decides. */
    final byte[] classes = new byte[65536];
    /**
     * The chars whose class is not {@link #PLAIN}, as a bit set (8 KB, where the class table is 64 KB): the
     * main scan tests a char here first, and most chars of a Chinese text stop there.
     */
    final long[] special = new long[1024];

    /** The first chars of a set of words, as a bit set over all chars. */
    static long[] firsts(String... words) {
        long[] bits = new long[1024];
        for (String w : words) {
            char c = w.charAt(0);
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    /** The second chars of a set of words of two chars at least, as a bit set over all chars. */
    static long[] seconds(String... words) {
        long[] bits = new long[1024];
        for (String w : words) {
            if (w.length() < 2) {
                throw new IllegalStateException("a marker of one char: " + w);
            }
            char c = w.charAt(1);
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    static boolean in(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** The units after a number, a longer one before a shorter one it starts with, and their first chars. */
    final String[] units;
    final long[] unitFirsts;
    /** Per subject: whether it is measured in money. */
    final boolean[] moneySubjects;
    /** The words joining two subjects, before a number approximating it, before an ordinal, starting no unit, after a rate's unit. */
    final Endings conjunctions;
    final Endings approximators;
    /** 数, 几: approximate before a Chinese numeral only ({@link NarrativeVocabulary.Grammar#numeralApproximators}). */
    final Endings numeralApproximators;
    /** 均为 between conjoined subjects and their figure: the figure of each ({@link NarrativeVocabulary.Grammar#eachMarkers}). */
    final Endings eachMarkers;
    /** 分别为 between conjoined subjects and as many figures: theirs in order ({@link NarrativeVocabulary.Grammar#respectively}). */
    final Endings respectively;
    /** 作为复议机关 before a figure in its sentence: the body as the deciding organ ({@link NarrativeVocabulary.Grammar#deciding}). */
    final Words decidingWords;
    /** 为 right before a number without a unit ({@link NarrativeVocabulary.Grammar#bareCopulas}). */
    final Endings bareCopulas;
    /** 政府信息公开 right after a list marker ({@link NarrativeVocabulary.Grammar#narrowing}). */
    final Words narrowingWords;
    final Endings ordinals;
    final Words notUnits;
    final Words rateMarkers;
    /** The words after a unit that make the figure a bound or an estimate (10件以内, 3件左右). */
    final Words bounds;
    /** The second chars of the past and present markers (each has two chars at least). */
    final long[] pastSeconds;
    final long[] presentSeconds;
    /** The words {@link Scan#context} looks for, indexed by their first chars. */
    final Words totalWords;
    final Words pastWords;
    final Words presentWords;
    final Words otherWords;
    final Words channelWords;
    final Words openEndedWords;
    /** The words of a level of the reporting area (本级), the endings of organs' names, the words of the body itself. */
    final Words levelWords;
    final String[] levels;
    final Words organWords;
    final String[] organs;
    final String[] own;
    final Words notOrgan;
    /** The words that negate a widening phrase right after them (不含上年结转). */
    final Endings negations;
    /** The first chars of every word {@link Scan#context} looks for. */
    final long[] contextFirsts;

    private static final byte PLAIN = 0;
    static final byte DIGIT = 1;
    static final byte NUMERAL = 2;
    static final byte SENTENCE_END = 3;
    static final byte CLAUSE_END = 4;
    static final byte OPEN = 5;
    static final byte CLOSE = 6;
    private static final byte STARTER = 7;
    static final byte NIL_START = 8;
    static final byte LIST_START = 9;
    static final byte UPHELD_START = 10;

    /** The first chars of the subject phrases, and their last chars. */
    final long[] headFirsts;
    final long[] phraseLasts = new long[1024];
    /** Per nil word: the words of {@link #notNil} that contain it, and its offset in each. */
    final String[][] notNilWords;
    final int[][] notNilOffsets;
    /**
     * The distinct first chars of the subject phrases, and the phrases (without an {@code after} or a {@code partOf}:
     * those of the nil statements) by first char.
     */
    final char[] heads;
    final Phrase[][] byHead;
    /** The distinct last chars of the subject phrases, sorted, and the phrases of each in vocabulary order. */
    final char[] lastKeys;
    final PhraseGroup[] byLast;
    /** Per subject: its binding's widening words and may-widen words, null when it has none. */
    final Words[] wideningWords;
    final Words[] mayWidenWords;

    /** Whether parts of the wholes of two subjects are named alike ({@link #rival}). */
    boolean rivals(int a, int b) {
        return rival[meaning[a]][meaning[b]];
    }

    Lexicon(FormDefinition form) {
        this.form = form;
        NarrativeVocabulary v = form.narrative();
        subjects = v.subjects().toArray(NarrativeSubject[]::new);
        bindings = new NarrativeBinding[subjects.length];
        after = new int[subjects.length];
        partOf = new int[subjects.length];
        List<Phrase> phrases = new ArrayList<>();
        for (int s = 0; s < subjects.length; s++) {
            bindings[s] = v.binding(subjects[s].id()).orElse(null);
            after[s] = subjects[s].after().map(this::subjectIndex).orElse(-1);
            partOf[s] = subjects[s].partOf().map(this::subjectIndex).orElse(-1);
            for (String p : subjects[s].phrases()) {
                phrases.add(new Phrase(p, s, subjects[s].excluded(), subjects[s].blockers()));
            }
        }
        subjectPhrases = phrases.toArray(Phrase[]::new);
        standsFor = new int[subjects.length];
        for (int s = 0; s < subjects.length; s++) {
            standsFor[s] = bindings[s] == null ? -1
                    : bindings[s].standsFor().map(st -> subjectIndex(st.whole())).orElse(-1);
        }
        meaning = new int[subjects.length];
        for (int s = 0; s < subjects.length; s++) {
            int m = 0;
            while (!subjects[m].name().equals(subjects[s].name())) {
                m++;
            }
            meaning[s] = m;
        }
        rival = new boolean[subjects.length][subjects.length];
        for (int p = 0; p < subjects.length; p++) {
            for (int q = 0; q < subjects.length; q++) {
                if (partOf[p] >= 0 && partOf[q] >= 0 && meaning[partOf[p]] != meaning[partOf[q]]
                        && subjects[p].phrases().stream().anyMatch(subjects[q].phrases()::contains)) {
                    rival[meaning[partOf[p]]][meaning[partOf[q]]] = true;
                }
            }
        }
        List<Phrase> nilOnly = new ArrayList<>();
        for (int s = 0; s < subjects.length; s++) {
            for (String p : subjects[s].nilPhrases()) {
                nilOnly.add(new Phrase(p, s, subjects[s].excluded(), subjects[s].blockers()));
            }
        }
        nilOnlyPhrases = nilOnly.toArray(Phrase[]::new);
        nilOnlyFirsts = firsts(nilOnly.stream().map(p -> p.parts[0]).toArray(String[]::new));
        feeNotices = subjectIndex("fee_notices");
        feeNotified = subjectIndex("fee_notified");
        feeCollected = subjectIndex("fee_collected");
        fee = new boolean[subjects.length];
        for (int k = 0; k < subjects.length; k++) {
            fee[k] = subjects[k].id().startsWith("fee_");
        }
        statements = v.statements().toArray(NarrativeStatement[]::new);
        statementPhrases = new Phrase[statements.length][];
        for (int s = 0; s < statements.length; s++) {
            NarrativeStatement st = statements[s];
            int owner = s;
            statementPhrases[s] = st.phrases().stream().map(p -> new Phrase(p, owner, List.of(), st.blockers()))
                    .toArray(Phrase[]::new);
        }
        for (int k = 0; k < statements.length; k++) {
            int[] old = groups.getOrDefault(statements[k].group(), new int[0]);
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = k;
            groups.put(statements[k].group(), grown);
        }
        NarrativeVocabulary.Grammar g = v.grammar();
        nilWords = g.nilWords().toArray(String[]::new);
        notNil = g.notNil().toArray(String[]::new);
        fillers = g.fillers();
        String[] listMarkers = g.listMarkers().toArray(String[]::new);
        listWords = new Words(g.listMarkers());
        openEnded = g.openEnded().toArray(String[]::new);
        shareWords = new Words(g.shareMarkers());
        allUpheld = g.allUpheld().toArray(String[]::new);
        upheldSeconds = seconds(allUpheld);
        qualifierWords = new Words(g.upheldQualifiers());
        String[] pastMarkers = g.pastMarkers().toArray(String[]::new);
        String[] presentMarkers = g.presentMarkers().toArray(String[]::new);
        pastSeconds = seconds(pastMarkers);
        totalWords = new Words(g.totalMarkers());
        pastWords = new Words(g.pastMarkers());
        presentWords = new Words(g.presentMarkers());
        otherWords = new Words(g.others());
        levelWords = new Words(g.levels());
        levels = g.levels().toArray(String[]::new);
        organWords = new Words(g.organs());
        organs = g.organs().toArray(String[]::new);
        own = g.own().toArray(String[]::new);
        notOrgan = new Words(g.notOrgan());
        negations = new Endings(g.negations());
        units = g.units().toArray(String[]::new);
        moneySubjects = new boolean[subjects.length];
        for (int k = 0; k < subjects.length; k++) {
            moneySubjects[k] = subjects[k].measure() == NarrativeSubject.Measure.MONEY;
        }
        unitFirsts = firsts(units);
        conjunctions = new Endings(g.conjunctions());
        approximators = new Endings(g.approximators());
        numeralApproximators = new Endings(g.numeralApproximators());
        openings = new Words(g.openings());
        eachMarkers = new Endings(g.eachMarkers());
        respectively = new Endings(g.respectively());
        decidingWords = new Words(g.deciding());
        bareCopulas = new Endings(g.bareCopulas());
        narrowingWords = new Words(g.narrowing());
        ordinals = new Endings(g.ordinals());
        notUnits = new Words(g.notUnits());
        rateMarkers = new Words(g.rateMarkers());
        bounds = new Words(g.bounds());
        channelWords = new Words(g.channels());
        openEndedWords = new Words(g.openEnded());
        presentSeconds = seconds(presentMarkers);
        contextFirsts = new long[1024];
        // the first chars of every word the look before a figure reads (context)
        for (long[] bits : new long[][] {firsts(g.totalMarkers().toArray(String[]::new)), firsts(pastMarkers),
            firsts(presentMarkers), firsts(g.others().toArray(String[]::new)), firsts(g.channels().toArray(String[]::new)), firsts(openEnded),
            firsts(g.deciding().toArray(String[]::new))}) {
            for (int w = 0; w < bits.length; w++) {
                contextFirsts[w] |= bits[w];
            }
        }
        byte[] codes = {NIL_START, LIST_START, UPHELD_START};
        String[][] groups = {nilWords, listMarkers, allUpheld};
        for (int gi = 0; gi < groups.length; gi++) {
            for (String w : groups[gi]) {
                char c = w.charAt(0);
                classes[c] = classes[c] == PLAIN || classes[c] == codes[gi] ? codes[gi] : STARTER;
            }
        }
        for (Phrase p : subjectPhrases) {
            phraseLasts[p.last >>> 6] |= 1L << p.last;
        }
        headFirsts = firsts(subjectPhrases.length == 0 ? new String[0]
                : java.util.Arrays.stream(subjectPhrases).map(p -> p.parts[0]).toArray(String[]::new));
        notNilWords = new String[nilWords.length][];
        notNilOffsets = new int[nilWords.length][];
        for (int w = 0; w < nilWords.length; w++) {
            List<String> words = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            for (String nn : notNil) {
                int o = nn.indexOf(nilWords[w]);
                if (o >= 0) {
                    words.add(nn);
                    offsets.add(o);
                }
            }
            notNilWords[w] = words.toArray(String[]::new);
            notNilOffsets[w] = offsets.stream().mapToInt(Integer::intValue).toArray();
        }
        StringBuilder hs = new StringBuilder();
        for (Phrase p : subjectPhrases) {
            if (hs.indexOf(p.parts[0].substring(0, 1)) < 0) {
                hs.append(p.parts[0].charAt(0));
            }
        }
        heads = hs.toString().toCharArray();
        byHead = new Phrase[heads.length][];
        for (int h = 0; h < heads.length; h++) {
            char c = heads[h];
            byHead[h] = java.util.Arrays.stream(subjectPhrases)
                    .filter(p -> p.parts[0].charAt(0) == c && after[p.owner] < 0 && partOf[p.owner] < 0).toArray(Phrase[]::new);
        }
        lastKeys = java.util.Arrays.stream(subjectPhrases).map(p -> String.valueOf(p.last)).distinct().sorted()
                .collect(java.util.stream.Collectors.joining()).toCharArray();
        byLast = new PhraseGroup[lastKeys.length];
        for (int k = 0; k < lastKeys.length; k++) {
            char c = lastKeys[k];
            byLast[k] = new PhraseGroup(java.util.Arrays.stream(subjectPhrases).filter(p -> p.last == c).toList());
        }
        wideningWords = new Words[subjects.length];
        mayWidenWords = new Words[subjects.length];
        // one set of words for the subjects that share them (结转), so that a sentence is searched once for them
        java.util.Map<List<String>, Words> shared = new java.util.HashMap<>();
        for (int k = 0; k < subjects.length; k++) {
            if (bindings[k] != null && !bindings[k].widening().isEmpty()) {
                wideningWords[k] = shared.computeIfAbsent(bindings[k].widening(), Words::new);
            }
            if (bindings[k] != null && !bindings[k].mayWiden().isEmpty()) {
                mayWidenWords[k] = shared.computeIfAbsent(bindings[k].mayWiden(), Words::new);
            }
        }
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            if (cnNumeral(c)) {
                if (classes[c] == STARTER) {
                    throw new IllegalStateException("a grammar word starts with a numeral: " + c);
                }
                classes[c] = NUMERAL;
            }
        }
        classes['〇'] = NUMERAL;
        for (char c = '0'; c <= '9'; c++) {
            classes[c] = DIGIT;
        }
        for (char c = '０'; c <= '９'; c++) {
            classes[c] = DIGIT;
        }
        for (char c : SENTENCE_ENDS.toCharArray()) {
            classes[c] = SENTENCE_END;
        }
        for (char c : CLAUSE_ENDS.toCharArray()) {
            classes[c] = CLAUSE_END;
        }
        classes['（'] = OPEN;
        classes['('] = OPEN;
        classes['）'] = CLOSE;
        classes[')'] = CLOSE;
        bindingIndexes = bindingIndexes();
        for (int c = 0; c < classes.length; c++) {
            if (classes[c] != PLAIN) {
                special[c >>> 6] |= 1L << c;
            }
        }
    }

    /**

     * without a binding, or when the cells are not all of one table), so that the text's figures are
     * compared with the cells without looking them up by id.
     */
    final int[][] bindingIndexes;

    private int[][] bindingIndexes() {
        int[][] out = new int[subjects.length][];
        for (int s = 0; s < subjects.length; s++) {
            NarrativeBinding b = bindings[s];
            if (b == null) {
                continue;
            }
            List<io.github.xxgk.core.form.CellId> all = new ArrayList<>(b.cells());
            all.addAll(b.widenedCells());
            String table = all.get(0).table();
            var def = form.table(table);
            if (def.isEmpty() || all.stream().anyMatch(c -> !c.table().equals(table))) {
                continue;
            }
            int[] idx = new int[all.size()];
            boolean found = true;
            for (int k = 0; k < idx.length && found; k++) {
                var cell = def.get().cell(all.get(k));
                found = cell.isPresent();
                idx[k] = found ? cell.get().index() : -1;
            }
            out[s] = found ? idx : null;
        }
        return out;
    }

    /**
     * The index in its table of each cell of a subject's binding, then of each widened cell; null when

    /** The index of a subject id, or -1. */
    public int subjectIndex(String id) {
        for (int s = 0; s < subjects.length; s++) {
            if (subjects[s].id().equals(id)) {
                return s;
            }
        }
        return -1;
    }

    final Map<String, int[]> groups = new java.util.HashMap<>();

    /** The subjects of section 六's fee statement: 收费通知, its 金额, 收取信息处理费 (-1 when the form has none). */
    final int feeNotices;
    final int feeNotified;
    final int feeCollected;
    /** Per subject: whether it is one of the fee subjects ({@code fee_…}). */
    final boolean[] fee;

    /** Whether a char of this class ends a sentence or a clause ({@link #SENTENCE_ENDS}, {@link #CLAUSE_ENDS}). */
    static boolean endsClause(byte k) {
        return k == SENTENCE_END || k == CLAUSE_END;
    }

    /**
     * Whether a figure of subject {@code total} may be the whole of a list of the parts of {@code whole}: a subject of
     * the same name, or one standing for it (收到申请12件，其中予以公开8件).
     */
    boolean namesWhole(int total, int whole) {
        return meaning[total] == meaning[whole] || (standsFor[total] >= 0 && meaning[standsFor[total]] == meaning[whole]);
    }

    static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static int digitValue(char c) {
        return c <= '9' ? c - '0' : c - '０';
    }

    static int cnDigit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    static boolean cnNumeral(char c) {
        return cnDigit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
    }

}
