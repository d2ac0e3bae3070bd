package io.github.xxgk.office.internal;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.spi.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (DOCX) into the neutral {@link SourceDocument}: the body's paragraphs in order
 * with the heading level their style or outline level gives (the style {@code Title} is level 1, outline
 * level <i>k</i> is level <i>k</i>&nbsp;+&nbsp;2, as a page's {@code <h2>} is the first level of
 * sections), content controls read as paragraphs, pictures as images, and the tables as grids whose
 * {@code gridSpan} and {@code vMerge} become column and row spans. A table inside a cell gives its text
 * to the cell. Registered for {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class DocxReader implements SourceReader {

    /** Creates the reader (for the service loader). */
    public DocxReader() {
    }

    @Override
    public SourceKind kind() {
        return SourceKind.DOCX;
    }

    @Override
    public boolean accepts(String fileName, byte[] bytes) {
        return OfficeFiles.kindOf(fileName, bytes).filter(k -> k == SourceKind.DOCX).isPresent();
    }

    /** Whether the archive's first bytes name a part (the local headers of a zip hold the names). */
    static boolean contains(byte[] bytes, String name) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int limit = Math.min(bytes.length, 1 << 20) - n.length;
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int k = 0; k < n.length; k++) {
                if (bytes[i + k] != n[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public SourceDocument read(byte[] bytes, String source, ReadOptions options) {
        List<String> parts = Zips.check(bytes, source, "Word (DOCX)");
        if (!parts.contains("word/document.xml")) {
            throw new ReadException(source, "不是 Word 文档：压缩包中没有 word/document.xml。",
                    "Not a Word document: the archive has no word/document.xml.");
        }
        Zips.checkXml(bytes, "word/document.xml", source, options.maxDepth());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new Walker(doc, source, options).walk();
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "Word 文档无法读取（文件已损坏或不是 DOCX）：" + e.getMessage(),
                    "The Word document cannot be read (damaged, or no DOCX): " + e.getMessage(), e);
        }
    }

    /** One reading. */
    private static final class Walker {
        private final XWPFDocument doc;
        private final String source;
        private final ReadOptions options;
        private final List<SourceDocument.Block> blocks = new ArrayList<>();
        private int paragraphs;
        private int tables;

        Walker(XWPFDocument doc, String source, ReadOptions options) {
            this.doc = doc;
            this.source = source;
            this.options = options;
        }

        SourceDocument walk() {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (e instanceof XWPFTable t) {
                    table(t);
                } else if (e instanceof XWPFSDT sdt) {
                    int at = paragraphs++;
                    String text = sdt.getContent().getText();
                    if (!text.isBlank()) {
                        blocks.add(new SourceDocument.Para(text, new SourceLocation.DocumentParagraph(at), new int[0], 0));
                    }
                }
            }
            return new SourceDocument(blocks, Map.of(), false, "UTF-8", "");
        }

        private void paragraph(XWPFParagraph p) {
            int at = paragraphs++;
            SourceLocation where = new SourceLocation.DocumentParagraph(at);
            String text = p.getText();
            if (!text.isBlank()) {
                blocks.add(new SourceDocument.Para(text, where, new int[0], level(p)));
            }
            for (XWPFRun r : p.getRuns()) {
                for (XWPFPicture pic : r.getEmbeddedPictures()) {
                    String name = pic.getPictureData() == null ? pic.getDescription() : pic.getPictureData().getFileName();
                    blocks.add(new SourceDocument.Image(name == null ? "" : name, where));
                }
            }
        }

        /** The heading level: the style Title is 1, outline level k is k + 2, body text 0. */
        private int level(XWPFParagraph p) {
            CTPPr own = p.getCTP().getPPr();
            if (own != null && own.getOutlineLvl() != null) {
                return outline(own.getOutlineLvl());
            }
            XWPFStyles styles = doc.getStyles();
            String id = p.getStyleID();
            for (int hops = 0; id != null && styles != null && hops < 16; hops++) {
                XWPFStyle s = styles.getStyle(id);
                if (s == null) {
                    break;
                }
                String name = s.getName() == null ? "" : s.getName().toLowerCase(Locale.ROOT);
                if (name.equals("title")) {
                    return 1;
                }
                CTPPrGeneral ppr = s.getCTStyle().getPPr();
                if (ppr != null && ppr.getOutlineLvl() != null) {
                    return outline(ppr.getOutlineLvl());
                }
                if (name.startsWith("heading ") && name.length() == 9 && Character.isDigit(name.charAt(8))) {
                    return Math.min(6, name.charAt(8) - '0' + 1);
                }
                id = s.getBasisStyleID();
            }
            return 0;
        }

        private static int outline(CTDecimalNumber n) {
            BigInteger v = n.getVal();
            if (v == null || v.signum() < 0 || v.compareTo(BigInteger.valueOf(8)) > 0) {
                return 0;
            }
            return Math.min(6, v.intValue() + 2);
        }

        private void table(XWPFTable t) {
            int index = tables++;
            List<List<SourceDocument.Cell>> rows = new ArrayList<>();
            // the cell that started a vertical merge, by grid column: its row, its position in that row, its
            // first grid column and its width
            List<int[]> open = new ArrayList<>();
            long cells = 0;
            List<XWPFTableRow> trs = t.getRows();
            for (int r = 0; r < trs.size(); r++) {
                XWPFTableRow tr = trs.get(r);
                List<SourceDocument.Cell> row = new ArrayList<>();
                int col = skip(tr.getCtRow().getTrPr(), true);
                for (XWPFTableCell tc : tr.getTableCells()) {
                    CTTcPr pr = tc.getCTTc().getTcPr();
                    int span = 1;
                    if (pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                        span = Math.max(1, Math.min(1000, pr.getGridSpan().getVal().intValue()));
                    }
                    CTVMerge vm = pr == null ? null : pr.getVMerge();
                    boolean continues = vm != null && (vm.getVal() == null || vm.getVal() == STMerge.CONTINUE);
                    cells += span;
                    if (cells > options.maxTableCells()) {
                        throw new ReadException(source + " (table " + index + ")",
                                "表格的单元格超过 " + options.maxTableCells() + " 个。",
                                "A table has more than " + options.maxTableCells() + " cells.");
                    }
                    int[] above = col < open.size() ? open.get(col) : null;
                    if (continues && above != null && above[2] == col && above[3] == span) {
                        // (a cell merges on only from the cell of its own width above it: under a wider one,
                        // such as 表三's note over three columns above a split table's vertical cell, it
                        // starts a cell of its own; it had grown the note down over the labels)
                        // the cell above grows by a row; its text, if this part has any, joins it
                        List<SourceDocument.Cell> target = rows.get(above[0]);
                        SourceDocument.Cell c = target.get(above[1]);
                        String more = text(tc, 1);
                        target.set(above[1], new SourceDocument.Cell(more.isBlank() ? c.text() : c.text() + " " + more,
                                c.rowspan() + 1, c.colspan(), -1, c.at()));
                        col += span;
                        continue;
                    }
                    SourceDocument.Cell c = new SourceDocument.Cell(text(tc, 1), 1, span, -1,
                            Optional.of(new SourceLocation.DocumentCell(index, r, col)));
                    while (open.size() < col + span) {
                        open.add(null);
                    }
                    int[] start = {r, row.size(), col, span};
                    for (int k = col; k < col + span; k++) {
                        open.set(k, vm != null ? start : null);
                    }
                    row.add(c);
                    col += span;
                }
                // columns this row does not reach end their merges
                for (int k = col; k < open.size(); k++) {
                    open.set(k, null);
                }
                rows.add(row);
            }
            blocks.add(new SourceDocument.Grid(index, rows, new SourceLocation.DocumentCell(index, 0, 0)));
        }

        /** The grid columns a row leaves empty before its first cell. */
        private static int skip(CTTrPr pr, boolean before) {
            if (pr == null) {
                return 0;
            }
            List<CTDecimalNumber> list = before ? pr.getGridBeforeList() : pr.getGridAfterList();
            if (list.isEmpty() || list.get(0).getVal() == null) {
                return 0;
            }
            return Math.max(0, Math.min(1000, list.get(0).getVal().intValue()));
        }

        /** A cell's text: its paragraphs and the text of tables inside it, separated by spaces. */
        private String text(XWPFTableCell tc, int depth) {
            if (depth > options.maxDepth()) {
                throw new ReadException(source, "表格嵌套超过 " + options.maxDepth() + " 层。",
                        "Tables are nested deeper than " + options.maxDepth() + " levels.");
            }
            StringBuilder out = new StringBuilder();
            for (IBodyElement e : tc.getBodyElements()) {
                String t = "";
                if (e instanceof XWPFParagraph p) {
                    t = p.getText();
                } else if (e instanceof XWPFTable inner) {
                    StringBuilder b = new StringBuilder();
                    for (XWPFTableRow r : inner.getRows()) {
                        for (XWPFTableCell c : r.getTableCells()) {
                            b.append(' ').append(text(c, depth + 1));
                        }
                    }
                    t = b.toString();
                } else if (e instanceof XWPFSDT sdt) {
                    t = sdt.getContent().getText();
                }
                if (!t.isEmpty()) {
                    out.append(out.length() == 0 ? "" : " ").append(t.replace('\n', ' ').replace('\t', ' '));
                }
            }
            return out.toString();
        }
    }
}
