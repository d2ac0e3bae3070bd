package io.github.xxgk.ingest.pdf.internal;

import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pages of a PDF laid out into the neutral document: tables from their ruling lines (a table
 * continued at the top of the next page joined to its first part), the other characters into lines
 * and the lines into paragraphs (a new paragraph where a line is indented or centred, where it opens with
 * an item's number after a line ending a sentence, where the line
 * before it stopped short of the right margin, or where the type size changes; a paragraph that runs
 * on over a page break continued), page numbers and running headers and footers left out of the text
 * flow, and images where they stand. Not thread-safe: one per document.
 */
final class Layout {

    /** A page number as printed in a margin: {@code -1-}, {@code — 2 —}, {@code 第3页}, {@code 3/5}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–－_·.]*(?:第\\s*)?[0-9０-９]{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*[0-9０-９]{1,4}|\\s*共\\s*[0-9０-９]{1,4}\\s*页)?"
                    + "[\\s\\-—–－_·.]*$");
    /** The share of the page's height at top and bottom where page numbers and running headers stand. */
    private static final double MARGIN = 0.11;

    /** What one page holds. */
    record Page(double width, double height, List<Glyph> glyphs, List<Segment> segments, List<Box> images) {
    }

    /** The text left out of the flow: page numbers and running headers, with where they stood. */
    record Furniture(String text, SourceLocation location) {
    }

    private final List<Page> pages;
    private final List<Furniture> furniture = new ArrayList<>();

    private Layout(List<Page> pages) {
        this.pages = pages;
    }

    /** The document's blocks, and what was left out of the flow. */
    record Result(List<SourceDocument.Block> blocks, List<Furniture> furniture, int characters) {
    }

    /** One item on a page in reading order: a line of text, a table, an image. */
    private record Item(int page, double top, Object what) {
    }

    /** Lays out the pages. */
    static Result of(List<Page> pages) {
        return new Layout(pages).run();
    }

