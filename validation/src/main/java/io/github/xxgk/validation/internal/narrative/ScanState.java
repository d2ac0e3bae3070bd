package io.github.xxgk.validation.internal.narrative;

import static io.github.xxgk.validation.internal.narrative.Lexicon.*;

import io.github.xxgk.validation.internal.narrative.Extractor.Fig;
import io.github.xxgk.validation.internal.narrative.Extractor.ListRun;
import io.github.xxgk.validation.internal.narrative.Extractor.Para;
import io.github.xxgk.validation.internal.narrative.Extractor.Text;
import java.math.BigDecimal;

/**
 * The state of one paragraph's scan, and the look-ups around a place in it that every part of the scan uses
 * (the words before or after a place, whether the words before a figure date it to another year). The scan is
 * built in layers, each a file: this state; {@link BodyScan}, whose figures are of the reporting body or of
 * another; {@link ConjoinedScan}, whose figures are of subjects joined by conjunctions; {@link FigureScan}, which
 * reads a number, its unit and its subject; {@link Scan}, the pass over the chars with the sentences, lists, nil
 * statements and “all upheld” statements. Not thread-safe: one per reading.
 */
abstract class ScanState {

    static final String[] TOP_PATHS = new String[32];

    static {
        for (int i = 0; i < TOP_PATHS.length; i++) {
            TOP_PATHS[i] = "sections/" + i;
        }
    }

    /** The vocabulary of the edition, compiled. */
    final Lexicon x;

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
    /** The first figure of the sentence before the one being read in the paragraph (of this one in its first). */
    int previousSentenceFirstFig;
    /** The last year (2021年) named in the sentence so far, 0 for none. */
    int sentenceYear;
    /** Per subject and widening, in the sentence being closed: the first value, and whether another disagreed. */
    final BigDecimal[] firstOf;
    final boolean[] disagree;
    /** The chars of the paragraph being scanned (longer paragraphs grow it). */
    char[] chars = new char[256];
    /** The section indexes from the top section down; empty outside sections. */
    int[] trail = new int[8];
    int trailDepth;
    String trailPath;

    ScanState(Lexicon x, Text out) {
        this.x = x;
        this.out = out;
        this.firstOf = new BigDecimal[2 * x.subjects.length];
        this.disagree = new boolean[2 * x.subjects.length];
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
        previousSentenceFirstFig = sentenceFirstFig;
        sentenceFirstList = out.lists.size();
        sentenceFirstUpheld = out.upheld.size();
    }

    Para para() {
        if (para == null) {
            para = new Para(path(), index, t);
        }
        return para;
    }

    /** Whether a figure would state its subject's cells but for being of a part (各乡镇, 延期) or a breakdown. */
    boolean breakdown(Fig f) {
        return f.subject >= 0 && !f.ambiguous && !f.share && !f.past && f.list < 0 && x.bindings[f.subject] != null;
    }

    /** Whether a char ends what a nil word or a bare number reaches: a sentence's end, or a comma. */
    boolean endsNilScope(char c) {
        return x.classes[c] == SENTENCE_END || c == '，' || c == ',';
    }

    /** The sentence's last figure so far of the subject or of a subject of the same name, or null. */
    Fig lastInSentence(int subject) {
        return lastOf(subject, sentenceFirstFig);
    }

    /**
     * The last figure of the subject or of a subject of the same name in the sentence so far or in the sentence before
     * in the paragraph (…收到申请13件。共办结13件: a phrase it names only after {@link #opening} words); null for none.
     */
    Fig lastBefore(int subject) {
        return lastOf(subject, previousSentenceFirstFig);
    }

    private Fig lastOf(int subject, int from) {
        int meant = x.meaning[subject];
        for (int f = out.figures.size() - 1; f >= from; f--) {
            int other = out.figures.get(f).subject;
            if (other >= 0 && x.meaning[other] == meant) {
                return out.figures.get(f);
            }
        }
        return null;
    }

    /**
     * Whether only opening words ({@code Grammar.openings}: 共, 已, 全部, 本年度) stand in the sentence before
     * {@code phraseStart}: a figure of the sentence before may then name the phrase ({@link #lastBefore}; 信访事项办结5件
     * is of the petitions).
     */
    boolean opening(int phraseStart) {
        return pastOpenings(sentenceStart, phraseStart) == phraseStart;
    }

    /** Where the opening words read from {@code from} end, at {@code to} at most (a word may reach past it). */
    int pastOpenings(int from, int to) {
        int k = from;
        while (k < to) {
            String w = x.openings.longestAt(t, k);
            if (w == null) {
                break;
            }
            k += w.length();
        }
        return k;
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
        if (past && in(x.presentSeconds, next) && x.presentWords.startsAt(t, k)) {
            past = false;
        }
        return past || (in(x.pastSeconds, next) && pastAt(k));
    }

    /** Whether a past marker starts at {@code k}, 上年结转 aside. */
    boolean pastAt(int k) {
        String w = x.pastWords.at(t, k);
        return w != null && !t.startsWith("结转", k + w.length());
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
     * Whether one of the words stands wholly in {@code [from, to)}; when {@code unnegated}, not right after
     * a negation (不).
     */
    boolean wordIn(Words words, int from, int to, boolean unnegated) {
        final char[] buf = chars;
        for (int k = from; k < to; k++) {
            if (words.mayStart(buf[k]) && words.startsWithin(t, k, to) && (!unnegated || x.negations.startEndingAt(t, k) < 0)) {
                return true;
            }
        }
        return false;
    }

    /** Closes the open list, if any, at {@code end}. */
    abstract void closeList(int end);
}
