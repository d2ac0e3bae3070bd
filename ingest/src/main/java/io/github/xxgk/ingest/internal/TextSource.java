package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A crawler's text dump into the neutral {@link SourceDocument}: the header lines ({@code 标题:}, {@code 发布时间:},
 * {@code 发布机构:}) as metadata, the body after the {@code 正文} marker line as paragraphs (one per
 * line), every character's offset kept. Paragraphs, headings and table cells run together in such
 * dumps; the recogniser finds them. Knows nothing of the forms. Not API.
 */
public final class TextSource {

    private TextSource() {
    }

    /** The word of the line that opens a dump's body ({@code ==== 正文 ====}). */
    private static final String MARKER = "正文";

    /** Whether a text looks like a dump: a {@code 正文} marker line among its first lines. */
    public static boolean looksLikeDump(String text) {
        int end = Math.min(text.length(), 4000);
        return text.substring(0, end).contains(MARKER);
    }

    /**
     * Whether the first bytes of a file hold a dump's {@code 正文} marker, in UTF-8 or in GB18030 (the
     * charsets dumps are written in).
     */
    public static boolean looksLikeDump(byte[] head) {
        return new String(head, java.nio.charset.StandardCharsets.UTF_8).contains(MARKER)
                || new String(head, java.nio.charset.Charset.forName("GB18030")).contains(MARKER);
    }

    /**
     * Reads a decoded dump.
     *
     * @param text the dump
     * @param charset the charset decision
     * @return the document
     */
    public static SourceDocument read(String text, Charsets.Decoded charset) {
        Map<String, SourceDocument.Located> meta = new HashMap<>();
        List<SourceDocument.Block> blocks = new ArrayList<>();
        int pos = 0;
        int bodyStart = 0;
        boolean marker = false;
        // header lines up to the marker, when there is one
        int scan = 0;
        while (scan < text.length() && scan < 8000) {
            int nl = text.indexOf('\n', scan);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(scan, end);
            if (line.contains(MARKER) && line.strip().startsWith("=")) {
                marker = true;
                bodyStart = nl < 0 ? text.length() : nl + 1;
                break;
            }
            // the first colon, ASCII or full-width (原文链接：http://… has both; the ASCII one is the address's)
            int ascii = line.indexOf(':');
            int wide = line.indexOf('：');
            int colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
            if (colon > 0) {
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                SourceLocation at = new SourceLocation.TextRange(scan + colon + 1, end);
                if (!value.isEmpty()) {
                    switch (key) {
                        case "标题" -> meta.put(SourceDocument.TITLE, new SourceDocument.Located(value, at));
                        case "发布时间", "发布日期" -> meta.put(SourceDocument.DATE, new SourceDocument.Located(value, at));
                        case "发布机构" -> meta.put(SourceDocument.PUBLISHER, new SourceDocument.Located(value, at));
                        case "原文链接", "原文地址", "原文网址", "网址", "链接", "URL", "url" ->
                                meta.putIfAbsent(SourceDocument.URL, new SourceDocument.Located(value, at));
                        default -> {
                        }
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            scan = nl + 1;
        }
        if (!marker) {
            meta.clear();
            bodyStart = 0;
        }
        pos = bodyStart;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String raw = text.substring(pos, end);
            String line = pipeRow(raw);
            if (!Texts.isBlank(line, 0, line.length()) && !(line != raw && ruling(line))) {
                int[] offsets = new int[line.length()];
                for (int i = 0; i < offsets.length; i++) {
                    offsets[i] = pos + i;
                }
                blocks.add(new SourceDocument.Para(line, new SourceLocation.TextRange(pos, end), offsets));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return new SourceDocument(blocks, meta, true, charset.charset(), charset.guess());
    }

    /**
     * A line printed as a table row between bars ({@code | 规章 | 1 | 0 | 9 |}, as some crawlers print a
     * table's rows): the bars are the cells' borders, so each is read as a space (the offsets unchanged);
     * other lines as they are.
     */
    static String pipeRow(String line) {
        String t = line.strip();
        if (t.length() < 2 || t.charAt(0) != '|' || t.charAt(t.length() - 1) != '|') {
            return line;
        }
        return line.replace('|', ' ');
    }

    /** Whether a table row line is only ruling ({@code |---|:---:|} with its bars read as spaces). */
    private static boolean ruling(String line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != ':' && !Texts.isSpace(c)) {
                return false;
            }
        }
        return dash;
    }
}