    private Result run() {
        // tables of every page, and the characters inside them
        List<List<Tables.Found>> tables = new ArrayList<>();
        List<List<Glyph>> flow = new ArrayList<>();
        List<Map<Tables.Found, List<Glyph>>> inTables = new ArrayList<>();
        int characters = 0;
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            characters += page.glyphs().size();
            List<Segment> segments = new ArrayList<>(page.segments());
            segments.addAll(Tables.unruledColumns(page.segments(), page.glyphs()));
            List<Tables.Found> found = Tables.find(p + 1, segments);
            Map<Tables.Found, List<Glyph>> inside = new HashMap<>();
            List<Glyph> rest = new ArrayList<>();
            for (Glyph g : page.glyphs()) {
                Tables.Found holder = null;
                for (Tables.Found f : found) {
                    if (f.box().contains(g.centreX(), g.centreY())) {
                        holder = f;
                        break;
                    }
                }
                if (holder == null) {
                    rest.add(g);
                } else {
                    inside.computeIfAbsent(holder, k -> new ArrayList<>()).add(g);
                }
            }
            tables.add(found);
            flow.add(rest);
            inTables.add(inside);
        }
        // lines of every page, without page numbers and running headers
        List<List<Lines.Line>> lines = new ArrayList<>();
        Map<String, Integer> topLines = new HashMap<>();
        Map<String, Integer> bottomLines = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Lines.Line> ls = Lines.of(flow.get(p));
            lines.add(ls);
            for (Lines.Line l : ls) {
                if (l.baseline() < pages.get(p).height() * MARGIN) {
                    topLines.merge(key(l.text()), 1, Integer::sum);
                }
                if (l.top() > pages.get(p).height() * (1 - MARGIN)) {
                    bottomLines.merge(key(l.text()), 1, Integer::sum);
                }
            }
        }
        for (int p = 0; p < pages.size(); p++) {
            double h = pages.get(p).height();
            List<Lines.Line> kept = new ArrayList<>();
            for (Lines.Line l : lines.get(p)) {
                boolean inMargin = l.top() > h * (1 - MARGIN) || l.baseline() < h * MARGIN;
                boolean pageNumber = inMargin && PAGE_NUMBER.matcher(l.text()).matches();
                boolean runningHeader = l.baseline() < h * MARGIN && pages.size() > 1
                        && topLines.getOrDefault(key(l.text()), 0) > 1;
                // a footer printed on every page but for its page number (a browser's address and 1/4)
                boolean runningFooter = l.top() > h * (1 - MARGIN) && pages.size() > 1
                        && bottomLines.getOrDefault(key(l.text()), 0) > 1;
                if (pageNumber || runningHeader || runningFooter) {
                    furniture.add(new Furniture(l.text(), box(p + 1, l)));
                } else {
                    kept.add(l);
                }
            }
            lines.set(p, kept);
        }
        // the items of each page top to bottom
        List<List<Item>> items = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Item> is = new ArrayList<>();
            for (Lines.Line l : lines.get(p)) {
                is.add(new Item(p, l.top(), l));
            }
            for (Tables.Found f : tables.get(p)) {
                is.add(new Item(p, f.box().top(), f));
            }
            for (Box b : pages.get(p).images()) {
                boolean inTable = tables.get(p).stream().anyMatch(f -> f.box().contains((b.left() + b.right()) / 2,
                        (b.top() + b.bottom()) / 2));
                if (!inTable && b.width() >= 8 && b.height() >= 8) {
                    is.add(new Item(p, b.top(), b));
                }
            }
            is.sort(Comparator.comparingDouble(Item::top));
            items.add(is);
        }
        double[] margins = margins(lines);
        List<SourceDocument.Block> blocks = new ArrayList<>();
        List<Lines.Line> para = new ArrayList<>();
        int paraPage = 0;
        int gridIndex = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<Item> is = items.get(p);
            for (int i = 0; i < is.size(); i++) {
                Object what = is.get(i).what();
                if (what instanceof Lines.Line l) {
                    if (!para.isEmpty() && startsParagraph(para.get(para.size() - 1), l, paraPage != p, margins)) {
                        blocks.add(paragraph(para, paraPage));
                        para = new ArrayList<>();
                    }
                    if (para.isEmpty()) {
                        paraPage = p;
                    }
                    para.add(l);
                    continue;
                }
                if (!para.isEmpty()) {
                    blocks.add(paragraph(para, paraPage));
                    para = new ArrayList<>();
                }
                if (what instanceof Box b) {
                    blocks.add(new SourceDocument.Image("page " + (p + 1) + " image",
                            new SourceLocation.PageBox(p + 1, b.left(), b.top(), b.right(), b.bottom())));
                    continue;
                }
                Tables.Found f = (Tables.Found) what;
                List<Tables.Found> parts = new ArrayList<>(List.of(f));
                List<List<Glyph>> glyphs = new ArrayList<>(List.of(inTables.get(p).getOrDefault(f, List.of())));
                // a table that ends its page and goes on at the top of the next one
                int q = p;
                int at = i;
                while (at == items.get(q).size() - 1 && q + 1 < pages.size() && !items.get(q + 1).isEmpty()
                        && items.get(q + 1).get(0).what() instanceof Tables.Found next
                        && Math.abs(next.box().left() - parts.get(parts.size() - 1).box().left()) <= 4 * Tables.TOLERANCE
                        && Math.abs(next.box().right() - parts.get(parts.size() - 1).box().right()) <= 4 * Tables.TOLERANCE) {
                    parts.add(next);
                    glyphs.add(inTables.get(q + 1).getOrDefault(next, List.of()));
                    items.get(q + 1).remove(0);
                    q++;
                    at = -1;
                }
                blocks.add(Tables.grid(gridIndex++, parts, glyphs, furniture));
            }
        }
        if (!para.isEmpty()) {
            blocks.add(paragraph(para, paraPage));
        }
        return new Result(blocks, furniture, characters);
    }

    private static String key(String text) {
        return text.replaceAll("[0-9０-９\\s]", "").toLowerCase(Locale.ROOT);
    }

    private static SourceLocation.PageBox box(int page, Lines.Line l) {
        return new SourceLocation.PageBox(page, l.left(), l.top(), Math.max(l.left(), l.right()),
                Math.max(l.top(), l.baseline()));
    }

    /**
     * The left and right margins of the body text (where most lines begin, and where most of the lines that reach
     * the right end stop), and its type size.
     */
    private static double[] margins(List<List<Lines.Line>> lines) {
        Map<Long, Integer> lefts = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        double widest = Double.NEGATIVE_INFINITY;
        for (List<Lines.Line> ls : lines) {
            for (Lines.Line l : ls) {
                lefts.merge(Math.round(l.left() / 2), 1, Integer::sum);
                sizes.merge(Math.round(l.size()), 1, Integer::sum);
                widest = Math.max(widest, l.right());
            }
        }
        long size = mode(sizes);
        // the right margin: the most common end among the lines that reach within three characters of the
        // rightmost end, not among all lines (a short report's one-line paragraphs, 相关情况如下。 four times,
        // outnumber its two full lines, and where they end is no margin)
        Map<Long, Integer> rights = new HashMap<>();
        for (List<Lines.Line> ls : lines) {
            for (Lines.Line l : ls) {
                if (l.right() >= widest - 3.0 * Math.max(size, 1)) {
                    rights.merge(Math.round(l.right() / 2), 1, Integer::sum);
                }
            }
        }
        // where the lines of that end stop, not its bucket's rounded value: a line set ragged is read against it
        // to a point (see fits)
        long right = mode(rights);
        double sum = 0;
        int n = 0;
        for (List<Lines.Line> ls : lines) {
            for (Lines.Line l : ls) {
                if (Math.round(l.right() / 2) == right) {
                    sum += l.right();
                    n++;
                }
            }
        }
        return new double[] {mode(lefts) * 2.0, n == 0 ? right * 2.0 : sum / n, size};
    }

    private static long mode(Map<Long, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(0L);
    }

    /** A line that ends a sentence: its last character a full stop, a question or an exclamation mark. */
    private static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile("[。！？][”’」』）)]?\\s*$");
    /**
     * A line that opens with an item's number: （7）, (7), （一）, 3. or 3．or 3、, 二、 followed by text (not
     * a figure such as 3.5 or a date such as 2023年).
     */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^\\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９])|[一二三四五六七八九十]{1,3}、)");

    private static boolean startsParagraph(Lines.Line prev, Lines.Line line, boolean newPage, double[] margins) {
        double size = Math.max(prev.size(), line.size());
        if (!newPage && (centred(prev, margins) || prev.size() > 1.15 * margins[2] && balanced(prev, margins))
                && centred(line, margins) && Math.abs(prev.size() - line.size()) <= 1.5
                && line.baseline() - prev.baseline() <= 1.8 * size && !line.text().startsWith("（")
                && !line.text().startsWith("(") && !ENDS_SENTENCE.matcher(prev.text()).find()
                && !NUMBERED.matcher(line.text()).find()) {
            return false; // a centred title wrapped, its last characters on a line of their own (…年度报 / 告)
        }
        if (!newPage && centred(line, margins) && full(prev, margins) && Math.abs(prev.size() - line.size()) <= 1.5
                && line.baseline() - prev.baseline() <= 1.8 * size && !ENDS_SENTENCE.matcher(prev.text()).find()
                && !ENDS_LEAD.matcher(prev.text()).find() && !NUMBERED.matcher(line.text()).find()) {
            return false; // a centred line wrapped: its first line filled the measure (…· 发布日 / 期 2022-01-09)
        }
        if (line.left() > margins[0] + 0.8 * line.size()) {
            return true; // indented or centred
        }
        if (prev.right() < margins[1] - 1.5 * size && fits(prev, line, margins)) {
            return true; // the line before stopped short, where the next line's first word would have gone
        }
        if (ENDS_SENTENCE.matcher(prev.text()).find() && NUMBERED.matcher(line.text()).find()) {
            // a paragraph whose last line filled the measure (its full stop hung in the margin), then one
            // not indented that opens with its number: （7）…, 3.…, 二、…
            return true;
        }
        if (Math.abs(prev.size() - line.size()) > 1.5) {
            return true;
        }
        if (prev.left() > margins[0] + 0.8 * prev.size() && prev.right() < margins[1] - 0.8 * size
                && fits(prev, line, margins)) {
            return true; // the line before was centred (not a first line indented, set ragged, that was full)
        }
        return !newPage && line.baseline() - prev.baseline() > 2.4 * size;
    }

    /**
     * Whether the next line's first word (a run of Latin letters and figures, or one ideograph, with the
     * opening brackets before it and the punctuation that may not begin a line after it) would have fitted at the end of the line before: if
     * not, the line broke there because it was full, as text set ragged (a browser's print, text-align:
     * left) breaks short of the margin, and no paragraph ends.
     */
    private static boolean fits(Lines.Line prev, Lines.Line line, double[] margins) {
        List<Glyph> g = line.glyphs();
        if (g.isEmpty()) {
            return true;
        }
        int start = 0;
        while (start < g.size() - 1 && NO_BREAK_AFTER.indexOf(g.get(start).text().charAt(0)) >= 0) {
            start++; // an opening bracket or quote goes with the character after it (行尾禁则)
        }
        int end = start + 1;
        if (latin(g.get(start).text())) {
            while (end < g.size() && latin(g.get(end).text()) && g.get(end).left() - g.get(end - 1).right() < 0.3 * line.size()) {
                end++;
            }
        }
        while (end < g.size() && NO_BREAK_BEFORE.indexOf(g.get(end).text().charAt(0)) >= 0) {
            end++;
        }
        double word = g.get(end - 1).right() - g.get(0).left();
        return prev.right() + word <= margins[1] + 0.1 * line.size();
    }

    /** Punctuation a line may not end with (行尾禁则): it goes with the character after it. */
    private static final String NO_BREAK_AFTER = "（《「『“‘【〔〈(";
    /** Punctuation a line may not begin with (行首禁则): it goes with the character before it. */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』”’】〕…—,.;:?!)%％";

    private static boolean latin(String t) {
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '０' && c <= '９'
                || c == '.' || c == ',' || c == '%' || c == '@' || c == '_' || c == '-' || c == '/';
    }

    /** A line that ends leading to what follows (…如下：): a caption centred under it is no part of it. */
    private static final java.util.regex.Pattern ENDS_LEAD = java.util.regex.Pattern.compile("[：:]\\s*$");

    /** Whether a line fills the measure: it begins at the left margin and ends at the right one. */
    private static boolean full(Lines.Line l, double[] margins) {
        return Math.abs(l.left() - margins[0]) <= 0.5 * l.size() && Math.abs(l.right() - margins[1]) <= 0.5 * l.size();
    }

    /** Whether a line stands centred between the margins, apart from both. */
    private static boolean centred(Lines.Line l, double[] margins) {
        return l.left() > margins[0] + 0.8 * l.size() && l.right() < margins[1] - 0.8 * l.size() && balanced(l, margins);
    }

    /** Whether a line's middle is the middle between the margins. */
    private static boolean balanced(Lines.Line l, double[] margins) {
        return Math.abs((l.left() + l.right()) / 2 - (margins[0] + margins[1]) / 2) <= 1.5 * l.size();
    }

    private static SourceDocument.Para paragraph(List<Lines.Line> lines, int page) {
        String text = Lines.joinLines(lines.stream().map(Lines.Line::text).toList());
        Lines.Line first = lines.get(0);
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = first.baseline();
        for (Lines.Line l : lines) {
            left = Math.min(left, l.left());
            right = Math.max(right, l.right());
            if (l == lines.get(lines.size() - 1)) {
                bottom = l.baseline();
            }
        }
        boolean onePage = true;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).top() < lines.get(i - 1).top()) {
                onePage = false;
            }
        }
        double b = onePage ? Math.max(first.top(), bottom) : Math.max(first.top(), first.baseline());
        return new SourceDocument.Para(text, new SourceLocation.PageBox(page + 1, left, first.top(),
                Math.max(left, right), b), new int[0]);
    }
}
