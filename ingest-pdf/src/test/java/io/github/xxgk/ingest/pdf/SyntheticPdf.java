package io.github.xxgk.ingest.pdf;

import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.StubLayout;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Unit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Synthetic PDFs laid out like a report exported from Word: A4, the title centred over two lines, the
 * sections with indented paragraphs, the tables of the form drawn with ruling lines as the official
 * template prints them (表三's vertical header one character per line, its parent rows as merged cells),
 * a table that does not fit continued on the next page without its header, page numbers {@code - n -}
 * at the foot of each page, the signature and date right-aligned at the end. Every character is
 * placed by position (as WPS does), in Type 3 fonts that map their codes to Unicode, so that no font
 * file is needed.
 */
final class SyntheticPdf {

    static final float WIDTH = 595;
    static final float HEIGHT = 842;
    static final float LEFT = 72;
    static final float RIGHT = 523;
    static final float TOP = 72;
    static final float BOTTOM = 770;
    static final float BODY = 14;
    static final float CELL = 9;

    /** The page number as printed at the foot of page n. */
    private final java.util.function.IntFunction<String> pageNumber;
    /** A row of 表三 whose last two figures are printed in one cell, run together (a line not drawn). */
    private String merge = "";
    /** A text set at 45 degrees across every page, empty for none. */
    private String watermark = "";
    /** How many last characters of the title are printed on a line of their own, 0 to print it by agency. */
    private int titleWrap;
    /** How many characters the first line of a paragraph is indented by (Word's 首行缩进; 0 for none). */
    private int indent = 2;
    /**
     * Whether lines are broken as a browser breaks them (text-align: left): never before punctuation that
     * may not begin a line nor after an opening bracket, so that a line may stop a character or two short.
     */
    private boolean ragged;
    /** The characters the fonts' maps name otherwise than as themselves. */
    private Map<Character, Character> named = Map.of();
    /** The characters the fonts' ToUnicode maps leave out (their glyphs have no standard names either). */
    private java.util.Set<Character> unmapped = java.util.Set.of();
    /** Whether the fonts have no ToUnicode map at all. */
    private boolean noMap;
    /**
     * Whether the characters of {@link #unmapped} are drawn in a composite (Type 0) font of their own instead,
     * coded from 0x35 (the code of “5”): with a ToUnicode map that names none of them, or with none.
     */
    private boolean composite;
    /** Whether that composite font has a ToUnicode map (naming none of its glyphs) or none at all. */
    private boolean compositeMap;
    /** How many characters are drawn in that composite font. */
    private int compositeCount;
    /** The placeholder whose glyph stands for every CJK character, its character in an /ActualText; 0 for none. */
    private char actualText;
    /** Whether the last /ActualText sequence of each page lacks its EMC. */
    private boolean unclosedLast;
    /** Per page: where its last /ActualText sequence's EMC is in its content, -1 for none. */
    private final List<Integer> lastClose = new ArrayList<>();
    /** A running header printed at the top of every page, empty for none. */
    private String header = "";
    private final List<StringBuilder> pages = new ArrayList<>();
    private final List<List<float[]>> images = new ArrayList<>();
    private final Map<Integer, int[]> codes = new LinkedHashMap<>();
    private final List<List<Integer>> fonts = new ArrayList<>();
    private float y;

    private SyntheticPdf(java.util.function.IntFunction<String> pageNumber) {
        this.pageNumber = pageNumber;
        newPage();
    }

    /** A report laid out as a PDF. */
    static byte[] of(AnnualReport report) {
        return of(report, n -> "- " + n + " -");
    }

    /** A report laid out as a PDF, with page numbers printed in a style of one's own. */
    static byte[] of(AnnualReport report, java.util.function.IntFunction<String> pageNumber) {
        return of(report, pageNumber, "");
    }

    /** A report laid out as a PDF, with page numbers of a style of one's own and a running header. */
    static byte[] of(AnnualReport report, java.util.function.IntFunction<String> pageNumber, String header) {
        SyntheticPdf pdf = new SyntheticPdf(pageNumber);
        pdf.header = header;
        pdf.pages.clear();
        pdf.images.clear();
        pdf.newPage();
        pdf.report(report);
        return pdf.bytes();
    }

    /**
     * A report laid out as a PDF whose fonts map some characters to others of the same glyph, as Chrome's
     * PDFs map 工 to the Kangxi radical ⼯: each key character is drawn as itself and named as its value.
     */
    static byte[] withCharacterMap(AnnualReport report, Map<Character, Character> named) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.named = Map.copyOf(named);
        pdf.report(report);
        return pdf.bytes();
    }

    /**
     * A report laid out as a PDF whose fonts name no character for the given ones (their ToUnicode maps
     * leave them out, and their glyph names are no standard ones), or, for none given, have no ToUnicode map at all (and glyph names no list
     * knows): as a PDF made with a font subset that keeps no character map, whose text extracts as garbage.
     */
    static byte[] withoutCharacterMap(AnnualReport report, java.util.Set<Character> left) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.unmapped = java.util.Set.copyOf(left);
        pdf.noMap = left.isEmpty();
        pdf.report(report);
        return pdf.bytes();
    }

    /**
     * A report laid out as a PDF whose given characters are drawn in a composite font (Type 0, Identity-H, codes
     * from 0x35 on) that names no character for them: its ToUnicode map leaves them out ({@code withMap}), or it has
     * none. The other characters are in fonts that name theirs. As a PDF of a CJK font subset whose map lost entries.
     */
    static byte[] withCompositeUnmapped(AnnualReport report, java.util.Set<Character> left, boolean withMap) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.unmapped = java.util.Set.copyOf(left);
        pdf.composite = true;
        pdf.compositeMap = withMap;
        pdf.report(report);
        return pdf.bytes();
    }

    /**
     * A report laid out as a PDF as LibreOffice exports it where it has no font for CJK: every CJK character drawn
     * with the one glyph of a placeholder character ({@code placeholder}, which the font's map names), inside a
     * marked-content sequence whose /ActualText gives the character ({@code /Span<</ActualText<FEFF…>>> BDC … EMC}),
     * each text run marked as a paragraph around them ({@code /P<</MCID n>> BDC … EMC}); with {@code unclosedLast},
     * no paragraph is marked and the last sequence of every page lacks its EMC; with {@code mapped} false, the
     * font's map does not name the placeholder either (the glyph alone gives no character).
     */
    static byte[] withActualText(AnnualReport report, char placeholder, boolean unclosedLast, boolean mapped) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.actualText = placeholder;
        pdf.unclosedLast = unclosedLast;
        pdf.unmapped = mapped ? java.util.Set.of() : java.util.Set.of(placeholder);
        pdf.report(report);
        return pdf.bytes();
    }

    /** A report laid out as a PDF with a watermark set at a slant across every page, over the text. */
    static byte[] withWatermark(AnnualReport report, String mark) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.watermark = mark;
        pdf.pages.clear();
        pdf.images.clear();
        pdf.newPage();
        pdf.report(report);
        return pdf.bytes();
    }

    /**
     * A report laid out as a PDF whose paragraphs are not indented (as a document without 首行缩进 exports):
     * a paragraph starts under the one before it, at the left margin.
     */
    static byte[] withParagraphsUnindented(AnnualReport report) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.indent = 0;
        pdf.report(report);
        return pdf.bytes();
    }

    /**
     * A report laid out as a PDF whose lines break as a browser's print breaks them, ragged at the right:
     * a character that a comma follows goes down with it, and so does an opening bracket before it.
     */
    static byte[] withRaggedRight(AnnualReport report) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.ragged = true;
        pdf.report(report);
        return pdf.bytes();
    }

    /** A report laid out as a PDF, the title's last characters wrapped onto a second centred line. */
    static byte[] withTitleWrapped(AnnualReport report, int lastCharacters) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.titleWrap = lastCharacters;
        pdf.report(report);
        return pdf.bytes();
    }

    /** A report laid out as a PDF, the last two figures of one row of 表三 run together in one cell. */
    static byte[] withMergedCells(AnnualReport report, String rowId) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "- " + n + " -");
        pdf.merge = rowId;
        pdf.report(report);
        return pdf.bytes();
    }

    /** The number of pages of a PDF. */
    static int pageCount(byte[] pdf) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: the given number of pages, each one picture, no text; the title only in the metadata. */
    static byte[] scan(int pageCount, String title) {
        SyntheticPdf pdf = new SyntheticPdf(n -> "");
        for (int i = 1; i < pageCount; i++) {
            pdf.newPage();
        }
        for (List<float[]> list : pdf.images) {
            list.add(new float[] {LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP});
        }
        return pdf.bytes(title, false);
    }

    // ---------------------------------------------------------------- layout

    private void report(AnnualReport r) {
        String title = r.title();
        String agency = r.agency().name();
        if (titleWrap > 0) {
            centred(title.substring(0, title.length() - titleWrap), 20);
            centred(title.substring(title.length() - titleWrap), 20);
        } else if (title.startsWith(agency) && title.length() > agency.length()) {
            centred(agency, 20);
            centred(title.substring(agency.length()), 20);
        } else {
            centred(title, 20);
        }
        y += 10;
        r.preamble().forEach(p -> paragraph(p, BODY, indent));
        Map<String, List<StatisticsTable>> tablesOf = new LinkedHashMap<>();
        for (SectionDefinition s : r.form().sections()) {
            for (String t : s.tables()) {
                r.table(t).ifPresent(table -> tablesOf.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(table));
            }
        }
        for (Section s : r.sections()) {
            section(s);
            for (StatisticsTable t : tablesOf.getOrDefault(s.form().orElse(""), List.of())) {
                table(t);
            }
        }
        for (String line : r.closing()) {
            right(line, BODY);
        }
    }

    private void section(Section s) {
        line(s.numbering() + s.title(), BODY, LEFT + 2 * BODY, true);
        s.paragraphs().forEach(p -> paragraph(p, BODY, indent));
        s.subsections().forEach(this::section);
    }

    private void need(float height) {
        if (y + height > BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        pages.add(new StringBuilder());
        images.add(new ArrayList<>());
        y = TOP;
        if (!header.isEmpty()) {
            text(pages.size() - 1, (WIDTH - width(header, 10)) / 2, 50, 10, header);
        }
        if (!watermark.isEmpty()) {
            // from the lower left towards the upper right, through the body and the tables
            float wx = LEFT + 40;
            float wy = BOTTOM - 120;
            for (int i = 0; i < watermark.length(); i++) {
                char ch = watermark.charAt(i);
                if (ch != ' ') {
                    int[] fc = code(ch);
                    pages.get(pages.size() - 1).append(String.format(Locale.ROOT,
                            "BT /F%d 36 Tf 0.7071 0.7071 -0.7071 0.7071 %.2f %.2f Tm <%02X> Tj ET%n", fc[0], wx, HEIGHT - wy, fc[1]));
                }
                float step = advance(ch, 36) * 0.7071f;
                wx += step;
                wy -= step;
            }
        }
        String number = pageNumber.apply(pages.size());
        if (!number.isEmpty()) {
            float w = width(number, 12);
            text(pages.size() - 1, (WIDTH - w) / 2, 805, 12, number);
        }
    }

    private void centred(String text, float size) {
        need(size * 1.6f);
        float w = width(text, size);
        text(pages.size() - 1, (WIDTH - w) / 2, y + size, size, text);
        y += size * 1.6f;
    }

    private void right(String text, float size) {
        need(size * 1.6f);
        float w = width(text, size);
        text(pages.size() - 1, RIGHT - w - 2 * size, y + size, size, text);
        y += size * 1.6f;
    }

    private void line(String text, float size, float x, boolean alone) {
        need(size * 1.6f);
        text(pages.size() - 1, x, y + size, size, text);
        y += size * 1.6f;
    }

    /** A paragraph: the first line indented by two characters, wrapped at the right margin. */
    private void paragraph(String text, float size, int indent) {
        List<String> lines = wrap(text, size, RIGHT - LEFT, indent * size, ragged);
        for (int i = 0; i < lines.size(); i++) {
            line(lines.get(i), size, i == 0 ? LEFT + indent * size : LEFT, false);
        }
    }

    private static List<String> wrap(String text, float size, float width, float firstIndent) {
        return wrap(text, size, width, firstIndent, false);
    }

    private static List<String> wrap(String text, float size, float width, float firstIndent, boolean ragged) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = firstIndent;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = advance(c, size);
            if (used + w > width + 0.01 && line.length() > 0) {
                StringBuilder down = new StringBuilder();
                if (ragged && "，。、；：）》”".indexOf(c) >= 0) {
                    down.insert(0, line.charAt(line.length() - 1));
                    line.setLength(line.length() - 1);
                    while (line.length() > 1 && "（《“".indexOf(line.charAt(line.length() - 1)) >= 0) {
                        down.insert(0, line.charAt(line.length() - 1));
                        line.setLength(line.length() - 1);
                    }
                }
                out.add(line.toString());
                line.setLength(0);
                line.append(down);
                used = width(down.toString(), size);
            }
            line.append(c);
            used += w;
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    static float advance(char c, float size) {
        return c < 0x2e80 ? size / 2 : size;
    }

    static float width(String s, float size) {
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i), size);
        }
        return w;
    }

    // ---------------------------------------------------------------- tables

    /** A cell of a table laid out: its first row and column, spans, text, whether its text is centred. */
    private record Cell(int row, int col, int rowspan, int colspan, String text, boolean centre) {
    }

    private void table(StatisticsTable t) {
        TableDefinition def = t.definition();
        List<Cell> cells = new ArrayList<>();
        float[] widths;
        int stubCols;
        List<Float> heights = new ArrayList<>();
        if (def.blocks().get(0).layout() == StubLayout.NESTED) {
            BlockDefinition b = def.blocks().get(0);
            stubCols = b.stubDepth();
            int leaves = b.leafColumns().size();
            widths = new float[stubCols + leaves];
            float[] stub = {16, 56, 140};
            float valueWidth = (RIGHT - LEFT - 212) / leaves;
            for (int i = 0; i < widths.length; i++) {
                widths[i] = i < stubCols ? stub[Math.min(i, 2)] : valueWidth;
            }
            int depth = b.headerDepth();
            cells.add(new Cell(0, 0, depth, stubCols, b.stubNote().map(l -> l.zh()).orElse(""), false));
            header(b.columns(), 0, stubCols, depth, cells);
            for (int i = 0; i < depth; i++) {
                heights.add(22f);
            }
            int[] row = {depth};
            for (RowDefinition r : b.rows()) {
                nested(t, b, r, 0, widths, stubCols, row, cells, heights);
            }
        } else if (def.blocks().get(0).layout() == StubLayout.NONE) {
            BlockDefinition b = def.blocks().get(0);
            stubCols = 0;
            int leaves = b.leafColumns().size();
            widths = new float[leaves];
            java.util.Arrays.fill(widths, (RIGHT - LEFT) / leaves);
            int depth = b.headerDepth();
            header(b.columns(), 0, 0, depth, cells);
            for (int i = 0; i < depth; i++) {
                heights.add(30f);
            }
            for (RowDefinition r : b.rows()) {
                int c = 0;
                for (ColumnDefinition leaf : b.leafColumns()) {
                    cells.add(new Cell(heights.size(), c++, 1, 1, value(t.value(r.id(), leaf.id()), leaf), true));
                }
                heights.add(24f);
            }
        } else {
            int max = def.blocks().stream().mapToInt(x -> x.leafColumns().size()).max().orElse(1);
            stubCols = 1;
            widths = new float[1 + max];
            widths[0] = 150;
            for (int i = 1; i <= max; i++) {
                widths[i] = (RIGHT - LEFT - 150) / max;
            }
            for (BlockDefinition b : def.blocks()) {
                int span = max / b.leafColumns().size();
                b.caption().ifPresent(cap -> {
                    cells.add(new Cell(heights.size(), 0, 1, 1 + max, cap.zh(), true));
                    heights.add(30f);
                });
                cells.add(new Cell(heights.size(), 0, 1, 1, b.stub().map(l -> l.zh()).orElse(""), true));
                int c = 1;
                for (ColumnDefinition leaf : b.leafColumns()) {
                    cells.add(new Cell(heights.size(), c, 1, span, leaf.label().zh(), true));
                    c += span;
                }
                heights.add(30f);
                for (RowDefinition r : b.allRows()) {
                    cells.add(new Cell(heights.size(), 0, 1, 1, r.printed(), false));
                    c = 1;
                    for (ColumnDefinition leaf : b.leafColumns()) {
                        cells.add(new Cell(heights.size(), c, 1, span, value(t.value(r.id(), leaf.id()), leaf), true));
                        c += span;
                    }
                    heights.add(30f);
                }
            }
        }
        draw(widths, heights, cells);
    }

    /** The header cells of a column tree: a group spans its leaves, a leaf the rows below it. */
    private static int header(List<ColumnDefinition> columns, int row, int col, int depth, List<Cell> out) {
        int c = col;
        for (ColumnDefinition column : columns) {
            int leaves = leaves(column);
            out.add(new Cell(row, c, column.isLeaf() ? depth - row : 1, leaves, column.label().zh(), true));
            if (!column.isLeaf()) {
                header(column.children(), row + 1, c, depth, out);
            }
            c += leaves;
        }
        return c;
    }

    private static int leaves(ColumnDefinition c) {
        return c.isLeaf() ? 1 : c.children().stream().mapToInt(SyntheticPdf::leaves).sum();
    }

    private static int leafRows(RowDefinition r) {
        return r.children().isEmpty() ? 1 : r.children().stream().mapToInt(SyntheticPdf::leafRows).sum();
    }

    private void nested(StatisticsTable t, BlockDefinition b, RowDefinition r, int level, float[] widths, int stubCols,
            int[] row, List<Cell> cells, List<Float> heights) {
        if (r.children().isEmpty()) {
            cells.add(new Cell(row[0], level, 1, stubCols - level, r.printed(), false));
            int c = stubCols;
            List<ColumnDefinition> leaves = b.leafColumns();
            for (int i = 0; i < leaves.size(); i++) {
                ColumnDefinition leaf = leaves.get(i);
                if (r.id().equals(merge) && i == leaves.size() - 2) {
                    cells.add(new Cell(row[0], c, 1, 2, value(t.value(r.id(), leaf.id()), leaf)
                            + value(t.value(r.id(), leaves.get(i + 1).id()), leaves.get(i + 1)), true));
                    break;
                }
                cells.add(new Cell(row[0], c++, 1, 1, value(t.value(r.id(), leaf.id()), leaf), true));
            }
            float w = 0;
            for (int i = level; i < stubCols; i++) {
                w += widths[i];
            }
            float lines = wrap(r.printed(), CELL, w - 4, 0).size();
            heights.add(Math.max(20f, lines * CELL * 1.3f + 6));
            row[0]++;
            return;
        }
        cells.add(new Cell(row[0], level, leafRows(r), 1, r.printed(), false));
        for (RowDefinition child : r.children()) {
            nested(t, b, child, level + 1, widths, stubCols, row, cells, heights);
        }
    }

    /** A value as printed: an amount with its unit unless the column fixes that unit. */
    private static String value(CellValue v, ColumnDefinition column) {
        if (v instanceof Amount a) {
            Unit unit = column.unit().orElse(Unit.MONEY_AS_WRITTEN);
            boolean same = unit == Unit.TEN_THOUSAND_YUAN && a.unit() == MoneyUnit.TEN_THOUSAND_YUAN
                    || unit == Unit.YUAN && a.unit() == MoneyUnit.YUAN;
            return same ? a.value().toPlainString() : a.toString();
        }
        if (v.isBlank()) {
            return "";
        }
        return v.isNotApplicable() ? "/" : v.toString();
    }

    /** Draws a table row by row, breaking the page where a row does not fit; a part's cells closed. */
    private void draw(float[] widths, List<Float> heights, List<Cell> cells) {
        y += 6;
        float[] xs = new float[widths.length + 1];
        xs[0] = LEFT;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i];
        }
        int first = 0;
        while (first < heights.size()) {
            if (y + heights.get(first) > BOTTOM) {
                newPage();
            }
            int last = first;
            float h = 0;
            while (last < heights.size() && y + h + heights.get(last) <= BOTTOM) {
                h += heights.get(last);
                last++;
            }
            float[] ys = new float[last - first + 1];
            ys[0] = y;
            for (int r = first; r < last; r++) {
                ys[r - first + 1] = ys[r - first] + heights.get(r);
            }
            int page = pages.size() - 1;
            for (Cell c : cells) {
                int from = Math.max(c.row(), first);
                int to = Math.min(c.row() + c.rowspan(), last);
                if (from >= to) {
                    continue;
                }
                float x0 = xs[c.col()];
                float x1 = xs[c.col() + c.colspan()];
                float y0 = ys[from - first];
                float y1 = ys[to - first];
                rect(page, x0, y0, x1, y1);
                if (c.row() >= first) {
                    cellText(page, c, x0, y0, x1, y1);
                }
            }
            y = ys[ys.length - 1];
            first = last;
            if (first < heights.size()) {
                newPage();
            }
        }
        y += 10;
    }

    private void cellText(int page, Cell c, float x0, float y0, float x1, float y1) {
        if (c.text().isEmpty()) {
            return;
        }
        List<String> lines = wrap(c.text(), CELL, x1 - x0 - 4, 0);
        float lineHeight = CELL * 1.3f;
        float top = y0 + Math.max(2, ((y1 - y0) - lines.size() * lineHeight) / 2);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            float w = width(l, CELL);
            float x = c.centre() || lines.size() > 3 && w <= CELL ? x0 + (x1 - x0 - w) / 2 : x0 + 2;
            text(page, x, top + (i + 1) * lineHeight - 2, CELL, l);
        }
    }

    private void rect(int page, float x0, float y0, float x1, float y1) {
        pages.get(page).append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re S%n", x0, HEIGHT - y1, x1 - x0, y1 - y0));
    }

    // ---------------------------------------------------------------- text and the document

    /** Places each character of a text at its own position, as WPS does. */
    private void text(int page, float x, float baseline, float size, String text) {
        StringBuilder out = pages.get(page);
        float cx = x;
        boolean paragraph = actualText != 0 && !unclosedLast;
        if (paragraph) {
            out.append(String.format(Locale.ROOT, "/P<</MCID %d>> BDC%n", out.length()));
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                cx += advance(ch, size);
                continue;
            }
            boolean replaced = actualText != 0 && ch >= '\u2e80';
            if (replaced) {
                out.append(String.format(Locale.ROOT, "/Span<</ActualText<FEFF%04X>>> BDC%n", (int) ch));
            }
            int[] fc = code(replaced ? actualText : ch);
            out.append(fc[0] < 0
                    ? String.format(Locale.ROOT, "BT /FC %.2f Tf 1 0 0 1 %.2f %.2f Tm <%04X> Tj ET%n", size, cx,
                            HEIGHT - baseline, fc[1])
                    : String.format(Locale.ROOT, "BT /F%d %.2f Tf 1 0 0 1 %.2f %.2f Tm <%02X> Tj ET%n", fc[0], size, cx,
                            HEIGHT - baseline, fc[1]));
            if (replaced) {
                while (lastClose.size() <= page) {
                    lastClose.add(-1);
                }
                lastClose.set(page, out.length());
                out.append(String.format(Locale.ROOT, "EMC%n"));
            }
            cx += advance(ch, size);
        }
        if (paragraph) {
            out.append(String.format(Locale.ROOT, "EMC%n"));
        }
    }

    private int[] code(char ch) {
        return codes.computeIfAbsent((int) ch, k -> {
            if (composite && unmapped.contains(ch)) {
                compositeCount++;
                return new int[] {-1, 0x34 + compositeCount};
            }
            if (fonts.isEmpty() || fonts.get(fonts.size() - 1).size() >= 250) {
                fonts.add(new ArrayList<>());
            }
            List<Integer> f = fonts.get(fonts.size() - 1);
            f.add(k);
            return new int[] {fonts.size() - 1, f.size()};
        });
    }

    private byte[] bytes() {
        return bytes("", true);
    }

    private byte[] bytes(String title, boolean text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources resources = new PDResources();
            for (int i = 0; i < fonts.size(); i++) {
                resources.getCOSObject().getCOSDictionary(COSName.FONT);
                COSDictionary fontDict = type3(doc, fonts.get(i), named, unmapped, noMap);
                COSDictionary all = resources.getCOSObject().getCOSDictionary(COSName.FONT);
                if (all == null) {
                    all = new COSDictionary();
                    resources.getCOSObject().setItem(COSName.FONT, all);
                }
                all.setItem(COSName.getPDFName("F" + i), fontDict);
            }
            if (compositeCount > 0) {
                resources.getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("FC"),
                        type0(doc, compositeMap));
            }
            PDImageXObject picture = null;
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(resources);
                doc.addPage(page);
                if (unclosedLast && p < lastClose.size() && lastClose.get(p) >= 0) {
                    int at = lastClose.get(p);
                    pages.get(p).delete(at, at + String.format(Locale.ROOT, "EMC%n").length());
                }
                StringBuilder content = new StringBuilder("0.5 w\n").append(pages.get(p));
                if (!images.get(p).isEmpty()) {
                    if (picture == null) {
                        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
                        picture = LosslessFactory.createFromImage(doc, img);
                    }
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                            false)) {
                        for (float[] b : images.get(p)) {
                            cs.drawImage(picture, b[0], HEIGHT - b[1] - b[3], b[2], b[3]);
                        }
                    }
                    COSStream drawn = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                    byte[] imageOps;
                    try (var in = drawn.createInputStream()) {
                        imageOps = in.readAllBytes();
                    }
                    content.append(new String(imageOps, StandardCharsets.ISO_8859_1));
                    page.setResources(page.getResources());
                }
                PDStream stream = new PDStream(doc);
                try (var os = stream.createOutputStream()) {
                    os.write(content.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
                page.setContents(stream);
            }
            if (!title.isEmpty()) {
                doc.getDocumentInformation().setTitle(title);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Type 3 font whose glyphs draw nothing, with widths and a ToUnicode map for its characters. */
    private static COSDictionary type3(PDDocument doc, List<Integer> chars, Map<Character, Character> named,
            java.util.Set<Character> unmapped, boolean noMap) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
        font.setItem(COSName.FONT_BBOX, floats(0, -200, 1000, 800));
        font.setItem(COSName.FONT_MATRIX, floats(0.001f, 0, 0, 0.001f, 0, 0));
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(1));
        COSArray widths = new COSArray();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < chars.size(); i++) {
            int c = chars.get(i);
            String name = "g" + (i + 1);
            int w = c < 0x2e80 ? 500 : 1000;
            COSStream proc = doc.getDocument().createCOSStream();
            try (var os = proc.createOutputStream()) {
                os.write((w + " 0 d0\n").getBytes(StandardCharsets.US_ASCII));
            }
            procs.setItem(COSName.getPDFName(name), proc);
            differences.add(COSName.getPDFName(name));
            widths.add(COSInteger.get(w));
            if (!unmapped.contains((char) c)) {
                entries.add(String.format(Locale.ROOT, "<%02X> <%04X>%n", i + 1, (int) named.getOrDefault((char) c, (char) c)));
            }
        }
        font.setItem(COSName.CHAR_PROCS, procs);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 1);
        font.setInt(COSName.LAST_CHAR, chars.size());
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.RESOURCES, new COSDictionary());
        if (!noMap) {
            font.setItem(COSName.TO_UNICODE, toUnicode(doc, "<00> <FF>", entries));
        }
        return font;
    }

    /**
     * A composite font (Type 0, Identity-H) over a CID font not embedded, every glyph 500 wide, with a ToUnicode
     * map that names a character for none of the codes the text uses (it maps code 1 only), or with no map.
     */
    private static COSDictionary type0(PDDocument doc, boolean withMap) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, COSName.getPDFName("XXGKComposite"));
        descriptor.setInt(COSName.FLAGS, 4);
        descriptor.setItem(COSName.FONT_BBOX, floats(0, -200, 1000, 800));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 800);
        descriptor.setInt(COSName.DESCENT, -200);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setItem(COSName.BASE_FONT, COSName.getPDFName("XXGKComposite"));
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 500);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("XXGKComposite"));
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        if (withMap) {
            font.setItem(COSName.TO_UNICODE, toUnicode(doc, "<0000> <FFFF>", List.of("<0001> <0020>\n")));
        }
        return font;
    }

    /** A ToUnicode map over the code space given ({@code <00> <FF>}) with its bfchar entries ({@code <01> <4E00>}, a line each). */
    private static COSStream toUnicode(PDDocument doc, String codeSpace, List<String> entries) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n" + codeSpace
                + "\nendcodespacerange\n");
        for (int i = 0; i < entries.size(); i += 100) {
            cmap.append(Math.min(100, entries.size() - i)).append(" beginbfchar\n");
            entries.subList(i, Math.min(entries.size(), i + 100)).forEach(cmap::append);
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (var os = stream.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }
}
