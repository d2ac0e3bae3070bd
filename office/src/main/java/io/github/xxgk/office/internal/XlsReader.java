package io.github.xxgk.office.internal;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.spi.Signatures;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.spi.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an Excel 97–2003 workbook ({@code .xls}, the OLE2 binary format, through POI's HSSF) of the shape
 * {@link XlsxWriter} writes, exactly as {@link XlsxReader} reads an {@code .xlsx}: the text sheet's lines
 * as paragraphs, the sheets they name as grids with their merged regions as spans; a workbook of another
 * shape is refused, not guessed. An encrypted or damaged file is refused saying so. Registered for
 * {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class XlsReader implements SourceReader {

    /** Creates the reader (for the service loader). */
    public XlsReader() {
    }

    @Override
    public SourceKind kind() {
        return SourceKind.XLS;
    }

    @Override
    public boolean accepts(String fileName, byte[] bytes) {
        return OfficeFiles.kindOf(fileName, bytes).filter(k -> k == SourceKind.XLS).isPresent();
    }

    @Override
    public SourceDocument read(byte[] bytes, String source, ReadOptions options) {
        if (!Signatures.isCompoundFile(bytes)) {
            throw new ReadException(source,
                    "不是 Excel 97–2003 工作簿：文件不以 OLE2 复合文档的签名（D0 CF 11 E0）开头。",
                    "Not an Excel 97–2003 workbook: the file does not begin with the OLE2 compound file signature (D0 CF 11 E0).");
        }
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "Excel 97–2003 工作簿无法读取（OLE2 复合文档已损坏或不完整）：" + e.getMessage(),
                    "The Excel 97–2003 workbook cannot be read (the OLE2 compound file is damaged or truncated): " + e.getMessage(), e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw encrypted(source);
            }
            if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
                List<String> names = new ArrayList<>(root.getEntryNames());
                throw new ReadException(source, "不是 Excel 97–2003 工作簿：OLE2 复合文档中没有 Workbook 流（有：" + names + "）。",
                        "Not an Excel 97–2003 workbook: the OLE2 compound file has no Workbook stream (found: " + names + ").");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
                return XlsxReader.read(wb, source, options);
            }
        } catch (ReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(source);
        } catch (org.apache.poi.OldFileFormatException e) {
            throw new ReadException(source, "这是 Excel 95 或更早版本的工作簿，不读取；请另存为 .xlsx 或 .xls（Excel 97–2003）。",
                    "This is an Excel 95 or older workbook, which is not read: save it as .xlsx or .xls (Excel 97–2003).", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "Excel 97–2003 工作簿无法读取（文件已损坏或不是 .xls）：" + e.getMessage(),
                    "The Excel 97–2003 workbook cannot be read (damaged, or no .xls): " + e.getMessage(), e);
        }
    }

    private static ReadException encrypted(String source) {
        return new ReadException(source, "Excel 工作簿已加密（设有打开密码），无法读取；请发布未加密的文件。",
                "The Excel workbook is encrypted (it has a password to open); it cannot be read: publish it unencrypted.");
    }
}
