package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Markdown document (GitHub pipe tables, as xxgk's Markdown renderer writes reports) into the
 * neutral {@link SourceDocument}: ATX headings ({@code #} … {@code ######}) as marked headings,
 * paragraphs between blank lines, a bold line ({@code **表三 …**}) as a paragraph, each pipe table as a
 * grid (its delimiter row left out, backslash escapes undone), a line standing between two tables or
 * between a bold line and a table as the first row of the grid below it, spanning it (a block's caption
 * such as {@code 第二十条第（一）项}). Every line's character offsets kept. Knows nothing of the forms. Not API.
 */
public final class MarkdownSource {

    private MarkdownSource() {
    }

    /**
     * Whether a text looks like Markdown: an ATX heading ({@code #} to {@code ######} and a space) or a pipe table's
     * delimiter row ({@code |---|}, {@code | --- | :---: |} as converters space it) among its first lines.
     */
    public static boolean looksLikeMarkdown(String text) {
        String head = text.substring(0, Math.min(text.length(), 4000));
        return MARKDOWN_LINE.matcher(head).find();
    }

    /** An ATX heading's start or a delimiter row, at the start of a line. */
    private static final java.util.regex.Pattern MARKDOWN_LINE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(?:#{1,6}[ \\t]|\\|[ \\t]*:?-{3,}:?[ \\t]*\\|)");

    /**
     * Reads a decoded Markdown document.
     *
     * @param text the document
     * @param charset the charset decision
     * @param maxTableCells the most cells of one table
     * @return the document
     * @throws io.github.xxgk.ingest.ReadException when a table has more cells
     */
    public static SourceDocument read(String text, Charsets.Decoded charset, int maxTableCells) {
        List<SourceLine> lines = SourceLine.of(text);
        boolean[] table = tableLines(lines);
        List<SourceDocument.Block> blocks = new ArrayList<>();
        int grids = 0;
        // the line to put on top of the next grid (a block caption), with where it was
        SourceDocument.Cell pendingCaption = null;
        boolean afterTableOrBold = false;
        int i = 0;
        while (i < lines.size()) {
            SourceLine l = lines.get(i);
            String t = l.text().strip();
            if (t.isEmpty()) {
                i++;
                continue;
            }
            if (table[i]) {
                List<List<SourceDocument.Cell>> rows = new ArrayList<>();
                int first = l.start();
                int last = l.start() + l.text().length();
                int columns = 0;
                long cellCount = 0;
                while (i < lines.size() && table[i]) {
                    SourceLine row = lines.get(i);
                    List<SourceDocument.Cell> cells = cells(row);
                    if (!delimiter(cells)) {
                        rows.add(cells);
                        columns = Math.max(columns, cells.size());
                        cellCount += cells.size();
                        if (cellCount > maxTableCells) {
                            throw new io.github.xxgk.ingest.ReadException("markdown table " + grids + " (text " + row.start() + ")",
                                    "表格的单元格超过 " + maxTableCells + " 个。", "A table has more than " + maxTableCells + " cells.");
                        }
                    }
                    last = row.start() + row.text().length();
                    i++;
                }
                if (!spanHeaderLabels(rows)) {
                    return asDump(lines, table, charset);
                }
                if (pendingCaption != null) {
                    rows.add(0, List.of(new SourceDocument.Cell(pendingCaption.text(), 1, Math.max(1, columns),
                            -1, pendingCaption.at())));
                    pendingCaption = null;
                }
                blocks.add(new SourceDocument.Grid(grids++, rows, new SourceLocation.TextRange(first, last)));
                afterTableOrBold = true;
                continue;
            }
            java.util.regex.Matcher image = IMAGE.matcher(t);
            if (image.matches()) {
                // a picture on a line of its own (![](…) as converters write an <img>): a picture, as in a page
                int from = l.start() + l.text().indexOf('!');
                blocks.add(new SourceDocument.Image(image.group(1),
                        new SourceLocation.TextRange(from, from + t.length())));
                i++;
                continue;
            }
            // a paragraph: its lines up to a blank line, a heading or a table
            StringBuilder para = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            int start = l.start();
            int end = start;
            int heading = 0;
            if (t.startsWith("#")) {
                int h = 0;
                while (h < t.length() && t.charAt(h) == '#') {
                    h++;
                }
                if (h <= 6 && h < t.length() && t.charAt(h) == ' ') {
                    heading = h;
                }
            }
            // a setext heading: its line underlined with = (level 1) or - (level 2), as markdownify writes headings
            int setext = heading == 0 ? setext(lines, table, i) : 0;
            if (setext > 0) {
                unescape(l.text(), 0, l.start(), para, offsets);
                links(para, offsets);
                Entities.decode(para, offsets);
                int[] off = offsets.stream().mapToInt(Integer::intValue).toArray();
                blocks.add(new SourceDocument.Para(para.toString(), new SourceLocation.TextRange(start,
                        start + l.text().length()), off, setext));
                afterTableOrBold = false;
                i += 2;
                continue;
            }
            do {
                SourceLine cur = lines.get(i);
                String s = cur.text();
                int from = 0;
                if (heading > 0) {
                    from = s.indexOf('#');
                    from += heading + 1;
                }
                if (para.length() > 0) {
                    para.append(' ');
                    offsets.add(cur.start() - 1);
                }
                unescape(s, from, cur.start(), para, offsets);
                end = cur.start() + s.length();
                i++;
            } while (heading == 0 && i < lines.size() && !lines.get(i).text().isBlank()
                    && !lines.get(i).text().strip().startsWith("#") && !table[i]);
            links(para, offsets);
            Entities.decode(para, offsets);
            String p = para.toString();
            int[] off = offsets.stream().mapToInt(Integer::intValue).toArray();
            boolean bold = heading == 0 && p.strip().startsWith("**") && p.strip().endsWith("**") && p.strip().length() > 4;
            if (bold) {
                int a = p.indexOf("**");
                int b = p.lastIndexOf("**");
                off = java.util.Arrays.copyOfRange(off, a + 2, b);
                p = p.substring(a + 2, b);
            }
            if (p.contains("**") || p.contains("__")) {
                // strong emphasis inside the text (**一是**加强…): the words, as the page printed them
                StringBuilder plain = new StringBuilder(p);
                List<Integer> plainAt = new ArrayList<>();
                for (int o : off) {
                    plainAt.add(o);
                }
                strong(plain, plainAt);
                p = plain.toString();
                off = plainAt.stream().mapToInt(Integer::intValue).toArray();
            }
            SourceLocation at = new SourceLocation.TextRange(start, Math.max(start, end));
            boolean tableFollows = nextIsTable(lines, table, i);
            if (heading == 0 && !bold && afterTableOrBold && tableFollows) {
                pendingCaption = new SourceDocument.Cell(p, 1, 1, -1, java.util.Optional.of(at));
                continue;
            }
            blocks.add(new SourceDocument.Para(p, at, off, heading));
            afterTableOrBold = bold;
        }
        return new SourceDocument(blocks, Map.of(), false, charset.charset(), charset.guess());
    }

    /** A Markdown image alone on a line, its address (and an optional title after it). */
    private static final java.util.regex.Pattern IMAGE =
            java.util.regex.Pattern.compile("!\\[[^\\]]*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    /**
     * A cell holding a value, no label: a figure (digits, a decimal point, thousands commas, a sign) with at most a
     * short unit after it (12条, 3456.78万元), or a mark standing for none (/, —, ——, -).
     */
    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile(
            "[-+]?[0-9][0-9,，]*(?:\\.[0-9]+)?\\s*\\p{IsHan}{0,2}|[/／\\-—－–]+");

    /**
     * The header rows of a pipe table made from a table with merged cells, where the converter wrote a merged
     * label once and left the cells it covered empty ({@code | 行政复议 |  |  |  |  | 行政诉讼 | …}): an empty cell
     * after a label, over a label of the row below, is the label's span, as the page printed it. Only rows holding no
     * figure above another such row (header rows); an empty cell over a figure, or over an empty cell, is a blank of
     * the table, kept. A row whose labels stand side by side with the empty cells all after them, over labels
     * ({@code | 行政复议 | 行政诉讼 |  |  | …}, the spans lost, the row padded or short), says nothing of where its
     * spans were.
     *
     * @return false when a header row's spans were lost (the text is then read as a dump)
     */
    private static boolean spanHeaderLabels(List<List<SourceDocument.Cell>> rows) {
        for (int r = 0; r + 1 < rows.size() && labelsOnly(rows.get(r)) && labelsOnly(rows.get(r + 1)); r++) {
            List<SourceDocument.Cell> row = rows.get(r);
            List<SourceDocument.Cell> below = rows.get(r + 1);
            // the empty cells of this row over a label of the row below: cells a label of this row spans
            boolean[] spanned = new boolean[Math.max(row.size(), below.size())];
            boolean any = false;
            for (int c = 0; c < spanned.length; c++) {
                boolean empty = c >= row.size() || row.get(c).text().isBlank();
                spanned[c] = empty && c < below.size() && label(below.get(c));
                any |= spanned[c];
            }
            if (!any) {
                continue;
            }
            int labels = (int) row.stream().filter(c -> !c.text().isBlank()).count();
            int lastLabel = row.size() - 1;
            while (lastLabel >= 0 && row.get(lastLabel).text().isBlank()) {
                lastLabel--;
            }
            if (labels > 1 && labels == lastLabel + 1) {
                return false; // labels side by side, the empty cells all after them: where the spans were is not written
            }
            List<SourceDocument.Cell> merged = new ArrayList<>();
            for (int k = 0; k < row.size(); k++) {
                SourceDocument.Cell c = row.get(k);
                SourceDocument.Cell prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (spanned[k] && prev != null && !prev.text().isBlank()) {
                    java.util.Optional<SourceLocation> at = prev.at();
                    if (prev.at().isPresent() && c.at().isPresent()
                            && prev.at().get() instanceof SourceLocation.TextRange x
                            && c.at().get() instanceof SourceLocation.TextRange y) {
                        at = java.util.Optional.of(new SourceLocation.TextRange(x.start(), y.end()));
                    }
                    merged.set(merged.size() - 1, new SourceDocument.Cell(prev.text(), prev.rowspan(),
                            prev.colspan() + c.colspan(), prev.element(), at));
                } else {
                    merged.add(c);
                }
            }
            rows.set(r, merged);
        }
        return true;
    }

    /** Whether no cell of a row holds a value (a header row, or a row of blanks). */
    private static boolean labelsOnly(List<SourceDocument.Cell> row) {
        return row.stream().noneMatch(c -> !c.text().isBlank() && VALUE.matcher(c.text().strip()).matches());
    }

    /** Whether a cell holds a label: text that is no value. */
    private static boolean label(SourceDocument.Cell cell) {
        return !cell.text().isBlank() && !VALUE.matcher(cell.text().strip()).matches();
    }

    /**
     * A Markdown text read as a crawler's dump, one paragraph a line (its heading marks, bold marks, the bars of its
     * table rows and its ruling rows left out, escapes undone), the offsets kept: for a text whose pipe table lost
     * where its merged header cells spanned, whose rows the dump reader settles by the form as it does a dump's.
     */
    private static SourceDocument asDump(List<SourceLine> lines, boolean[] table, Charsets.Decoded charset) {
        List<SourceDocument.Block> blocks = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            SourceLine l = lines.get(li);
            String raw = l.text();
            String t = raw.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!table[li] && li > 0 && !lines.get(li - 1).text().isBlank() && !table[li - 1]
                    && UNDERLINE.matcher(t).matches()) {
                continue; // a setext heading's underline
            }
            StringBuilder text = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            int from = raw.indexOf(t.charAt(0));
            int to = from + t.length();
            if (table[li]) {
                if (delimiter(cells(l))) {
                    continue;
                }
                for (int k = from; k < to; k++) {
                    char c = raw.charAt(k);
                    if (c == '\\' && k + 1 < to) {
                        k++;
                        c = raw.charAt(k);
                    } else if (c == '|') {
                        c = ' ';
                    }
                    text.append(c);
                    offsets.add(l.start() + k);
                }
            } else {
                java.util.regex.Matcher image = IMAGE.matcher(t);
                if (image.matches()) {
                    blocks.add(new SourceDocument.Image(image.group(1),
                            new SourceLocation.TextRange(l.start() + from, l.start() + to)));
                    continue;
                }
                int h = 0;
                while (h < t.length() && t.charAt(h) == '#') {
                    h++;
                }
                if (h > 0 && h <= 6 && h < t.length() && t.charAt(h) == ' ') {
                    from += h + 1;
                }
                if (t.length() > 4 && t.startsWith("**") && t.endsWith("**")) {
                    from += 2;
                    to -= 2;
                }
                unescape(raw.substring(0, to), from, l.start(), text, offsets);
            }
            strong(text, offsets);
            links(text, offsets);
            Entities.decode(text, offsets);
            String p = text.toString();
            if (!p.isBlank()) {
                blocks.add(new SourceDocument.Para(p, new SourceLocation.TextRange(l.start(), l.start() + raw.length()),
                        offsets.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return new SourceDocument(blocks, Map.of(), true, charset.charset(), charset.guess());
    }

    private static boolean nextIsTable(List<SourceLine> lines, boolean[] table, int i) {
        while (i < lines.size() && lines.get(i).text().isBlank()) {
            i++;
        }
        return i < lines.size() && table[i];
    }

    /** A setext heading's underline: = or - only, two or more. */
    private static final java.util.regex.Pattern UNDERLINE = java.util.regex.Pattern.compile("=+|-{2,}");

    /** The level of the setext heading line i is (1 under =, 2 under -), or 0 when it is none. */
    private static int setext(List<SourceLine> lines, boolean[] table, int i) {
        if (i + 1 >= lines.size() || table[i] || table[i + 1] || lines.get(i).text().isBlank()) {
            return 0;
        }
        String u = lines.get(i + 1).text().strip();
        if (!UNDERLINE.matcher(u).matches()) {
            return 0;
        }
        return u.charAt(0) == '=' ? 1 : 2;
    }

    /** A delimiter row with its pipes ({@code ---|---}, {@code | :--- | ---: |}), outer pipes or not. */
    private static final java.util.regex.Pattern DELIMITER_ROW = java.util.regex.Pattern.compile(
            "\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?|\\|\\s*:?-{3,}:?\\s*\\|");

    /** A delimiter row of one column without pipes ({@code ---}, as html2text rules a one-cell header). */
    private static final java.util.regex.Pattern BARE_DELIMITER = java.util.regex.Pattern.compile(":?-{3,}:?");

    /**
     * Which lines are rows of a pipe table: a line opening with a pipe (as before), and the tables GFM reads without
     * outer pipes, as html2text writes them ({@code 信息内容 | 本年制发件数}, then {@code ---|---}, then rows up to a
     * blank line or a heading; a row with one cell has no pipe). A one-column header ruled by a bare {@code ---} is
     * a table's only when a row with a pipe follows it at once (else the rule is a heading's underline or a break).
     */
    private static boolean[] tableLines(List<SourceLine> lines) {
        boolean[] in = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.startsWith("|")) {
                in[i] = true;
                continue;
            }
            if (t.isEmpty() || t.startsWith("#") || i + 1 >= lines.size()) {
                continue;
            }
            String d = lines.get(i + 1).text().strip();
            boolean ruled = t.contains("|") && DELIMITER_ROW.matcher(d).matches()
                    || !t.contains("|") && BARE_DELIMITER.matcher(d).matches() && i + 2 < lines.size()
                    && lines.get(i + 2).text().contains("|");
            if (!ruled) {
                continue;
            }
            int j = i;
            while (j < lines.size() && !lines.get(j).text().isBlank() && (j <= i + 1
                    || !lines.get(j).text().strip().startsWith("#"))) {
                in[j++] = true;
            }
            i = j - 1;
        }
        return in;
    }

    /** A pipe table row's cells, split at unescaped pipes, escapes undone. */
    private static List<SourceDocument.Cell> cells(SourceLine row) {
        String s = row.text();
        int lead = s.length() - s.stripLeading().length();
        // the row's leading pipe, or where one would stand (html2text writes none)
        int a = lead < s.length() && s.charAt(lead) == '|' ? lead : lead - 1;
        int b = s.stripTrailing().length() - 1;
        List<SourceDocument.Cell> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        List<Integer> off = new ArrayList<>();
        int cellStart = a + 1;
        for (int k = a + 1; k <= b; k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 <= b) {
                cell.append(s.charAt(k + 1));
                off.add(row.start() + k + 1);
                k++;
                continue;
            }
            if (c == '|' || k == b && c != '|') {
                if (c != '|') {
                    cell.append(c);
                    off.add(row.start() + k);
                }
                int from = row.start() + cellStart;
                int to = row.start() + (c == '|' ? k : k + 1);
                String text = STRONG.matcher(BREAK.matcher(cell).replaceAll(" ")).replaceAll("$2");
                out.add(new SourceDocument.Cell(Entities.decode(text), 1, 1, -1,
                        java.util.Optional.of(new SourceLocation.TextRange(from, Math.max(from, to)))));
                cell.setLength(0);
                off.clear();
                cellStart = k + 1;
                continue;
            }
            cell.append(c);
            off.add(row.start() + k);
        }
        return out;
    }

    /** A line break inside a cell, as converters write it ({@code <br>}, {@code <br/>}, {@code <br />}). */
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("<br\\s*/?>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Strong emphasis, {@code **…**} or {@code __…__}: its words are group 2. */
    private static final java.util.regex.Pattern STRONG = java.util.regex.Pattern.compile("(\\*\\*|__)(.+?)\\1");

    /** Each strong emphasis of a text as its words, the offsets of the words kept. */
    private static void strong(StringBuilder text, List<Integer> offsets) {
        keepGroup(STRONG, 2, text, offsets);
    }

    /**
     * Each match of a pattern in a text replaced by one of its groups, the offsets of the kept chars kept with
     * them ({@code **一、总体情况**} as 一、总体情况).
     */
    private static void keepGroup(java.util.regex.Pattern pattern, int group, StringBuilder text, List<Integer> offsets) {
        java.util.regex.Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Integer> off = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            for (int k = last; k < m.start(); k++) {
                out.append(text.charAt(k));
                off.add(offsets.get(k));
            }
            for (int k = m.start(group); k < m.end(group); k++) {
                out.append(text.charAt(k));
                off.add(offsets.get(k));
            }
            last = m.end();
        }
        for (int k = last; k < text.length(); k++) {
            out.append(text.charAt(k));
            off.add(offsets.get(k));
        }
        text.setLength(0);
        text.append(out);
        offsets.clear();
        offsets.addAll(off);
    }

    private static boolean delimiter(List<SourceDocument.Cell> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.text().strip().matches(":?-{3,}:?"));
    }

    /** A link or an inline image ({@code [text](url)}, {@code ![alt](src)}), its address one level of brackets deep. */
    private static final java.util.regex.Pattern LINK =
            java.util.regex.Pattern.compile("!?\\[([^\\]]*)]\\((?:[^()]|\\([^()]*\\))*\\)");

    /**
     * Each link in a paragraph as its text ({@code 详见[条例全文](http://…)} as 详见条例全文, as the page printed it; an
     * inline image as its alt text), the offsets of the text kept.
     */
    private static void links(StringBuilder text, List<Integer> offsets) {
        if (text.indexOf("](") >= 0) {
            keepGroup(LINK, 1, text, offsets);
        }
    }

    private static void unescape(String s, int from, int base, StringBuilder out, List<Integer> offsets) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length() && "\\`*_{}[]()#+-.!|<>~&".indexOf(s.charAt(k + 1)) >= 0) {
                k++;
                c = s.charAt(k);
            }
            out.append(c);
            offsets.add(base + k);
        }
    }
}
