package io.github.xxgk.ingest.spi;

/**
 * The signatures that file formats open with, for a {@link SourceReader}'s {@code accepts}: the bytes tell
 * what a file is where its name does not (a Word 97–2003 file named {@code .pdf}, a DOCX named
 * {@code .doc}). Stateless.
 */
public final class Signatures {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] COMPOUND_FILE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** How far into the file a PDF's {@code %PDF-} may stand: readers allow a little junk before it. */
    private static final int PDF_LEEWAY = 1024;

    private Signatures() {
    }

    /** Whether the bytes open as a zip archive (DOCX, XLSX and other Office Open XML files are zips). */
    public static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP);
    }

    /** Whether the bytes open as an OLE2 compound file (Word 97–2003 {@code .doc}, Excel 97–2003 {@code .xls}). */
    public static boolean isCompoundFile(byte[] bytes) {
        return startsWith(bytes, COMPOUND_FILE);
    }

    /** Whether the PDF signature {@code %PDF-} stands within the first 1,024 bytes. */
    public static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, PDF_LEEWAY);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
