package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A table's region of run-together text into rows: its labels found through the form's labels, the
 * value run after each row label split into the row's cells. Spaces in a run are cell boundaries; a
 * run with as many tokens as cells is taken as printed; otherwise every split into numbers without
 * leading zeros ({@link DigitRuns}) is tried against the table's error-level relations (row totals, column
 * totals, the 表三 identity, 表四 sums; {@link SplitChoice}). Exactly one consistent split is taken and noted
 * (READ-SPLIT); several leave the row's cells blank with the alternatives listed (READ-SPLIT-AMBIGUOUS). Not
 * API.
 */
final class DumpTables {

    private DumpTables() {
    }

    /** The characters of the units of the forms (条, 件, 万元, …), from {@link Unit}. */
    static final String UNIT_CHARS;
    /** The units' labels, longest first. */
    static final List<String> UNITS;

    static {
        StringBuilder chars = new StringBuilder();
        List<String> units = new ArrayList<>();
        for (Unit u : Unit.values()) {
            String zh = u.label().zh();
            if (!zh.isEmpty()) {
                units.add(zh);
                chars.append(zh);
            }
        }
        units.sort(java.util.Comparator.comparingInt(String::length).reversed());
        UNIT_CHARS = chars.toString();
        UNITS = List.copyOf(units);
    }

    private static final java.util.regex.Pattern NUMBERING_TAIL = java.util.regex.Pattern.compile(
            "(?:(?:其中[：:]?)?(?:(?<!\\d)[1-9]\\d[、.．]|[1-9][、.．]|（[一二三四五六七八九十]{1,3}）)|其中[：:]?)$");

    /**
     * Where {@link #NUMBERING_TAIL} matches at the end of text[start, stop), as {@code find} on that
     * substring would find it, or -1. A match is at most 8 characters, before at most a line terminator
     * of two, so only the last 10 are searched; the character before them is what the lookbehind sees
     * there, as in the substring.
     */
    private static int numberingTail(String text, int start, int stop) {
        int from = Math.max(start, stop - 10);
        // a match ends in 、 . ． ） 中 ： or :, at the end or before a line terminator (of one or two)
        boolean may = false;
        for (int i = Math.max(from, stop - 3); i < stop && !may; i++) {
            char c = text.charAt(i);
            may = c == '、' || c == '.' || c == '．' || c == '）' || c == '中' || c == '：' || c == ':';
        }
        if (!may) {
            return -1;
        }
        Matcher m = NUMBERING_TAIL.matcher(text).region(from, stop).useTransparentBounds(from > start);
        return m.find() ? m.start() : -1;
    }

    /** The length of the longest label of the table at key position k (0 when none). */
    static int labelAt(FormIndex index, String key, int k, int to) {
        if (k >= key.length() || !index.mayStart(key, k)) {
            return 0;
        }
        List<String> labels = index.byFirst.get(key.charAt(k));
        if (labels == null) {
            return 0;
        }
        for (String label : labels) {
            int len = label.length();
            // the second character compared first: most labels sharing the first differ there
            if (k + len <= to && (len == 1 || k + 1 < key.length() && key.charAt(k + 1) == label.charAt(1))
                    && key.startsWith(label, k)) {
                return len;
            }
        }
        return 0;
    }

