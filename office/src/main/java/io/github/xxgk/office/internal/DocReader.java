package io.github.xxgk.office.internal;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.spi.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.model.TextPiece;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Picture;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word 97–2003 document ({@code .doc}, the OLE2 binary format, through POI's HWPF) into the same
 * neutral {@link SourceDocument} as {@link DocxReader}: the body's paragraphs in order with the heading
 * level their outline level or style gives (the style {@code Title} is level 1, outline level <i>k</i> is
 * level <i>k</i>&nbsp;+&nbsp;2, a style {@code heading n} level <i>n</i>&nbsp;+&nbsp;1), pictures as images,
 * and the tables as grids: a cell's columns are the table's column edges it spans (Word writes a merged
 * cell as one wide cell, or as cells marked merged into the first), and cells marked as continuing a
 * vertical merge make the cell above span their rows. The text is the document's own (HWPF decodes each
 * piece, UTF-16 or the 8-bit code page the file declares); field codes are left out, their results kept.
 *
 * <p>Files that only claim to be {@code .doc} are refused saying what they are: rich text (RTF), an
 * encrypted document, a damaged compound file (a web page or a single-file web page named {@code .doc}
 * never comes here: it is read as the page it is). Registered for
 * {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class DocReader implements SourceReader {

    /** Column edges closer than this (in twips, a twentieth of a point) are one edge. */
    private static final int EDGE_SLACK = 20;

    /** Creates the reader (for the service loader). */
    public DocReader() {
    }

    @Override
    public SourceKind kind() {
        return SourceKind.DOC;
    }

    @Override
    public boolean accepts(String fileName, byte[] bytes) {
        return OfficeFiles.kindOf(fileName, bytes).filter(k -> k == SourceKind.DOC).isPresent();
    }

    @Override
    public SourceDocument read(byte[] bytes, String source, ReadOptions options) {
        switch (OfficeFiles.what(bytes)) {
            case RTF -> throw new ReadException(source,
                    "这是 RTF（富文本）文件，不是 Word 97–2003 文档；RTF 不读取，请另存为 .docx 或 .doc。",
                    "This is an RTF (rich text) file, not a Word 97–2003 document; RTF is not read: save it as .docx or .doc.");
            case MHT -> throw new ReadException(source,
                    "这是单个文件网页（MHT，Word 的“单个文件网页”格式），不是 Word 97–2003 文档；不指定类型（或指定为网页）即可读取。",
                    "This is a single-file web page (MHT, Word's \"single file web page\"), not a Word 97–2003 document; "
                            + "read it without naming a kind (or as a web page).");
            case DOC, OTHER_OLE2 -> {
            }
            default -> throw new ReadException(source,
                    "不是 Word 97–2003 文档：文件不以 OLE2 复合文档的签名（D0 CF 11 E0）开头。",
                    "Not a Word 97–2003 document: the file does not begin with the OLE2 compound file signature (D0 CF 11 E0).");
        }
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "Word 97–2003 文档无法读取（OLE2 复合文档已损坏或不完整）：" + e.getMessage(),
                    "The Word 97–2003 document cannot be read (the OLE2 compound file is damaged or truncated): " + e.getMessage(), e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw encrypted(source);
            }
            if (!root.hasEntryCaseInsensitive("WordDocument")) {
                List<String> names = new ArrayList<>(root.getEntryNames());
                throw new ReadException(source, "不是 Word 97–2003 文档：OLE2 复合文档中没有 WordDocument 流（有：" + names + "）。",
                        "Not a Word 97–2003 document: the OLE2 compound file has no WordDocument stream (found: " + names + ").");
            }
            HWPFDocument doc = new HWPFDocument(root);
            return new Walker(doc, source, options).walk();
        } catch (ReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(source);
        } catch (org.apache.poi.OldFileFormatException e) {
            throw new ReadException(source, "这是 Word 95 或更早版本的文档，不读取；请另存为 .docx 或 .doc（Word 97–2003）。",
                    "This is a Word 95 or older document, which is not read: save it as .docx or .doc (Word 97–2003).", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "Word 97–2003 文档无法读取（文件已损坏或不是 .doc）：" + e.getMessage(),
                    "The Word 97–2003 document cannot be read (damaged, or no .doc): " + e.getMessage(), e);
        }
    }

    private static ReadException encrypted(String source) {
        return new ReadException(source, "Word 文档已加密（设有打开密码），无法读取；请发布未加密的文件。",
                "The Word document is encrypted (it has a password to open); it cannot be read: publish it unencrypted.");
    }

    /** One reading. */
    private static final class Walker {
        private final HWPFDocument doc;
        private final String source;
        private final ReadOptions options;
        private final List<SourceDocument.Block> blocks = new ArrayList<>();
        private int paragraphs;
        private int tables;

        Walker(HWPFDocument doc, String source, ReadOptions options) {
            this.doc = doc;
            this.source = source;
            this.options = options;
        }

        SourceDocument walk() {
            Range range = doc.getRange();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    table(t);
                    i += Math.max(1, t.numParagraphs()) - 1;
                    continue;
                }
                paragraph(p);
            }
            return new SourceDocument(blocks, Map.of(), false, charset(), "");
        }

        /** The encodings of the text pieces: UTF-16LE, or the 8-bit code page of compressed pieces. */
        private String charset() {
            TreeSet<String> names = new TreeSet<>();
            for (TextPiece piece : doc.getTextTable().getTextPieces()) {
                names.add(piece.isUnicode() ? "UTF-16LE" : "windows-1252");
            }
            return names.isEmpty() ? "UTF-16LE" : String.join("+", names);
        }

        private void paragraph(Paragraph p) {
            int at = paragraphs++;
            SourceLocation where = new SourceLocation.DocumentParagraph(at);
            String text = clean(p.text(), "\n");
            if (!text.isBlank()) {
                blocks.add(new SourceDocument.Para(text, where, new int[0], level(p)));
            }
            PicturesTable pictures = doc.getPicturesTable();
            for (int k = 0; k < p.numCharacterRuns(); k++) {
                CharacterRun run = p.getCharacterRun(k);
                if (pictures.hasPicture(run)) {
                    Picture pic = pictures.extractPicture(run, false);
                    blocks.add(new SourceDocument.Image(pic == null ? "" : pic.suggestFullFileName(), where));
                }
            }
        }

        /** The heading level: outline level k is k + 2, the style Title 1, a style "heading n" n + 1, body text 0. */
        private int level(Paragraph p) {
            int lvl = p.getLvl();
            if (lvl >= 0 && lvl <= 8) {
                return Math.min(6, lvl + 2);
            }
            StyleSheet styles = doc.getStyleSheet();
            int id = p.getStyleIndex();
            for (int hops = 0; styles != null && id >= 0 && id < styles.numStyles() && hops < 16; hops++) {
                StyleDescription s = styles.getStyleDescription(id);
                if (s == null || s.getName() == null) {
                    break;
                }
                // a style's name may carry aliases after commas ("heading 1,标题 1")
                String name = s.getName().split(",", -1)[0].strip().toLowerCase(Locale.ROOT);
                if (name.equals("title")) {
                    return 1;
                }
                if (name.startsWith("heading ") && name.length() == 9 && Character.isDigit(name.charAt(8))) {
                    return Math.min(6, name.charAt(8) - '0' + 1);
                }
                int base = s.getBaseStyle();
                if (base == id || base == StyleSheet.NIL_STYLE) {
                    break;
                }
                id = base;
            }
            return 0;
        }

        private void table(Table t) {
            int index = tables++;
            int nrows = t.numRows();
            // the table's column edges: every cell's left and right edge, near ones made one
            TreeSet<Integer> edges = new TreeSet<>();
            long cells = 0;
            for (int r = 0; r < nrows; r++) {
                TableRow row = t.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    if (++cells > options.maxTableCells()) {
                        throw tooMany(index);
                    }
                    TableCell cell = row.getCell(c);
                    addEdge(edges, cell.getLeftEdge());
                    addEdge(edges, cell.getLeftEdge() + cell.getWidth());
                }
            }
            List<Integer> columns = List.copyOf(edges);
            List<List<SourceDocument.Cell>> rows = new ArrayList<>();
            // the cell that started a vertical merge, by grid column: its row and its position in that row
            List<int[]> open = new ArrayList<>();
            for (int r = 0; r < nrows; r++) {
                TableRow tr = t.getRow(r);
                List<SourceDocument.Cell> row = new ArrayList<>();
                int reached = 0;
                for (int c = 0; c < tr.numCells(); c++) {
                    TableCell tc = tr.getCell(c);
                    int col = column(columns, tc.getLeftEdge());
                    int end = Math.max(col + 1, column(columns, tc.getLeftEdge() + tc.getWidth()));
                    String text = clean(tc.text(), " ");
                    if (tc.isMerged() && !tc.isFirstMerged() && !row.isEmpty()) {
                        // an old-style horizontal merge: this cell is part of the one before it
                        SourceDocument.Cell before = row.get(row.size() - 1);
                        int grow = end - reached;
                        row.set(row.size() - 1, new SourceDocument.Cell(join(before.text(), text), before.rowspan(),
                                before.colspan() + Math.max(0, grow), -1, before.at()));
                        int[] start = reached > 0 && reached - 1 < open.size() ? open.get(reached - 1) : null;
                        widen(open, reached, end, start);
                        reached = Math.max(reached, end);
                        continue;
                    }
                    col = Math.max(col, reached);
                    int span = Math.max(1, end - col);
                    int[] above = col < open.size() ? open.get(col) : null;
                    boolean continues = tc.isVerticallyMerged() && !tc.isFirstVerticallyMerged();
                    if (continues && above != null) {
                        // the cell above grows by a row; its text, if this part has any, joins it
                        List<SourceDocument.Cell> target = rows.get(above[0]);
                        SourceDocument.Cell a = target.get(above[1]);
                        if (a.rowspan() == r - above[0]) {
                            target.set(above[1], new SourceDocument.Cell(join(a.text(), text), a.rowspan() + 1,
                                    a.colspan(), -1, a.at()));
                        }
                        reached = col + span;
                        continue;
                    }
                    int[] start = {r, row.size()};
                    widen(open, col, col + span, tc.isVerticallyMerged() ? start : null);
                    row.add(new SourceDocument.Cell(text, 1, span, -1,
                            Optional.of(new SourceLocation.DocumentCell(index, r, col))));
                    reached = col + span;
                }
                // columns this row does not reach end their merges
                for (int k = reached; k < open.size(); k++) {
                    open.set(k, null);
                }
                rows.add(row);
            }
            blocks.add(new SourceDocument.Grid(index, rows, new SourceLocation.DocumentCell(index, 0, 0)));
        }

        private static void widen(List<int[]> open, int from, int to, int[] start) {
            while (open.size() < to) {
                open.add(null);
            }
            for (int k = from; k < to; k++) {
                open.set(k, start);
            }
        }

        private static void addEdge(TreeSet<Integer> edges, int edge) {
            Integer below = edges.floor(edge);
            Integer above = edges.ceiling(edge);
            if (below != null && edge - below <= EDGE_SLACK || above != null && above - edge <= EDGE_SLACK) {
                return;
            }
            edges.add(edge);
        }

        /** The grid column an edge starts: the index of the nearest column edge. */
        private static int column(List<Integer> columns, int edge) {
            int best = 0;
            for (int i = 1; i < columns.size(); i++) {
                if (Math.abs(columns.get(i) - edge) < Math.abs(columns.get(best) - edge)) {
                    best = i;
                }
            }
            return best;
        }

        private ReadException tooMany(int index) {
            return new ReadException(source + " (table " + index + ")",
                    "表格的单元格超过 " + options.maxTableCells() + " 个。",
                    "A table has more than " + options.maxTableCells() + " cells.");
        }

        private static String join(String a, String b) {
            return b.isBlank() ? a : a.isBlank() ? b : a + " " + b;
        }
    }

    /**
     * A paragraph's or cell's text as printed: field codes left out (their results kept), the paragraph,
     * cell and row marks and the page and column breaks dropped, a line break as {@code lineBreak}, a
     * non-breaking hyphen as a hyphen, an optional hyphen and the marks of pictures and drawn objects left out.
     */
    static String clean(String text, String lineBreak) {
        String t = Range.stripFields(text);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\r', '\u0007' -> {
                    if (i + 1 < t.length()) {
                        out.append(lineBreak);
                    }
                }
                case '\u000b' -> out.append(lineBreak);
                case '\u000c', '\u000e', '\u0001', '\u0008', '\u001f', '\u0013', '\u0014', '\u0015' -> {
                }
                case '\u001e' -> out.append('-');
                case '\t' -> out.append(lineBreak.equals("\n") ? "\t" : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
