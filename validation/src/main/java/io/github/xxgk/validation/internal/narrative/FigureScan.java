package io.github.xxgk.validation.internal.narrative;

import static io.github.xxgk.validation.internal.narrative.Lexicon.*;

import io.github.xxgk.validation.internal.narrative.Extractor.Fig;
import io.github.xxgk.validation.internal.narrative.Extractor.Text;
import java.math.BigDecimal;

/**
 * Reads a figure where the scan meets a digit or a Chinese numeral: the number (with its thousands separators,
 * its decimals and 万), its unit, the subject whose phrase ends before it, and the words around it that tell
 * whether it states the report's cells (a total, another year, a part, a share, a widening phrase). See
 * {@link ScanState} for the layers of the scan. Not API.
 */
abstract class FigureScan extends ConjoinedScan {

    FigureScan(Lexicon x, Text out) {
        super(x, out);
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
            if (digits > 18 || x.approximators.startEndingAt(t, i) >= 0) {
                return j - 1; // 约40件, 超过40件
            }
            whole = v;
            fraction = Math.max(scale, 0);
        } else {
            long total = 0;
            long section = 0;
            long num = 0;
            boolean approximate = x.approximators.startEndingAt(t, i) >= 0 // 约四十件
                    || x.numeralApproximators.startEndingAt(t, i) >= 0; // 数十件, 几百条
            int previous = 0;
            boolean positional = false;
            while (j < n && cnNumeral(t.charAt(j))) {
                char c = t.charAt(j);
                int d = cnDigit(c);
                approximate |= d > 0 && previous > 0; // 三四十件, 五六次
                positional |= d == 0 && previous > 0; // 二〇件: digit by digit, not read
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
            if (approximate || positional) {
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
        String unit = null;
        int bare = NOT_BARE;
        if (u >= n || !in(x.unitFirsts, t.charAt(u))) {
            if (arabic && u == j && u < n && t.charAt(u) == '年' && j - i == 4 && whole >= 1900 && whole <= 2100) {
                sentenceYear = (int) whole;
            }
            bare = tenThousand ? NOT_BARE : bare(i, u);
            if (bare == NOT_BARE) {
                return j - 1;
            }
            unit = ""; // 行政复议、行政诉讼数量均为0。, 行政复议为零。: a figure only of the subjects named
        } else {
            char first = t.charAt(u);
            for (String w : x.units) {
                if (w.charAt(0) == first && t.startsWith(w, u)) {
                    unit = w;
                    break;
                }
            }
            if (unit == null || excludedNumber(i, u, unit)) {
                return j - 1;
            }
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
        if (f.subject < 0 && eaches == 0 && !unit.isEmpty()) {
            subjectAround(f, i, u, end); // 共收到12件政府信息公开申请
        }
        Fig before = f.subject >= 0 && x.after[f.subject] >= 0 ? lastInSentence(x.after[f.subject]) : null;
        if (f.subject >= 0 && x.after[f.subject] >= 0 && before == null) {
            // named by a figure of the sentence before: only at the start of this one (共办结13件)
            before = opening(f.phraseStart) ? lastBefore(x.after[f.subject]) : null;
            if (before == null) {
                f.subject = -1;
            }
        }
        if (!arabic && (f.subject < 0 || f.ambiguous)) {
            return j - 1; // 一件事、一次性: a Chinese numeral is a figure only x.after its subject
        }
        if ((bare == BARE_EACH && eaches == 0) || (bare == BARE_COPULA && (f.subject < 0 || f.ambiguous))) {
            return j - 1;
        }
        f.para = para();
        f.depth = depth;
        f.share = share(end);
        context(f, i);
        if (before != null) {
            // 各区县共收到…申请2,101件，办结2,058件: a bare 办结 is of the body and year of the figure it follows
            f.other |= before.other;
            f.past |= before.past;
        }
        if (f.subject >= 0) {
            f.widened = widened(f.subject, end); // 含上年结转
        }
        if (list != null && f.subject >= 0 && x.bindings[f.subject] != null && x.partOf[f.subject] < 0 && list.total != null
                && list.total.subject >= 0 && list.total.subject != f.subject && depth <= listDepth) {
            closeList(i); // 共收到申请36件，其中自然人34件，法人2件，办结36件: 办结 is no part
        }
        if (list == null) {
            organ(f); // 县政府办公室收到…申请10件 in the county government's report
        }
        if (list != null) {
            f.list = list.id;
            f.whole = list.total;
            f.nested = depth > listDepth;
            if (!f.nested) {
                list.mixed |= list.enumerated && list.comma;
                list.channels |= marked(i, x.channelWords); // 其中通过政府网站公开3400条，政府公报公开20条
                bodies(i); // 其中市政府312件
                list.parts++;
                list.lastPartEnd = end;
            }
        }
        addEaches(f);
        out.figures.add(f);
        return end - 1;
    }

    /** How a number without a unit may still be a figure: not at all, of each conjoined subject, of one subject. */
    private static final int NOT_BARE = 0;
    private static final int BARE_EACH = 1;
    private static final int BARE_COPULA = 2;

    /**
     * Whether a number without a unit may still be a figure: at the end of its clause, right after an each marker
     * (行政复议、行政诉讼均为0。) or a copula (行政复议为零。), where the subjects before name what is counted.
     */
    private int bare(int start, int after) {
        if (after < t.length() && !endsNilScope(t.charAt(after))) {
            return NOT_BARE;
        }
        if (x.eachMarkers.startEndingAt(t, start) >= 0) {
            return BARE_EACH;
        }
        return x.bareCopulas.startEndingAt(t, start) >= 0 ? BARE_COPULA : NOT_BARE;
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
                    || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || x.ordinals.startEndingAt(t, start) >= 0) {
                return true; // an identifier, a path, a date; 第3条
            }
        }
        int afterUnit = unitAt + unit.length();
        if (afterUnit < t.length()) {
            char a = t.charAt(afterUnit);
            if (a == '/' || a == '@' || a == '.') {
                return true; // 3件/月, an address
            }
        }
        return x.rateMarkers.startsAt(t, afterUnit) || x.bounds.startsAt(t, afterUnit)
                || x.notUnits.startsAt(t, unitAt); // 3件每月; 10件以内; 3个月, 《条例》
    }

    /** Finds the subject that ends at the number, past at most a few filler chars. */
    void subject(Fig f, int numberStart) {
        int pos = numberStart;
        eaches = 0;
        if (nextRespective(f, numberStart)) {
            return; // the 1件 of 行政复议、行政诉讼分别为2件、1件
        }
        boolean each = false;
        for (int skipped = 0; ; skipped++) {
            if (subjectEndingAt(f, pos)) {
                if (each) {
                    eachOf(f);
                }
                return;
            }
            int marker = each ? -1 : x.eachMarkers.startEndingAt(t, pos);
            if (marker >= 0) {
                each = true; // 行政诉讼数量均为0
                pos = marker;
                continue;
            }
            int respectively = each ? -1 : x.respectively.startEndingAt(t, pos);
            if (respectively >= 0) {
                respectively(f, respectively, numberStart); // 行政复议、行政诉讼分别为2件、1件
                return;
            }
            if (pos == 0 || skipped == MAX_FILLERS || x.fillers.indexOf(t.charAt(pos - 1)) < 0) {
                return;
            }
            pos--;
        }
    }

    /**
     * 共收到12件政府信息公开申请, 发生1起行政复议案件: when no subject ends at the number, the subject whose phrase ends,
     * past filler chars, at the clause's end, ideographs only after the unit, read with the figure taken out
     * (共收到政府信息公开申请); the phrase may start before the number, or after it right at the unit or past a narrowing
     * word only (1起政府信息公开行政复议案件). Not so in a list but for a part (其中1件维持) or a subject named after the
     * list's whole (其中10件已办结), nor past a word of a part after the unit (12个乡镇的…申请).
     */
    private void subjectAround(Fig f, int numberStart, int unitStart, int end) {
        int n = t.length();
        int clauseEnd = end;
        while (clauseEnd < n && Phrase.gapChar(chars[clauseEnd])) {
            clauseEnd++;
            if (clauseEnd - end > 2 * Phrase.MAX_GAP) {
                return;
            }
        }
        if (clauseEnd == end || (clauseEnd < n && !endsClause(x.classes[chars[clauseEnd]]))) {
            return; // nothing after the unit, or more than a clause's words (12件（含…）, 2件和3件)
        }
        String around = t.substring(clauseStart, numberStart).concat(t.substring(end, clauseEnd));
        char[] cs = around.toCharArray();
        int joint = numberStart - clauseStart;
        for (int e = cs.length, skipped = 0; e > joint; e--, skipped++) {
            if (subjectEndingIn(f, around, cs, e)) {
                f.phraseStart = f.phraseStart < joint ? clauseStart + f.phraseStart : end + f.phraseStart - joint;
                f.phraseEnd = end + e - joint;
                if ((list != null && x.partOf[f.subject] < 0 && !afterTheWhole(f.subject))
                        || anyBetween(unitStart, f.phraseEnd, x.otherWords) || (f.phraseStart >= end && !atUnit(f.phraseStart, end))) {
                    // 其中2件行政复议: a part of the list's whole; 收到12个部门的申请: what is counted is other; 更新了
                    // 20个栏目的主动公开政府信息, 3件涉及行政复议: the phrase is no noun of the figure
                    f.subject = -1;
                }
                return;
            }
            if (skipped == MAX_FILLERS || x.fillers.indexOf(cs[e - 1]) < 0) {
                return;
            }
        }
    }

    /**
     * Whether a phrase starting at {@code start} starts at the unit's end {@code end}, or right past opening words
     * (10件已办结) or a narrowing word (1起政府信息公开行政复议案件).
     */
    private boolean atUnit(int start, int end) {
        int k = pastOpenings(end, start);
        if (k == start) {
            return true;
        }
        String w = x.narrowingWords.longestAt(t, k);
        return w != null && k + w.length() == start;
    }

    /**
     * Whether a subject is one named only after the subject of the open list's whole (其中10件已办结 after the requests
     * received): the normal reading takes it there too (其中已办结10件), and it ends the list.
     */
    private boolean afterTheWhole(int subject) {
        return x.after[subject] >= 0 && list.total != null && list.total.subject >= 0
                && x.meaning[list.total.subject] == x.meaning[x.after[subject]];
    }

    @Override
    boolean subjectEndingAt(Fig f, int e) {
        if (!subjectEndingIn(f, t, chars, e)) {
            return false;
        }
        f.ambiguous |= conjoined(f.phraseStart);
        return true;
    }

    /**
     * Finds the subject whose phrase ends right before {@code e} in a text ({@code cs} its chars): sets the figure's
     * subject, phrase and whether its phrase names more than one subject; returns whether one was found.
     */
    private boolean subjectEndingIn(Fig f, String t, char[] chars, int e) {
        if (e == 0) {
            return false;
        }
        char last = t.charAt(e - 1);
        if (!in(x.phraseLasts, last)) {
            return false; // most chars end no phrase: one load decides
        }
        PhraseGroup group = x.byLast[java.util.Arrays.binarySearch(x.lastKeys, last)];
        Phrase[] phrases = group.phrases;
        // the phrases that could name the figure's subject here, matched together
        boolean money = money(f.unit);
        int wanted = 0;
        for (int k = 0; k < phrases.length; k++) {
            int owner = phrases[k].owner;
            if (money == x.moneySubjects[owner] && (x.after[owner] < 0 || lastBefore(x.after[owner]) != null)
                    && (x.partOf[owner] < 0 || partOfList(x.partOf[owner]))) {
                wanted |= 1 << k;
            }
        }
        int matched = wanted == 0 ? 0 : group.startsEndingAt(t, chars, e, wanted, starts);
        if (matched == 0) {
            return false;
        }
        int found = -1;
        int start = -1;
        boolean ambiguous = false;
        for (int rest = matched; rest != 0; rest &= rest - 1) {
            int k = Integer.numberOfTrailingZeros(rest);
            int owner = phrases[k].owner;
            if (found >= 0 && found != owner) {
                ambiguous = true;
            }
            start = Math.max(start, starts[k]);
            found = found < 0 ? owner : found;
        }
        f.subject = found;
        f.phraseStart = start;
        f.phraseEnd = e;
        ownersAmbiguous = ambiguous;
        f.ambiguous = ambiguous;
        return true;
    }

    /**
     * Whether a figure here is a part in the open list of a whole of the subject {@code whole} (or of one of the same
     * name, or of one standing for it), outside parentheses nested in the list, no whole whose parts are named alike before it in the sentence:
     * 收到申请5件，其中自然人申请4件.
     */
    private boolean partOfList(int whole) {
        if (list == null || list.total == null || list.total.subject < 0 || depth > listDepth
                || !x.namesWhole(list.total.subject, whole)) {
            return false;
        }
        // 行政复议2件，行政诉讼1件，其中维持2件: which whole the parts break down is not told
        for (int f = sentenceFirstFig; f < out.figures.size(); f++) {
            Fig g = out.figures.get(f);
            if (g == list.total) {
                break;
            }
            if (g.list < 0 && g.subject >= 0 && x.rivals(g.subject, whole)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a figure's unit is one of money. */
    static boolean money(String unit) {
        return unit.equals("元") || unit.equals("万元");
    }

    /** Whether a share marker (占) follows the figure in its clause. */
    boolean share(int end) {
        int k = end;
        if (k < t.length() && (t.charAt(k) == '，' || t.charAt(k) == ',')) {
            k++;
        }
        return x.shareWords.startsAt(t, k);
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
        boolean deciding = false;
        final char[] buf = chars;
        final long[] firsts = x.contextFirsts;
        for (int k = Math.min(pastFrom, totalFrom); k < numberStart; k++) {
            char c = buf[k];
            if ((firsts[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            if (k < before && k >= pastFrom) {
                past = pastAfter(k, past);
                if (!deciding && x.decidingWords.mayStart(c) && x.decidingWords.startsAt(t, k)) {
                    deciding = true; // 本机关作为复议机关，…办理…行政复议案件15件
                }
            }
            // each set's first chars tested before its words are (the union above lets most chars by)
            if (k < before && k >= partFrom) {
                if ((x.otherWords.mayStart(c) && x.otherWords.startsAt(t, k))
                        || (x.channelWords.mayStart(c) && x.channelWords.startsAt(t, k))) {
                    part = true;
                } else if (part && x.openEndedWords.mayStart(c) && x.openEndedWords.startsAt(t, k)) {
                    part = false;
                }
            }
            if (!total && k >= totalFrom && x.totalWords.mayStart(c) && x.totalWords.startsAt(t, k)) {
                total = true;
            }
        }
        f.totalMarked = total;
        f.past = past || otherYear();
        f.other = part || deciding;
    }

    @Override
    boolean widened(int subject, int end) {
        Words words = x.wideningWords[subject];
        if (words == null) {
            return false;
        }
        int n = t.length();
        int clauseEnd = end;
        while (clauseEnd < n && clauseEnd < end + 2 * Phrase.MAX_GAP && !endsClause(x.classes[chars[clauseEnd]])) {
            clauseEnd++;
        }
        return wordIn(words, clauseStart, clauseEnd, true); // 含上年结转, not 不含上年结转
    }
}
