package io.github.xxgk.ingest.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The printed characters of each page with their positions, as PDFBox's text stripper sees them; the
 * stripper's own layout (sorting, spacing, lines) is not used. Characters set at a slant across the page
 * (a watermark, neither level nor upright) are kept apart, out of the text. Not thread-safe: one per document.
 */
final class GlyphCollector extends PDFTextStripper {

    private final Budget budget;
    /** How far from level or upright (degrees) a character may be turned and still be text. */
    private static final double OBLIQUE = 3;

    private final List<List<Glyph>> pages = new ArrayList<>();
    /** The characters of each page set at a slant (a watermark), left out of the text. */
    private final List<StringBuilder> oblique = new ArrayList<>(List.of(new StringBuilder()));
    private List<Glyph> current = new ArrayList<>();
    /** The characters of the page by their text, to find a character drawn twice (fake bold). */
    private java.util.Map<String, List<Glyph>> seen = new java.util.HashMap<>();
    private double offsetX;
    /** Whether the glyph being shown has no character in its font's maps (no ToUnicode entry, no known name). */
    private boolean unmapped;
    /** How many glyphs were shown that no map names a character for, or that name a control or private-use one. */
    private long unreadable;
    /** The page (from 1) of the first glyph whose character cannot be known, 0 for none. */
    private int firstUnreadable;
    /** How many glyphs were shown in all. */
    private long shown;
    private double offsetY;
    /** The composite fonts' ToUnicode maps, read once per font. */
    private final CompositeFonts composites = new CompositeFonts();

    GlyphCollector(Budget budget) {
        this.budget = budget;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /**
     * A sequence with a replacement text still open when its page ends (its EMC missing): its characters as their
     * glyphs show them, the replacement not applied to what may be more than it stands for.
     */
    private void unclosed() {
        marked.clear();
        if (replacement != null) {
            replacement = null;
            for (Glyph g : replaced) {
                add(g.text(), g.left(), g.baseline(), g.right() - g.left(), g.size());
            }
            replaced.clear();
        }
    }

    /** The characters of each page, for as many pages as the document has. */
    List<List<Glyph>> pages(int count) {
        unclosed();
        while (pages.size() < count) {
            pages.add(new ArrayList<>());
        }
        return pages;
    }

    @Override
    protected void startPage(PDPage page) {
        unclosed();
        current = new ArrayList<>();
        seen = new java.util.HashMap<>();
        while (pages.size() < getCurrentPageNo() - 1) {
            pages.add(new ArrayList<>());
        }
        pages.add(current);
        oblique.add(new StringBuilder());
        PDRectangle crop = page.getCropBox();
        PDRectangle media = page.getMediaBox();
        // TextPosition's adjusted coordinates are relative to the crop box; boxes are given on the media box
        offsetX = crop.getLowerLeftX() - media.getLowerLeftX();
        offsetY = media.getUpperRightY() - crop.getUpperRightY();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(org.apache.pdfbox.util.Matrix textRenderingMatrix, PDFont font,
            int code, org.apache.pdfbox.util.Vector displacement) throws IOException {
        // a font without a ToUnicode map whose glyphs have no standard names gives no character: PDFBox
        // takes a simple font's code for the character (garbage) and skips a composite font's glyph, or,
        // where the composite font's ToUnicode map leaves the code out, takes the code for the character
        String mapped = font.toUnicode(code);
        unmapped = mapped == null || mapped.isEmpty();
        PDFont shownAs = font;
        if (font instanceof PDType0Font composite && (unmapped || !composites.names(composite, code))) {
            unmapped = true;
            shownAs = composites.unknown(composite); // shown where it stands, as U+FFFD, not skipped
        }
        shown++;
        if (replacement == null && (unmapped || Glyphs.unreadable(mapped))) {
            if (unreadable++ == 0) {
                firstUnreadable = getCurrentPageNo();
            }
        }
        super.showGlyph(textRenderingMatrix, shownAs, code, displacement);
        unmapped = false;
    }

    /** How many glyphs were shown whose character cannot be known (see {@link Glyphs#unreadable}). */
    long unreadable() {
        return unreadable;
    }

    /** The page (from 1) of the first glyph whose character cannot be known, 0 for none. */
    int firstUnreadable() {
        return firstUnreadable;
    }

    /** How many glyphs were shown. */
    long shown() {
        return shown;
    }

    /**
     * The marked-content sequences open (BDC … EMC), innermost last: the replacement text of each (/ActualText, the
     * text its glyphs stand for, PDF 32000-1 14.9.4), or null; and where the characters shown inside the outermost
     * one with a replacement text are kept until its end.
     */
    private final java.util.ArrayDeque<java.util.Optional<String>> marked = new java.util.ArrayDeque<>();
    private String replacement;
    private final List<Glyph> replaced = new ArrayList<>();

    @Override
    public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
        super.beginMarkedContentSequence(tag, properties);
        String actual = properties == null ? null : properties.getString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT);
        // an /ActualText inside another is the outer one's already
        boolean opens = actual != null && replacement == null;
        marked.push(opens ? java.util.Optional.of(actual) : java.util.Optional.empty());
        if (opens) {
            replacement = actual;
            replaced.clear();
        }
    }

