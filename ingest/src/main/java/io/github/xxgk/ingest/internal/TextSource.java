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

    /**
     * Whether a text looks like a dump: a {@code 正文} marker line among its first lines, or a crawler's
     * header line {@code 标题：…} as its first line (a dump without the marker, whose table rows between bars
     * with ruling rows made it look like Markdown).
     */
    public static boolean looksLikeDump(String text) {
        int end = Math.min(text.length(), 4000);
        return text.substring(0, end).contains(MARKER) || opensWithTitleLine(text);
    }

    private static boolean opensWithTitleLine(String text) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        return t.startsWith("标题：") || t.startsWith("标题:");
    }

    /**
     * Whether the first bytes of a file hold a dump's {@code 正文} marker or open with its {@code 标题：} line,
     * in UTF-8 or in GB18030 (the charsets dumps are written in).
     */
    public static boolean looksLikeDump(byte[] head) {
        String utf8 = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        String gb = new String(head, java.nio.charset.Charset.forName("GB18030"));
        return utf8.contains(MARKER) || gb.contains(MARKER) || opensWithTitleLine(utf8) || opensWithTitleLine(gb);
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
            header(line, scan, meta);
            if (nl < 0) {
                break;
            }
            scan = nl + 1;
        }
        if (!marker) {
            meta.clear();
            bodyStart = headerBlock(text, meta);
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
     * Reads a header line ({@code 标题：…}, {@code 发布时间: …}) into the metadata it gives, split at its first
     * colon, ASCII or full-width (原文链接：http://… has both; the ASCII one is the address's).
     *
     * @return the line's key, empty when it has none
     */
    private static String header(String line, int start, Map<String, SourceDocument.Located> meta) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        int colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
        if (colon <= 0) {
            return "";
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        SourceLocation at = new SourceLocation.TextRange(start + colon + 1, start + line.length());
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
        return key;
    }

    /** The keys of a crawler's header lines that open a dump written without a 正文 marker. */
    private static final java.util.Set<String> HEADER_KEYS = java.util.Set.of("标题", "发布时间", "发布日期", "发布机构",
            "来源", "信息来源", "栏目", "文号", "索引号", "原文链接", "原文地址", "原文网址", "网址", "链接", "URL", "url");

    /**
     * A dump without a 正文 marker that opens with a crawler's header lines ({@code 标题：…}, then {@code 来源：…},
     * {@code 发布日期：…}, {@code 原文地址：…}): those lines as metadata, the body after them. It opens with
     * {@code 标题} or is no such dump (0, and no metadata). The title line was read as the title, its key and
     * all (the agency 标题：某某市人民政府), and the address line as the preamble's first paragraph.
     *
     * @return where the body starts
     */
    private static int headerBlock(String text, Map<String, SourceDocument.Located> meta) {
        int pos = 0;
        boolean first = true;
        while (pos < text.length() && pos < 8000) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            String key = header(line, pos, meta);
            if (!HEADER_KEYS.contains(key) || first && !key.equals("标题")) {
                if (first) {
                    meta.clear(); // no header block: what the line gave is no metadata
                }
                break;
            }
            first = false;
            if (nl < 0) {
                return text.length();
            }
            pos = nl + 1;
        }
        return first ? 0 : pos;
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
