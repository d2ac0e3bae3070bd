package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * xxgk's own plain-text rendering of a report (the render module's {@code TextRenderer}) into the
 * neutral {@link SourceDocument}, as {@link MarkdownSource} reads its Markdown. The layout, as that
 * renderer documents it: the title and the byline are the first block; after a blank line, a line is a
 * heading whose indent (two spaces a level) gives its level, the lines under it without a blank line its
 * paragraphs; a line starting with two ideographic spaces is a paragraph outside every section; a table
 * is its caption (a paragraph), each block's caption (a row spanning the grid, as in Markdown), its
 * header line, a line of {@code -} and its rows, the columns found from the header line (each header
 * left-aligned at its column's start) and the dash line (as long as the table) by display width (East
 * Asian wide and full-width characters two columns). A character standing between two columns (a cell
 * wider than its column) is refused with a typed error, never guessed. Every line's character offsets
 * kept. Knows nothing of the forms. Not API.
 */
public final class PlainTextSource {

    private static final String PARAGRAPH_MARK = "\u3000\u3000";

    private PlainTextSource() {
    }

    private record Line(String text, int start) {
        boolean blank() {
            return text.isBlank();
        }

        boolean dashes() {
            String t = text.strip();
            return !t.isEmpty() && t.chars().allMatch(c -> c == '-') && !text.startsWith(" ");
        }

        int indent() {
            int k = 0;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            return k;
        }
    }

    /**
     * Reads a decoded plain-text rendering.
     *
     * @param text the text
     * @param charset the charset decision
     * @param maxTableCells the most cells of one table
     * @return the document
     * @throws ReadException when a table has more cells, or a cell overflows its column
     */
    public static SourceDocument read(String text, Charsets.Decoded charset, int maxTableCells) {
        List<Line> lines = SourceLine.of(text).stream().map(l -> new Line(l.text(), l.start())).toList();
        // the blocks between blank lines
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        for (Line l : lines) {
            if (l.blank()) {
                if (!cur.isEmpty()) {
                    blocks.add(cur);
                    cur = new ArrayList<>();
                }
            } else {
                cur.add(l);
            }
        }
        if (!cur.isEmpty()) {
            blocks.add(cur);
        }
        List<SourceDocument.Block> out = new ArrayList<>();
        int grids = 0;
        boolean afterTable = false;
        for (int b = 0; b < blocks.size(); b++) {
            List<Line> block = blocks.get(b);
            int dash = -1;
            for (int j = 1; j < block.size() && j <= 3; j++) {
                if (block.get(j).dashes()) {
                    dash = j;
                    break;
                }
            }
            if (dash > 0 && !block.get(0).text().startsWith(PARAGRAPH_MARK)) {
                // lines above the header: the table's caption and a block's caption; one line alone is the
                // table's caption, except right after a table, where it may be either: it is then given as a
                // row spanning the grid (as MarkdownSource gives a line between two tables), and the
                // recogniser tells a table's caption from a block's by the form
                List<Line> above = block.subList(0, dash - 1);
                Line caption = null;
                int k = 0;
                if (above.size() == 2 || above.size() == 1 && !afterTable) {
                    out.add(para(above.get(0), 0, 0));
                    k = 1;
                }
                if (k < above.size()) {
                    caption = above.get(k);
                }
                out.add(grid(grids++, caption, block.get(dash - 1), block.get(dash), block.subList(dash + 1, block.size()),
                        maxTableCells));
                afterTable = true;
                continue;
            }
            afterTable = false;
            int from = 0;
            if (b == 0) {
                // the title and the byline
                if (block.size() >= 2) {
                    out.add(para(block.get(0), 0, 1));
                    from = 1;
                }
                out.add(para(block.get(from), 0, 0));
                from++;
            } else if (block.get(0).text().startsWith(PARAGRAPH_MARK)) {
                out.add(para(block.get(0), PARAGRAPH_MARK.length(), 0));
                from = 1;
            } else {
                Line h = block.get(0);
                out.add(para(h, h.indent(), 2 + h.indent() / 2));
                from = 1;
            }
            for (int j = from; j < block.size(); j++) {
                Line l = block.get(j);
                out.add(para(l, l.indent(), 0));
            }
        }
        return new SourceDocument(out, Map.of(), false, charset.charset(), charset.guess());
    }

