package io.github.xxgk.office.internal;

import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.spi.Signatures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Which of this module's readers takes a file: the one place where the file's bytes and its name are
 * weighed, so that the four readers never both take a file. The bytes decide where they tell: a zip with
 * {@code word/document.xml} is DOCX and one with {@code xl/workbook.xml} is XLSX whatever its name; an
 * OLE2 compound file (D0 CF 11 E0) with a {@code WordDocument} stream is DOC and one with a
 * {@code Workbook} (or {@code Book}) stream XLS; an RTF file (<code>{\rtf</code>) goes to the DOC reader,
 * which refuses it saying what it is; a web page ({@code <} first) and a single-file web page (MHT,
 * {@code MIME-Version:} and {@code multipart/related}) are no Office files at all, whatever their name, and
 * are left to the web page reader of {@code ingest}, a PDF ({@code %PDF-}) to the PDF module's. Only where the bytes do not tell (a damaged or encrypted
 * compound file, a zip without either part, bytes of no known kind) does the name decide, so that the
 * reader of the kind the name claims says why the file cannot be read. Not API.
 */
public final class OfficeFiles {

    /** What the bytes are. */
    enum Bytes {
        /** A zip with word/document.xml. */
        DOCX,
        /** A zip with xl/workbook.xml. */
        XLSX,
        /** A zip with neither. */
        OTHER_ZIP,
        /** An OLE2 compound file with a WordDocument stream. */
        DOC,
        /** An OLE2 compound file with a Workbook or Book stream. */
        XLS,
        /** An OLE2 compound file with neither (encrypted OOXML, damaged, another program's). */
        OTHER_OLE2,
        /** Rich text. */
        RTF,
        /** A single-file web page (MIME, multipart/related). */
        MHT,
        /** A web page or other markup. */
        HTML,
        /** A PDF (the signature {@code %PDF-}): another module's. */
        PDF,
        /** None of these. */
        UNKNOWN
    }


    private OfficeFiles() {
    }

    /**
     * The kind of this module's reader that takes a file, if any.
     *
     * @param fileName the file name in lower case, {@code ""} when there is none
     * @param bytes the whole file
     * @return the kind (DOCX, XLSX, DOC or XLS), empty when none of this module's readers takes it
     */
    static Optional<SourceKind> kindOf(String fileName, byte[] bytes) {
        Optional<SourceKind> named = named(fileName);
        return switch (what(bytes)) {
            case DOCX -> Optional.of(SourceKind.DOCX);
            case XLSX -> Optional.of(SourceKind.XLSX);
            case DOC, RTF -> Optional.of(SourceKind.DOC);
            case XLS -> Optional.of(SourceKind.XLS);
            case HTML, MHT, PDF -> Optional.empty();
            // a zip that is neither: the name's OOXML reader says what it lacks
            case OTHER_ZIP -> named.map(k -> k == SourceKind.DOC ? SourceKind.DOCX : k == SourceKind.XLS ? SourceKind.XLSX : k);
            // a compound file that is neither: the name's binary reader says why (encrypted, damaged)
            // (without a name, the DOC reader: so that such a file is refused saying what it is, not read as text)
            case OTHER_OLE2 -> Optional.of(named.map(k -> k == SourceKind.DOCX ? SourceKind.DOC : k == SourceKind.XLSX ? SourceKind.XLS : k)
                    .orElse(SourceKind.DOC));
            case UNKNOWN -> named;
        };
    }

    /** The kind a file name claims. */
    private static Optional<SourceKind> named(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            return Optional.of(SourceKind.DOCX);
        }
        if (n.endsWith(".xlsx")) {
            return Optional.of(SourceKind.XLSX);
        }
        if (n.endsWith(".doc") || n.endsWith(".wps") || n.endsWith(".dot")) {
            return Optional.of(SourceKind.DOC);
        }
        if (n.endsWith(".xls") || n.endsWith(".et")) {
            return Optional.of(SourceKind.XLS);
        }
        return Optional.empty();
    }

    /** What the bytes are, by their signature and, for an archive, their parts. */
    static Bytes what(byte[] bytes) {
        if (Signatures.isZip(bytes)) {
            return DocxReader.contains(bytes, "word/document.xml") ? Bytes.DOCX
                    : DocxReader.contains(bytes, "xl/workbook.xml") ? Bytes.XLSX : Bytes.OTHER_ZIP;
        }
        if (Signatures.isCompoundFile(bytes)) {
            return ole2(bytes);
        }
        String head = head(bytes);
        if (head.startsWith("%PDF-")) {
            return Bytes.PDF;
        }
        if (head.startsWith("{\\rtf")) {
            return Bytes.RTF;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("mime-version:") || lower.startsWith("content-type:") || lower.startsWith("from:")
                || lower.startsWith("subject:") || lower.startsWith("date:")) && lower.contains("multipart/related")) {
            return Bytes.MHT;
        }
        if (lower.startsWith("<")) {
            return Bytes.HTML;
        }
        return Bytes.UNKNOWN;
    }

    private static Bytes ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Bytes.DOC;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Bytes.XLS;
            }
            return Bytes.OTHER_OLE2;
        } catch (IOException | RuntimeException e) {
            return Bytes.OTHER_OLE2;
        }
    }

    /**
     * The first characters of the file as ASCII, after a byte-order mark and white space; a UTF-16 file
     * (with its mark) has its zero bytes left out, so that its markup is seen too.
     */
    private static String head(byte[] bytes) {
        int from = 0;
        int step = 1;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            from = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            from = 2;
            step = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            from = 3;
            step = 2;
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < bytes.length && out.length() < 1024; i += step) {
            int b = bytes[i] & 0xFF;
            if (out.length() == 0 && (b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
                continue;
            }
            out.append(b < 0x80 ? (char) b : '?');
        }
        return out.toString();
    }
}
