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

    /** Whether a text looks like Markdown: an ATX heading or a pipe table among its first lines. */
    public static boolean looksLikeMarkdown(String text) {
        String head = text.substring(0, Math.min(text.length(), 4000));
        return head.startsWith("# ") || head.contains("\n## ") || head.contains("\n|---");
    }

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
            if (t.startsWith("|")) {
                List<List<SourceDocument.Cell>> rows = new ArrayList<>();
                int first = l.start();
                int last = l.start() + l.text().length();
                int columns = 0;
                long cellCount = 0;
                while (i < lines.size() && lines.get(i).text().strip().startsWith("|")) {
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
                spanHeaderLabels(rows);
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
                    && !lines.get(i).text().strip().startsWith("#") && !lines.get(i).text().strip().startsWith("|"));
            String p = para.toString();
            int[] off = offsets.stream().mapToInt(Integer::intValue).toArray();
            boolean bold = heading == 0 && p.strip().startsWith("**") && p.strip().endsWith("**") && p.strip().length() > 4;
            if (bold) {
                int a = p.indexOf("**");
                int b = p.lastIndexOf("**");
                off = java.util.Arrays.copyOfRange(off, a + 2, b);
                p = p.substring(a + 2, b);
            }
            SourceLocation at = new SourceLocation.TextRange(start, Math.max(start, end));
            boolean tableFollows = nextIsTable(lines, i);
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

    /** A cell holding a figure only (digits, a decimal point, thousands commas, a sign). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-+]?[0-9][0-9,，]*(?:\\.[0-9]+)?");

    /**
     * The header rows of a pipe table made from a table with merged cells, where the converter wrote a merged
     * label once and left the cells it covered empty ({@code | 行政复议 |  |  |  |  | 行政诉讼 | …}): each empty
     * cell after a label is the label's span, as the page printed it. Only the rows above the table's first figure
     * (its header rows); below them an empty cell is a blank of the table, kept.
     */
    private static void spanHeaderLabels(List<List<SourceDocument.Cell>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<SourceDocument.Cell> row = rows.get(r);
            if (row.stream().anyMatch(c -> FIGURE.matcher(c.text().strip()).matches())) {
                return;
            }
            List<SourceDocument.Cell> merged = new ArrayList<>();
            for (SourceDocument.Cell c : row) {
                SourceDocument.Cell prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (c.text().isBlank() && prev != null && !prev.text().isBlank()) {
                    java.util.Optional<SourceLocation> at = prev.at();
                    if (prev.at().isPresent() && c.at().isPresent()
                            && prev.at().get() instanceof SourceLocation.TextRange a
                            && c.at().get() instanceof SourceLocation.TextRange b) {
                        at = java.util.Optional.of(new SourceLocation.TextRange(a.start(), b.end()));
                    }
                    merged.set(merged.size() - 1, new SourceDocument.Cell(prev.text(), prev.rowspan(),
                            prev.colspan() + c.colspan(), prev.element(), at));
                } else {
                    merged.add(c);
                }
            }
            rows.set(r, merged);
        }
    }

    private static boolean nextIsTable(List<SourceLine> lines, int i) {
        while (i < lines.size() && lines.get(i).text().isBlank()) {
            i++;
        }
        return i < lines.size() && lines.get(i).text().strip().startsWith("|");
    }

    /** A pipe table row's cells, split at unescaped pipes, escapes undone. */
    private static List<SourceDocument.Cell> cells(SourceLine row) {
        String s = row.text();
        int a = s.indexOf('|');
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
                out.add(new SourceDocument.Cell(cell.toString(), 1, 1, -1,
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

    private static boolean delimiter(List<SourceDocument.Cell> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.text().strip().matches(":?-{3,}:?"));
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
