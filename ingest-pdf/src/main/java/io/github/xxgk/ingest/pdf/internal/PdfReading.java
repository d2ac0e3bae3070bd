package io.github.xxgk.ingest.pdf.internal;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF read into the neutral document, within limits: the pages a document may have, the memory its
 * decoded streams may take, the drawing operators and characters it may hold. Every failure is a
 * {@link ReadException}. Stateless and thread-safe. Not API.
 */
public final class PdfReading {

    /** The most pages a report may have. */
    public static final int MAX_PAGES = 1_000;
    /** The most drawing operators interpreted in one document (in each of the two passes, text and lines). */
    public static final long MAX_OPERATORS = 5_000_000;
    /** The most characters kept from one document. */
    public static final long MAX_CHARACTERS = 2_000_000;
    /**
     * The share of a document's glyphs that may have no knowable character (no ToUnicode entry, a control or
     * private-use character: a symbol font's bullets) before its text is refused as unreadable; below it each
     * such glyph is read as U+FFFD where it stands, so that no figure is read with a digit left out.
     */
    static final double UNREADABLE_SHARE = 0.02;
    /** The most memory the decoded streams of one document may take, per byte of the source. */
    private static final long MEMORY_PER_BYTE = 16;
    private static final long MIN_MEMORY = 64L * 1024 * 1024;

    /** A year as a title may write it: four digits, or four Chinese numerals (二〇二一). */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[0-9０-９]{4}|[〇○零一二三四五六七八九]{4}");

    private PdfReading() {
    }

    /**
     * What reading gives: the document and the texts of what was left out of its text flow (page numbers,
     * running headers and footers, a table's header rows printed again, text set at a slant such as a
     * watermark), which the document holds with their places as its furniture.
     */
    public record Read(SourceDocument document, List<String> furniture, int pages, int characters) {
    }

