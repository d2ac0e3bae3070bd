package io.github.xxgk.ingest.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The characters a font's map names, made the characters the text means. */
class GlyphsTest {

    @Test
    void radicalsCompatibilityIdeographsVerticalFormsAndLigaturesAreReplaced() {
        assertThat(Glyphs.plain("⼯作")).isEqualTo("工作"); // U+2F2F KANGXI RADICAL WORK
        assertThat(Glyphs.plain("⾏政")).isEqualTo("行政");
        assertThat(Glyphs.plain("⼈⺠")).isEqualTo("人民"); // U+2EA0, a supplement radical without decomposition
        assertThat(Glyphs.plain("⻔⼾")).isEqualTo("门户"); // ⼾ decomposes to 戶; an SC font draws 户
        assertThat(Glyphs.plain("\uF9B5")).isEqualTo("例"); // a compatibility ideograph
        assertThat(Glyphs.plain("三︑")).isEqualTo("三、");
        assertThat(Glyphs.plain("︵一︶")).isEqualTo("（一）"); // full-width, as a horizontal line prints them
        assertThat(Glyphs.plain("︐")).isEqualTo("，");
        // Chrome's PDFs name 〈 (U+3008) as the deprecated U+2329, 〉 as U+232A
        assertThat(Glyphs.plain("施行\u2329中华人民共和国政府信息公开条例\u232A")).isEqualTo("施行〈中华人民共和国政府信息公开条例〉");
        assertThat(Glyphs.plain("ﬁle")).isEqualTo("file");
    }

    @Test
    void everyOtherCharacterIsKeptAsPrinted() {
        String printed = "（一）１２3，。、—／政府信息ＡＢ";
        assertThat(Glyphs.plain(printed)).isSameAs(printed);
        assertThat(Glyphs.plain("（一）⼯")).isEqualTo("（一）工");
    }

    @Test
    void glyphsThatNameNoCharacterAreUnreadableAndOthersNot() {
        assertThat(Glyphs.unreadable("\u0003")).isTrue(); // a simple font's code taken for its character
        assertThat(Glyphs.unreadable("\uFFFD")).isTrue();
        assertThat(Glyphs.unreadable("\uE0A1")).isTrue(); // a font's private code
        assertThat(Glyphs.unreadable(new String(Character.toChars(0xF0001)))).isTrue(); // supplementary private use
        assertThat(Glyphs.unreadable("政")).isFalse();
        assertThat(Glyphs.unreadable(new String(Character.toChars(0x20B9F)))).isFalse(); // 𠮟, CJK extension B
        assertThat(Glyphs.unreadable("7")).isFalse();
        assertThat(Glyphs.control("\u0007")).isTrue();
        assertThat(Glyphs.control("\uE0A1")).isFalse(); // counted, not replaced: a symbol font's bullet
    }
}
