package io.github.xxgk.validation.internal.narrative;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.NarrativeBinding;
import io.github.xxgk.core.form.NarrativeStatement;
import io.github.xxgk.core.form.NarrativeSubject;
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
 *
 * <p>Here: the look-ups the rules make by id, the results of a reading, and the reading of a report's
 * paragraphs; the vocabulary compiled for the scan is {@link Lexicon}, the scan of a paragraph {@link Scan}
 * (in layers: {@link ScanState}, {@link BodyScan}, {@link ConjoinedScan}, {@link FigureScan}).
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

    /** The vocabulary of the edition, compiled. */
    final Lexicon x;

    private Extractor(FormDefinition form) {
        x = new Lexicon(form);
        feeNotices = x.feeNotices;
        feeNotified = x.feeNotified;
        feeCollected = x.feeCollected;
    }

    /**
     * The index in its table of each cell of a subject's binding, then of each widened cell; null when
     * they cannot be given so (then look the cells up by id).
     */
    public int[] bindingIndexes(int subject) {
        return x.bindingIndexes[subject];
    }

    /** The index of a subject id, or -1. */
    public int subjectIndex(String id) {
        for (int s = 0; s < x.subjects.length; s++) {
            if (x.subjects[s].id().equals(id)) {
                return s;
            }
        }
        return -1;
    }

    /** The index of a statement id, or -1. */
    public int statementIndex(String id) {
        for (int s = 0; s < x.statements.length; s++) {
            if (x.statements[s].id().equals(id)) {
                return s;
            }
        }
        return -1;
    }
    /** The indexes of the statements of a group ({@code topics}, {@code assessment}, {@code fees}, {@code fee_nil}). */
    public int[] group(String name) {
        int[] g = x.groups.get(name);
        return g == null ? new int[0] : g;
    }
    /** The subjects of section 六's fee statement: 收费通知, its 金额, 收取信息处理费 (-1 when the form has none). */

    /**
     * The cells that must hold 0 for a part to be compared with its cells when its list's whole stands for the part's
     * own whole (收到申请12件，其中予以公开8件: 表三 二、 and 四、); empty when the whole is the part's own.
     */
    public List<io.github.xxgk.core.form.CellId> zerosFor(Fig part) {
        if (part.whole == null || part.subject < 0 || x.partOf[part.subject] < 0 || part.whole.subject < 0
                || x.meaning[part.whole.subject] == x.meaning[x.partOf[part.subject]]) {
            return List.of();
        }
        return x.bindings[part.whole.subject].standsFor().orElseThrow().whenZero();
    }

    /** Whether a subject is one of the fee subjects ({@code fee_…}). */
    public boolean isFee(int subject) {
        return x.fee[subject];
    }

    /** The number of subjects. */
    public int subjectCount() {
        return x.subjects.length;
    }

    /** The subject of an index. */
    public NarrativeSubject subject(int index) {
        return x.subjects[index];
    }

    /** The binding of a subject in this edition, or null. */
    public NarrativeBinding binding(int subject) {
        return x.bindings[subject];
    }

    /** The statement of an index. */
    public NarrativeStatement statement(int index) {
        return x.statements[index];
    }

    /** Whether a text makes a statement (one of its phrases occurs, not overlapping a blocker). */
    public boolean states(int statement, String text) {
        for (Phrase p : x.statementPhrases[statement]) {
            if (p.find(text, 0, text.length()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span of a text names a subject. */
    public boolean mentions(int subject, String text, int from, int to) {
        for (Phrase p : x.subjectPhrases) {
            if (p.owner == subject && p.find(text, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    public final int feeNotices;
    public final int feeNotified;
    public final int feeCollected;

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
        /** How deep in parentheses the figure stands (12件（含上年结转2件）: the 2 at 1). */
        int depth;
        /** The total of the figure's list, or null. */
        public Fig whole;
        /** Whether the figure stands in parentheses inside its list: it breaks down a part, it is not one. */
        public boolean nested;
        public int sentenceStart;
        public int sentenceEnd;

        /** A copy of the figure, for another subject that the sentence gives it too (行政复议、行政诉讼均为0). */
        Fig copy() {
            Fig g = new Fig();
            g.para = para;
            g.start = start;
            g.end = end;
            g.value = value;
            g.unit = unit;
            g.nil = nil;
            g.arabic = arabic;
            g.share = share;
            g.past = past;
            g.other = other;
            g.widened = widened;
            g.mayWiden = mayWiden;
            g.totalMarked = totalMarked;
            g.ambiguous = ambiguous;
            g.subject = subject;
            g.phraseStart = phraseStart;
            g.phraseEnd = phraseEnd;
            g.list = list;
            g.depth = depth;
            g.whole = whole;
            g.nested = nested;
            g.sentenceStart = sentenceStart;
            g.sentenceEnd = sentenceEnd;
            return g;
        }

        /** Whether the figure states cells of the report. */
        public boolean bound(Extractor x) {
            return subject >= 0 && !ambiguous && !share && !past && !other && x.binding(subject) != null
                    && (list < 0 || boundPart(x));
        }

        /**
         * Whether a part of a list states its cells: a part of a whole it may be a part of (收到申请5件，其中自然人申请4件),
         * the whole stating its own cells and no more (not 含上年结转, not of the whole area).
         */
        private boolean boundPart(Extractor x) {
            return x.x.partOf[subject] >= 0 && whole != null && whole.bound(x)
                    && !whole.widened && !whole.mayWiden && !AreaScope.of(x.x.form).wholeArea(whole);
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
        Scan scan = new Scan(x, out);
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
        scan(new Scan(x, out), "text", 0, paragraph);
        return publish(out);
    }

    private List<NarrativeFigure> publish(Text t) {
        List<NarrativeFigure> out = new ArrayList<>(t.figures.size());
        for (Fig f : t.figures) {
            boolean bound = f.bound(this);
            List<io.github.xxgk.core.form.CellId> cells = List.of();
            if (bound) {
                NarrativeBinding b = x.bindings[f.subject];
                if (f.widened) {
                    List<io.github.xxgk.core.form.CellId> all = new ArrayList<>(b.cells());
                    all.addAll(b.widenedCells());
                    cells = all;
                } else {
                    cells = b.cells();
                }
            }
            Optional<String> subject = f.subject >= 0 && !f.ambiguous ? Optional.of(x.subjects[f.subject].id()) : Optional.empty();
            String phrase = f.subject >= 0 && !f.ambiguous ? f.para.text.substring(f.phraseStart, f.phraseEnd) : "";
            out.add(new NarrativeFigure(subject, phrase, f.value, f.unit, f.nil, f.list >= 0 || f.share, f.position(),
                    f.sentence(), cells));
        }
        return out;
    }

    private static void scan(Scan scan, String path, int index, String text) {
        scan.reset(text, path, index);
        scan.run();
    }
}