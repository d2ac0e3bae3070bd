package io.github.xxgk.validation.internal.narrative;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.NarrativeBinding;
import io.github.xxgk.core.form.NarrativeStatement;
import io.github.xxgk.core.form.NarrativeSubject;
import io.github.xxgk.core.form.NarrativeVocabulary;
import io.github.xxgk.validation.NarrativeFigure;
import io.github.xxgk.validation.TextPosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the figures, nil statements, lists and “all upheld” statements of a report's text with the
 * narrative vocabulary of its edition. One pass over each paragraph: figures are found
 * from their numbers and units, and only there is the text before them compared with the subject phrases
 * (a bounded walk back over at most a few filler chars); a paragraph with no digit, unit or nil word costs
 * one scan of its chars. Built once per edition; immutable and thread-safe. Not API.
 */
public final class Extractor {

    private static final Map<Edition, Extractor> BY_EDITION = build();

    private static Map<Edition, Extractor> build() {
        Map<Edition, Extractor> out = new EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            out.put(e, new Extractor(e.form()));
        }
        return out;
    }

    /** The extractor of a form's edition. */
    public static Extractor of(FormDefinition form) {
        return BY_EDITION.get(form.edition());
    }

    private static final String SENTENCE_ENDS = "。；;！？!?\n";
    private static final String CLAUSE_ENDS = "，,、：:";
    private static final int MAX_FILLERS = 4;
    /** The most chars between the ending of an organ's name and the subject after it (县政府办公室本年度共收到). */
    private static final int MAX_ORGAN_DISTANCE = 6;
    private static final int NIL_SCOPE = 24;
    /** The longest title in 《》 that a nil statement's scope steps over. */
    private static final int MAX_TITLE = 40;
    private static final String[] TOP_PATHS = new String[32];

    static {
        for (int i = 0; i < TOP_PATHS.length; i++) {
            TOP_PATHS[i] = "sections/" + i;
        }
    }

    final FormDefinition form;
    final NarrativeSubject[] subjects;
    final NarrativeBinding[] bindings;
    private final int[] after;
    private final Phrase[] subjectPhrases;
    final NarrativeStatement[] statements;
    private final Phrase[][] statementPhrases;
    private final String[] nilWords;
    private final String[] notNil;
    private final String fillers;
    private final Words listWords;
    private final String[] openEnded;
    private final Words shareWords;
    private final String[] allUpheld;
    private final Words qualifierWords;
    /** The class of every char for the main scan: {@link #PLAIN} for most, so that one load decides. */
    private final byte[] classes = new byte[65536];
    /**
     * The chars whose class is not {@link #PLAIN}, as a bit set (8 KB, where the class table is 64 KB): the
     * main scan tests a char here first, and most chars of a Chinese text stop there.
     */
    private final long[] special = new long[1024];

    /** The first chars of a set of words, as a bit set over all chars. */
    private static long[] firsts(String... words) {
        long[] bits = new long[1024];
        for (String w : words) {
            char c = w.charAt(0);
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    /** The second chars of a set of words of two chars at least, as a bit set over all chars. */
    private static long[] seconds(String... words) {
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

    private static boolean in(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** The units after a number, a longer one before a shorter one it starts with, and their first chars. */
    private final String[] units;
    private final long[] unitFirsts;
    /** The words joining two subjects, before a number approximating it, before an ordinal, starting no unit, after a rate's unit. */
    private final String[] conjunctions;
    private final String[] approximators;
    private final String[] ordinals;
    private final String[] notUnits;
    private final String[] rateMarkers;
    /** The words after a unit that make the figure a bound or an estimate (10件以内, 3件左右). */
    private final String[] bounds;
    /** The second chars of the past and present markers (each has two chars at least). */
    private final long[] pastSeconds;
    private final long[] presentSeconds;
    /** The words {@link Scan#context} looks for, indexed by their first chars. */
    private final Words totalWords;
    private final Words pastWords;
    private final Words presentWords;
    private final Words otherWords;
    private final Words channelWords;
    private final Words openEndedWords;
    /** The words of a level of the reporting area (本级), the endings of organs' names, the words of the body itself. */
    private final Words levelWords;
    private final String[] levels;
    private final Words organWords;
    private final String[] organs;
    private final String[] own;
    private final String[] notOrgan;
    /** The words that negate a widening phrase right after them (不含上年结转). */
    private final String[] negations;
    /** The first chars of every word {@link Scan#context} looks for. */
    private final long[] contextFirsts;

    private static final byte PLAIN = 0;
    private static final byte DIGIT = 1;
    private static final byte NUMERAL = 2;
    private static final byte SENTENCE_END = 3;
    private static final byte CLAUSE_END = 4;
    private static final byte OPEN = 5;
    private static final byte CLOSE = 6;
    private static final byte STARTER = 7;
    private static final byte NIL_START = 8;
    private static final byte LIST_START = 9;
    private static final byte UPHELD_START = 10;

    /** The first chars of the subject phrases, and their last chars. */
    private final long[] headFirsts;
    private final long[] phraseLasts = new long[1024];
    /** Per nil word: the words of {@link #notNil} that contain it, and its offset in each. */
    private final String[][] notNilWords;
    private final int[][] notNilOffsets;
    /** The distinct first chars of the subject phrases, and the phrases (without an {@code after}) by first char. */
    private final char[] heads;
    private final Phrase[][] byHead;
    /** The distinct last chars of the subject phrases, sorted, and the phrases of each in vocabulary order. */
    private final char[] lastKeys;
    private final Phrase[][] byLast;
    /** Per subject: its binding's widening words and may-widen words, null when it has none. */
    private final Words[] wideningWords;
    private final Words[] mayWidenWords;

    private Extractor(FormDefinition form) {
        this.form = form;
        NarrativeVocabulary v = form.narrative();
        subjects = v.subjects().toArray(NarrativeSubject[]::new);
        bindings = new NarrativeBinding[subjects.length];
        after = new int[subjects.length];
        List<Phrase> phrases = new ArrayList<>();
        for (int s = 0; s < subjects.length; s++) {
            bindings[s] = v.binding(subjects[s].id()).orElse(null);
            after[s] = subjects[s].after().map(this::subjectIndex).orElse(-1);
            for (String p : subjects[s].phrases()) {
                phrases.add(new Phrase(p, s, subjects[s].excluded(), subjects[s].blockers()));
            }
        }
        subjectPhrases = phrases.toArray(Phrase[]::new);
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
        notOrgan = g.notOrgan().toArray(String[]::new);
        negations = g.negations().toArray(String[]::new);
        units = g.units().toArray(String[]::new);
        unitFirsts = firsts(units);
        conjunctions = g.conjunctions().toArray(String[]::new);
        approximators = g.approximators().toArray(String[]::new);
        ordinals = g.ordinals().toArray(String[]::new);
        notUnits = g.notUnits().toArray(String[]::new);
        rateMarkers = g.rateMarkers().toArray(String[]::new);
        bounds = g.bounds().toArray(String[]::new);
        channelWords = new Words(g.channels());
        openEndedWords = new Words(g.openEnded());
        presentSeconds = seconds(presentMarkers);
        contextFirsts = new long[1024];
        // the first chars of every word the look before a figure reads (context)
        for (long[] bits : new long[][] {firsts(g.totalMarkers().toArray(String[]::new)), firsts(pastMarkers),
            firsts(presentMarkers), firsts(g.others().toArray(String[]::new)), firsts(g.channels().toArray(String[]::new)), firsts(openEnded)}) {
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
                    .filter(p -> p.parts[0].charAt(0) == c && after[p.owner] < 0).toArray(Phrase[]::new);
        }
        lastKeys = java.util.Arrays.stream(subjectPhrases).map(p -> String.valueOf(p.last)).distinct().sorted()
                .collect(java.util.stream.Collectors.joining()).toCharArray();
        byLast = new Phrase[lastKeys.length][];
        for (int k = 0; k < lastKeys.length; k++) {
            char c = lastKeys[k];
            byLast[k] = java.util.Arrays.stream(subjectPhrases).filter(p -> p.last == c).toArray(Phrase[]::new);
        }
        wideningWords = new Words[subjects.length];
        mayWidenWords = new Words[subjects.length];
        for (int k = 0; k < subjects.length; k++) {
            if (bindings[k] != null && !bindings[k].widening().isEmpty()) {
                wideningWords[k] = new Words(bindings[k].widening());
            }
            if (bindings[k] != null && !bindings[k].mayWiden().isEmpty()) {
                mayWidenWords[k] = new Words(bindings[k].mayWiden());
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
     * Per subject: the index in its table of each cell of its binding, then of each widened cell (null
     * without a binding, or when the cells are not all of one table), so that the text's figures are
     * compared with the cells without looking them up by id.
     */
    private final int[][] bindingIndexes;

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
     * they cannot be given so (then look the cells up by id).
     */
    public int[] bindingIndexes(int subject) {
        return bindingIndexes[subject];
    }

    /** The index of a subject id, or -1. */
    public int subjectIndex(String id) {
        for (int s = 0; s < subjects.length; s++) {
            if (subjects[s].id().equals(id)) {
                return s;
            }
        }
        return -1;
    }

    /** The index of a statement id, or -1. */
    public int statementIndex(String id) {
        for (int s = 0; s < statements.length; s++) {
            if (statements[s].id().equals(id)) {
                return s;
            }
        }
        return -1;
    }

    private final Map<String, int[]> groups = new java.util.HashMap<>();

    /** The indexes of the statements of a group ({@code topics}, {@code assessment}, {@code fees}, {@code fee_nil}). */
    public int[] group(String name) {
        int[] g = groups.get(name);
        return g == null ? new int[0] : g;
    }

    /** The subjects of section 六's fee statement: 收费通知, its 金额, 收取信息处理费 (-1 when the form has none). */
    public final int feeNotices;
    public final int feeNotified;
    public final int feeCollected;
    private final boolean[] fee;

    /** Whether a subject is one of the fee subjects ({@code fee_…}). */
    public boolean isFee(int subject) {
        return fee[subject];
    }

    /** The number of subjects. */
    public int subjectCount() {
        return subjects.length;
    }

    /** The subject of an index. */
    public NarrativeSubject subject(int index) {
        return subjects[index];
    }

    /** The binding of a subject in this edition, or null. */
    public NarrativeBinding binding(int subject) {
        return bindings[subject];
    }

    /** The statement of an index. */
    public NarrativeStatement statement(int index) {
        return statements[index];
    }

    /** Whether a text makes a statement (one of its phrases occurs, not overlapping a blocker). */
    public boolean states(int statement, String text) {
        for (Phrase p : statementPhrases[statement]) {
            if (p.find(text, 0, text.length()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span of a text names a subject. */
    public boolean mentions(int subject, String text, int from, int to) {
        for (Phrase p : subjectPhrases) {
            if (p.owner == subject && p.find(text, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- results

    /** A paragraph with something found in it. */
    public static final class Para {
        /** {@code preamble}, {@code text} or the section's path. */
        public final String path;
        /** The paragraph index, -1 for a heading. */
        public final int index;
        /** The paragraph. */
        public final String text;

        Para(String path, int index, String text) {
            this.path = path;
            this.index = index;
            this.text = text;
        }
    }

    /** A figure or nil statement. */
    public static final class Fig {
        public Para para;
        public int start;
        public int end;
        public BigDecimal value;
        public String unit;
        public boolean nil;
        public boolean arabic;
        public boolean share;
        public boolean past;
        /**
         * Whether the figure is of a part of the reporting body, of one channel or of a part of the year (各乡镇…,
         * 网站…, 第四季度…), or one of two figures of its subject that disagree in its sentence.
         */
        public boolean other;
        public boolean widened;
        /** Whether the sentence names the carry-over elsewhere (…36件，包括上年结转2件): the figure may be either sum. */
        public boolean mayWiden;
        public boolean totalMarked;
        public boolean ambiguous;
        public int subject = -1;
        public int phraseStart;
        public int phraseEnd;
        public int list = -1;
        /** Whether the figure stands in parentheses inside its list: it breaks down a part, it is not one. */
        public boolean nested;
        public int sentenceStart;
        public int sentenceEnd;

        /** Whether the figure states cells of the report. */
        public boolean bound(Extractor x) {
            return subject >= 0 && !ambiguous && !share && !past && !other && list < 0 && x.bindings[subject] != null;
        }

        /** The sentence, quoted. */
        public String sentence() {
            return para.text.substring(sentenceStart, sentenceEnd);
        }

        /** The position. */
        public TextPosition position() {
            return new TextPosition(para.path, para.index, start, end, sentenceStart, sentenceEnd);
        }

        public boolean isMoney() {
            return unit.equals("元") || unit.equals("万元");
        }

        /** The amount in 元, for a money figure. */
        public BigDecimal inYuan() {
            return unit.equals("万元") ? value.multiply(BigDecimal.valueOf(10_000)) : value;
        }
    }

    /** A list of parts after a stated total. */
    public static final class ListRun {
        public Para para;
        public int id;
        public Fig total;
        public int start;
        public int end;
        public boolean openEnded;
        /** The number of figures in the list, where the last ended, and which separators followed a figure. */
        int parts;
        int lastPartEnd = -1;
        boolean enumerated;
        boolean comma;
        /**
         * Whether the figures were followed both by 、 and by ，(部门预算8条、部门决算7条，“三公”经费2条): then which
         * are parts of the total is unclear.
         */
        public boolean mixed;
        /** Whether a part is of a channel of publication: the parts then need not add up to the total. */
        public boolean channels;
        /**
         * Whether a part is of an organ or of a level of the area (其中市政府312件, 其中区本级36件): the total is then
         * of several bodies, not for sure the report's.
         */
        boolean bodies;
        /**
         * For a list opening its sentence (…1560件。其中，市政府收到312件。): the last figure of a subject of the
         * sentence before, which the list breaks down; null otherwise.
         */
        Fig previous;
        public int sentenceStart;
        public int sentenceEnd;
    }

    /** A sentence saying that every case was upheld. */
    public static final class Upheld {
        public Para para;
        public int start;
        public int end;
        /** Whether the clause dates the statement to another year (上年度…均获维持). */
        public boolean past;
        /** Whether the clause narrows it to some cases (已审结的2件均获维持). */
        public boolean qualified;
        /** Whether the statement opens its clause (行政复议3件、行政诉讼2件，均获维持): then it is about every subject named. */
        public boolean bare;
        public int sentenceStart;
        public int sentenceEnd;
    }

    /** What the text of a report states. */
    public static final class Text {
        /** The reporting year, 0 when the text is read without its report. */
        int year;
        /** The reporting agency's name, empty when the text is read without its report. */
        String agency = "";
        public final List<Fig> figures = new ArrayList<>();
        public final List<ListRun> lists = new ArrayList<>();
        public final List<Upheld> upheld = new ArrayList<>();
    }

    // ---------------------------------------------------------------- reading

    /** Reads a report's text: preamble, sections, subsections with their headings. */
    public Text read(AnnualReport r) {
        Text out = new Text();
        out.year = r.year();
        out.agency = r.agency().name();
        Scan scan = new Scan(out);
        List<String> pre = r.preamble();
        for (int p = 0; p < pre.size(); p++) {
            scan(scan, "preamble", p, pre.get(p));
        }
        List<Section> top = r.sections();
        for (int i = 0; i < top.size(); i++) {
            section(i, top.get(i), false, scan);
        }
        return out;
    }

    /** Scans a section; its path ({@code sections/2/subsections/0}) is only spelled out when a figure needs it. */
    private static void section(int index, Section s, boolean heading, Scan scan) {
        scan.push(index);
        if (heading) {
            scan(scan, null, -1, s.title());
        }
        List<String> ps = s.paragraphs();
        for (int p = 0; p < ps.size(); p++) {
            scan(scan, null, p, ps.get(p));
        }
        List<Section> subs = s.subsections();
        for (int k = 0; k < subs.size(); k++) {
            section(k, subs.get(k), true, scan);
        }
        scan.pop();
    }

    /** The public figures of a report. */
    public List<NarrativeFigure> figures(AnnualReport r) {
        return publish(read(r));
    }

    /** The public figures of one paragraph. */
    public List<NarrativeFigure> figures(String paragraph) {
        Text out = new Text();
        scan(new Scan(out), "text", 0, paragraph);
        return publish(out);
    }

    private List<NarrativeFigure> publish(Text t) {
        List<NarrativeFigure> out = new ArrayList<>(t.figures.size());
        for (Fig f : t.figures) {
            boolean bound = f.bound(this);
            List<io.github.xxgk.core.form.CellId> cells = List.of();
            if (bound) {
                NarrativeBinding b = bindings[f.subject];
                if (f.widened) {
                    List<io.github.xxgk.core.form.CellId> all = new ArrayList<>(b.cells());
                    all.addAll(b.widenedCells());
                    cells = all;
                } else {
                    cells = b.cells();
                }
            }
            Optional<String> subject = f.subject >= 0 && !f.ambiguous ? Optional.of(subjects[f.subject].id()) : Optional.empty();
            String phrase = f.subject >= 0 && !f.ambiguous ? f.para.text.substring(f.phraseStart, f.phraseEnd) : "";
            out.add(new NarrativeFigure(subject, phrase, f.value, f.unit, f.nil, f.list >= 0 || f.share, f.position(),
                    f.sentence(), cells));
        }
        return out;
    }

    /** Whether a char of this class ends a sentence or a clause ({@link #SENTENCE_ENDS}, {@link #CLAUSE_ENDS}). */
    private static boolean endsClause(byte k) {
        return k == SENTENCE_END || k == CLAUSE_END;
    }

    private static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static int digitValue(char c) {
        return c <= '9' ? c - '0' : c - '０';
    }

    private static int cnDigit(char c) {
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

    private static boolean cnNumeral(char c) {
        return cnDigit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
    }

    /** The state of one paragraph's scan. */
    private final class Scan {
        String t;
        String path;
        int index;
        final Text out;
        Para para;
        int sentenceStart;
        int clauseStart;
        int sentenceFirstFig;
        int sentenceFirstList;
        int sentenceFirstUpheld;
        int depth;
        ListRun list;
        int listDepth;
        boolean listInParen;
        /** The start of the last phrase of the paragraph stated as zero by a nil word, -1 for none. */
        int nilCovered = -1;
        /** The first level word (本级) at or after the current sentence: -2 unknown, -1 none in the paragraph. */
        int levelAt = -2;
        /** The last figure of a subject in the sentence before the one being read, null for none. */
        Fig previousSentenceFigure;
        /** The last year (2021年) named in the sentence so far, 0 for none. */
        int sentenceYear;
        /** Per subject and widening, in the sentence being closed: the first value, and whether another disagreed. */
        final BigDecimal[] firstOf = new BigDecimal[2 * subjects.length];
        final boolean[] disagree = new boolean[2 * subjects.length];

        /** The chars of the paragraph being scanned (longer paragraphs grow it). */
        char[] chars = new char[256];

        /** The section indexes from the top section down; empty outside sections. */
        int[] trail = new int[8];
        int trailDepth;
        String trailPath;

        Scan(Text out) {
            this.out = out;
        }

        void push(int index) {
            if (trailDepth == trail.length) {
                trail = java.util.Arrays.copyOf(trail, 2 * trail.length);
            }
            trail[trailDepth++] = index;
            trailPath = null;
        }

        void pop() {
            trailDepth--;
            trailPath = null;
        }

        String path() {
            if (path != null) {
                return path;
            }
            if (trailPath == null) {
                int top = trail[0];
                String head = top < TOP_PATHS.length ? TOP_PATHS[top] : "sections/" + top;
                if (trailDepth == 1) {
                    trailPath = head;
                } else {
                    StringBuilder b = new StringBuilder(head);
                    for (int d = 1; d < trailDepth; d++) {
                        b.append("/subsections/").append(trail[d]);
                    }
                    trailPath = b.toString();
                }
            }
            return trailPath;
        }

        void reset(String text, String path, int index) {
            this.t = text;
            this.path = path;
            this.index = index;
            para = null;
            sentenceStart = 0;
            clauseStart = 0;
            depth = 0;
            list = null;
            sentenceYear = 0;
            nilCovered = -1;
            previousSentenceFigure = null;
            levelAt = -2;
            sentenceFirstFig = out.figures.size();
            sentenceFirstList = out.lists.size();
            sentenceFirstUpheld = out.upheld.size();
        }

        Para para() {
            if (para == null) {
                para = new Para(path(), index, t);
            }
            return para;
        }

        void run() {
            int n = t.length();
            final byte[] cls = classes;
            final long[] bits = special;
            final String text = t;
            // the chars copied at once into a buffer kept for the report's paragraphs: the loop then reads an
            // array, not a String whose every charAt checks its coding
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            final char[] buf = chars;
            text.getChars(0, n, buf, 0);
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if ((bits[c >>> 6] & (1L << c)) == 0) {
                    continue;
                }
                byte k = cls[c];
                switch (k) {
                    case DIGIT -> i = number(i);
                    case NUMERAL -> i = number(i);
                    case SENTENCE_END -> endSentence(i + 1);
                    case CLAUSE_END -> {
                        clauseStart = i + 1;
                        if (list != null) {
                            separator(i, c);
                        }
                    }
                    case OPEN -> depth++;
                    case CLOSE -> {
                        if (list != null && listInParen && depth == listDepth) {
                            closeList(i);
                        }
                        depth = Math.max(0, depth - 1);
                    }
                    case NIL_START -> nilAt(i);
                    case LIST_START -> {
                        if (listWords.startsAt(text, i)) {
                            openList(i);
                        }
                    }
                    case UPHELD_START -> upheldAt(i);
                    default -> grammar(i);
                }
            }
            endSentence(n);
        }

        /** A separator right after a part of the open list: 、 or ，(a list whose parts use both is mixed). */
        void separator(int i, char c) {
            if (i == list.lastPartEnd && depth == listDepth) {
                if (c == '、') {
                    list.enumerated = true;
                } else if (c == '，' || c == ',') {
                    list.comma = true;
                }
            }
        }

        void grammar(int i) {
            if (!nilAt(i)) {
                if (listWords.startsAt(t, i)) {
                    openList(i);
                } else {
                    upheldAt(i);
                }
            }
        }

        boolean nilAt(int i) {
            // the first two chars compared before the word (不 starts 不存在 and 不予; 未 starts 未按照《 and 未收到)
            char c = t.charAt(i);
            char d = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            for (int w = 0; w < nilWords.length; w++) {
                String nw = nilWords[w];
                if (nw.charAt(0) != c || (nw.length() > 1 && nw.charAt(1) != d)) {
                    continue;
                }
                if (t.startsWith(nw, i)) {
                    nil(i, w);
                    return true;
                }
            }
            return false;
        }

        void upheldAt(int i) {
            if (i + 1 >= t.length()) {
                return;
            }
            char second = t.charAt(i + 1);
            for (String w : allUpheld) {
                if (w.charAt(1) == second && t.startsWith(w, i)) {
                    Upheld u = new Upheld();
                    u.para = para();
                    u.start = i;
                    u.end = i + w.length();
                    u.past = past(i) || otherYear();
                    u.qualified = qualified(i) || unnamedFigure(i)
                            || (u.end < t.length() && t.charAt(u.end) == '的'); // 均获维持的2件
                    u.bare = clauseStart == i;
                    out.upheld.add(u);
                    return;
                }
            }
        }

        /**
         * Whether a figure without a subject stands in the sentence before {@code before}: the statement is then
         * about those cases (已审结的2件均获维持; 审结2件，均获维持).
         */
        boolean unnamedFigure(int before) {
            for (int f = out.figures.size() - 1; f >= sentenceFirstFig; f--) {
                Fig fig = out.figures.get(f);
                if (fig.end <= before && fig.subject < 0 && !fig.nil) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a word narrowing a 均获维持 to some cases (审结, 其余) stands in the sentence shortly before it. */
        boolean qualified(int before) {
            return anyBetween(Math.max(sentenceStart, before - NIL_SCOPE), before, qualifierWords);
        }

        void openList(int i) {
            closeList(i);
            ListRun l = new ListRun();
            l.para = para();
            l.id = out.lists.size();
            l.start = i;
            for (int f = out.figures.size() - 1; f >= sentenceFirstFig; f--) {
                Fig fig = out.figures.get(f);
                if (fig.list < 0 && !fig.nil) {
                    l.total = fig;
                    break;
                }
            }
            if (l.total == null && i == sentenceStart) {
                l.previous = previousSentenceFigure;
            }
            out.lists.add(l);
            list = l;
            listInParen = depth > 0;
            listDepth = depth;
        }

        void closeList(int end) {
            if (list != null) {
                list.end = end;
                if (list.bodies) {
                    Fig whole = list.total != null ? list.total : list.previous;
                    if (whole != null && whole.subject >= 0) {
                        whole.other = true;
                    }
                }
                // 等/主要 between the total and the list's end (共收到申请36件，主要涉及…等领域，其中城建20件…)
                int from = list.total != null ? list.total.end : list.start;
                for (int k = Math.min(from, list.start); k < end && !list.openEnded; k++) {
                    list.openEnded = openEndedWords.startsAt(t, k);
                }
                list = null;
            }
        }

        void endSentence(int end) {
            closeList(end);
            if (out.figures.size() > sentenceFirstFig) {
                sentenceFigures(end);
            }
            for (int f = sentenceFirstFig; f < out.figures.size(); f++) {
                Fig fig = out.figures.get(f);
                fig.sentenceStart = sentenceStart;
                fig.sentenceEnd = end;
            }
            for (int l = sentenceFirstList; l < out.lists.size(); l++) {
                out.lists.get(l).sentenceStart = sentenceStart;
                out.lists.get(l).sentenceEnd = end;
            }
            for (int u = sentenceFirstUpheld; u < out.upheld.size(); u++) {
                out.upheld.get(u).sentenceStart = sentenceStart;
                out.upheld.get(u).sentenceEnd = end;
            }
            previousSentenceFigure = lastOfASubject();
            sentenceFirstFig = out.figures.size();
            sentenceFirstList = out.lists.size();
            sentenceFirstUpheld = out.upheld.size();
            sentenceStart = end;
            clauseStart = end;
            depth = 0;
            sentenceYear = 0;
        }

        /** The last figure of a subject in the sentence being closed, or null. */
        Fig lastOfASubject() {
            for (int f = out.figures.size() - 1; f >= sentenceFirstFig; f--) {
                if (out.figures.get(f).subject >= 0) {
                    return out.figures.get(f);
                }
            }
            return null;
        }

        /**
         * Two figures of one subject in one sentence that would state its cells with different values (各乡镇…12件，
         * 县直部门…24件; 网上…20件，现场…16件; 按时办结…1020件，延期办结…10件, one of them already known as a part) are a
         * breakdown or a comparison, and which of them, if any, is the report's cannot be told: neither states the cells.
         */
        void disagreeing() {
            int n = out.figures.size();
            if (n - sentenceFirstFig < 2) {
                return;
            }
            // per subject and widening: the first figure's value, then whether another one disagreed (one pass)
            java.util.Arrays.fill(firstOf, null);
            java.util.Arrays.fill(disagree, false);
            boolean any = false;
            for (int a = sentenceFirstFig; a < n; a++) {
                Fig f = out.figures.get(a);
                if (!breakdown(f)) {
                    continue;
                }
                int key = 2 * f.subject + (f.widened ? 1 : 0);
                if (firstOf[key] == null) {
                    firstOf[key] = f.inYuan();
                } else if (firstOf[key].compareTo(f.inYuan()) != 0) {
                    disagree[key] = true;
                    any = true;
                }
            }
            for (int a = sentenceFirstFig; any && a < n; a++) {
                Fig f = out.figures.get(a);
                if (f.subject >= 0 && (disagree[2 * f.subject] || disagree[2 * f.subject + 1])) {
                    f.other = true;
                }
            }
        }

        /** Whether a figure would state its subject's cells but for being of a part (各乡镇, 延期) or a breakdown. */
        boolean breakdown(Fig f) {
            return f.subject >= 0 && !f.ambiguous && !f.share && !f.past && f.list < 0 && bindings[f.subject] != null;
        }

        /** Reads a number at {@code i}; returns the index of its last char (or of its unit's). */
        int number(int i) {
            int n = t.length();
            int j = i;
            boolean arabic = digit(t.charAt(i));
            long whole;
            int fraction = 0;
            if (arabic) {
                long v = 0;
                int digits = 0;
                int scale = -1;
                while (j < n) {
                    char c = t.charAt(j);
                    if (digit(c)) {
                        if (digits < 18) {
                            v = v * 10 + digitValue(c);
                        }
                        digits++;
                        if (scale >= 0) {
                            scale++;
                        }
                        j++;
                    } else if (c == ',' && scale < 0 && digits > 0 && threeDigits(j + 1)) {
                        j++;
                    } else if ((c == '.' || c == '．') && scale < 0 && j + 1 < n && digit(t.charAt(j + 1))) {
                        scale = 0;
                        j++;
                    } else {
                        break;
                    }
                }
                if (digits > 18 || wordEndingAt(approximators, i) >= 0) {
                    return j - 1; // 约40件, 超过40件
                }
                whole = v;
                fraction = Math.max(scale, 0);
            } else {
                long total = 0;
                long section = 0;
                long num = 0;
                boolean approximate = wordEndingAt(approximators, i) >= 0; // 数十件, 几百条
                int previous = 0;
                while (j < n && cnNumeral(t.charAt(j))) {
                    char c = t.charAt(j);
                    int d = cnDigit(c);
                    approximate |= d > 0 && previous > 0; // 三四十件, 五六次
                    previous = d;
                    if (d >= 0) {
                        num = d;
                    } else if (c == '十') {
                        section += (num == 0 ? 1 : num) * 10;
                        num = 0;
                    } else if (c == '百') {
                        section += num * 100;
                        num = 0;
                    } else if (c == '千') {
                        section += num * 1000;
                        num = 0;
                    } else {
                        if (j + 1 < n && t.charAt(j + 1) == '元') {
                            break; // 五万元: 万 belongs to the unit
                        }
                        total += (section + num) * 10_000;
                        section = 0;
                        num = 0;
                    }
                    j++;
                }
                if (j == i) {
                    return i;
                }
                if (approximate) {
                    return j - 1;
                }
                whole = total + section + num;
            }
            int u = j;
            while (u < n && (t.charAt(u) == ' ' || t.charAt(u) == '\u3000')) {
                u++;
            }
            boolean tenThousand = false;
            if (arabic && u + 1 < n && t.charAt(u) == '万' && t.charAt(u + 1) != '元') {
                tenThousand = true;
                u++;
            }
            if (u >= n || !in(unitFirsts, t.charAt(u))) {
                if (arabic && u == j && u < n && t.charAt(u) == '年' && j - i == 4 && whole >= 1900 && whole <= 2100) {
                    sentenceYear = (int) whole;
                }
                return j - 1;
            }
            String unit = null;
            for (String w : units) {
                if (t.startsWith(w, u)) {
                    unit = w;
                    break;
                }
            }
            if (unit == null || excludedNumber(i, u, unit)) {
                return j - 1;
            }
            BigDecimal value = BigDecimal.valueOf(whole, fraction);
            if (tenThousand) {
                if (unit.equals("元")) {
                    return j - 1;
                }
                value = value.multiply(BigDecimal.valueOf(10_000));
            }
            int end = u + unit.length();
            Fig f = new Fig();
            f.start = i;
            f.end = end;
            f.value = value;
            f.unit = unit;
            f.arabic = arabic;
            subject(f, i);
            if (!arabic && (f.subject < 0 || f.ambiguous)) {
                return j - 1; // 一件事、一次性: a Chinese numeral is a figure only after its subject
            }
            f.para = para();
            f.share = share(end);
            context(f, i);
            if (f.subject >= 0) {
                f.widened = widened(f.subject, end); // 含上年结转
            }
            if (list != null && f.subject >= 0 && bindings[f.subject] != null && list.total != null
                    && list.total.subject >= 0 && list.total.subject != f.subject && depth <= listDepth) {
                closeList(i); // 共收到申请36件，其中自然人34件，法人2件，办结36件: 办结 is no part
            }
            if (list == null) {
                organ(f); // 县政府办公室收到…申请10件 in the county government's report
            }
            if (list != null) {
                f.list = list.id;
                f.nested = depth > listDepth;
                if (!f.nested) {
                    list.mixed |= list.enumerated && list.comma;
                    list.channels |= marked(i, channelWords); // 其中通过政府网站公开3400条，政府公报公开20条
                    bodies(i); // 其中市政府312件
                    list.parts++;
                    list.lastPartEnd = end;
                }
            }
            out.figures.add(f);
            return end - 1;
        }

        boolean threeDigits(int at) {
            int n = t.length();
            if (at + 3 > n) {
                return false;
            }
            for (int k = at; k < at + 3; k++) {
                if (!digit(t.charAt(k))) {
                    return false;
                }
            }
            return at + 3 == n || !digit(t.charAt(at + 3));
        }

        /** Ordinals, article numbers, identifiers, rates and durations are not figures. */
        boolean excludedNumber(int start, int unitAt, String unit) {
            if (start > 0) {
                char p = t.charAt(start - 1);
                if (p == '@' || p == '/' || p == '.' || p == '-' || p == '_' || p == '#'
                        || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || wordEndingAt(ordinals, start) >= 0) {
                    return true; // an identifier, a path, a date; 第3条
                }
            }
            int after = unitAt + unit.length();
            if (after < t.length()) {
                char a = t.charAt(after);
                if (a == '/' || a == '@' || a == '.') {
                    return true; // 3件/月, an address
                }
            }
            return startsWithAny(rateMarkers, after) || startsWithAny(bounds, after)
                    || startsWithAny(notUnits, unitAt); // 3件每月; 10件以内; 3个月, 《条例》
        }

        /** Finds the subject that ends at the number, past at most a few filler chars. */
        void subject(Fig f, int numberStart) {
            int pos = numberStart;
            for (int skipped = 0; ; skipped++) {
                if (subjectEndingAt(f, pos)) {
                    return;
                }
                if (pos == 0 || skipped == MAX_FILLERS || fillers.indexOf(t.charAt(pos - 1)) < 0) {
                    return;
                }
                pos--;
            }
        }

        boolean subjectEndingAt(Fig f, int e) {
            if (e == 0) {
                return false;
            }
            char last = t.charAt(e - 1);
            if (!in(phraseLasts, last)) {
                return false; // most chars end no phrase: one load decides
            }
            int found = -1;
            int start = -1;
            boolean ambiguous = false;
            for (Phrase p : byLast[java.util.Arrays.binarySearch(lastKeys, last)]) {
                int s = p.startEndingAt(t, e);
                if (s < 0 || !measureFits(p.owner, f.unit) || (after[p.owner] >= 0 && !inSentence(after[p.owner]))) {
                    continue;
                }
                if (found >= 0 && found != p.owner) {
                    ambiguous = true;
                }
                if (found < 0 || s > start) {
                    start = s;
                }
                found = found < 0 ? p.owner : found;
            }
            if (found < 0) {
                return false;
            }
            f.subject = found;
            f.phraseStart = start;
            f.phraseEnd = e;
            f.ambiguous = ambiguous || conjoined(start);
            return true;
        }

        /** Whether another subject stands right before, joined by 、和及与或: the figure is then shared. */
        boolean conjoined(int start) {
            if (start < 2) {
                return false;
            }
            int e = wordEndingAt(conjunctions, start);
            if (e < 1) {
                return false;
            }
            char last = t.charAt(e - 1);
            if (!in(phraseLasts, last)) {
                return false;
            }
            for (Phrase p : byLast[java.util.Arrays.binarySearch(lastKeys, last)]) {
                if (p.startEndingAt(t, e) >= 0) {
                    return true;
                }
            }
            return false;
        }

        boolean measureFits(int subject, String unit) {
            boolean money = unit.equals("元") || unit.equals("万元");
            return money == (subjects[subject].measure() == NarrativeSubject.Measure.MONEY);
        }

        boolean inSentence(int subject) {
            for (int f = sentenceFirstFig; f < out.figures.size(); f++) {
                if (out.figures.get(f).subject == subject) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a share marker (占) follows the figure in its clause. */
        boolean share(int end) {
            int k = end;
            if (k < t.length() && (t.charAt(k) == '，' || t.charAt(k) == ',')) {
                k++;
            }
            return shareWords.startsAt(t, k);
        }

        /** Whether a word of a list stands in the clause before {@code before}. */
        boolean marked(int before, Words words) {
            return anyBetween(Math.max(clauseStart, before - Phrase.MAX_GAP), before, words);
        }

        /** Whether a word of a list starts in {@code [from, before)}. */
        boolean anyBetween(int from, int before, Words words) {
            for (int k = from; k < before; k++) {
                if (words.startsAt(t, k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The words before a figure, in one pass over at most {@link #NIL_SCOPE} chars with one load per char: a
         * total marker in its clause (共), a past marker in its sentence not followed by a word of the reporting year
         * (上年…; 上年度…，本年度…), a word of a part or a channel in the clause of its subject not followed by 等.
         */
        void context(Fig f, int numberStart) {
            int before = f.subject >= 0 ? f.phraseStart : numberStart;
            int totalFrom = Math.max(clauseStart, numberStart - Phrase.MAX_GAP);
            int partFrom = f.subject >= 0 ? Math.max(clauseStart, before - Phrase.MAX_GAP) : numberStart;
            // whether another year is meant matters to a figure of a subject, or to a part of a list
            int pastFrom = f.subject >= 0 || list != null ? Math.max(sentenceStart, before - NIL_SCOPE) : numberStart;
            boolean past = false;
            boolean part = false;
            boolean total = false;
            final char[] buf = chars;
            final long[] firsts = contextFirsts;
            for (int k = Math.min(pastFrom, totalFrom); k < numberStart; k++) {
                char c = buf[k];
                if ((firsts[c >>> 6] & (1L << c)) == 0) {
                    continue;
                }
                if (k < before && k >= pastFrom) {
                    past = pastAfter(k, past);
                }
                if (k < before && k >= partFrom) {
                    if (otherWords.startsAt(t, k) || channelWords.startsAt(t, k)) {
                        part = true;
                    } else if (part && openEndedWords.startsAt(t, k)) {
                        part = false;
                    }
                }
                if (!total && k >= totalFrom && totalWords.startsAt(t, k)) {
                    total = true;
                }
            }
            f.totalMarked = total;
            f.past = past || otherYear();
            f.other = part;
        }

        /**
         * Whether the words up to {@code k} date what follows to another year, given whether those before
         * {@code k} did: a past marker at {@code k} (上年, 去年; 上年结转 aside) dates it, a word of the reporting
         * year (本年度) after one takes that back. Every marker has two chars at least, and the second char is
         * tested first (年 starts 年来 but mostly 年度, 年，).
         */
        boolean pastAfter(int k, boolean past) {
            if (k + 1 >= t.length()) {
                return past;
            }
            char next = t.charAt(k + 1);
            if (past && in(presentSeconds, next) && presentWords.startsAt(t, k)) {
                past = false;
            }
            return past || (in(pastSeconds, next) && pastAt(k));
        }

        /** Whether a past marker starts at {@code k}, 上年结转 aside. */
        boolean pastAt(int k) {
            String w = pastWords.at(t, k);
            return w != null && !t.startsWith("结转", k + w.length());
        }

        /** Whether the sentence so far named a year other than the report's (2021年收到…40件 in a 2022 report). */
        boolean otherYear() {
            return sentenceYear != 0 && out.year != 0 && sentenceYear != out.year;
        }

        /**
         * Whether the words before the figure in its sentence date it to another year (上年, 去年; 自…实施以来，累计…),
         * 上年结转 aside, unless a word of the reporting year stands between (上年度…40件，本年度…36件).
         */
        boolean past(int before) {
            boolean past = false;
            for (int k = Math.max(sentenceStart, before - NIL_SCOPE); k < before; k++) {
                past = pastAfter(k, past);
            }
            return past;
        }

        /** Whether the figure's clause has a widening phrase of its subject's binding (含上年结转). */
        boolean widened(int subject, int end) {
            Words words = wideningWords[subject];
            if (words == null) {
                return false;
            }
            int n = t.length();
            int clauseEnd = end;
            while (clauseEnd < n && clauseEnd < end + 2 * Phrase.MAX_GAP && !endsClause(classes[chars[clauseEnd]])) {
                clauseEnd++;
            }
            return wordIn(words, clauseStart, clauseEnd, true); // 含上年结转, not 不含上年结转
        }

        /**
         * Whether one of the words stands wholly in {@code [from, to)}; when {@code unnegated}, not right after
         * a negation (不).
         */
        boolean wordIn(Words words, int from, int to, boolean unnegated) {
            final char[] buf = chars;
            for (int k = from; k < to; k++) {
                if (words.mayStart(buf[k]) && words.startsWithin(t, k, to) && (!unnegated || wordEndingAt(negations, k) < 0)) {
                    return true;
                }
            }
            return false;
        }



        /** A figure that would state a cell but is of another organ than the reporting body is another's. */
        void organ(Fig f) {
            if (f.subject >= 0 && !f.other && breakdown(f) && ofAnotherOrgan(f)) {
                f.other = true;
            }
        }

        /** Notes whether the part of the open list at {@code i} is of an organ or of a level (其中市政府312件, 其中区本级36件). */
        void bodies(int i) {
            if (!list.bodies) {
                list.bodies = lastOrgan(clauseStart, i) || marked(i, levelWords);
            }
        }

        /**
         * Whether the figure's subject follows the name of an organ in its clause (县政府办公室收到…, 县财政局收到…) that
         * is not the reporting body: the last ending of an organ's name shortly before the subject is the body's
         * when one of the {@code own} words stands right before it (我局, 本机关), or when the report's agency name
         * has that ending after the char before it (县政府办公室 in 某县人民政府办公室's report); when it cannot be
         * told (no agency name), the figure is another's.
         */
        boolean ofAnotherOrgan(Fig f) {
            int from = Math.max(clauseStart, f.phraseStart - Phrase.MAX_GAP);
            if (!lastOrgan(from, f.phraseStart)) {
                return false;
            }
            for (String w : own) { // 我局, 本机关
                if (organStart >= w.length() && t.startsWith(w, organStart - w.length())) {
                    return false;
                }
            }
            String organ = t.substring(organStart, organEnd);
            String agency = out.agency;
            int at = agency.lastIndexOf(organ);
            if (at < 0) {
                return true;
            }
            char before = organStart > from ? t.charAt(organStart - 1) : 0;
            return Phrase.gapChar(before) && agency.lastIndexOf(before, at - 1) < 0;
        }

        /**
         * The figures of a subject that a word of a level of the reporting area (本级) follows in their sentence
         * (全区共收到申请156件，其中区政府本级36件), or precedes shortly or with another figure between (区本级收到…36件，
         * 全区共收到…156件), are of the whole area or of one level, and which one the tables count is not told: they
         * state no cell.
         */
        void levels(int end) {
            boolean any = false;
            for (int f = sentenceFirstFig; f < out.figures.size() && !any; f++) {
                any = breakdown(out.figures.get(f)) && !out.figures.get(f).other;
            }
            if (!any) {
                return; // no figure of the sentence would state a cell
            }
            if (levelAt != -1 && levelAt < sentenceStart) {
                levelAt = -1; // the first level word at or after the sentence, looked up once per paragraph and word
                for (String w : levels) {
                    int at = t.indexOf(w, sentenceStart);
                    if (at >= 0 && (levelAt < 0 || at < levelAt)) {
                        levelAt = at;
                    }
                }
            }
            if (levelAt < 0 || levelAt >= end) {
                return;
            }
            int first = levelAt;
            int last = first;
            for (String w : levels) {
                last = Math.max(last, t.lastIndexOf(w, end - w.length()));
            }
            int firstFigureAfter = Integer.MAX_VALUE; // the start of the first figure after the first body word
            for (int f = sentenceFirstFig; f < out.figures.size(); f++) {
                Fig fig = out.figures.get(f);
                if (fig.start > first && !fig.nil) {
                    firstFigureAfter = Math.min(firstFigureAfter, fig.start);
                }
            }
            for (int f = sentenceFirstFig; f < out.figures.size(); f++) {
                Fig fig = out.figures.get(f);
                if (fig.subject >= 0 && (last >= fig.end || firstFigureAfter < fig.start || levelBefore(fig))) {
                    fig.other = true;
                }
            }
        }

        /** Whether a level word stands shortly before the figure's subject in its sentence (区本级收到…申请36件). */
        boolean levelBefore(Fig fig) {
            int from = Math.max(sentenceStart, fig.phraseStart - Phrase.MAX_GAP);
            for (String w : levels) {
                int at = t.lastIndexOf(w, fig.phraseStart - w.length());
                if (at >= from) {
                    return true;
                }
            }
            return false;
        }

        /** The last organ's ending found by {@link #lastOrgan}: its start and end. */
        int organStart;
        int organEnd;

        /**
         * Whether the ending of an organ's name (办公室, 局; not 政府 of 政府信息) ends in {@code [from, to)} at most
         * {@link #MAX_ORGAN_DISTANCE} chars before {@code to}; the last one, the longest of those ending there, is
         * left in {@link #organStart} and {@link #organEnd}.
         */
        boolean lastOrgan(int from, int to) {
            organStart = -1;
            organEnd = -1;
            final char[] buf = chars;
            for (int k = Math.max(from, to - Phrase.MAX_GAP); k < to; k++) {
                if (!organWords.mayStart(buf[k])) {
                    continue;
                }
                char c = buf[k];
                for (String o : organs) {
                    int e = k + o.length();
                    if (o.charAt(0) == c && e <= to && e >= organEnd && t.startsWith(o, k) && !startsWithAny(notOrgan, e)) {
                        organStart = organEnd == e ? Math.min(organStart, k) : k;
                        organEnd = e;
                    }
                }
            }
            return organEnd >= 0 && to - organEnd <= MAX_ORGAN_DISTANCE;
        }

        /** The start of the first of the words that ends right before {@code end}, or -1. */
        int wordEndingAt(String[] words, int end) {
            for (String w : words) {
                if (end >= w.length() && t.startsWith(w, end - w.length())) {
                    return end - w.length();
                }
            }
            return -1;
        }

        /** Whether one of the words starts at {@code at}. */
        boolean startsWithAny(String[] words, int at) {
            for (String w : words) {
                if (t.startsWith(w, at)) {
                    return true;
                }
            }
            return false;
        }

        /** What only the whole sentence tells of its figures: whether they disagree, whether they may be widened. */
        void sentenceFigures(int end) {
            disagreeing();
            levels(end);
            for (int f = sentenceFirstFig; f < out.figures.size(); f++) {
                Fig fig = out.figures.get(f);
                if (fig.subject >= 0 && !fig.widened && mayWidenWords[fig.subject] != null) {
                    fig.mayWiden = wordIn(mayWidenWords[fig.subject], sentenceStart, end, false);
                }
            }
        }

        /** A nil word at {@code i}: the subjects named in the rest of its clause are stated as zero. */
        void nil(int i, int w) {
            String word = nilWords[w];
            int[] offsets = notNilOffsets[w];
            String[] words = notNilWords[w];
            for (int k = 0; k < words.length; k++) {
                int at = i - offsets[k];
                String nn = words[k];
                int last = at + nn.length() - 1;
                if (at >= 0 && last < t.length() && t.charAt(last) == nn.charAt(nn.length() - 1) && t.startsWith(nn, at)) {
                    return;
                }
            }
            int from = i + word.length();
            int n = t.length();
            int to = from;
            int limit = from + NIL_SCOPE;
            if (word.charAt(word.length() - 1) == '《') {
                // a nil word opening a title (未按照《政府信息公开信息处理费管理办法》收取…) states zero of what the title
                // names, and of nothing after it (未按照《条例》规定时限办结…申请 states no zero)
                int close = t.indexOf('》', from);
                if (close < 0 || close - from > MAX_TITLE) {
                    return;
                }
                n = close;
            }
            while (to < n && to < limit) {
                char c = t.charAt(to);
                if (c == '《') {
                    // a title (未依据《政府信息公开信息处理费管理办法》收取信息处理费) does not use up the scope
                    int close = t.indexOf('》', to + 1);
                    if (close > 0 && close - to <= MAX_TITLE) {
                        limit += close + 1 - to;
                        to = close + 1;
                        continue;
                    }
                }
                byte k = classes[c];
                if (k == DIGIT) {
                    return;
                }
                if (k == SENTENCE_END || c == '，' || c == ',') {
                    break;
                }
                to++;
            }
            for (int k = from; k < to; k++) {
                char c = t.charAt(k);
                if (!in(headFirsts, c)) {
                    continue;
                }
                int h = 0;
                while (heads[h] != c) {
                    h++;
                }
                if (k <= nilCovered) {
                    continue; // 无无…信息处理费: the phrase is stated as zero once
                }
                for (Phrase p : byHead[h]) {
                    int e = p.endStartingAt(t, k, to);
                    if (e < 0) {
                        continue;
                    }
                    nilCovered = k;
                    Fig f = new Fig();
                    f.para = para();
                    f.start = i;
                    f.end = e;
                    f.value = BigDecimal.ZERO;
                    f.unit = "";
                    f.nil = true;
                    f.subject = p.owner;
                    f.phraseStart = k;
                    f.phraseEnd = e;
                    // the words before the phrase date a zero or make it a part's as they do a figure (上年度未收到,
                    // 各乡镇未收到, 第一季度未收到, 网上未收到, 无逾期未办结的…申请)
                    context(f, k);
                    if (list != null) {
                        f.list = list.id;
                    }
                    out.figures.add(f);
                    k = e - 1;
                    break;
                }
            }
        }
    }

    private static void scan(Scan scan, String path, int index, String text) {
        scan.reset(text, path, index);
        scan.run();
    }
}
