package io.github.xxgk.office.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.render.internal.FindingsView;
import io.github.xxgk.render.internal.TableGrid;
import io.github.xxgk.render.internal.Texts;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComments;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a report as a Word document in the layout of the official template: A4, the title centred in
 * 宋体 18 pt, the sections in order (headings with outline levels, so that Word's navigation shows them),
 * their paragraphs, each statistics table after its section laid out from the form definitions
 * ({@link TableGrid}) with merged cells as {@code gridSpan} and {@code vMerge}, 宋体 10 pt in the tables
 * as the template has. Optionally the findings as comments on their cells. Not API.
 */
public final class DocxWriter {

    /** The paragraph styles the document defines, with the outline level each carries (-1 none). */
    static final String TITLE = "Title";
    static final String[] HEADINGS = {"Heading1", "Heading2", "Heading3", "Heading4"};

    private static final String FONT = "宋体";
    private static final String LATIN = "Times New Roman";
    /** The text width of the template's tables, in twentieths of a point. */
    private static final int TABLE_WIDTH = 9748;

    private final XWPFDocument doc = new XWPFDocument();
    private final Map<CellId, Finding> marks = new LinkedHashMap<>();
    private final Optional<FindingsView> view;
    private CTComments comments;
    private int commentId;

    private DocxWriter(Optional<ValidationResult> findings, Locale locale) {
        this.view = findings.map(r -> new FindingsView(r, false, locale));
        view.ifPresent(v -> {
            for (Finding f : v.shown()) {
                if (f.severity() != Severity.INFO) {
                    for (CellId cell : f.cells()) {
                        marks.merge(cell, f, (a, b) -> a.severity().compareTo(b.severity()) <= 0 ? a : b);
                    }
                }
            }
        });
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param findings the findings to put on their cells as comments, if any
     * @param locale the language of the comments
     * @param out where to write
     * @throws IOException when the stream fails
     */
    public static void write(AnnualReport report, Optional<ValidationResult> findings, Locale locale, OutputStream out)
            throws IOException {
        DocxWriter w = new DocxWriter(findings, locale);
        try (XWPFDocument d = w.doc) {
            w.render(report);
            d.write(out);
        }
    }

    private void render(AnnualReport report) {
        styles();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1440));
        mar.setBottom(BigInteger.valueOf(1440));
        mar.setLeft(BigInteger.valueOf(1800));
        mar.setRight(BigInteger.valueOf(1800));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
        mar.setGutter(BigInteger.ZERO);
        doc.getProperties().getCoreProperties().setTitle(report.title().isBlank() ? Texts.byline(report, " ") : report.title());
        Texts.title(report).ifPresent(t -> paragraph(TITLE, t, STJc.CENTER, false));
        paragraph(null, Texts.byline(report, " · "), STJc.CENTER, false);
        report.preamble().forEach(p -> paragraph(null, p, STJc.BOTH, true));
        Texts.walk(report, new Texts.Parts() {
            @Override
            public void section(int index, Section section) {
                DocxWriter.this.section(section, 0);
            }

            @Override
            public void table(StatisticsTable table) {
                DocxWriter.this.table(table);
            }

            @Override
            public void closing(String line) {
                paragraph(null, line, STJc.RIGHT, false);
            }
        });
    }

    private void section(Section s, int level) {
        String heading = s.numbering().isEmpty() ? s.title() : s.numbering().strip() + s.title();
        paragraph(HEADINGS[Math.min(level, HEADINGS.length - 1)], heading, STJc.BOTH, level > 0);
        s.paragraphs().forEach(p -> paragraph(null, p, STJc.BOTH, true));
        s.subsections().forEach(k -> section(k, level + 1));
    }

    private void paragraph(String style, String text, STJc.Enum jc, boolean indent) {
        XWPFParagraph para = doc.createParagraph();
        CTP p = para.getCTP();
        CTPPr ppr = p.addNewPPr();
        if (style != null) {
            ppr.addNewPStyle().setVal(style);
        }
        if (indent) {
            ppr.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        ppr.addNewJc().setVal(jc);
        text(p, List.of(text), 0);
    }

    /** Runs of text, one per line, separated by line breaks; {@code size} in half points, 0 for the style's. */
    private static void text(CTP p, List<String> lines, int size) {
        CTR r = p.addNewR();
        CTRPr rpr = r.addNewRPr();
        fonts(rpr.addNewRFonts());
        if (size > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(size));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                r.addNewBr();
            }
            r.addNewT().setStringValue(clean(lines.get(i)));
        }
    }

    /** Characters XML 1.0 cannot carry become U+FFFD. */
    private static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static void fonts(CTFonts f) {
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setEastAsia(FONT);
        f.setCs(LATIN);
    }

    private void styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        defaults.addNewSz().setVal(BigInteger.valueOf(24));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(24));
        defaults.addNewLang().setEastAsia("zh-CN");
        style(styles, "Normal", "Normal", -1, 24, true);
        style(styles, TITLE, "Title", -1, 36, false);
        for (int i = 0; i < HEADINGS.length; i++) {
            style(styles, HEADINGS[i], "heading " + (i + 1), i, 24, false);
        }
        doc.createStyles().setStyles(styles);
    }

    private static void style(CTStyles styles, String id, String name, int outline, int size, boolean normal) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (normal) {
            s.setDefault(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        } else {
            s.addNewBasedOn().setVal("Normal");
            s.addNewNext().setVal("Normal");
            s.addNewQFormat();
        }
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewSpacing().setLine(BigInteger.valueOf(360));
        if (outline >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = s.addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(size));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
    }

    private void table(StatisticsTable t) {
        t.printedShape().map(s -> s.caption()).filter(c -> !c.isBlank())
                .ifPresent(c -> paragraph(null, c, STJc.CENTER, false));
        TableGrid.Grid grid = TableGrid.of(t);
        int width = grid.width();
        CTTbl tbl = doc.createTable().getCTTbl();
        tbl.removeTr(0);
        CTTblPr pr = tbl.getTblPr() == null ? tbl.addNewTblPr() : tbl.getTblPr();
        if (pr.getTblW() == null) {
            pr.addNewTblW();
        }
        pr.getTblW().setW(BigInteger.valueOf(TABLE_WIDTH));
        pr.getTblW().setType(STTblWidth.DXA);
        (pr.getJc() == null ? pr.addNewJc() : pr.getJc()).setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        (pr.getTblLayout() == null ? pr.addNewTblLayout() : pr.getTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblBorders borders = pr.getTblBorders() == null ? pr.addNewTblBorders() : pr.getTblBorders();
        for (CTBorder b : new CTBorder[] {border(borders.getTop(), borders::addNewTop), border(borders.getLeft(), borders::addNewLeft),
                border(borders.getBottom(), borders::addNewBottom), border(borders.getRight(), borders::addNewRight),
                border(borders.getInsideH(), borders::addNewInsideH), border(borders.getInsideV(), borders::addNewInsideV)}) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setSpace(BigInteger.ZERO);
            b.setColor("auto");
        }
        int[] widths = widths(grid);
        CTTblGrid g = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (g.sizeOfGridColArray() > 0) {
            g.removeGridCol(0);
        }
        for (int w : widths) {
            g.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        List<TableGrid.Row> rows = new ArrayList<>();
        List<Boolean> heads = new ArrayList<>();
        for (TableGrid.Part part : grid.parts()) {
            part.head().forEach(r -> {
                rows.add(r);
                heads.add(true);
            });
            part.body().forEach(r -> {
                rows.add(r);
                heads.add(false);
            });
        }
        // the grid columns taken by cells spanning down from rows above: the cell and its first row
        int[] spanRemaining = new int[width];
        int[] spanWidth = new int[width];
        for (int ri = 0; ri < rows.size(); ri++) {
            CTRow tr = tbl.addNewTr();
            if (heads.get(ri)) {
                tr.addNewTrPr().addNewTblHeader();
            }
            List<TableGrid.Cell> cells = rows.get(ri).cells();
            int col = 0;
            int next = 0;
            while (col < width) {
                if (spanRemaining[col] > 0) {
                    int span = spanWidth[col];
                    CTTc tc = cell(tr, widths, col, span);
                    tc.getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    tc.addNewP();
                    spanRemaining[col]--;
                    col += span;
                    continue;
                }
                if (next >= cells.size()) {
                    // a row shorter than the grid (never from TableGrid): the rest stays empty
                    cell(tr, widths, col, width - col).addNewP();
                    break;
                }
                TableGrid.Cell c = cells.get(next++);
                int span = Math.min(c.colspan(), width - col);
                CTTc tc = cell(tr, widths, col, span);
                if (c.rowspan() > 1) {
                    tc.getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    spanRemaining[col] = c.rowspan() - 1;
                    spanWidth[col] = span;
                }
                CTP p = tc.addNewP();
                boolean left = c.kind() == TableGrid.Kind.ROW || c.kind() == TableGrid.Kind.STUB_NOTE
                        || c.kind() == TableGrid.Kind.ROW_GROUP && !c.vertical();
                p.addNewPPr().addNewJc().setVal(left ? STJc.LEFT : STJc.CENTER);
                Finding mark = c.cell().map(d -> marks.get(d.id())).orElse(null);
                BigInteger comment = mark == null ? null : comment(mark);
                if (comment != null) {
                    p.addNewCommentRangeStart().setId(comment);
                }
                text(p, c.lines(), 20);
                if (comment != null) {
                    p.addNewCommentRangeEnd().setId(comment);
                    p.addNewR().addNewCommentReference().setId(comment);
                }
                col += span;
            }
        }
        // a paragraph after the table, as Word keeps between consecutive tables
        paragraph(null, "", STJc.BOTH, false);
    }

    private static CTBorder border(CTBorder existing, java.util.function.Supplier<CTBorder> create) {
        return existing == null ? create.get() : existing;
    }

    private static CTTc cell(CTRow tr, int[] widths, int col, int span) {
        CTTc tc = tr.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        int w = 0;
        for (int i = col; i < col + span; i++) {
            w += widths[i];
        }
        pr.addNewTcW().setW(BigInteger.valueOf(w));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        return tc;
    }

    /** A cell's lines: a column header broken as the form prints it (商业 / 企业, from the definitions). */
    /** Column widths: value columns of equal width, the stub the rest, a group column narrow. */
    private static int[] widths(TableGrid.Grid grid) {
        int width = grid.width();
        int stub = 0;
        boolean vertical = false;
        for (TableGrid.Part p : grid.parts()) {
            stub = Math.max(stub, p.block().stubColumns() + (p.block().unitColumn() ? 1 : 0));
            for (TableGrid.Row r : p.body()) {
                vertical |= r.cells().stream().anyMatch(TableGrid.Cell::vertical);
            }
        }
        int values = width - stub;
        int[] w = new int[width];
        if (stub == 0) {
            for (int i = 0; i < width; i++) {
                w[i] = TABLE_WIDTH / width + (i < TABLE_WIDTH % width ? 1 : 0);
            }
            return w;
        }
        int narrowStub = 838;
        int minLabel = 3000;
        int value = Math.max(560, Math.min(2435, (TABLE_WIDTH - minLabel - narrowStub * (stub - 1)) / Math.max(1, values)));
        int used = value * values;
        for (int i = stub; i < width; i++) {
            w[i] = value;
        }
        for (int i = 0; i < stub - 1; i++) {
            w[i] = vertical && i == 0 ? 754 : narrowStub;
            used += w[i];
        }
        w[stub - 1] = Math.max(minLabel / 2, TABLE_WIDTH - used);
        return w;
    }

    /** Adds a finding to the comments part; its id, for the range and the reference in the cell. */
    private BigInteger comment(Finding f) {
        if (comments == null) {
            comments = doc.createComments().getCtComments();
        }
        BigInteger id = BigInteger.valueOf(commentId++);
        CTComment c = comments.addNewComment();
        c.setId(id);
        c.setAuthor("xxgk");
        c.setInitials("xxgk");
        CTP cp = c.addNewP();
        cp.addNewR().addNewT().setStringValue(clean(f.ruleId() + " " + f.message(view.orElseThrow().chinese()
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)));
        return id;
    }
}