    /**
     * Reads a PDF.
     *
     * @param bytes the file
     * @param source how to name it in errors
     * @param options the limits
     * @return the document
     * @throws ReadException when the file cannot be read, is encrypted or exceeds a limit
     */
    public static Read read(byte[] bytes, String source, ReadOptions options) {
        if (bytes.length > options.maxBytes()) {
            throw new ReadException(source, "PDF 文件过大（" + bytes.length + " 字节，上限 " + options.maxBytes() + "）。",
                    "The PDF is too large (" + bytes.length + " bytes, limit " + options.maxBytes() + ").");
        }
        if (!endsWithEof(bytes)) {
            // PDFBox would rebuild such a file by scanning it and read what survives, silently short of
            // the pages that were cut off: a truncated file is refused instead
            throw new ReadException(source, "PDF 文件不完整（末尾没有 %%EOF，可能下载或复制时被截断），无法读取。",
                    "The PDF is incomplete (no %%EOF at its end: it may have been cut off when it was downloaded or"
                            + " copied) and cannot be read.");
        }
        long memory = Math.max(MIN_MEMORY, MEMORY_PER_BYTE * bytes.length);
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(memory).streamCache)) {
            return read(doc, source);
        } catch (InvalidPasswordException e) {
            throw new ReadException(source, "PDF 已加密，需要密码才能打开；请提供未加密的文件。",
                    "The PDF is encrypted and needs a password to open; please provide an unencrypted file.", e);
        } catch (Budget.Spent e) {
            throw limit(source, e.getMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof Budget.Spent spent) {
                throw limit(source, spent.getMessage());
            }
            throw new ReadException(source, "PDF 文件已损坏或不是 PDF，无法读取：" + e.getMessage(),
                    "The PDF is damaged or no PDF and cannot be read: " + e.getMessage(), e);
        } catch (ReadException e) {
            throw e;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof Budget.Spent spent) {
                throw limit(source, spent.getMessage());
            }
            throw damaged(source, e);
        } catch (RuntimeException | StackOverflowError e) {
            throw damaged(source, e);
        } catch (OutOfMemoryError e) {
            // a single allocation too large for the heap (a stream claiming an enormous length)
            throw new ReadException(source, "PDF 文件要求的内存超出限制，无法读取。",
                    "The PDF asks for more memory than allowed and cannot be read.", e);
        }
    }

    private static ReadException damaged(String source, Throwable e) {
        return new ReadException(source, "PDF 文件已损坏，无法读取：" + e,
                "The PDF is damaged and cannot be read: " + e, e);
    }

    private static ReadException limit(String source, String what) {
        return new ReadException(source, "PDF 文件超出读取限制：" + what + "。",
                "The PDF exceeds a reading limit: " + what + ".");
    }

    private static Read read(PDDocument doc, String source) throws IOException {
        if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
            throw new ReadException(source, "PDF 已加密且禁止提取文字，无法读取。",
                    "The PDF is encrypted and forbids extracting its text; it cannot be read.");
        }
        int claimed = doc.getNumberOfPages();
        if (claimed > MAX_PAGES) {
            throw new ReadException(source, "PDF 声称有 " + claimed + " 页，超过上限 " + MAX_PAGES + " 页。",
                    "The PDF claims " + claimed + " pages, more than the limit of " + MAX_PAGES + ".");
        }
        List<PDPage> pages = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            if (pages.size() >= MAX_PAGES) {
                throw new ReadException(source, "PDF 超过 " + MAX_PAGES + " 页。",
                        "The PDF has more than " + MAX_PAGES + " pages.");
            }
            pages.add(page);
        }
        if (pages.isEmpty()) {
            throw new ReadException(source, "PDF 没有页面。", "The PDF has no pages.");
        }
        // each page is interpreted twice (its text, then its lines): each pass has the budget
        GlyphCollector glyphs = new GlyphCollector(new Budget(MAX_OPERATORS, MAX_CHARACTERS));
        glyphs.setStartPage(1);
        glyphs.setEndPage(pages.size());
        glyphs.getText(doc);
        if (glyphs.unreadable() > 0 && glyphs.unreadable() >= UNREADABLE_SHARE * glyphs.shown()) {
            // a font without a ToUnicode map (or one mapping to its own private codes): the text extracted is
            // garbage, and no figure or word may be read from it
            throw new ReadException(source, "PDF 的文字无法读取：" + glyphs.unreadable() + " 个字符（共 " + glyphs.shown()
                    + " 个，首见于第 " + glyphs.firstUnreadable() + " 页）所用字体没有给出字符映射（ToUnicode），提取出的是乱码或私用区字符。"
                    + "请提供带可提取文字的 PDF，或报告的网页、Word 版本。",
                    "The PDF's text cannot be read: " + glyphs.unreadable() + " of its " + glyphs.shown()
                            + " characters (first on page " + glyphs.firstUnreadable() + ") are in fonts that give no character map"
                            + " (ToUnicode); what extracts is garbage or private-use characters. Please provide a PDF whose text"
                            + " can be extracted, or the report's web page or Word version.");
        }
        List<List<Glyph>> text = glyphs.pages(pages.size());
        Budget budget = new Budget(MAX_OPERATORS, MAX_CHARACTERS);
        List<Layout.Page> laid = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            RulingCollector rules = new RulingCollector(page, budget);
            rules.processPage(page);
            PDRectangle media = page.getMediaBox();
            boolean turned = Math.floorMod(page.getRotation(), 180) == 90; // seen landscape: width and height swap
            laid.add(new Layout.Page(turned ? media.getHeight() : media.getWidth(), turned ? media.getWidth() : media.getHeight(),
                    text.get(i), rules.segments(), rules.images()));
        }
        Layout.Result result = Layout.of(laid);
        Map<String, SourceDocument.Located> metadata = new LinkedHashMap<>();
        PDDocumentInformation info = doc.getDocumentInformation();
        String title = info == null ? null : info.getTitle();
        if (title != null && !title.isBlank() && title.length() <= 500) {
            metadata.put(SourceDocument.TITLE, new SourceDocument.Located(title.strip(),
                    new SourceLocation.PageBox(1, 0, 0, 0, 0)));
        }
        // a scan whose title metadata is absent or names no year (a browser sets the file's name) gives
        // nothing a year could be read from: said here, where it is known to be a scan
        if (result.characters() == 0
                && (metadata.isEmpty() || !YEAR.matcher(metadata.get(SourceDocument.TITLE).text()).find())) {
            throw new ReadException(source,
                    "PDF 没有文字层（扫描件，只有图像），标题元数据也没有给出年度：读不出报告年度。报告应以机器可读的文字发布（ACCESS-MACHINE-READABLE）。",
                    "The PDF has no text layer (a scan, images only) and no title metadata giving a year: no reporting year can be"
                            + " read. A report should be published as machine-readable text (ACCESS-MACHINE-READABLE).");
        }
        List<SourceDocument.Located> furniture = new ArrayList<>(result.furniture().stream()
                .map(f -> new SourceDocument.Located(f.text(), f.location())).toList());
        List<String> oblique = glyphs.oblique();
        for (int p = 0; p < oblique.size() && p < laid.size(); p++) {
            if (!oblique.get(p).isBlank()) {
                furniture.add(new SourceDocument.Located(oblique.get(p),
                        new SourceLocation.PageBox(p + 1, 0, 0, laid.get(p).width(), laid.get(p).height())));
            }
        }
        SourceDocument document = new SourceDocument(result.blocks(), metadata, false, "PDF", "", furniture);
        return new Read(document, furniture.stream().map(SourceDocument.Located::text).toList(), pages.size(),
                result.characters());
    }

    /** Whether the file's last 1,024 bytes hold the end-of-file marker, as the PDF format requires. */
    static boolean endsWithEof(byte[] bytes) {
        byte[] eof = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = bytes.length - eof.length; i >= Math.max(0, bytes.length - 1024); i--) {
            if (java.util.Arrays.equals(bytes, i, i + eof.length, eof, 0, eof.length)) {
                return true;
            }
        }
        return false;
    }
}
