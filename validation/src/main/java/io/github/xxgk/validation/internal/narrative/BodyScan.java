package io.github.xxgk.validation.internal.narrative;

import static io.github.xxgk.validation.internal.narrative.Lexicon.*;

import io.github.xxgk.validation.internal.narrative.Extractor.Fig;
import io.github.xxgk.validation.internal.narrative.Extractor.Text;

/**
 * Whose figures the scan reads: a figure of a subject may be of another organ than the reporting body (县政府办公室
 * 收到… in the county government's report), of a level of the area (本级), or one of two figures of a subject that
 * disagree in a sentence; such figures state no cell. See {@link ScanState} for the layers of the scan. Not API.
 */
abstract class BodyScan extends ScanState {

    BodyScan(Lexicon x, Text out) {
        super(x, out);
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

    /** A figure that would state a cell but is of another organ than the reporting body is another's. */
    void organ(Fig f) {
        if (f.subject >= 0 && !f.other && breakdown(f) && ofAnotherOrgan(f)) {
            f.other = true;
        }
    }

    /** Notes whether the part of the open list at {@code i} is of an organ or of a level (其中市政府312件, 其中区本级36件). */
    void bodies(int i) {
        if (!list.bodies) {
            list.bodies = lastOrgan(clauseStart, i) || marked(i, x.levelWords);
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
        for (String w : x.own) { // 我局, 本机关
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
            levelAt = -1; // the first level word at or x.after the sentence, looked up once per paragraph and word
            for (String w : x.levels) {
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
        for (String w : x.levels) {
            last = Math.max(last, t.lastIndexOf(w, end - w.length()));
        }
        int firstFigureAfter = Integer.MAX_VALUE; // the start of the first figure x.after the first body word
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
        for (String w : x.levels) {
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
            if (!x.organWords.mayStart(buf[k])) {
                continue;
            }
            char c = buf[k];
            for (String o : x.organs) {
                int e = k + o.length();
                if (o.charAt(0) == c && e <= to && e >= organEnd && t.startsWith(o, k) && !x.notOrgan.startsAt(t, e)) {
                    organStart = organEnd == e ? Math.min(organStart, k) : k;
                    organEnd = e;
                }
            }
        }
        return organEnd >= 0 && to - organEnd <= MAX_ORGAN_DISTANCE;
    }
}
