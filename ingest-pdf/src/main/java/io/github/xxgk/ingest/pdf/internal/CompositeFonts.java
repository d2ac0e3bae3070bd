package io.github.xxgk.ingest.pdf.internal;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What the composite (Type 0) fonts of a document say of their glyphs' characters, where PDFBox's text
 * extraction would hide that they say nothing. A composite font's ToUnicode map that leaves a code out makes
 * PDFBox take the code itself for the character (a glyph coded 0x35 read as “5”), and a composite font with no
 * map at all for a glyph makes it skip the glyph (a digit of a figure gone without a trace). Here such a glyph
 * is known as unmapped, and is shown through a copy of its font that names it U+FFFD, so that it is read where it
 * stands as no character. Each font's map is read once. Not thread-safe: one per document. Not API.
 */
final class CompositeFonts {

    /** Per font dictionary: its ToUnicode map read from its stream, empty where it has none (or an unreadable one). */
    private final Map<COSDictionary, Optional<CMap>> maps = new IdentityHashMap<>();
    /** Per font dictionary: the copy of the font whose every glyph is U+FFFD. */
    private final Map<COSDictionary, PDType0Font> unknown = new IdentityHashMap<>();

    /**
     * Whether the font's ToUnicode stream names a character for the code; true for a font without a ToUnicode
     * stream (PDFBox then maps by the font's character collection or its own character map, or names none).
     */
    boolean names(PDType0Font font, int code) {
        Optional<CMap> map = maps.computeIfAbsent(font.getCOSObject(), CompositeFonts::toUnicode);
        return map.isEmpty() || map.get().toUnicode(code) != null;
    }

    /** A copy of the font that names U+FFFD for every glyph. */
    PDType0Font unknown(PDType0Font font) throws IOException {
        PDType0Font copy = unknown.get(font.getCOSObject());
        if (copy == null) {
            copy = new PDType0Font(font.getCOSObject()) {
                @Override
                public String toUnicode(int code) {
                    return Glyphs.UNKNOWN;
                }
            };
            unknown.put(font.getCOSObject(), copy);
        }
        return copy;
    }

    private static Optional<CMap> toUnicode(COSDictionary font) {
        COSBase entry = font.getDictionaryObject(COSName.TO_UNICODE);
        if (!(entry instanceof COSStream stream)) {
            return Optional.empty(); // none, or a name (Identity-H), which PDFBox reads as it means
        }
        try (RandomAccessRead in = stream.createView()) {
            CMap map = new CMapParser().parse(in);
            // a map PDFBox treats as the identity (named Identity-…, without mappings of its own) is left to it
            boolean identity = map.getName() != null && map.getName().startsWith("Identity-") && !map.hasUnicodeMappings();
            return identity ? Optional.empty() : Optional.of(map);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // PDFBox cannot read it either, and names no character from it
        }
    }
}
