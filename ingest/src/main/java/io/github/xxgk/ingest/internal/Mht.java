package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.ReadException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single-file web page (MHT, MHTML: Word's and browsers' "single file web page", often attached as
 * {@code .mht} or renamed {@code .doc}): a MIME message of type {@code multipart/related} whose first
 * {@code text/html} part is the page. Gives that part's bytes decoded from their transfer encoding
 * (quoted-printable, base64, or as they are), for the web page reader; the pictures and style sheets of
 * the other parts are not read. The structure is read as ISO-8859-1, which keeps every byte, so that the
 * page's own charset is decided from the page as for any page. Not API.
 */
public final class Mht {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    private Mht() {
    }

    /**
     * Whether the bytes are a MIME message of type multipart/related: their first header line is
     * {@code MIME-Version:} (or a {@code Content-Type:}, {@code From:}, {@code Subject:} or {@code Date:} one),
     * and their headers name {@code multipart/related}.
     *
     * @param bytes the source
     * @return whether it is a single-file web page
     */
    public static boolean looksLikeMht(byte[] bytes) {
        String head = message(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1))
                .toLowerCase(Locale.ROOT);
        boolean header = head.startsWith("mime-version:") || head.startsWith("content-type:") || head.startsWith("from:")
                || head.startsWith("subject:") || head.startsWith("date:");
        int end = head.indexOf("\n\n");
        int crlf = head.indexOf("\r\n\r\n");
        int headers = end < 0 ? crlf : crlf < 0 ? end : Math.min(end, crlf);
        return header && (headers < 0 ? head : head.substring(0, headers)).contains("multipart/related");
    }

    /**
     * The page of a single-file web page.
     *
     * @param bytes the MHT file
     * @param source how to name the source in errors
     * @return the bytes of its first {@code text/html} part, decoded from their transfer encoding
     * @throws ReadException when the message has no boundary or no HTML part, or a part cannot be decoded
     */
    public static byte[] page(byte[] bytes, String source) {
        String all = message(new String(bytes, StandardCharsets.ISO_8859_1));
        int bodyAt = blankLine(all, 0);
        Map<String, String> top = headers(all.substring(0, bodyAt < 0 ? all.length() : bodyAt));
        Matcher m = BOUNDARY.matcher(top.getOrDefault("content-type", ""));
        if (bodyAt < 0 || !m.find()) {
            throw new ReadException(source, "单个文件网页（MHT）没有分隔符（boundary），无法读取。",
                    "The single-file web page (MHT) has no boundary; it cannot be read.");
        }
        String delimiter = "--" + (m.group(1) != null ? m.group(1) : m.group(2));
        int at = all.indexOf(delimiter, bodyAt);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (all.startsWith("--", start)) {
                break;
            }
            int next = all.indexOf(delimiter, start);
            String part = all.substring(start, next < 0 ? all.length() : next);
            int partBody = blankLine(part, 0);
            if (partBody >= 0) {
                Map<String, String> h = headers(part.substring(0, partBody));
                if (h.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).startsWith("text/html")) {
                    String body = part.substring(skipBlank(part, partBody));
                    return decode(body, h.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT), source);
                }
            }
            at = next;
        }
        throw new ReadException(source, "单个文件网页（MHT）中没有 HTML 部分。",
                "The single-file web page (MHT) has no HTML part.");
    }

    /** The message without a UTF-8 byte-order mark (as ISO-8859-1) and white space before its first header. */
    private static String message(String s) {
        return (s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s).stripLeading();
    }

    /** Where the blank line ending a header block starts, or -1. */
    private static int blankLine(String s, int from) {
        int lf = s.indexOf("\n\n", from);
        int crlf = s.indexOf("\r\n\r\n", from);
        return lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
    }

    private static int skipBlank(String s, int at) {
        return s.startsWith("\r\n\r\n", at) ? at + 4 : at + 2;
    }

    /** Header fields by lower-case name, folded lines unfolded; the first of a name counts. */
    private static Map<String, String> headers(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        String unfolded = block.replaceAll("\r?\n[ \t]+", " ");
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return out;
    }

    private static byte[] decode(String body, String encoding, String source) {
        if (encoding.equals("base64")) {
            try {
                return Base64.getMimeDecoder().decode(body.strip());
            } catch (IllegalArgumentException e) {
                throw new ReadException(source, "单个文件网页（MHT）的 HTML 部分不是有效的 base64：" + e.getMessage(),
                        "The HTML part of the single-file web page (MHT) is no valid base64: " + e.getMessage(), e);
            }
        }
        if (!encoding.equals("quoted-printable")) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
                continue;
            }
            if (body.startsWith("\r\n", i + 1)) {
                i += 2;
            } else if (body.startsWith("\n", i + 1)) {
                i += 1;
            } else if (i + 2 < body.length() && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
                out.write(hex(body.charAt(i + 1)) * 16 + hex(body.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
}
