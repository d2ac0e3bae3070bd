package io.github.xxgk.office.internal;

import io.github.xxgk.ingest.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The checks an Office file passes before POI opens it: a zip archive (not anything else), at most
 * {@link #MAX_ENTRIES} parts, no part inflating beyond {@link #MAX_PART} bytes and all of them together
 * not beyond {@link #MAX_TOTAL} (zip bombs), every part inflated once here with a counter, so that the
 * limits hold whatever the archive's headers claim. Not API.
 */
public final class Zips {

    /** The most parts an archive may have. */
    static final int MAX_ENTRIES = 4_096;
    /** The most bytes one part may inflate to: 64 MiB. */
    static final long MAX_PART = 64L * 1024 * 1024;
    /** The most bytes all parts may inflate to: 128 MiB. */
    static final long MAX_TOTAL = 128L * 1024 * 1024;

    private Zips() {
    }

    /**
     * Parses one XML part of a checked archive once, as a stream (no DTD, no external entities), and
     * refuses it when it is not well-formed or nests elements deeper than {@code maxDepth}: so that
     * neither a malformed part nor a deeply nested one (tables in tables in tables) reaches POI.
     *
     * @param bytes the archive
     * @param part the part's name
     * @param source how to name the source in errors
     * @param maxDepth the deepest element nesting accepted
     */
    static void checkXml(byte[] bytes, String part, String source, int maxDepth) {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.getName().equals(part)) {
                    continue;
                }
                javax.xml.stream.XMLStreamReader r = f.createXMLStreamReader(in);
                int depth = 0;
                try {
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
                            throw new ReadException(source + " (" + part + ", line " + r.getLocation().getLineNumber() + ")",
                                    "文档的元素嵌套超过 " + maxDepth + " 层（如表格套表格）。",
                                    "The document nests elements deeper than " + maxDepth + " levels (tables in tables?).");
                        } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                            depth--;
                        }
                    }
                } finally {
                    r.close();
                }
                return;
            }
        } catch (javax.xml.stream.XMLStreamException ex) {
            throw new ReadException(source + " (" + part + ")", "文档部件不是格式正确的 XML：" + ex.getMessage(),
                    "A part of the document is not well-formed XML: " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new ReadException(source, "压缩包已损坏：" + ex.getMessage(), "The archive is damaged: " + ex.getMessage(), ex);
        }
    }

    /**
     * The names of the archive's parts, after the limits were checked.
     *
     * @param bytes the archive
     * @param source how to name it in errors
     * @param what what the file should be ({@code Word (DOCX)})
     * @return the part names
     * @throws ReadException when it is no zip archive or exceeds a limit
     */
    static List<String> check(byte[] bytes, String source, String what) {
        if (!io.github.xxgk.ingest.spi.Signatures.isZip(bytes)) {
            throw new ReadException(source, "不是 " + what + " 文件（不是 zip 压缩包）。",
                    "Not a " + what + " file (not a zip archive).");
        }
        List<String> names = new ArrayList<>();
        long total = 0;
        byte[] buffer = new byte[16_384];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw new ReadException(source, "压缩包的部件超过 " + MAX_ENTRIES + " 个。",
                            "The archive has more than " + MAX_ENTRIES + " parts.");
                }
                names.add(e.getName());
                long part = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    part += n;
                    total += n;
                    if (part > MAX_PART || total > MAX_TOTAL) {
                        throw new ReadException(source + " (" + e.getName() + ")",
                                "压缩包解压后过大（单个部件上限 " + MAX_PART + " 字节，合计上限 " + MAX_TOTAL + " 字节）：疑为压缩炸弹。",
                                "The archive inflates beyond the limits (" + MAX_PART + " bytes a part, " + MAX_TOTAL
                                        + " bytes in all): a zip bomb?");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw new ReadException(source, "压缩包已损坏：" + ex.getMessage(), "The archive is damaged: " + ex.getMessage(), ex);
        }
        if (names.isEmpty()) {
            throw new ReadException(source, "不是 " + what + " 文件（压缩包为空或已损坏）。",
                    "Not a " + what + " file (the archive is empty or damaged).");
        }
        return List.copyOf(names);
    }
}
