package io.github.xxgk.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character-set decision for bytes: a byte-order mark, else a charset the page declares
 * ({@code <meta charset>}, HTTP-equiv), else detection: valid UTF-8, otherwise GB18030 (which reads
 * GBK and GB2312 as well). Never the platform default. Not API.
 */
public final class Charsets {

    private Charsets() {
    }

    /** A decoded text, the charset used and, when it was guessed, why. */
    public record Decoded(String text, String charset, String guess) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META = Pattern.compile(
            "<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    /**
     * Decodes bytes.
     *
     * @param bytes the source
     * @param markup whether to look for a declaration in HTML markup
     * @return the text and the decision
     */
    public static Decoded decode(byte[] bytes, boolean markup) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", "");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", "");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", "");
        }
        String unknown = "";
        if (markup) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META.matcher(head);
            if (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                Charset cs = named(name);
                if (cs == StandardCharsets.UTF_8) {
                    String utf8 = utf8(bytes);
                    if (utf8 != null) {
                        return new Decoded(utf8, "UTF-8", "");
                    }
                    // a page declared UTF-8 whose bytes are not (a GBK article in a UTF-8 template, a mirror
                    // that re-encoded the page but kept its meta): read as GB18030, and said so
                    return new Decoded(new String(bytes, GB18030), "GB18030", "declared “" + name + MISMATCH + NOT_UTF8);
                }
                if (cs == GB18030 && hasMultibyte(bytes)) {
                    String utf8 = utf8(bytes);
                    if (utf8 != null) {
                        // declared GBK, but valid UTF-8 with Chinese in it (GBK text almost never is): UTF-8
                        return new Decoded(utf8, "UTF-8", "declared “" + name + MISMATCH + UTF8);
                    }
                }
                if (cs != null) {
                    return new Decoded(new String(bytes, cs), cs == GB18030 ? "GB18030" : cs.name(), "");
                }
                unknown = name;
            }
        }
        String why = unknown.isEmpty() ? "" : "declared “" + unknown + "”, unknown; ";
        String utf8 = utf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", why + UTF8);
        }
        return new Decoded(new String(bytes, GB18030), "GB18030", why + NOT_UTF8);
    }

    private static final String UTF8 = "valid UTF-8";
    /** Between the declared name and what the bytes are, when the declaration does not fit them. */
    static final String MISMATCH = "” but ";
    private static final String NOT_UTF8 = "not valid UTF-8";

    /** A guess's reason said in Chinese (a reader's own wording is kept as given). */
    static String zh(String guess) {
        String out = guess.replaceAll("declared “([^”]*)”, unknown; ", "声明的“$1”无法识别；")
                .replaceAll("declared “([^”]*)” but ", "声明的“$1”与内容不符，内容");
        if (out.endsWith(NOT_UTF8)) {
            return out.substring(0, out.length() - NOT_UTF8.length()) + "不是有效的 UTF-8";
        }
        if (out.endsWith(UTF8)) {
            return out.substring(0, out.length() - UTF8.length()) + "是有效的 UTF-8";
        }
        return out;
    }

    private static Charset named(String name) {
        switch (name) {
            case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312-80", "euc-cn" -> {
                return GB18030;
            }
            case "utf-8", "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.isSupported(name) ? Charset.forName(name) : null;
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
    }

    /** Whether the bytes hold any byte above ASCII. */
    private static boolean hasMultibyte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes decoded as UTF-8, or null when they are not valid UTF-8. The string constructor
     * replaces what is not UTF-8 by U+FFFD: a text without one is valid as it stands; only a text with
     * one (printed, or a replacement) is decoded again by a decoder that reports.
     */
    private static String utf8(byte[] bytes) {
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return quick;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