    /** Whether a (key) character can be part of a value run. */
    static boolean isValueChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '/' || c == '-' || c == '+';
    }

    private record Token(boolean label, String key, int start, int end) {
    }

    /** A row whose values are still to be split: its printed chunks, the columns they fill, and where each char was. */
    record Pending(Optional<FormIndex.RowRef> row, String label, String unit, List<FormIndex.ColumnRef> columns,
            List<String> chunks, List<int[]> chunkAt, SourceLocation at, int[] source) {

        /**
         * Where each cell's digits were printed, when the cells are the run's characters in order (a split
         * or one chunk per cell); otherwise the whole run for each.
         */
        List<SourceLocation> cellsAt(String[] chosen) {
            List<SourceLocation> out = new ArrayList<>();
            if (!inOrder(chosen)) {
                for (int i = 0; i < chosen.length; i++) {
                    out.add(at);
                }
                return out;
            }
            int g = 0;
            for (String c : chosen) {
                out.add(new SourceLocation.TextRange(source[g], source[g + c.length() - 1] + 1));
                g += c.length();
            }
            return out;
        }

        /**
         * Whether the cells, none of them empty and at least one, are the chunks' characters in order,
         * each located in {@link #source}.
         */
        private boolean inOrder(String[] chosen) {
            int total = 0;
            for (String c : chunks) {
                total += c.length();
            }
            if (chosen.length == 0 || source.length != total) {
                return false;
            }
            int chunk = 0;
            int at = 0;
            for (String c : chosen) {
                if (c.isEmpty()) {
                    return false;
                }
                for (int i = 0; i < c.length(); i++) {
                    while (chunk < chunks.size() && at == chunks.get(chunk).length()) {
                        chunk++;
                        at = 0;
                    }
                    if (chunk == chunks.size() || chunks.get(chunk).charAt(at) != c.charAt(i)) {
                        return false;
                    }
                    at++;
                }
            }
            while (chunk < chunks.size() && at == chunks.get(chunk).length()) {
                chunk++;
                at = 0;
            }
            return chunk == chunks.size();
        }
    }

    /**
     * Reads a region.
     *
     * @param region the table's text and offsets
     * @param index the table's labels
     * @param stated what the report's text states of single cells (settles a run the relations do not)
     * @return the table, notes and cell locations
     */
    static GridReader.Result read(DumpReader.Region region, FormIndex index, StatedFigures stated) {
        TableDefinition def = region.table();
        String text = region.text();
        int[] off = region.offsets();
        Squeezed sq = new Squeezed(text);
        List<Token> tokens = new ArrayList<>();
        int k = 0;
        int gapStart = 0;
        while (k < sq.key.length()) {
            int len = labelAt(index, sq.key, k, sq.key.length());
            if (len > 0) {
                if (k > gapStart) {
                    tokens.add(new Token(false, sq.key.substring(gapStart, k), sq.original(gapStart), sq.original(k)));
                }
                tokens.add(new Token(true, sq.key.substring(k, k + len), sq.original(k), sq.originalEnd(k + len)));
                k += len;
                gapStart = k;
            } else {
                k++;
            }
        }
        if (gapStart < sq.key.length()) {
            tokens.add(new Token(false, sq.key.substring(gapStart), sq.original(gapStart), text.length()));
        }
        tokens = embedded(text, tokens);
        List<Note> notes = new ArrayList<>();
        List<Pending> rows = new ArrayList<>();
        Optional<BlockDefinition> block = Optional.empty();
        List<String> parents = new ArrayList<>();
        // the form rows read so far, in order: a label two rows share (被依法纠错数 under 四、 and under 五、) is
        // the one under the row read last
        List<RowDefinition> read = new ArrayList<>();
        boolean labelledRows = index.rows.stream().filter(x -> x.row().hasCells()).count() > 1;
        boolean inHeader = labelledRows;
        java.util.Set<String> extensionsSeen = new java.util.HashSet<>();
        Map<String, String> headers = new LinkedHashMap<>();
        String caption = "";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.label() && index.columnsByKey.containsKey(t.key()) && inHeader) {
                // a column header; a year run into it (2013年度) is part of what was printed
                int s0 = t.start();
                while (s0 > 0 && Character.isDigit(text.charAt(s0 - 1))) {
                    s0--;
                }
                for (FormIndex.ColumnRef c : index.columnsByKey.get(t.key())) {
                    headers.putIfAbsent(c.column().id(), Texts.collapse(text.substring(s0, t.end())));
                    if (c.column().extension()) {
                        extensionsSeen.add(c.column().id());
                    }
                }
                continue;
            }
            if (!t.label() && inHeader) {
                // header text the form does not name (指标名称, 计量单位), a year; the table's title, its caption
                String printed = Texts.collapse(text.substring(t.start(), t.end()));
                int at = caption.isEmpty() ? printed.indexOf(def.title().zh()) : -1;
                if (at >= 0) {
                    caption = printed.substring(0, at + def.title().zh().length());
                }
                continue;
            }
            if (t.label()) {
                BlockDefinition captioned = index.captions.get(t.key());
                if (captioned != null) {
                    block = Optional.of(captioned);
                    continue;
                }
                List<FormIndex.RowRef> refs = index.rowsByKey.getOrDefault(t.key(), List.of());
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean valuesFollow = next != null && !next.label() && startsWithValue(next.key());
                if (!refs.isEmpty() && valuesFollow) {
                    inHeader = false;
                    FormIndex.RowRef ref = pick(refs, parents, block, read);
                    read.add(ref.row());
                    List<Segment> segs = segments(text, next.start(), next.end());
                    for (int sIdx = 0; sIdx < segs.size(); sIdx++) {
                        Segment seg = segs.get(sIdx);
                        Token values = new Token(false, Keys.of(text.substring(seg.valuesStart(), seg.valuesEnd())),
                                seg.valuesStart(), seg.valuesEnd());
                        if (sIdx == 0) {
                            rows.add(pending(index, Optional.of(ref), printedLabel(text, t, tokens, i), ref.block(),
                                    text, off, values, extensionsSeen));
                        } else if (seg.valuesEnd() > seg.valuesStart() || !seg.label().isEmpty()) {
                            rows.add(pending(index, Optional.empty(), seg.label(), ref.block(), text, off, values, extensionsSeen));
                        }
                    }
                    i++;
                } else if (!refs.isEmpty()) {
                    parents.add(t.key());
                }
                continue;
            }
            // a gap: values without a row label (表四's one row), or an unknown label followed by values
            String key = t.key();
            int v = 0;
            while (v < key.length() && !isValueChar(key.charAt(v))) {
                v++;
            }
            boolean hasValues = v < key.length();
            if (!hasValues) {
                notes.add(Note.table("READ-COLUMN-UNKNOWN", Severity.WARNING, "read.column_unknown", def.id(),
                        Texts.collapse(text.substring(t.start(), t.end())), "", at(off, t.start(), t.end())));
                continue;
            }
            BlockDefinition b = block.orElse(def.blocks().get(0));
            if (v == 0) {
                List<FormIndex.RowRef> single = index.rows.stream().filter(x -> x.row().hasCells()).toList();
                if (single.size() == 1) {
                    rows.add(pending(index, Optional.of(single.get(0)), "", single.get(0).block(), text, off, t, extensionsSeen));
                    continue;
                }
            }
            // an unknown label (or several) with their values: label, unit, values, …
            String lead = "";
            int s0 = t.start();
            while (s0 < t.end() && !valueAt(text, s0) && unitAt(text, s0, t.end()) == 0) {
                s0++;
            }
            int labelEnd = s0;
            while (labelEnd > t.start() && Texts.isSpace(text.charAt(labelEnd - 1))) {
                labelEnd--;
            }
            lead = Texts.collapse(text.substring(t.start(), labelEnd));
            List<Segment> segs = segments(text, s0, t.end());
            for (int sIdx = 0; sIdx < segs.size(); sIdx++) {
                Segment seg = segs.get(sIdx);
                String label = sIdx == 0 ? lead : seg.label();
                if (label.isEmpty() && seg.valuesEnd() <= seg.valuesStart()) {
                    continue; // nothing printed
                }
                Token values = new Token(false, Keys.of(text.substring(seg.valuesStart(), seg.valuesEnd())),
                        seg.valuesStart(), seg.valuesEnd());
                rows.add(pending(index, Optional.empty(), label.isEmpty() ? "（无名称）" : label, b, text, off, values,
                        extensionsSeen));
            }
        }
        List<GridReader.ResolvedRow> resolved = DigitRuns.split(def, rows, notes, stated);
        return GridReader.readResolved(def, index, resolved, notes, headers, caption);
    }

    /** A stretch of a value run: the label printed before it (empty for the row's own), and its values. */
    record Segment(String label, int labelStart, int valuesStart, int valuesEnd) {
    }

    private static boolean valueAt(String text, int i) {
        char c = text.charAt(i);
        if (Texts.isSpace(c)) {
            return false;
        }
        return isValueChar(Keys.fold(c, (char) 0)); // the key of the character alone
    }

    /** Whether the unit at a place of the text is a unit of money (元, 万元). */
    private static boolean money(String text, int i, int length) {
        String u = text.substring(i, i + length);
        for (io.github.xxgk.core.MoneyUnit m : io.github.xxgk.core.MoneyUnit.values()) {
            if (m.label().zh().equals(u)) {
                return true;
            }
        }
        return false;
    }

    private static int unitAt(String text, int i, int end) {
        if (UNIT_CHARS.indexOf(text.charAt(i)) < 0) {
            return 0; // no unit starts with this character
        }
        for (String u : UNITS) {
            if (text.startsWith(u, i)) {
                int after = i + u.length();
                if (after >= end || Texts.isSpace(text.charAt(after)) || valueAt(text, after)) {
                    return u.length();
                }
            }
        }
        return 0;
    }

    /**
     * The stretches of a gap between two labels of the form: the values of the row before, then any
     * rows the form does not name ({@code 3、电子邮件申请数 条 0 0}), each a label, a unit and values; the
     * numbering of the next label ({@code 其中：1、}) excluded.
     */
    static List<Segment> segments(String text, int start, int end) {
        int stop = end;
        while (stop > start && Texts.isSpace(text.charAt(stop - 1))) {
            stop--;
        }
        int tail = numberingTail(text, start, stop);
        if (tail > start) {
            stop = tail;
        }
        List<Segment> out = new ArrayList<>();
        int pos = start;
        String label = "";
        int labelStart = start;
        while (pos < stop) {
            while (pos < stop && Texts.isSpace(text.charAt(pos))) {
                pos++;
            }
            int vs = pos;
            while (pos < stop) {
                char c = text.charAt(pos);
                int u = unitAt(text, pos, stop);
                if (valueAt(text, pos) && isNumbering(text, pos, stop)) {
                    break; // 3、电子邮件申请数: the numbering of a row label, not a value
                }
                if (Texts.isSpace(c) || valueAt(text, pos)) {
                    pos++;
                } else if (u > 0 && (pos == vs || Texts.isSpace(text.charAt(pos - 1)))) {
                    pos += u;
                } else if (u > 0 && pos > vs && Character.isDigit(text.charAt(pos - 1)) && money(text, pos, u)) {
                    pos += u; // a unit of money written after its figure (3456.78万元): the figure's
                } else {
                    break;
                }
            }
            int ve = pos;
            while (ve > vs && Texts.isSpace(text.charAt(ve - 1))) {
                ve--;
            }
            if (ve > vs || !label.isEmpty() || out.isEmpty()) {
                out.add(new Segment(label, labelStart, vs, ve));
            }
            if (pos >= stop) {
                break;
            }
            labelStart = pos;
            while (pos < stop) {
                int u = unitAt(text, pos, stop);
                if (pos > labelStart && u > 0 && pos + u < stop && valueAt(text, pos + u)) {
                    break; // 条00: the unit and values after the label
                }
                if (pos > labelStart && valueAt(text, pos) && !isNumbering(text, pos, stop)
                        && !Character.isDigit(text.charAt(pos - 1))) {
                    break;
                }
                if (Texts.isSpace(text.charAt(pos))) {
                    int n = pos;
                    while (n < stop && Texts.isSpace(text.charAt(n))) {
                        n++;
                    }
                    if (n >= stop || valueAt(text, n) || unitAt(text, n, stop) > 0) {
                        break;
                    }
                }
                pos++;
            }
            label = Texts.collapse(text.substring(labelStart, pos));
        }
        return out;
    }

    /**
     * A form label printed inside a longer label the form does not know ({@code 信函、传真申请数} holds
     * {@code 传真申请数}) is not that row: the text run into it before, the label and the values after
     * become one gap, an unknown row.
     */
    private static List<Token> embedded(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.label() && !out.isEmpty() && !out.get(out.size() - 1).label() && i + 1 < tokens.size()
                    && !tokens.get(i + 1).label()) {
                Token gap = out.get(out.size() - 1);
                int tail = t.start();
                while (tail > gap.start() && !Texts.isSpace(text.charAt(tail - 1))) {
                    tail--;
                }
                // back to the last value run into the words (0 0 3、信函、): the words start after it
                int words = t.start();
                while (words > tail && !valueAt(text, words - 1)) {
                    words--;
                }
                while (words > tail && valueAt(text, words - 1) && isNumbering(text, words - 1, t.start())) {
                    words--;
                }
                String run = text.substring(words, t.start());
                boolean hasWords = run.chars().anyMatch(Character::isLetter);
                if (hasWords && numberingTail(text, words, t.start()) < 0) {
                    tail = words;
                    Token next = tokens.get(i + 1);
                    out.set(out.size() - 1, new Token(false, Keys.of(text.substring(gap.start(), tail)), gap.start(), tail));
                    out.add(new Token(false, Keys.of(text.substring(tail, next.end())), tail, next.end()));
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        out.removeIf(x -> !x.label() && x.end() <= x.start());
        return out;
    }

    /** Whether digits at i are followed by 、 or ． and then text: a numbering such as 3、. */
    private static boolean isNumbering(String text, int i, int end) {
        int j = i;
        while (j < end && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j == i || j >= end - 1 || j - i > 2 || text.charAt(i) == '0') {
            return false;
        }
        char c = text.charAt(j);
        return (c == '、' || c == '．') && !valueAt(text, j + 1) && !Texts.isSpace(text.charAt(j + 1));
    }

    private static boolean startsWithValue(String key) {
        String k = key.substring(unitLength(key));
        return !k.isEmpty() && isValueChar(k.charAt(0));
    }

    /** The length of a unit the key starts with (条 in 条72804), 0 when none. */
    private static int unitLength(String key) {
        for (String u : UNITS) {
            if (key.startsWith(u) && key.length() > u.length() && isValueChar(key.charAt(u.length()))) {
                return u.length();
            }
        }
        return 0;
    }

    /** A row label as printed, with the numbering run into the previous values (其中：1、) when the label matched without it. */
    private static String printedLabel(String text, Token t, List<Token> tokens, int i) {
        int start = t.start();
        if (i > 0 && !tokens.get(i - 1).label()) {
            // the gap before ends with this label's numbering when the values ran into it: 72804 76424其中：1、
            int tail = numberingTail(text, tokens.get(i - 1).start(), t.start());
            if (tail >= 0) {
                start = tail;
            }
        }
        return Texts.collapse(text.substring(start, t.end()));
    }

    private static SourceLocation at(int[] off, int start, int end) {
        if (off.length == 0) {
            return new SourceLocation.TextRange(0, 0);
        }
        int s = off[Math.min(off.length - 1, start)];
        int e = end > start ? off[Math.min(off.length - 1, end - 1)] + 1 : s;
        return new SourceLocation.TextRange(s, Math.max(s, e));
    }

    /**
     * The form row a label names, of the rows that share it: the one whose parents were printed (as
     * headings without values), in the current block; then the one under the row with values read last;
     * then one not read yet; then the first.
     */
    private static FormIndex.RowRef pick(List<FormIndex.RowRef> refs, List<String> parents,
            Optional<BlockDefinition> block, List<RowDefinition> read) {
        FormIndex.RowRef best = refs.get(0);
        int bestScore = -1;
        int bestRecency = -2;
        boolean bestFresh = false;
        for (FormIndex.RowRef ref : refs) {
            int s = 0;
            int recency = -1;
            for (RowDefinition p : ref.parents()) {
                if (FormIndex.keysOf(p).stream().anyMatch(parents::contains)) {
                    s += 2;
                }
                recency = Math.max(recency, read.lastIndexOf(p));
            }
            if (block.isPresent() && block.get() == ref.block()) {
                s += 3;
            }
            boolean fresh = !read.contains(ref.row());
            if (s > bestScore || s == bestScore && (recency > bestRecency || recency == bestRecency && fresh && !bestFresh)) {
                bestScore = s;
                bestRecency = recency;
                bestFresh = fresh;
                best = ref;
            }
        }
        return best;
    }

    private static Pending pending(FormIndex index, Optional<FormIndex.RowRef> row, String label, BlockDefinition block,
            String text, int[] off, Token given, java.util.Set<String> extensions) {
        List<FormIndex.ColumnRef> columns = new ArrayList<>();
        for (ColumnDefinition c : index.leafColumns(block)) {
            if (!c.extension() || extensions.contains(c.id())) {
                columns.add(new FormIndex.ColumnRef(c, List.of(), block));
            }
        }
        // a unit printed before the values (the 计量单位 column)
        String unit = "";
        Token values = given;
        int skip = 0;
        while (skip < text.length() - values.start() && values.start() + skip < values.end()
                && Texts.isSpace(text.charAt(values.start() + skip))) {
            skip++;
        }
        String rest = Keys.of(text.substring(values.start() + skip, values.end()));
        int u = unitLength(rest);
        if (u > 0) {
            unit = rest.substring(0, u);
            int startAfter = values.start() + skip + u;
            values = new Token(false, rest.substring(u), startAfter, values.end());
        }
        // the run's space-separated chunks, each with its original span
        List<String> chunks = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = values.start();
        while (i < values.end()) {
            while (i < values.end() && Texts.isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < values.end() && !Texts.isSpace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                chunks.add(text.substring(s, i));
                spans.add(new int[] {s, i});
            }
        }
        if (unit.isEmpty()) {
            dashedUnit(chunks, spans, columns.size());
        }
        if (columns.stream().anyMatch(c -> c.column().kind().orElse(ValueKind.COUNT) == ValueKind.SIGNED_COUNT)) {
            signs(chunks, spans);
        }
        int n = 0;
        for (int[] sp : spans) {
            n += sp[1] - sp[0];
        }
        int[] source = new int[off.length == 0 ? 0 : n];
        if (off.length > 0) {
            int k = 0;
            for (int[] sp : spans) {
                for (int j = sp[0]; j < sp[1]; j++) {
                    source[k++] = off[Math.min(off.length - 1, j)];
                }
            }
        }
        return new Pending(row, label, unit, columns, chunks, spans, at(off, values.start(), values.end()), source);
    }

    /**
     * The “——” a heading or subtotal row of the legacy table prints under 单位 before the “——” under
     * 统计数, separated ({@code —— ——}) or run together ({@code ————}): the unit column's, no figure, so
     * left out of the row's cells (they were taken for a run of figures to split, and reported ambiguous,
     * or for text in the value cell). Only a run of dashes alone, one more than the row has columns (two
     * dashes each, when run together).
     */
    private static void dashedUnit(List<String> chunks, List<int[]> spans, int columns) {
        if (chunks.isEmpty() || !chunks.stream().allMatch(DumpTables::dashes)) {
            return;
        }
        if (chunks.size() == columns + 1) {
            chunks.remove(0);
            spans.remove(0);
        } else if (chunks.size() == 1 && columns == 1 && chunks.get(0).length() == 4) {
            int[] sp = spans.get(0);
            chunks.set(0, chunks.get(0).substring(2));
            spans.set(0, new int[] {sp[0] + 2, sp[1]});
        }
    }

    /**
     * A sign after a digit inside a chunk starts a figure of its own, in a row with a signed column (the
     * 2019 trial's 本年增/减: {@code 18-1} is 18 and −1, {@code 320+5} 320 and +5), as a space would.
     */
    private static void signs(List<String> chunks, List<int[]> spans) {
        for (int i = 0; i < chunks.size(); i++) {
            String c = chunks.get(i);
            for (int k = 1; k < c.length(); k++) {
                char sign = Keys.fold(c.charAt(k), (char) 0);
                char before = Keys.fold(c.charAt(k - 1), (char) 0);
                if ((sign == '+' || sign == '-') && before >= '0' && before <= '9') {
                    int[] sp = spans.get(i);
                    chunks.set(i, c.substring(0, k));
                    spans.set(i, new int[] {sp[0], sp[0] + k});
                    chunks.add(i + 1, c.substring(k));
                    spans.add(i + 1, new int[] {sp[0] + k, sp[1]});
                    break;
                }
            }
        }
    }

    /** Whether a printed chunk is a dash run (—— or --), what the legacy table prints where it asks no figure. */
    private static boolean dashes(String chunk) {
        return chunk.length() >= 2 && Keys.of(chunk).chars().allMatch(ch -> ch == '-');
    }
}
