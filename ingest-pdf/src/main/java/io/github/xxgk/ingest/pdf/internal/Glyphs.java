package io.github.xxgk.ingest.pdf.internal;

import java.text.Normalizer;

/**
 * The characters a PDF's font maps its glyphs to, made the characters the text means. A font's
 * character map may name, for a glyph shared by an ideograph and a radical, the radical: Chrome's PDFs
 * and fonts such as Noto CJK print 工 as ⼯ (U+2F2F, KANGXI RADICAL WORK) and 行 as ⾏; a compatibility
 * ideograph (U+F900–U+FAFF) stands for its unified one; the angle bracket U+2329 for 〈 (U+3008); a vertical header set with vertical forms prints
 * ︑ for 、 and ︵ for （; a ligature ﬁ for fi. Each such character is replaced by its compatibility
 * decomposition, ASCII punctuation so obtained by its full-width form (a vertical ︵ is （, not ( ); every
 * other character (full-width digits and brackets included) is kept as printed. Stateless. Not API.
 */
final class Glyphs {

    /**
     * The radicals of the supplement block (U+2E80–U+2EFF, which have no compatibility decomposition),
     * each followed by the ideograph an SC font draws with the same glyph (as Noto Sans CJK SC's
     * character map gives them): ⺠ is 民, ⻔ is 门; and the one Kangxi radical whose decomposition is a
     * traditional character where that font draws the simplified one (⼾ is 户, not 戶).
     */
    private static final String SUPPLEMENT = "⺂乛⺃乚⺅亻⺉刂⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺭礻⺯糹⺰纟⺱罓⺹耂⺺肀⺾艹⻂衤⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟⼾户";

    /** What a glyph whose character cannot be known is read as: U+FFFD REPLACEMENT CHARACTER. */
    static final String UNKNOWN = "\uFFFD";

    private Glyphs() {
    }

    /**
     * Whether the character a font's map gives for a glyph tells nothing of what it prints: a control
     * character, the replacement character, or a private-use one (a font's own codes; a symbol font such as
     * Wingdings maps its bullets there too, which is why these are counted, not replaced).
     */
    static boolean unreadable(String u) {
        return u.codePoints().anyMatch(c -> c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0xfffd
                || Character.getType(c) == Character.PRIVATE_USE);
    }

    /** Whether a glyph's text holds a control character (a simple font's code taken for its character). */
    static boolean control(String u) {
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                return true;
            }
        }
        return false;
    }

    /** The text of one glyph with its compatibility characters replaced. */
    static String plain(String u) {
        boolean plain = true;
        for (int i = 0; i < u.length(); i++) {
            if (compatibility(u.charAt(i))) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return u;
        }
        StringBuilder b = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (!compatibility(c)) {
                b.append(c);
                continue;
            }
            int at = c < 0x2fe0 ? SUPPLEMENT.indexOf(c) : -1;
            if (at >= 0 && at % 2 == 0) {
                b.append(SUPPLEMENT.charAt(at + 1));
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            boolean vertical = c >= 0xfe10 && c <= 0xfe4f;
            if (vertical && d.length() == 1 && d.charAt(0) > 0x20 && d.charAt(0) < 0x7f
                    && !Character.isLetterOrDigit(d.charAt(0))) {
                d = String.valueOf((char) (d.charAt(0) + 0xfee0)); // the full-width form
            }
            b.append(d);
        }
        return b.toString();
    }

    /**
     * Whether a character is one a font's map gives for another: a radical (U+2E80–U+2FDF), the
     * deprecated angle brackets 〈 〉 (U+2329, U+232A: Chrome's PDFs print 〈 U+3008 so), a
     * compatibility ideograph (U+F900–U+FAFF), a vertical form (U+FE10–U+FE1F, U+FE30–U+FE4F) or a Latin
     * ligature (U+FB00–U+FB06).
     */
    static boolean compatibility(char c) {
        return c >= 0x2e80 && c <= 0x2fdf || c == 0x2329 || c == 0x232a || c >= 0xf900 && c <= 0xfaff || c >= 0xfe10 && c <= 0xfe1f
                || c >= 0xfe30 && c <= 0xfe4f || c >= 0xfb00 && c <= 0xfb06;
    }
}
