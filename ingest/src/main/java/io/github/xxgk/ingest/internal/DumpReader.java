package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text whose paragraphs, headings and table cells run together (a crawler's dump): the form's section
 * headings found in it, the tables' regions cut out for {@link DumpTables}, the rest broken into
 * paragraphs at the separators such dumps keep (a space after a sentence or a heading, a run-in
 * numbering after a full stop). Part of the recogniser: it knows the forms, not the source. Not API.
 */
final class DumpReader {

    private DumpReader() {
    }

    /** A table's region of the text. */
    record Region(TableDefinition table, String text, int[] offsets, SourceLocation location) {
    }

    /**
     * Site chrome (the breadcrumb, share buttons, download links) or leaked markup (Word's conditional
     * comments) left out of the report, as printed.
     */
    record Chrome(String text, SourceLocation location) {
    }

    private static final Pattern TITLE_LIKE = Pattern.compile("^(\\S{0,60}?\\d{4}\\s*年\\S{0,10}政府信息公开\\S{0,12}报告)\\s+");
    private static final Pattern TITLE_SPLIT = Pattern.compile(
            "^(\\S{2,30}?)\\s+(\\d{4}\\s*年\\S{0,10}政府信息公开\\S{0,12}报告)\\s+");
    /** A line of words only (no punctuation, no figures): an office's name. */
    private static final Pattern BYLINE = Pattern.compile("^[\\p{IsHan}（）()]+$");
    private static final Pattern DATE_WORD = Pattern.compile(
            "[0-9〇○零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日");
    /** Pieces of prose up to this length (whitespace collapsed) may be headings, numberings or date lines. */
    private static final int SHORT = 60;
    private static final Pattern TOP_NUMBERING = Pattern.compile("^[一二三四五六七八九十]{1,3}、");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:（[一二三四五六七八九十\\d]{1,3}）|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、．])");

    /**
     * Separates the dump's body.
     *
     * @param body the paragraphs of the dump (usually a few very long lines)
     * @param form the form of the report's edition
     * @param indexes the labels of each table
     * @return paragraphs ({@link SourceDocument.Para}) and table regions ({@link Region}) in order
     */
    static List<Object> separate(List<SourceDocument.Block> body, FormDefinition form, Map<TableDefinition, FormIndex> indexes) {
        StringBuilder all = new StringBuilder();
        int size = 0;
        for (SourceDocument.Block b : body) {
            if (b instanceof SourceDocument.Para p) {
                size += p.text().length() + 1;
            }
        }
        int[] offsets = new int[size];
        int count = 0;
        for (SourceDocument.Block b : body) {
            if (b instanceof SourceDocument.Para p) {
                if (all.length() > 0) {
                    all.append('\n');
                    offsets[count] = count == 0 ? 0 : offsets[count - 1] + 1;
                    count++;
                }
                all.append(p.text());
                int[] own = p.offsets();
                int len = p.text().length();
                int given = Math.min(own.length, len);
                System.arraycopy(own, 0, offsets, count, given);
                count += given;
                for (int i = given; i < len; i++) {
                    offsets[count++] = i;
                }
            }
        }
        String text = all.toString();
        int[] off = java.util.Arrays.copyOf(offsets, count);
        List<Object> out = new ArrayList<>();
        // the site's chrome at the article's edges: left out, and said so
        int[] keep = chrome(text);
        List<int[]> cuts = new ArrayList<>();
        cuts.add(new int[] {0, keep[0]});
        int markup = text.indexOf("<!", keep[0]);
        if (markup >= 0 && markup < keep[1]) {
            Matcher leaked = SiteChrome.LEAKED_MARKUP.matcher(text).region(markup, keep[1]);
            while (leaked.find()) {
                cuts.add(new int[] {leaked.start(), leaked.end()});
            }
        }
        cuts.add(new int[] {keep[1], text.length()});
        boolean cutting = cuts.size() > 2 || keep[0] > 0 || keep[1] < text.length();
        StringBuilder kept = new StringBuilder(cutting ? text.length() : 0);
        int[] keptOff = new int[cutting ? off.length : 0];
        int n = 0;
        int at = 0;
        for (int[] cut : cuts) {
            if (cutting && cut[0] > at) {
                // what is kept before this cut, copied at once
                kept.append(text, at, cut[0]);
                System.arraycopy(off, at, keptOff, n, cut[0] - at);
                n += cut[0] - at;
            }
            at = Math.max(at, cut[1]);
            if (cut[1] > cut[0]) {
                String dropped = Texts.collapse(text.substring(cut[0], cut[1]));
                if (!dropped.isEmpty()) {
                    out.add(new Chrome(dropped, new SourceLocation.TextRange(off(off, cut[0]), off(off, cut[1] - 1) + 1)));
                }
            }
        }
        if (cutting) {
            text = kept.toString();
            off = java.util.Arrays.copyOf(keptOff, n);
        }
        Squeezed sq = new Squeezed(text);
        // the form's section headings, in order
        List<int[]> headings = new ArrayList<>(); // original start, original end, section index
        int from = 0;
        List<SectionDefinition> sections = form.sections();
        for (int s = 0; s < sections.size(); s++) {
            SectionDefinition def = sections.get(s);
            int best = -1;
            int bestEnd = -1;
            List<String> titles = new ArrayList<>();
            titles.add(def.title().zh());
            titles.addAll(def.variants());
            for (String t : titles) {
                String k = Keys.of(def.numbering() + t);
                int i = sq.key.indexOf(k, from);
                if (i >= 0 && (best < 0 || i < best || (i == best && i + k.length() > bestEnd))) {
                    best = i;
                    bestEnd = i + k.length();
                }
            }
            if (best < 0) {
                // a misprinted title under the form's numbering
                String number = Keys.of(def.numbering());
                String official = Keys.of(def.title().zh());
                int max = Keys.tolerance(official);
                for (int i = sq.key.indexOf(number, from); i >= 0 && max > 0 && best < 0;
                        i = sq.key.indexOf(number, i + 1)) {
                    int startTitle = i + number.length();
                    int closest = max + 1;
                    for (int len = official.length() - max; len <= official.length() + max; len++) {
                        if (startTitle + len > sq.key.length()) {
                            break;
                        }
                        int d = Keys.distance(sq.key.substring(startTitle, startTitle + len), official, max);
                        if (d <= closest && d <= max) {
                            closest = d;
                            best = i;
                            bestEnd = startTitle + len;
                        }
                    }
                }
            }
            if (best >= 0) {
                headings.add(new int[] {sq.original(best), sq.originalEnd(bestEnd), s});
                from = bestEnd;
            }
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        List<TableDefinition> loose = new ArrayList<>();
        for (TableDefinition t : form.tables()) {
            if (sections.stream().noneMatch(sd -> sd.tables().contains(t.id()))) {
                loose.add(t);
            }
        }
        Cutter cut = new Cutter(text, off, sq, loose, indexes, found);
        int pos = 0;
        for (int h = 0; h <= headings.size(); h++) {
            int end = h < headings.size() ? headings.get(h)[0] : text.length();
            if (h == 0) {
                cut.prose(pos, end, out, true);
            }
            if (h == headings.size()) {
                break;
            }
            int[] head = headings.get(h);
            out.add(para(text, off, head[0], head[1]));
            int next = h + 1 < headings.size() ? headings.get(h + 1)[0] : text.length();
            SectionDefinition def = sections.get(head[2]);
            int cursor = head[1];
            List<TableDefinition> here = new ArrayList<>();
            for (String tableId : def.tables()) {
                here.add(form.table(tableId).orElseThrow());
            }
            for (TableDefinition t : here) {
                int[] span = tableSpan(sq, indexes.get(t), sq.keyIndex(cursor), sq.keyIndex(next));
                if (span == null) {
                    continue;
                }
                cut.prose(cursor, span[0], out, false);
                int[] sub = java.util.Arrays.copyOfRange(off, span[0], span[1]);
                out.add(new Region(t, text.substring(span[0], span[1]), sub,
                        new SourceLocation.TextRange(off(off, span[0]), off(off, span[1] - 1) + 1)));
                cursor = span[1];
            }
            cut.prose(cursor, next, out, false);
            pos = next;
        }
        return out;
    }

    /**
     * The article between the site's chrome: [start, end) of the text, past a leading run of chrome
     * pieces that opens with a {@link SiteChrome#LEADS lead} and before the chrome pieces that end it.
     */
    static int[] chrome(String text) {
        List<int[]> pieces = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Texts.isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Texts.isSpace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                pieces.add(new int[] {s, i});
            }
        }
        int start = 0;
        int first = -1;
        for (int p = 0; p < pieces.size() && pieces.get(p)[0] <= SiteChrome.LEAD_WINDOW; p++) {
            if (SiteChrome.isLead(text.substring(pieces.get(p)[0], pieces.get(p)[1]))) {
                first = p;
                break;
            }
        }
        int from = 0;
        if (first >= 0) {
            int last = first;
            int gap = 0;
            boolean field = false;
            for (int p = first + 1; p < pieces.size() && gap <= SiteChrome.GAP; p++) {
                String piece = text.substring(pieces.get(p)[0], pieces.get(p)[1]);
                if (piece.indexOf('。') >= 0) {
                    break;
                }
                boolean tail = field && SiteChrome.FIELD_TAIL.matcher(piece).matches();
                if (SiteChrome.isChrome(piece) || tail) {
                    last = p;
                    gap = 0;
                    field = SiteChrome.FIELDS.stream().anyMatch(piece::startsWith);
                } else {
                    gap++;
                    field = false;
                }
            }
            start = pieces.get(last)[1];
            from = last + 1;
        }
        int end = n;
        for (int p = pieces.size() - 1; p >= from; p--) {
            if (!SiteChrome.ITEMS.contains(text.substring(pieces.get(p)[0], pieces.get(p)[1]))) {
                break;
            }
            end = pieces.get(p)[0];
        }
        return new int[] {start, Math.max(start, end)};
    }

    private static int off(int[] off, int i) {
        return off.length == 0 ? 0 : off[Math.max(0, Math.min(off.length - 1, i))];
    }

    private static SourceDocument.Para para(String text, int[] off, int start, int end) {
        int[] sub = java.util.Arrays.copyOfRange(off, start, end);
        int s = off(off, start);
        int e = end > start ? off(off, end - 1) + 1 : s;
        return new SourceDocument.Para(text.substring(start, end), new SourceLocation.TextRange(s, e), sub);
    }

    /**
     * The span of a table in the text, as original indexes: from its first label to the end of the
     * value run after its last label, within [from, to) in key positions.
     */
    private static int[] tableSpan(Squeezed sq, FormIndex index, int from, int to) {
        int first = -1;
        int lastLabelEnd = -1;
        int labels = 0;
        int k = from;
        while (k < to) {
            int len = DumpTables.labelAt(index, sq.key, k, to);
            if (len > 0) {
                labels++;
                if (first < 0) {
                    first = k;
                }
                k += len;
                lastLabelEnd = k;
                continue;
            }
            if (first >= 0 && !DumpTables.isValueChar(sq.key.charAt(k))) {
                // text that is neither a label nor a value: the table goes on when a label follows soon,
                // with values in between (a unit, an unknown row label, 其中：…)
                int j = k;
                boolean digits = false;
                while (j < to && j - k <= 120 && DumpTables.labelAt(index, sq.key, j, to) == 0) {
                    digits |= Character.isDigit(sq.key.charAt(j));
                    j++;
                }
                boolean labelFollows = j < to && DumpTables.labelAt(index, sq.key, j, to) > 0;
                if (!labelFollows && allValuesOrUnits(sq.key, k, j)) {
                    // the last cell's unit (…432.52元) where the section ends: still the table's
                    lastLabelEnd = j;
                    break;
                }
                if (!(labelFollows && digits)) {
                    // the table's last rows: the stretches with values (an unknown row, units), not what follows
                    List<DumpTables.Segment> segs = DumpTables.segments(sq.original, sq.original(k),
                            j < to ? sq.original(j) : sq.original.length());
                    int end = -1;
                    for (DumpTables.Segment seg : segs) {
                        if (seg.valuesEnd() > seg.valuesStart() && seg.label().length() <= 30) {
                            end = seg.valuesEnd();
                        } else {
                            break;
                        }
                    }
                    if (end > 0) {
                        lastLabelEnd = sq.keyIndex(end);
                    }
                    break;
                }
                k = j;
                lastLabelEnd = j;
                continue;
            }
            k++;
            if (first >= 0) {
                lastLabelEnd = k;
            }
        }
        if (first < 0) {
            return null;
        }
        return new int[] {sq.original(first), sq.originalEnd(lastLabelEnd), labels, lastLabelEnd};
    }

    /**
     * Prose, with the tables no section holds (the legacy table) cut out of it where a run of their
     * labels is found.
     */
    private record Cutter(String text, int[] offsets, Squeezed sq, List<TableDefinition> loose,
            Map<TableDefinition, FormIndex> indexes, java.util.Set<String> found) {

        void prose(int start, int end, List<Object> out, boolean first) {
            for (TableDefinition t : loose) {
                if (found.contains(t.id())) {
                    continue;
                }
                int[] span = bestSpan(sq, indexes.get(t), sq.keyIndex(start), sq.keyIndex(end));
                if (span != null) {
                    found.add(t.id());
                    int from = headerStart(text, start, span[0]);
                    DumpReader.prose(text, offsets, start, from, out, first);
                    // the table's title numbered as a section of its own (七、…统计表): a heading, not a caption
                    String head = text.substring(from, span[0]);
                    int title = head.indexOf(t.title().zh());
                    if (title >= 0 && TOP_NUMBERING.matcher(head).lookingAt()) {
                        int end2 = from + title + t.title().zh().length();
                        out.add(para(text, offsets, from, end2));
                        from = end2;
                        while (from < span[0] && Texts.isSpace(text.charAt(from))) {
                            from++;
                        }
                    }
                    out.add(new Region(t, text.substring(from, span[1]), java.util.Arrays.copyOfRange(offsets, from, span[1]),
                            new SourceLocation.TextRange(DumpReader.off(offsets, from), DumpReader.off(offsets, span[1] - 1) + 1)));
                    prose(span[1], end, out, false);
                    return;
                }
            }
            DumpReader.prose(text, offsets, start, end, out, first);
        }
    }

    private static boolean allValuesOrUnits(String key, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            if (!DumpTables.isValueChar(c) && DumpTables.UNIT_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The span with the most labels (at least four) in [from, to), in key positions. */
    private static int[] bestSpan(Squeezed sq, FormIndex index, int from, int to) {
        int[] best = null;
        int k = from;
        while (k < to) {
            int[] span = tableSpan(sq, index, k, to);
            if (span == null) {
                break;
            }
            if (span[2] >= 4 && (best == null || span[2] > best[2])) {
                best = span;
            }
            k = Math.max(k + 1, span[3]);
        }
        return best;
    }

    /**
     * Where a table's printed header begins, before its first label: back over the words run together
     * with it (the table's title, headers the form does not name, the year of a column header) up to
     * the end of the last sentence or line.
     */
    private static int headerStart(String text, int floor, int start) {
        int i = start;
        while (i > floor) {
            char c = text.charAt(i - 1);
            if ("。！？；\n".indexOf(c) >= 0) {
                break;
            }
            i--;
        }
        // past a date line that closes the report's text
        Matcher m = DATE_WORD.matcher(text.substring(i, start));
        int cut = i;
        while (m.find()) {
            cut = i + m.end();
        }
        while (cut < start && Texts.isSpace(text.charAt(cut))) {
            cut++;
        }
        return cut;
    }

    /** Breaks prose into paragraphs and heading lines at the dump's separators. */
    private static void prose(String text, int[] off, int start, int end, List<Object> out, boolean first) {
        int s = start;
        while (s < end && Texts.isSpace(text.charAt(s))) {
            s++;
        }
        if (s >= end) {
            return;
        }
        if (first) {
            // the title is among the first characters: only they are matched
            String head = text.substring(s, Math.min(end, s + 200));
            Matcher m = TITLE_LIKE.matcher(head);
            Matcher split = TITLE_SPLIT.matcher(head);
            boolean titled = false;
            if (m.find()) {
                out.add(para(text, off, s, s + m.group(1).length()));
                s += m.end();
                titled = true;
            } else if (split.find()) {
                // a title printed over two lines (平潭综合实验区 / 2013年政府信息公开工作年度报告): joined
                SourceDocument.Para a = para(text, off, s + split.start(1), s + split.end(1));
                SourceDocument.Para b = para(text, off, s + split.start(2), s + split.end(2));
                int[] both = java.util.Arrays.copyOf(a.offsets(), a.offsets().length + b.offsets().length);
                System.arraycopy(b.offsets(), 0, both, a.offsets().length, b.offsets().length);
                SourceLocation.TextRange ra = (SourceLocation.TextRange) a.location();
                SourceLocation.TextRange rb = (SourceLocation.TextRange) b.location();
                out.add(new SourceDocument.Para(a.text() + b.text(), new SourceLocation.TextRange(ra.start(), rb.end()), both));
                s += split.end();
                titled = true;
            }
            if (titled) {
                // the issuing office's line under the title: a short piece without punctuation or figures
                int e = s;
                while (e < end && !Texts.isSpace(text.charAt(e))) {
                    e++;
                }
                String line = text.substring(s, e);
                if (e < end && !line.isEmpty() && line.length() <= 30 && BYLINE.matcher(line).matches()) {
                    out.add(para(text, off, s, e));
                    s = e;
                    while (s < end && Texts.isSpace(text.charAt(s))) {
                        s++;
                    }
                }
            }
        }
        int pieceStart = s;
        // the piece so far with its whitespace collapsed, kept as counts: its length and last two characters
        // (the piece itself is built only while short, where headings, numberings and date lines are)
        int length = 0;
        char last = ' ';
        char second = ' ';
        boolean space = false;
        for (int i = s; i < end; i++) {
            char c = text.charAt(i);
            if (Texts.isSpace(c)) {
                space = length > 0;
                if (length == 0) {
                    continue;
                }
                boolean sentenceEnd = "。！？；）)」".indexOf(last) >= 0 || last == '”' && length >= 2
                        && "。！？".indexOf(second) >= 0;
                boolean heading = false;
                boolean dateLine = false;
                if (length <= SHORT) {
                    String before = Texts.collapse(text.substring(pieceStart, i));
                    Matcher numbered = NUMBERED.matcher(before);
                    heading = numbered.find() && numbered.end() < before.length() && before.length() <= 40
                            && before.indexOf('。') < 0;
                    if (numbered.hitEnd() || (numbered.find(0) && numbered.end() == before.length())) {
                        continue; // a numbering alone: its title follows after the space
                    }
                    dateLine = DATE_WORD.matcher(before).matches();
                }
                // a lead ending with a colon, the numbered items following
                boolean listFollows = last == '：' && i + 1 < end
                        && NUMBERED.matcher(text.substring(i + 1, Math.min(end, i + 8))).lookingAt();
                if (sentenceEnd || heading || dateLine || listFollows || c == '\n') {
                    emit(text, off, pieceStart, i, out);
                    pieceStart = i + 1;
                    length = 0;
                    last = ' ';
                    second = ' ';
                    space = false;
                }
                continue;
            }
            if (i > pieceStart && (text.charAt(i - 1) == '。' || text.charAt(i - 1) == '：') && runIn(text, i)) {
                emit(text, off, pieceStart, i, out);
                pieceStart = i;
                length = 0;
                last = ' ';
                second = ' ';
                space = false;
            }
            if (space) {
                length++;
                second = last;
                last = ' ';
                space = false;
            }
            length++;
            second = last;
            last = c;
        }
        if (pieceStart < end && !Texts.isBlank(text, pieceStart, end)) {
            emit(text, off, pieceStart, end, out);
        }
    }

    /**
     * A piece of prose: a numbered heading whose text runs on without a break is cut from its text
     * where {@link RunInHeadings} says the title ends, before any full stop; the rest is a paragraph.
     */
    private static void emit(String text, int[] off, int start, int end, List<Object> out) {
        int s = start;
        while (s < end && Texts.isSpace(text.charAt(s))) {
            s++;
        }
        Matcher numbering = NUMBERED.matcher(text).region(s, end);
        if (numbering.lookingAt()) {
            int t = numbering.end();
            while (t < end && Texts.isSpace(text.charAt(t))) {
                t++;
            }
            int cut = titleEnd(text, t, end);
            if (cut > t && cut < end) {
                out.add(para(text, off, s, cut));
                emit(text, off, cut, end, out);
                return;
            }
        }
        out.add(para(text, off, s, end));
    }

    /** Where a run-in heading's title that starts at {@code t} ends, or -1 when the piece is no such heading. */
    private static int titleEnd(String text, int t, int end) {
        int limit = Math.min(end, t + RunInHeadings.MAX_TITLE + 1);
        for (int i = t + 2; i < limit; i++) {
            char c = text.charAt(i - 1);
            if (RunInHeadings.STOPS.indexOf(c) >= 0) {
                return -1;
            }
            if (RunInHeadings.ITEM.matcher(text).region(i, end).lookingAt()
                    || RunInHeadings.YEAR.matcher(text).region(i, end).lookingAt()) {
                return i;
            }
            for (String w : RunInHeadings.ENDINGS) {
                if (text.startsWith(w, i - w.length()) && i - w.length() >= t && i < end
                        && RunInHeadings.NOT_AFTER.indexOf(text.charAt(i)) < 0 && !Texts.isSpace(text.charAt(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean runIn(String text, int i) {
        char first = text.charAt(i);
        if (first >= '①' && first <= '⑳') {
            return true;
        }
        if (first != '（') {
            // 一、 or 1、 / 1. opening an item after a full stop
            Matcher m = NUMBERED.matcher(text).region(i, Math.min(text.length(), i + 6));
            return m.lookingAt() && m.end() < text.length() && Character.UnicodeScript.of(text.charAt(m.end()))
                    == Character.UnicodeScript.HAN || m.lookingAt() && m.end() < text.length() && Texts.isSpace(text.charAt(m.end()));
        }
        int close = text.indexOf('）', i);
        if (close < 0 || close - i > 4) {
            return false;
        }
        for (int j = i + 1; j < close; j++) {
            char c = text.charAt(j);
            if ("一二三四五六七八九十".indexOf(c) < 0 && !Character.isDigit(c)) {
                return false;
            }
        }
        return close > i + 1;
    }
}