    private static SourceDocument.Para para(Line l, int from, int heading) {
        String s = l.text();
        int to = s.length();
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        int[] off = new int[to - from];
        for (int k = 0; k < off.length; k++) {
            off[k] = l.start() + from + k;
        }
        return new SourceDocument.Para(s.substring(from, to),
                new SourceLocation.TextRange(l.start() + from, l.start() + Math.max(from, to)), off, heading);
    }

    private static SourceDocument.Grid grid(int index, Line caption, Line header, Line dashes, List<Line> body,
            int maxTableCells) {
        // the columns' starts (display columns): each header is left-aligned at its column's start, the
        // columns two spaces apart; the first header may be empty (the header line then starts with spaces)
        List<Integer> starts = new ArrayList<>();
        int[] hw = displayColumns(header.text());
        String h = header.text();
        if (h.startsWith(" ")) {
            starts.add(0);
        }
        for (int k = 0; k < h.length(); k++) {
            if (h.charAt(k) != ' ' && (k == 0 || k >= 2 && h.charAt(k - 1) == ' ' && h.charAt(k - 2) == ' ')) {
                starts.add(hw[k]);
            }
        }
        int total = io.github.xxgk.core.DisplayWidth.of(dashes.text().strip());
        int n = starts.size();
        int[] end = new int[n];
        for (int c = 0; c < n; c++) {
            end[c] = c + 1 < n ? starts.get(c + 1) - 2 : total;
        }
        String where = "text table " + index + " (text " + header.start() + ")";
        if ((long) n * (body.size() + 1) > maxTableCells) {
            throw new ReadException(where, "表格的单元格超过 " + maxTableCells + " 个。",
                    "A table has more than " + maxTableCells + " cells.");
        }
        List<List<SourceDocument.Cell>> rows = new ArrayList<>();
        if (caption != null) {
            SourceDocument.Para p = para(caption, caption.indent(), 0);
            rows.add(List.of(new SourceDocument.Cell(p.text(), 1, Math.max(1, n), -1, Optional.of(p.location()))));
        }
        rows.add(cells(header, starts, end, where));
        for (Line l : body) {
            rows.add(cells(l, starts, end, where));
        }
        int last = body.isEmpty() ? dashes.start() + dashes.text().length()
                : body.get(body.size() - 1).start() + body.get(body.size() - 1).text().length();
        return new SourceDocument.Grid(index, rows, new SourceLocation.TextRange(caption != null ? caption.start()
                : header.start(), last));
    }

    private static List<SourceDocument.Cell> cells(Line l, List<Integer> starts, int[] end, String where) {
        String s = l.text();
        int[] dw = displayColumns(s);
        int n = starts.size();
        int[] from = new int[n];
        int[] to = new int[n];
        java.util.Arrays.fill(from, -1);
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == ' ' || Character.isLowSurrogate(ch)) {
                continue;
            }
            // the last column starting at or before the character (the starts ascend), if it reaches it
            int lo = 0;
            int hi = n - 1;
            int col = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts.get(mid) <= dw[k]) {
                    col = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (col >= 0 && dw[k] >= end[col]) {
                col = -1;
            }
            if (col < 0) {
                throw new ReadException(where + ", line at " + l.start(), "第 " + (k + 1) + " 个字符落在两列之间（单元格超出了列宽），无法确定所属的列。",
                        "Character " + (k + 1) + " stands between two columns (a cell wider than its column): its column cannot be told.");
            }
            if (from[col] < 0) {
                from[col] = k;
            }
            to[col] = k + Character.charCount(s.codePointAt(k));
        }
        List<SourceDocument.Cell> cells = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            String t = from[c] < 0 ? "" : s.substring(from[c], to[c]);
            int a = l.start() + (from[c] < 0 ? Math.min(s.length(), charAt(dw, starts.get(c), s.length())) : from[c]);
            int z = from[c] < 0 ? a : l.start() + to[c];
            cells.add(new SourceDocument.Cell(t, 1, 1, -1, Optional.of(new SourceLocation.TextRange(a, z))));
        }
        return cells;
    }

    /** The char index at which a display column starts, or the line's length. */
    private static int charAt(int[] dw, int column, int length) {
        for (int k = 0; k < length; k++) {
            if (dw[k] >= column) {
                return k;
            }
        }
        return length;
    }

    /** The display column each char of a line starts at. */
    private static int[] displayColumns(String s) {
        int[] dw = new int[s.length()];
        int w = 0;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            int cc = Character.charCount(cp);
            for (int j = 0; j < cc; j++) {
                dw[k + j] = w;
            }
            w += io.github.xxgk.core.DisplayWidth.of(cp);
            k += cc;
        }
        return dw;
    }
}