    @Override
    public void endMarkedContentSequence() {
        super.endMarkedContentSequence();
        if (marked.isEmpty()) {
            return; // an EMC without its BDC
        }
        if (marked.pop().isPresent()) {
            String text = replacement;
            replacement = null;
            replace(text);
        }
    }

    /**
     * The characters shown in a sequence with a replacement text, given that text in their place: one character
     * of it on each glyph when as many, else the text spread evenly over the glyphs' line, from the first glyph's.
     * A sequence that showed no glyph gives no text (its text was drawn otherwise: a path, an image).
     */
    private void replace(String text) {
        List<Glyph> shownHere = List.copyOf(replaced);
        replaced.clear();
        int[] cps = text.replace("\u00ad", "").codePoints().filter(c -> !Character.isWhitespace(c) || c == ' ').toArray();
        if (shownHere.isEmpty() || cps.length == 0) {
            return;
        }
        if (cps.length == shownHere.size()) {
            for (int k = 0; k < cps.length; k++) {
                Glyph g = shownHere.get(k);
                add(Glyphs.plain(new String(cps, k, 1)), g.left(), g.baseline(), g.right() - g.left(), g.size());
            }
            return;
        }
        Glyph first = shownHere.get(0);
        double left = first.left();
        double right = first.right();
        for (Glyph g : shownHere) {
            if (Math.abs(g.baseline() - first.baseline()) < 0.5 * first.size()) {
                left = Math.min(left, g.left());
                right = Math.max(right, g.right());
            }
        }
        double step = (right - left) / cps.length;
        for (int k = 0; k < cps.length; k++) {
            add(Glyphs.plain(new String(cps, k, 1)), left + k * step, first.baseline(), step, first.size());
        }
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String u = t.getUnicode();
        if (u == null || u.isEmpty()) {
            return;
        }
        if (unmapped || Glyphs.control(u)) {
            // no character is known for the glyph: said where it stands, never a character guessed
            u = Glyphs.UNKNOWN;
        }
        u = Glyphs.plain(u);
        org.apache.pdfbox.util.Matrix m = t.getTextMatrix();
        double angle = Math.abs(Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()))) % 90;
        if (Math.min(angle, 90 - angle) > OBLIQUE && replacement == null) {
            // text set at a slant across the page (a watermark) is no text of the report: left out, and said
            oblique.get(oblique.size() - 1).append(u);
            return;
        }
        double x = t.getXDirAdj() + offsetX;
        double base = t.getYDirAdj() + offsetY;
        double w = t.getWidthDirAdj();
        double fontSize = Math.abs(t.getFontSizeInPt());
        double size = fontSize >= 1 && fontSize < 1000 ? fontSize : Math.max(1, Math.abs(t.getHeightDir()));
        if (!Double.isFinite(x) || !Double.isFinite(base) || !Double.isFinite(w) || !Double.isFinite(size)) {
            return;
        }
        try {
            budget.glyph();
        } catch (Budget.Spent e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        // the advance may include character spacing (a vertical header one character per line prints each
        // character with a wide advance): the glyph itself is at most about as wide as the type is high
        double width = Math.min(Math.max(0, w), 1.1 * size);
        if (replacement != null) {
            replaced.add(new Glyph(u, x, base - size, x + width, base, size)); // its character known at the end
            return;
        }
        add(u, x, base, width, size);
    }

    /** Adds a character at its place on the page, once: a character drawn again a hair to the side is fake bold. */
    private void add(String u, double x, double base, double width, double size) {
        List<Glyph> same = seen.computeIfAbsent(u, k -> new ArrayList<>());
        for (Glyph g : same) {
            if (Math.abs(g.left() - x) < 0.25 * size && Math.abs(g.baseline() - base) < 0.25 * size) {
                return;
            }
        }
        Glyph glyph = new Glyph(u, x, base - size, x + width, base, size);
        same.add(glyph);
        current.add(glyph);
    }

    /** The text set at a slant on each page (watermarks), by page from the first (blank: none). */
    List<String> oblique() {
        // the first entry is before the first page
        return oblique.stream().skip(1).map(StringBuilder::toString).toList();
    }

    @Override
    protected void writePage() {
        // the positions are laid out by Layout
    }
}
