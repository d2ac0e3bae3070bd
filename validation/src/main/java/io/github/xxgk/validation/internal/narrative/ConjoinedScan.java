package io.github.xxgk.validation.internal.narrative;

import static io.github.xxgk.validation.internal.narrative.Lexicon.*;

import io.github.xxgk.validation.internal.narrative.Extractor.Fig;
import io.github.xxgk.validation.internal.narrative.Extractor.Text;

/**
 * Subjects joined by a conjunction (行政复议、行政诉讼): before one figure they share it, and it is of neither
 * (被申请行政复议和提起行政诉讼共3件); after an each marker it is of each (行政复议、行政诉讼数量均为0); after a
 * respectively marker as many figures joined alike are theirs in order (行政复议、行政诉讼分别为2件、1件). See
 * {@link ScanState} for the layers of the scan. Not API.
 */
abstract class ConjoinedScan extends BodyScan {

    ConjoinedScan(Lexicon x, Text out) {
        super(x, out);
    }

    /**
     * Finds the subject whose phrase ends right before {@code e}, as the scan does before a number: sets the figure's
     * subject and phrase, and {@link #ownersAmbiguous}; returns whether one was found.
     */
    abstract boolean subjectEndingAt(Fig f, int e);

    /** Whether the figure's clause has a widening phrase of its subject's binding (含上年结转). */
    abstract boolean widened(int subject, int end);

    /** Whether the phrases that the last subject found ends with name more than one subject. */
    boolean ownersAmbiguous;

    /** The subjects conjoined before a figure's own that an each marker gives it too, the nearest first. */
    private final int[] eachSubjects = new int[MAX_EACH];
    private final int[] eachStarts = new int[MAX_EACH];
    private final int[] eachEnds = new int[MAX_EACH];
    /** How many of them the current figure has. */
    int eaches;

    private static final int MAX_EACH = 8;

    /**
     * 行政复议、行政诉讼数量均为0: the figure after an each marker is every conjoined subject's, when each of them is
     * one subject, none twice, outside a list; then no longer shared. Otherwise it stays shared, and of none.
     */
    void eachOf(Fig f) {
        if (!f.ambiguous || ownersAmbiguous || list != null) {
            return;
        }
        Fig g = new Fig();
        g.unit = f.unit;
        int found = chain(g, f.phraseStart, eachSubjects, eachStarts, eachEnds, 0, f.subject);
        if (found > 0) {
            eaches = found;
            f.ambiguous = false;
        }
    }

    /**
     * The subjects joined by conjunctions before a phrase starting at {@code start}, nearest first, added to the
     * arrays after the {@code found} entries already there: the count of entries, or -1 when a conjoined word is no
     * subject or more than one, a subject comes twice or is {@code own}, or they are more than {@link #MAX_EACH}.
     * {@code g} is the scratch figure the phrases are matched with (its unit set).
     */
    private int chain(Fig g, int start, int[] subjects, int[] starts, int[] ends, int found, int own) {
        int from = start;
        while (true) {
            int e = conjoinedBefore(from);
            if (e < 1) {
                return found;
            }
            if (found == MAX_EACH || !subjectEndingAt(g, e) || ownersAmbiguous || g.subject == own) {
                return -1; // 申请人、行政复议和行政诉讼…: not every one of them is a subject
            }
            for (int k = 0; k < found; k++) {
                if (subjects[k] == g.subject) {
                    return -1;
                }
            }
            subjects[found] = g.subject;
            starts[found] = g.phraseStart;
            ends[found] = g.phraseEnd;
            found++;
            from = g.phraseStart;
        }
    }

    /** The figure, for each subject the each marker gave it to, in the text's order. */
    void addEaches(Fig f) {
        for (int k = eaches - 1; k >= 0; k--) {
            Fig g = f.copy();
            g.subject = eachSubjects[k];
            g.phraseStart = eachStarts[k];
            g.phraseEnd = eachEnds[k];
            g.widened = widened(g.subject, f.end);
            out.figures.add(g);
        }
    }

    /** The starts of the matches of one group's phrases (see {@link PhraseGroup#startsEndingAt}). */
    final int[] starts = new int[PhraseGroup.MAX_PHRASES];

    /**
     * Whether another subject stands right before, joined by 、和及与或, the conjunction at most
     * {@link #CONJOINED_GAP} ideographs before (被申请行政复议和提起行政诉讼共3件): the figure is then shared.
     */
    boolean conjoined(int start) {
        int e = conjoinedBefore(start);
        if (e < 1) {
            return false;
        }
        char last = t.charAt(e - 1);
        if (!in(x.phraseLasts, last)) {
            return false;
        }
        PhraseGroup group = x.byLast[java.util.Arrays.binarySearch(x.lastKeys, last)];
        return group.startsEndingAt(t, chars, e, -1 >>> (Integer.SIZE - group.phrases.length), starts) != 0;
    }

