package io.github.xxgk.validation.internal.narrative;

import static io.github.xxgk.validation.internal.narrative.Lexicon.*;

import io.github.xxgk.validation.internal.narrative.Extractor.Fig;
import io.github.xxgk.validation.internal.narrative.Extractor.ListRun;
import io.github.xxgk.validation.internal.narrative.Extractor.Text;
import io.github.xxgk.validation.internal.narrative.Extractor.Upheld;
import java.math.BigDecimal;

/**
 * One pass over a paragraph's chars: most chars stop at one bit test; digits and numerals are read as figures
 * ({@link FigureScan}), sentence and clause ends close what they end, 其中 opens a list of parts, a nil word states
 * the subjects after it as zero, 均获维持 is noted. See {@link ScanState} for the layers of the scan. Not API.
 */
final class Scan extends FigureScan {

    Scan(Lexicon x, Text out) {
        super(x, out);
    }

    void run() {
        int n = t.length();
        final byte[] cls = x.classes;
        final long[] bits = x.special;
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
                    if (x.listWords.startsAt(text, i)) {
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
            if (x.listWords.startsAt(t, i)) {
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
        for (int w = 0; w < x.nilWords.length; w++) {
            String nw = x.nilWords[w];
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
        if (!in(x.upheldSeconds, second)) {
            return;
        }
        for (String w : x.allUpheld) {
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
        return anyBetween(Math.max(sentenceStart, before - NIL_SCOPE), before, x.qualifierWords);
    }

    void openList(int i) {
        closeList(i);
        ListRun l = new ListRun();
        l.para = para();
        l.id = out.lists.size();
        l.start = i;
        for (int f = out.figures.size() - 1; f >= sentenceFirstFig; f--) {
            Fig fig = out.figures.get(f);
            // not a figure in parentheses closed before the list (收到申请12件（含上年结转2件），其中…: the 12)
            if (fig.list < 0 && !fig.nil && fig.depth <= depth) {
                l.total = fig;
                break;
            }
        }
        if (l.total == null && i == sentenceStart) {
            l.previous = previousSentenceFigure;
        }
        if (l.total != null && l.total.subject >= 0 && narrowed(i)) {
            l.total.other = true; // 行政诉讼案件17件，其中涉及政府信息公开的2件: the 17 are of every kind
        }
        out.lists.add(l);
        list = l;
        listInParen = depth > 0;
        listDepth = depth;
    }

    /**
     * Whether a narrowing word (政府信息公开) follows the list marker at {@code i} in its clause, and a number after it
     * there: a part of the disclosure cases is stated (其中涉及政府信息公开的3件), not that all are (均涉及政府信息公开).
     */
    private boolean narrowed(int i) {
        int from = i + x.listWords.at(t, i).length();
        int n = t.length();
        boolean narrowing = false;
        for (int k = from; k < n; k++) {
            char c = t.charAt(k);
            byte kind = x.classes[c];
            if (endsClause(kind)) {
                return false;
            }
            if (narrowing && (kind == DIGIT || kind == NUMERAL)) {
                return true;
            }
            if (!narrowing && k < from + Phrase.MAX_GAP && x.narrowingWords.mayStart(c) && x.narrowingWords.startsAt(t, k)) {
                narrowing = true;
            }
        }
        return false;
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
                list.openEnded = x.openEndedWords.startsAt(t, k);
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
        previousSentenceFirstFig = sentenceFirstFig;
        sentenceFirstFig = out.figures.size();
        sentenceFirstList = out.lists.size();
        sentenceFirstUpheld = out.upheld.size();
        sentenceStart = end;
        clauseStart = end;
        depth = 0;
        sentenceYear = 0;
    }

    /** The last figure of a subject in the sentence being closed, not a part of a list's whole, or null. */
    Fig lastOfASubject() {
        for (int f = out.figures.size() - 1; f >= sentenceFirstFig; f--) {
            int subject = out.figures.get(f).subject;
            if (subject >= 0 && x.partOf[subject] < 0) {
                return out.figures.get(f);
            }
        }
        return null;
    }

    /** What only the whole sentence tells of its figures: whether they disagree, whether they may be widened. */
    void sentenceFigures(int end) {
        disagreeing();
        levels(end);
        // subjects mostly share their words (结转): the sentence is searched once for each set of words
        Words searched = null;
        boolean found = false;
        for (int f = sentenceFirstFig; f < out.figures.size(); f++) {
            Fig fig = out.figures.get(f);
            Words words = fig.subject >= 0 && !fig.widened ? x.mayWidenWords[fig.subject] : null;
            if (words != null) {
                if (words != searched) {
                    searched = words;
                    found = wordIn(words, sentenceStart, end, false);
                }
                fig.mayWiden = found;
            }
        }
    }

    /** A nil word at {@code i}: the subjects named in the rest of its clause are stated as zero. */
    void nil(int i, int w) {
        String word = x.nilWords[w];
        int[] offsets = x.notNilOffsets[w];
        String[] words = x.notNilWords[w];
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
        boolean title = word.charAt(word.length() - 1) == '《';
        if (title) {
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
            byte k = x.classes[c];
            if (k == DIGIT) {
                return;
            }
            if (endsNilScope(c)) {
                break;
            }
            to++;
        }
        int first = from;
        if (!title && from < to && from > nilCovered) {
            int e = nilOnlyAt(i, from, to);
            if (e >= 0) {
                first = e;
            }
        }
        for (int k = first; k < to; k++) {
            char c = t.charAt(k);
            if (!in(x.headFirsts, c)) {
                continue;
            }
            int h = 0;
            while (x.heads[h] != c) {
                h++;
            }
            if (k <= nilCovered) {
                continue; // 无无…信息处理费: the phrase is stated as zero once
            }
            for (Phrase p : x.byHead[h]) {
                int e = p.endStartingAt(t, k, to);
                if (e < 0) {
                    continue;
                }
                nilFigure(i, k, e, p.owner);
                k = e - 1;
                break;
            }
        }
    }

    /**
     * A phrase that names a subject only in a nil statement, right at {@code from} and up to the clause's end
     * or a 、 (本年度无政府信息公开申请。, 无依申请公开事项、行政复议): its end, or -1.
     */
    private int nilOnlyAt(int start, int from, int to) {
        if (!in(x.nilOnlyFirsts, t.charAt(from))) {
            return -1;
        }
        for (Phrase p : x.nilOnlyPhrases) {
            int e = p.endStartingAt(t, from, to);
            if (e >= 0 && (e == t.length() || endsNilScope(t.charAt(e)) || t.charAt(e) == '、')) {
                nilFigure(start, from, e, p.owner);
                return e;
            }
        }
        return -1;
    }

    private void nilFigure(int start, int phraseStart, int end, int subject) {
        nilCovered = phraseStart;
        Fig f = new Fig();
        f.para = para();
        f.start = start;
        f.end = end;
        f.value = BigDecimal.ZERO;
        f.unit = "";
        f.nil = true;
        f.subject = subject;
        f.phraseStart = phraseStart;
        f.phraseEnd = end;
        // the words before the phrase date a zero or make it a part's as they do a figure (上年度未收到,
        // 各乡镇未收到, 第一季度未收到, 网上未收到, 无逾期未办结的…申请)
        context(f, phraseStart);
        if (list != null) {
            f.list = list.id;
        }
        out.figures.add(f);
    }
}
