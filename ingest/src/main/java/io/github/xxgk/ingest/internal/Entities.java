package io.github.xxgk.ingest.internal;

import java.util.List;
import java.util.Map;

/**
 * HTML character references left as text by the converters and crawlers that write a page as Markdown or text
 * ({@code &nbsp;}, {@code &amp;}, {@code &#12288;}, {@code &#x3000;}): each as the character it names, as the page
 * printed it (Markdown decodes them too). A name not known here, or a reference that names no character, stays as
 * written. Not API.
 */
final class Entities {

    private Entities() {
    }

    /** The names the pages' text uses, with their characters. */
    private static final Map<String, Character> NAMES = Map.ofEntries(Map.entry("nbsp", '\u00a0'),
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("ensp", '\u2002'), Map.entry("emsp", '\u2003'),
            Map.entry("thinsp", '\u2009'), Map.entry("middot", '\u00b7'), Map.entry("ldquo", '\u201c'),
            Map.entry("rdquo", '\u201d'), Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'),
            Map.entry("mdash", '\u2014'), Map.entry("ndash", '\u2013'), Map.entry("hellip", '\u2026'),
            Map.entry("times", '\u00d7'));

    /**
     * Decodes the references of a text in place, each character keeping the offset of its reference's {@code &}.
     *
     * @param text the text
     * @param offsets each character's offset in the source, as long as the text
     */
    static void decode(StringBuilder text, List<Integer> offsets) {
        if (text.indexOf("&") < 0) {
            return;
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> off = new java.util.ArrayList<>(offsets.size());
        int k = 0;
        while (k < text.length()) {
            int semi = text.charAt(k) == '&' ? text.indexOf(";", k) : -1;
            int c = semi > k + 1 && semi - k <= 10 ? character(text.substring(k + 1, semi)) : -1;
            if (c >= 0) {
                out.appendCodePoint(c);
                for (int n = Character.charCount(c); n > 0; n--) {
                    off.add(offsets.get(k));
                }
                k = semi + 1;
            } else {
                out.append(text.charAt(k));
                off.add(offsets.get(k));
                k++;
            }
        }
        text.setLength(0);
        text.append(out);
        offsets.clear();
        offsets.addAll(off);
    }

    /** A text's references decoded. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        List<Integer> off = new java.util.ArrayList<>(java.util.Collections.nCopies(text.length(), 0));
        decode(b, off);
        return b.toString();
    }

    /** The code point a reference's name names ({@code nbsp}, {@code #12288}, {@code #x3000}), or -1. */
    private static int character(String name) {
        if (name.startsWith("#")) {
            try {
                int v = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return v > 0 && Character.isValidCodePoint(v) && !(v >= 0xd800 && v <= 0xdfff) ? v : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Character c = NAMES.get(name);
        return c == null ? -1 : c;
    }
}