    /**
     * The start of the conjunction that ends at most {@link #CONJOINED_GAP} ideographs before a phrase starting at
     * {@code start} (和 of 和提起行政诉讼), or -1: where the phrase of a subject joined to it would end.
     */
    private int conjoinedBefore(int start) {
        for (int gap = 0; gap <= CONJOINED_GAP; gap++) {
            int at = start - gap;
            if (at < 2 || (gap > 0 && !Phrase.gapChar(chars[at]))) {
                return -1;
            }
            int e = x.conjunctions.startEndingAt(t, at);
            if (e >= 0) {
                return e;
            }
        }
        return -1;
    }

    /** The most ideographs between a conjunction and the subject phrase after it (提起 of 和提起行政诉讼). */
    private static final int CONJOINED_GAP = 3;

    /** The subjects a respectively marker gives figures to, in the text's order, with their phrases. */
    private final int[] respectiveSubjects = new int[MAX_EACH];
    private final int[] respectiveStarts = new int[MAX_EACH];
    private final int[] respectiveEnds = new int[MAX_EACH];
    /** How many subjects the open run gives figures to, the index of the next one, and where the run's figures end. */
    private int respectives;
    private int respectiveNext;
    private int respectiveUntil;

    @Override
    void reset(String text, String path, int index) {
        super.reset(text, path, index);
        respectives = 0;
    }

    /**
     * Gives the figure at {@code numberStart} the next subject of the open run of a respectively marker
     * (the 行政诉讼 of 1件 in 行政复议、行政诉讼分别为2件、1件); returns whether it did.
     */
    boolean nextRespective(Fig f, int numberStart) {
        if (respectiveNext >= respectives || numberStart >= respectiveUntil) {
            return false;
        }
        give(f, respectiveNext++);
        return true;
    }

    /**
     * A respectively marker starting at {@code marker} right before the figure at {@code numberStart}: when the
     * subjects before it, past filler chars, are two or more joined by conjunctions, each one subject and none twice
     * (in a list, parts of its whole: 其中自然人、法人分别为8件、2件), and as many figures of the figure's unit joined
     * by conjunctions follow to the clause's end, the figure is the first subject's and the run is opened for the
     * others. Otherwise the figure has no subject (which figure is whose is not told).
     */
    void respectively(Fig f, int marker, int numberStart) {
        Fig g = new Fig();
        g.unit = f.unit;
        int pos = marker;
        for (int skipped = 0; !subjectEndingAt(g, pos); skipped++) {
            if (pos == 0 || skipped == MAX_FILLERS || x.fillers.indexOf(t.charAt(pos - 1)) < 0) {
                return;
            }
            pos--;
        }
        if (ownersAmbiguous) {
            return;
        }
        respectiveSubjects[0] = g.subject;
        respectiveStarts[0] = g.phraseStart;
        respectiveEnds[0] = g.phraseEnd;
        int found = chain(g, g.phraseStart, respectiveSubjects, respectiveStarts, respectiveEnds, 1, -1);
        int until = found < 2 ? -1 : runEnd(numberStart, f.unit, found);
        if (until < 0) {
            return;
        }
        // found nearest first: the text's order is the reverse
        for (int a = 0, b = found - 1; a < b; a++, b--) {
            swap(respectiveSubjects, a, b);
            swap(respectiveStarts, a, b);
            swap(respectiveEnds, a, b);
        }
        respectives = found;
        respectiveUntil = until;
        respectiveNext = 0;
        give(f, respectiveNext++);
    }

    private void give(Fig f, int k) {
        f.subject = respectiveSubjects[k];
        f.phraseStart = respectiveStarts[k];
        f.phraseEnd = respectiveEnds[k];
        f.ambiguous = false;
    }

    private static void swap(int[] a, int i, int j) {
        int v = a[i];
        a[i] = a[j];
        a[j] = v;
    }

    /**
     * Where a run of exactly {@code count} numbers, each followed by {@code unit} and joined by conjunctions,
     * starting at {@code from} ends at its clause's end (2件、1件。), or -1.
     */
    private int runEnd(int from, String unit, int count) {
        if (unit.isEmpty()) {
            return -1;
        }
        int n = t.length();
        int k = from;
        for (int read = 1; ; read++) {
            int d = k;
            while (d < n && (digit(chars[d]) || (d > k && d + 1 < n && (chars[d] == '.' || chars[d] == '．' || chars[d] == ',')
                    && digit(chars[d + 1])))) {
                d++;
            }
            if (d == k || !t.startsWith(unit, d)) {
                return -1;
            }
            k = d + unit.length();
            if (k >= n || endsNilScope(chars[k])) {
                return read == count ? k : -1;
            }
            int next = k;
            while (next < n && next - k < MAX_CONJUNCTION && !digit(chars[next])) {
                next++;
            }
            if (next >= n || !digit(chars[next]) || x.conjunctions.startEndingAt(t, next) != k) {
                return -1; // 2件（含…）, 2件以内, 2件每月: no run of figures
            }
            k = next;
        }
    }

    /** The longest conjunction between two figures of a run. */
    private static final int MAX_CONJUNCTION = 2;
}
