package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A table's region of run-together text into rows: its labels found through the form's labels, the
 * value run after each row label split into the row's cells. Spaces in a run are cell boundaries; a
 * run with as many tokens as cells is taken as printed; otherwise every split into numbers without
 * leading zeros is tried against the table's error-level relations (row totals, column totals, the
 * 表三 identity, 表四 sums). Exactly one consistent split is taken and noted (READ-SPLIT); several
 * leave the row's cells blank with the alternatives listed (READ-SPLIT-AMBIGUOUS). Not API.
 */
final class DumpTables {

    private DumpTables() {
    }

    /** The characters of the units of the forms (条, 件, 万元, …), from {@link Unit}. */
    static final String UNIT_CHARS;
    /** The units' labels, longest first. */
    private static final List<String> UNITS;

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

    /** The most splits tried for one run before it is called ambiguous. */
    private static final int MAX_SPLITS = 50_000;

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
        List<GridReader.ResolvedRow> resolved = split(def, rows, notes, stated);
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

    /** Splits every row's run into its cells, using the relations across rows. */
    private static List<GridReader.ResolvedRow> split(TableDefinition def, List<Pending> rows, List<Note> notes,
            StatedFigures stated) {
        List<List<String[]>> candidates = new ArrayList<>();
        List<Boolean> enumerated = new ArrayList<>();
        java.util.Set<Integer> tooMany = new java.util.HashSet<>();
        // the same run into as many cells (0000000, row after row) is enumerated once; each row gets its
        // own list of the same (never changed) candidates
        Map<List<Object>, List<String[]>> seenRuns = new HashMap<>();
        Map<List<Object>, Boolean> seenSettled = new HashMap<>();
        for (Pending p : rows) {
            int n = p.columns().size();
            if (p.chunks().size() == n) {
                candidates.add(List.<String[]>of(p.chunks().toArray(new String[0])));
                enumerated.add(false);
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String chunk : p.chunks()) {
                parts.add(Keys.of(chunk));
            }
            boolean signed = p.columns().stream()
                    .anyMatch(col -> col.column().kind().orElse(ValueKind.COUNT) == ValueKind.SIGNED_COUNT);
            List<Object> run = List.of(parts, n, signed);
            List<String[]> known = seenRuns.get(run);
            List<String[]> c;
            boolean settled;
            if (known != null) {
                c = new ArrayList<>(known);
                settled = seenSettled.get(run);
            } else {
                c = new ArrayList<>();
                settled = enumerate(parts, n, c, signed);
                if (c.isEmpty() && settled) {
                    // spaces may not be boundaries after all
                    settled = enumerate(List.of(String.join("", parts)), n, c, signed);
                }
                if (c.isEmpty() && settled && p.columns().get(n - 1).column().kind().orElse(ValueKind.COUNT)
                        == ValueKind.AMOUNT) {
                    settled = amountLast(String.join("", parts), n, c, signed);
                }
                seenRuns.put(run, new ArrayList<>(c));
                seenSettled.put(run, settled);
            }
            if (!settled) {
                tooMany.add(candidates.size());
            }
            candidates.add(c);
            enumerated.add(c.size() > 1);
        }
        return choose(def, rows, candidates, enumerated, tooMany, notes, stated);
    }

    /** A run ending in an amount: its whole digits, then the amount's decimals and unit ({@code 563456.78万元}). */
    private static final java.util.regex.Pattern AMOUNT_TAIL = java.util.regex.Pattern.compile("([0-9]+)(\\.[0-9]+)?(\\D*)");

    /**
     * The splits of a run whose last cell is an amount with its decimals or its unit ({@code 563456.78万元} into
     * 采购项目数量 and 采购总金额): the whole digits split into the n cells, the last one taking the decimals and the
     * unit after its digits (5|63456.78万元, 56|3456.78万元, …). A run of another shape has none.
     *
     * @return false when the splits were too many to enumerate
     */
    private static boolean amountLast(String run, int n, List<String[]> out, boolean signed) {
        java.util.regex.Matcher m = AMOUNT_TAIL.matcher(run);
        if (!m.matches() || m.group(2) == null && m.group(3).isEmpty()
                || !m.group(3).isEmpty() && !UNITS.contains(m.group(3))) {
            return true;
        }
        String tail = (m.group(2) == null ? "" : m.group(2)) + m.group(3);
        List<String[]> whole = new ArrayList<>();
        boolean settled = enumerate(List.of(m.group(1)), n, whole, signed);
        for (String[] split : whole) {
            String[] withTail = split.clone();
            withTail[n - 1] = withTail[n - 1] + tail;
            out.add(withTail);
        }
        return settled;
    }

    /**
     * Every split of one run of digits into n numbers, or empty when there are too many to look at.
     *
     * @param run the digits as printed
     * @param n the cells they fill
     * @return the splits
     */
    static List<String[]> splits(String run, int n) {
        List<String[]> out = new ArrayList<>();
        enumerate(List.of(Keys.of(run)), n, out);
        return out;
    }

    /**
     * Chooses, row by row, the one candidate that the table's error-level relations leave with the other
     * rows' values (repeatedly, as rows get settled): a single one is taken (READ-SPLIT when it was
     * enumerated), several or none leave the row blank (READ-SPLIT-AMBIGUOUS with the alternatives).
     *
     * @param def the table
     * @param rows the rows, in printed order
     * @param candidates each row's candidate values, in the order of its columns
     * @param enumerated whether a row's candidates were enumerated (a split to note)
     * @param tooMany the rows whose splits were too many to enumerate
     * @param notes where the notes go
     * @param stated what the report's text states of single cells, for the rows the relations leave ambiguous
     * @return the rows resolved
     */
    static List<GridReader.ResolvedRow> choose(TableDefinition def, List<Pending> rows, List<List<String[]>> candidates,
            List<Boolean> enumerated, java.util.Set<Integer> tooMany, List<Note> notes, StatedFigures stated) {
        List<List<String[]>> filtered = new ArrayList<>(candidates);
        // the relations over the table's cells by index, values in a long[] (UNKNOWN where not known): a
        // candidate is checked against the settled rows without building maps
        Plan plan = Plan.of(def);
        Map<CellId, Integer> index = plan.index();
        int[][] ids = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            Pending p = rows.get(r);
            ids[r] = new int[p.columns().size()];
            java.util.Arrays.fill(ids[r], -1);
            if (p.row().isPresent()) {
                Map<String, Integer> ofRow = plan.cellsByRow().getOrDefault(p.row().get().row().id(), Map.of());
                for (int c = 0; c < ids[r].length; c++) {
                    ids[r][c] = ofRow.getOrDefault(p.columns().get(c).column().id(), -1);
                }
            }
        }
        List<List<Compiled>> mine = new ArrayList<>();
        List<List<Compiled>> needs = new ArrayList<>();
        List<boolean[]> reads = new ArrayList<>();
        boolean[] none = new boolean[index.size()];
        for (int r = 0; r < rows.size(); r++) {
            String rowId = rows.get(r).row().map(x -> x.row().id()).orElse(null);
            mine.add(rowId == null ? List.of() : plan.byRow().getOrDefault(rowId, List.of()));
            needs.add(rowId == null ? List.of() : plan.subtotalsByRow().getOrDefault(rowId, List.of()));
            reads.add(rowId == null ? none : plan.readsByRow().getOrDefault(rowId, none));
        }
        // each row's candidates' numbers, parsed once, in the order of its candidates
        long[][][] numbers = new long[rows.size()][][];
        long[] base = new long[index.size()];
        long[] work = new long[index.size()];
        // a row is looked at again only when a row settled since it was last looked at has put a value in
        // a cell its check reads (its relations' cells, the subtotals it needs and their parts): with the
        // same values there its check gives what it gave (what it kept holds again); the settled rows'
        // values (base) are put together again only when one more has been settled
        int settled = 0;
        int baseOf = -1;
        boolean[] stale = new boolean[rows.size()];
        java.util.Arrays.fill(stale, true);
        Map<Integer, TextSplits.Settled> byText = new HashMap<>();
        boolean changed = true;
        int rounds = 0;
        // the relations, then the text for the rows they leave ambiguous, then the relations again over the rows the
        // text settled (其中 under a total the text gives), as long as the text settles more
        for (int pass = 0; pass <= rows.size(); pass++) {
            while (changed && rounds++ < 20) {
                changed = false;
                for (int r = 0; r < rows.size(); r++) {
                    if (filtered.get(r).size() <= 1 || rows.get(r).row().isEmpty() || !stale[r]) {
                        continue;
                    }
                    stale[r] = false;
                    if (baseOf != settled) {
                        // every settled row but r (r itself is not settled)
                        java.util.Arrays.fill(base, UNKNOWN);
                        for (int i = 0; i < rows.size(); i++) {
                            if (rows.get(i).row().isPresent() && filtered.get(i).size() == 1) {
                                put(base, ids[i], numbersOf(numbers, filtered, i)[0]);
                            }
                        }
                        baseOf = settled;
                    }
                    List<String[]> cands = filtered.get(r);
                    long[][] values = numbersOf(numbers, filtered, r);
                    List<String[]> keep = new ArrayList<>();
                    List<long[]> keptValues = new ArrayList<>();
                    List<Compiled> need = needs.get(r);
                    // work holds base but for the cells a candidate and the subtotals after it write, set back
                    // after each candidate; when no subtotal needed reads or fills a cell of the row, they
                    // come out the same for every candidate and are derived once, before the candidates
                    System.arraycopy(base, 0, work, 0, base.length);
                    boolean once = apart(need, ids[r], index.size());
                    if (once) {
                        derive(need, work);
                    }
                    for (int j = 0; j < values.length; j++) {
                        put(work, ids[r], values[j]);
                        if (!once) {
                            derive(need, work);
                        }
                        if (holds(mine.get(r), work)) {
                            keep.add(cands.get(j));
                            keptValues.add(values[j]);
                        }
                        for (int id : ids[r]) {
                            if (id >= 0) {
                                work[id] = base[id];
                            }
                        }
                        if (!once) {
                            for (Compiled sub : need) {
                                work[sub.left()[0]] = base[sub.left()[0]];
                            }
                        }
                    }
                    if (keep.size() < cands.size() && !keep.isEmpty()) {
                        filtered.set(r, keep);
                        numbers[r] = keptValues.toArray(new long[0][]);
                        changed = true;
                        if (keep.size() == 1) {
                            settled++;
                            for (int other = 0; other < rows.size(); other++) {
                                boolean[] read = reads.get(other);
                                for (int id : ids[r]) {
                                    if (id >= 0 && read[id]) {
                                        stale[other] = true;
                                        break;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            jointly(plan, rows, filtered, numbers, ids, mine, tooMany);
            List<TextSplits.Settled> more = TextSplits.settle(def, rows, filtered, tooMany, stated);
            if (more.isEmpty()) {
                break;
            }
            for (TextSplits.Settled s : more) {
                byText.put(s.row(), s);
                numbers[s.row()] = null;
                settled++;
            }
            java.util.Arrays.fill(stale, true);
            changed = true;
            rounds = 0;
        }
        List<GridReader.ResolvedRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Pending p = rows.get(r);
            List<String[]> c = filtered.get(r);
            String where = p.label().isEmpty() ? def.number().zh() : p.label();
            String run = String.join(" ", p.chunks());
            String[] chosen;
            if (c.size() == 1) {
                chosen = c.get(0);
                if (byText.containsKey(r)) {
                    notes.add(TextSplits.note(def, where, run, chosen, byText.get(r), p.at()));
                } else if (enumerated.get(r)) {
                    notes.add(Note.table("READ-SPLIT", Severity.INFO, "read.split", def.id(), run,
                            where + "：" + String.join("|", chosen), p.at()));
                }
            } else {
                chosen = new String[p.columns().size()];
                java.util.Arrays.fill(chosen, "");
                StringBuilder alts = new StringBuilder();
                for (int i = 0; i < c.size() && i < 20; i++) {
                    alts.append(i == 0 ? "" : ", ").append(String.join("|", c.get(i)));
                }
                if (c.size() > 20) {
                    alts.append(", … (").append(c.size()).append(")");
                }
                StringBuilder altsZh = new StringBuilder(alts);
                String key = tooMany.contains(r) ? "read.split_too_many" : c.isEmpty() ? "read.split_none" : "read.split_ambiguous";
                if (tooMany.contains(r)) {
                    alts.append("too many possible splits into ").append(p.columns().size()).append(" cells");
                    altsZh.append("拆成 ").append(p.columns().size()).append(" 格的方式过多");
                } else if (c.isEmpty()) {
                    alts.append("no split into ").append(p.columns().size()).append(" cells");
                    altsZh.append("无法拆成 ").append(p.columns().size()).append(" 格");
                }
                notes.add(Note.table("READ-SPLIT-AMBIGUOUS", Severity.WARNING, key, def.id(), run,
                        where + "：" + alts, p.at()).inChinese(run, where + "：" + altsZh));
            }
            List<GridReader.ResolvedCell> cells = new ArrayList<>();
            List<SourceLocation> cellAt = p.cellsAt(chosen);
            for (int i = 0; i < p.columns().size(); i++) {
                cells.add(new GridReader.ResolvedCell(p.columns().get(i), chosen[i], cellAt.get(i)));
            }
            out.add(new GridReader.ResolvedRow(p.row(), p.label(), p.unit(), cells, p.at()));
        }
        return out;
    }

    /** The most combinations of the ambiguous rows' candidates tried together: past it, they stay ambiguous. */
    private static final long MAX_COMBINATIONS = 100_000;

    /**
     * The rows still ambiguous, settled together: each alone has several candidates the settled rows allow, but
     * the relations between them (a column total over several of them, the 表三 balance) may allow only one
     * combination of their candidates. Every combination is tried against every relation of the rows (the implied
     * subtotals derived from it): a row that all the satisfying combinations give the same split takes it (when
     * exactly one combination satisfies them, every row takes its part of it), and each other row keeps only the
     * splits some satisfying combination gives. When none satisfies them, the combinations are more than {@link
     * #MAX_COMBINATIONS}, or a row's splits were too many to enumerate, the rows are left as they are.
     */
    private static void jointly(Plan plan, List<Pending> rows, List<List<String[]>> filtered, long[][][] numbers,
            int[][] ids, List<List<Compiled>> mine, java.util.Set<Integer> tooMany) {
        List<Integer> open = new ArrayList<>();
        long combinations = 1;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).row().isPresent() && filtered.get(r).size() > 1) {
                if (tooMany.contains(r)) {
                    return; // a row whose splits were not all enumerated: no combination is the only one
                }
                open.add(r);
                combinations *= filtered.get(r).size();
                if (combinations > MAX_COMBINATIONS) {
                    return;
                }
            }
        }
        if (open.size() < 2) {
            return;
        }
        long[] base = new long[plan.index().size()];
        java.util.Arrays.fill(base, UNKNOWN);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).row().isPresent() && filtered.get(i).size() == 1) {
                put(base, ids[i], numbersOf(numbers, filtered, i)[0]);
            }
        }
        // the relations of the open rows, each once
        java.util.Set<Compiled> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Compiled> relations = new ArrayList<>();
        for (int r : open) {
            for (Compiled c : mine.get(r)) {
                if (seen.add(c)) {
                    relations.add(c);
                }
            }
        }
        long[][][] values = new long[open.size()][][];
        for (int k = 0; k < open.size(); k++) {
            values[k] = numbersOf(numbers, filtered, open.get(k));
        }
        int[] at = new int[open.size()];
        // which candidates of each row some combination satisfying every relation takes
        boolean[][] taken = new boolean[open.size()][];
        for (int k = 0; k < open.size(); k++) {
            taken[k] = new boolean[values[k].length];
        }
        boolean any = false;
        long[] work = new long[base.length];
        while (true) {
            System.arraycopy(base, 0, work, 0, base.length);
            for (int k = 0; k < open.size(); k++) {
                put(work, ids[open.get(k)], values[k][at[k]]);
            }
            derive(plan.subtotals(), work);
            if (holds(relations, work)) {
                any = true;
                for (int k = 0; k < open.size(); k++) {
                    taken[k][at[k]] = true;
                }
            }
            int k = 0;
            while (k < at.length && ++at[k] == values[k].length) {
                at[k++] = 0;
            }
            if (k == at.length) {
                break;
            }
        }
        if (!any) {
            return;
        }
        // a row that every satisfying combination gives the same split takes it; the others keep the splits some
        // combination takes (an ambiguous row's note lists no split the relations rule out)
        for (int k = 0; k < open.size(); k++) {
            int r = open.get(k);
            List<String[]> kept = new ArrayList<>();
            List<long[]> keptValues = new ArrayList<>();
            for (int j = 0; j < taken[k].length; j++) {
                if (taken[k][j]) {
                    kept.add(filtered.get(r).get(j));
                    keptValues.add(values[k][j]);
                }
            }
            if (kept.size() < taken[k].length) {
                filtered.set(r, kept);
                numbers[r] = keptValues.toArray(new long[0][]);
            }
        }
    }

    /** Whether none of the subtotals reads or fills one of the cells (-1: none). */
    private static boolean apart(List<Compiled> subtotals, int[] cells, int size) {
        if (subtotals.isEmpty()) {
            return true;
        }
        boolean[] mine = new boolean[size];
        for (int c : cells) {
            if (c >= 0) {
                mine[c] = true;
            }
        }
        for (Compiled sub : subtotals) {
            if (mine[sub.left()[0]]) {
                return false;
            }
            for (int c : sub.right()) {
                if (mine[c]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Row r's candidates as numbers (UNKNOWN where a cell is no plain number), parsed the first time asked. */
    private static long[][] numbersOf(long[][][] numbers, List<List<String[]>> filtered, int r) {
        if (numbers[r] == null) {
            List<String[]> c = filtered.get(r);
            long[][] out = new long[c.size()][];
            for (int j = 0; j < out.length; j++) {
                out[j] = numbers(c.get(j));
            }
            numbers[r] = out;
        }
        return numbers[r];
    }

    /** The most steps one enumeration of splits may take: past it, the run counts as ambiguous. */
    private static final int MAX_STEPS = 200_000;

    /** The one-digit cells, most of a split's cells, made once. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /** The longest number a cell may hold. */
    private static final int MAX_NUMBER = 16;

    /**
     * Every split of the parts (each part split further, never joined) into n numbers. Bounded: a branch
     * that cannot fill the n cells with what is left is cut, and past {@link #MAX_STEPS} steps the
     * enumeration stops, keeps no split and answers false (the run is reported ambiguous, never guessed).
     */
    private static boolean enumerate(List<String> parts, int n, List<String[]> out) {
        return enumerate(parts, n, out, false);
    }

    private static boolean enumerate(List<String> parts, int n, List<String[]> out, boolean signed) {
        Enumeration e = new Enumeration(parts, n, out, signed);
        e.go(0, 0, 0);
        if (e.steps > MAX_STEPS) {
            out.clear(); // too many ways to look at: not settled, and none of them taken
            return false;
        }
        return true;
    }

    /**
     * One enumeration of splits over the parts' characters: {@code cut} holds, for each cell filled so
     * far, its part, start and end; the numbers are made strings only when a split is complete.
     */
    private static final class Enumeration {

        private final String[] parts;
        private final char[][] chars;
        private final int n;
        private final List<String[]> out;
        /** The characters of the parts after each part. */
        private final int[] after;
        private final int[] cut;
        private int steps;

        /** Whether a figure may open with a sign. */
        private final boolean signed;

        Enumeration(List<String> parts, int n, List<String[]> out, boolean signed) {
            this.signed = signed;
            this.parts = parts.toArray(new String[0]);
            this.chars = new char[this.parts.length][];
            for (int i = 0; i < this.parts.length; i++) {
                chars[i] = this.parts[i].toCharArray();
            }
            this.n = n;
            this.out = out;
            this.after = new int[this.parts.length + 1];
            for (int i = this.parts.length - 1; i >= 0; i--) {
                after[i] = after[i + 1] + this.parts[i].length();
            }
            this.cut = new int[n * 3];
        }

        void go(int part, int pos, int filled) {
            if (out.size() > MAX_SPLITS || ++steps > MAX_STEPS) {
                return;
            }
            if (part == parts.length) {
                if (filled == n) {
                    String[] split = new String[n];
                    for (int i = 0; i < n; i++) {
                        char[] from = chars[cut[3 * i]];
                        int a = cut[3 * i + 1];
                        char c = from[a];
                        split[i] = cut[3 * i + 2] == a + 1 && c >= '0' && c <= '9' ? DIGITS[c - '0']
                                : parts[cut[3 * i]].substring(a, cut[3 * i + 2]);
                    }
                    out.add(split);
                }
                return;
            }
            char[] s = chars[part];
            if (pos == s.length) {
                go(part + 1, 0, filled);
                return;
            }
            int cellsLeft = n - filled;
            int charsLeft = s.length - pos + after[part + 1];
            // each part left needs a cell of its own, each cell a character at least; no cell holds more
            // than MAX_NUMBER characters
            if (cellsLeft < parts.length - part || charsLeft < cellsLeft || charsLeft > (long) cellsLeft * MAX_NUMBER) {
                return;
            }
            // a cell is a plausible number: a digit, a lone / or -; or digits with at most one decimal
            // point inside, no leading zero before another digit, at most MAX_NUMBER characters
            char first = s[pos];
            // in a row with a signed column, a figure may open with its sign (+5, -3 of 本年增/减)
            int lead = signed && (first == '+' || first == '-') && pos + 1 < s.length ? pos + 1 : pos;
            char digit = s[lead];
            int dots = 0;
            for (int end = pos + 1; end <= s.length && end - pos <= MAX_NUMBER; end++) {
                boolean plausible;
                if (end - pos == 1) {
                    plausible = first >= '0' && first <= '9' || first == '/' || first == '-';
                } else {
                    char last = s[end - 1];
                    if (!(last >= '0' && last <= '9' || last == '.') || !(digit >= '0' && digit <= '9')) {
                        break; // no longer number holds a character other than digits and a point, or starts with one
                    }
                    if (last == '.') {
                        dots++;
                    }
                    if (digit == '0' && end - lead >= 2 && s[lead + 1] != '.') {
                        break; // a leading zero before another digit, in this number and every longer one
                    }
                    plausible = last != '.' && dots <= 1 && end - lead >= 1;
                }
                if (!plausible) {
                    continue;
                }
                cut[3 * filled] = part;
                cut[3 * filled + 1] = pos;
                cut[3 * filled + 2] = end;
                go(part, end, filled + 1);
            }
        }
    }

    /** A value not known (no printed cell, or a run not settled). */
    private static final long UNKNOWN = Long.MIN_VALUE;

    /**
     * A table definition's error-level relations of the current year over its cells' indexes, once per
     * definition (definitions are constants of their edition): the index, the implied subtotals, each
     * row's relations.
     */
    private record Plan(Map<CellId, Integer> index, Map<String, Map<String, Integer>> cellsByRow,
            List<Compiled> subtotals, Map<String, List<Compiled>> byRow, Map<String, List<Compiled>> subtotalsByRow,
            Map<String, boolean[]> readsByRow) {

        private static final Map<TableDefinition, Plan> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Plan of(TableDefinition def) {
            return CACHE.computeIfAbsent(def, Plan::build);
        }

        private static Plan build(TableDefinition def) {
            Map<CellId, Integer> index = new HashMap<>();
            for (CellDefinition cd : def.cells()) {
                index.putIfAbsent(cd.id(), index.size());
            }
            List<Relation> relations = def.relations().stream()
                    .filter(r -> r.severity() == Severity.ERROR)
                    .filter(r -> r.terms().allMatch(t -> t.period() == Period.CURRENT))
                    .toList();
            List<Compiled> subtotals = relations.stream()
                    .filter(rel -> rel.kind() == RelationKind.SUM && rel.left().size() == 1
                            && def.cell(rel.left().get(0).cell()).map(CellDefinition::implied).orElse(false))
                    .map(rel -> Compiled.of(rel, index)).filter(java.util.Objects::nonNull).toList();
            Map<String, List<Compiled>> byRow = new HashMap<>();
            for (Relation rel : relations) {
                Compiled c = Compiled.of(rel, index);
                if (c == null) {
                    continue;
                }
                rel.terms().map(t -> t.cell().row()).distinct()
                        .forEach(row -> byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(c));
            }
            byRow.replaceAll((k, v) -> List.copyOf(v));
            // the same index by row id and column id, looked up without making cell ids
            Map<String, Map<String, Integer>> cellsByRow = new HashMap<>();
            index.forEach((id, at) -> cellsByRow.computeIfAbsent(id.row(), k -> new HashMap<>()).put(id.column(), at));
            cellsByRow.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v)); // hash maps: the hash compared first
            Map<String, List<Compiled>> subtotalsByRow = new HashMap<>();
            Map<String, boolean[]> readsByRow = new HashMap<>();
            byRow.forEach((row, mine) -> {
                List<Compiled> need = needed(mine, subtotals, index.size());
                subtotalsByRow.put(row, need);
                boolean[] read = new boolean[index.size()];
                for (List<Compiled> rels : List.of(mine, need)) {
                    for (Compiled rel : rels) {
                        for (int c : rel.left()) {
                            read[c] = true;
                        }
                        for (int c : rel.right()) {
                            read[c] = true;
                        }
                    }
                }
                readsByRow.put(row, read);
            });
            return new Plan(Map.copyOf(index), Map.copyOf(cellsByRow), subtotals, Map.copyOf(byRow),
                    Map.copyOf(subtotalsByRow), Map.copyOf(readsByRow));
        }

        /**
         * The subtotals that can fill a cell the relations read: those whose cell is one of theirs, then
         * those whose cell one of these adds up, and so on, in the order of all subtotals. {@link #derive}
         * over them fills those cells as over all subtotals: a cell is filled only by a subtotal of its
         * own, and these read only cells that no other subtotal fills, so they see the same values at each
         * step and stop filling in the same round.
         */
        private static List<Compiled> needed(List<Compiled> relations, List<Compiled> subtotals, int cells) {
            boolean[] read = new boolean[cells];
            for (Compiled rel : relations) {
                for (int c : rel.left()) {
                    read[c] = true;
                }
                for (int c : rel.right()) {
                    read[c] = true;
                }
            }
            boolean[] in = new boolean[subtotals.size()];
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = 0; i < in.length; i++) {
                    Compiled sub = subtotals.get(i);
                    if (!in[i] && read[sub.left()[0]]) {
                        in[i] = true;
                        grew = true;
                        for (int c : sub.right()) {
                            read[c] = true;
                        }
                    }
                }
            }
            List<Compiled> out = new ArrayList<>();
            for (int i = 0; i < in.length; i++) {
                if (in[i]) {
                    out.add(subtotals.get(i));
                }
            }
            return List.copyOf(out);
        }
    }

    /** A relation over cell indexes: each side's cells and factors. */
    private record Compiled(int[] left, long[] leftFactors, int[] right, long[] rightFactors,
            io.github.xxgk.core.form.Comparison comparison) {

        /** The relation over the index, or null when a term's cell has no index. */
        static Compiled of(Relation rel, Map<CellId, Integer> index) {
            int[] l = new int[rel.left().size()];
            long[] lf = new long[l.length];
            int[] r = new int[rel.right().size()];
            long[] rf = new long[r.length];
            for (int i = 0; i < l.length; i++) {
                Integer at = index.get(rel.left().get(i).cell());
                if (at == null) {
                    return null;
                }
                l[i] = at;
                lf[i] = rel.left().get(i).factor();
            }
            for (int i = 0; i < r.length; i++) {
                Integer at = index.get(rel.right().get(i).cell());
                if (at == null) {
                    return null;
                }
                r[i] = at;
                rf[i] = rel.right().get(i).factor();
            }
            return new Compiled(l, lf, r, rf, rel.comparison());
        }
    }

    private static void put(long[] known, int[] ids, long[] values) {
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] >= 0 && values[c] != UNKNOWN) {
                known[ids[c]] = values[c];
            }
        }
    }

    /** A candidate's cells as numbers, UNKNOWN where a cell is no plain number. */
    private static long[] numbers(String[] values) {
        long[] out = new long[values.length];
        for (int c = 0; c < values.length; c++) {
            out[c] = number(values[c]);
        }
        return out;
    }

    /** Whether every relation whose cells are all known holds. */
    private static boolean holds(List<Compiled> relations, long[] known) {
        for (Compiled rel : relations) {
            long left = sum(rel.left(), rel.leftFactors(), known);
            if (left == UNKNOWN) {
                continue;
            }
            long right = sum(rel.right(), rel.rightFactors(), known);
            if (right != UNKNOWN && !rel.comparison().holds(Long.compare(left, right))) {
                return false;
            }
        }
        return true;
    }

    /** Subtotals the page does not print (implied rows), from their parts. */
    private static void derive(List<Compiled> subtotals, long[] known) {
        for (int round = 0; round < 3; round++) {
            boolean filled = false;
            for (Compiled rel : subtotals) {
                int target = rel.left()[0];
                if (known[target] == UNKNOWN) {
                    long right = sum(rel.right(), rel.rightFactors(), known);
                    if (right != UNKNOWN) {
                        known[target] = right;
                        filled = true;
                    }
                }
            }
            if (!filled) {
                return; // nothing more to derive: a further round would fill nothing either
            }
        }
    }

    private static long sum(int[] cells, long[] factors, long[] known) {
        long s = 0;
        for (int i = 0; i < cells.length; i++) {
            long v = known[cells[i]];
            if (v == UNKNOWN) {
                return UNKNOWN;
            }
            s += v * factors[i];
        }
        return s;
    }

    /** The plain number of digits s (at most 17), or UNKNOWN. */
    private static long number(String s) {
        if (s.isEmpty() || s.length() > 17) {
            return UNKNOWN;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return UNKNOWN;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
