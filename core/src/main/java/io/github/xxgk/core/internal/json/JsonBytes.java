package io.github.xxgk.core.internal.json;

import io.github.xxgk.core.json.ReportJsonException;
import java.io.OutputStream;

/**
 * The byte level of a JSON document, before the parser sees it: strict UTF-8 (RFC 8259 §8.1, Unicode
 * table 3-7: no overlong forms, no encoded surrogates, nothing above U+10FFFF, no UTF-16 or UTF-32),
 * and the size of the document's content, that is its bytes without the white space between tokens.
 * One pass, linear, allocation-free. Not API.
 */
public final class JsonBytes {

    private JsonBytes() {
    }

    /**
     * Checks that a document is UTF-8 and measures it.
     *
     * @param bytes the document
     * @return its content: its bytes without the white space between tokens
     * @throws ReportJsonException at the first byte that is not strict UTF-8, with its byte offset, line
     *     and column
     */
    public static long check(byte[] bytes) {
        return check(bytes, true);
    }

    /**
     * Checks that a document is UTF-8, and measures it when asked to.
     *
     * @param bytes the document
     * @param measure whether to measure the content; when not, the whole length is returned and runs of
     *     ASCII are checked eight bytes at a time
     * @return its content, or its length when not measured
     * @throws ReportJsonException at the first byte that is not strict UTF-8
     */
    public static long check(byte[] bytes, boolean measure) {
        int n = bytes.length;
        if (!measure) {
            checkFast(bytes);
            return n;
        }
        if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw error(bytes, 0, "输入是 UTF-16 或 UTF-32 编码（字节顺序标记 " + hex(bytes, 0, 2) + "），JSON 应为 UTF-8。",
                    "The input is UTF-16 or UTF-32 (byte order mark " + hex(bytes, 0, 2) + "); JSON is UTF-8.");
        }
        long whitespace = 0;
        boolean inString = false;
        int i = 0;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                if (b == 0) {
                    throw error(bytes, i, "字节偏移 " + i + " 处有 NUL 字节（00）：输入不是 UTF-8（可能是 UTF-16 或 UTF-32）。",
                            "A NUL byte (00) at byte offset " + i + ": the input is not UTF-8 (UTF-16 or UTF-32?).");
                }
                if (inString) {
                    if (b == '"') {
                        inString = false;
                    } else if (b == '\\' && i + 1 < n && bytes[i + 1] >= 0) {
                        i++; // an escaped ASCII character, e.g. \" or \\
                    }
                } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                    whitespace++;
                } else if (b == '"') {
                    inString = true;
                }
                i++;
                continue;
            }
            i += sequence(bytes, i);
        }
        return n - whitespace;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /** The BOM and UTF-8 check alone, eight ASCII bytes at a time (no NUL among them). */
    private static void checkFast(byte[] bytes) {
        int n = bytes.length;
        if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            check(bytes, true); // reports it
        }
        int i = 0;
        while (i < n) {
            if (i + 8 <= n) {
                long w = (long) LONGS.get(bytes, i);
                // all eight ASCII, and none of them zero
                if ((w & HIGH_BITS) == 0 && ((w - LOW_BITS) & ~w & HIGH_BITS) == 0) {
                    i += 8;
                    continue;
                }
            }
            int b = bytes[i];
            if (b > 0) {
                i++;
            } else if (b == 0) {
                throw error(bytes, i, "字节偏移 " + i + " 处有 NUL 字节（00）：输入不是 UTF-8（可能是 UTF-16 或 UTF-32）。",
                        "A NUL byte (00) at byte offset " + i + ": the input is not UTF-8 (UTF-16 or UTF-32?).");
            } else {
                i += sequence(bytes, i);
            }
        }
    }

    /** The length of the multi-byte sequence at {@code i}, or an error where it is not strict UTF-8. */
    private static int sequence(byte[] bytes, int i) {
        int b0 = bytes[i] & 0xFF;
        int length;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            if (b0 == 0xE0) {
                lo = 0xA0; // below: overlong
            } else if (b0 == 0xED) {
                hi = 0x9F; // above: the surrogates U+D800–U+DFFF
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            if (b0 == 0xF0) {
                lo = 0x90; // below: overlong
            } else if (b0 == 0xF4) {
                hi = 0x8F; // above: beyond U+10FFFF
            }
        } else {
            String why = b0 == 0xC0 || b0 == 0xC1 ? "过长编码" : b0 < 0xC0 ? "多余的后续字节" : "超出 U+10FFFF";
            String whyEn = b0 == 0xC0 || b0 == 0xC1 ? "an overlong encoding" : b0 < 0xC0 ? "a stray continuation byte"
                    : "beyond U+10FFFF";
            throw invalid(bytes, i, 1, why, whyEn);
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= bytes.length) {
                throw invalid(bytes, i, k, "序列不完整", "a truncated sequence");
            }
            int b = bytes[i + k] & 0xFF;
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (b < min || b > max) {
                String why = k == 1 && b >= 0x80 && b <= 0xBF
                        ? (b0 == 0xED ? "代理码点（U+D800–U+DFFF）" : b0 == 0xF4 ? "超出 U+10FFFF" : "过长编码") : "序列不完整";
                String whyEn = k == 1 && b >= 0x80 && b <= 0xBF
                        ? (b0 == 0xED ? "a surrogate (U+D800–U+DFFF)" : b0 == 0xF4 ? "beyond U+10FFFF" : "an overlong encoding")
                        : "a truncated sequence";
                throw invalid(bytes, i, k + 1, why, whyEn);
            }
        }
        return length;
    }

    private static ReportJsonException invalid(byte[] bytes, int at, int length, String zh, String en) {
        String seq = hex(bytes, at, Math.min(length, bytes.length - at));
        return error(bytes, at, "字节偏移 " + at + " 处不是有效的 UTF-8（" + seq + "：" + zh + "）；JSON 应为 UTF-8。",
                "Not valid UTF-8 at byte offset " + at + " (" + seq + ": " + en + "); JSON is UTF-8.");
    }

    private static ReportJsonException error(byte[] bytes, int at, String zh, String en) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ReportJsonException("", line, at - lineStart + 1, zh, en, null);
    }

    private static String hex(byte[] bytes, int from, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(Character.forDigit((bytes[i] >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(bytes[i] & 0xF, 16)));
        }
        return sb.toString();
    }

    /**
     * An output stream that keeps nothing and measures what is written, as {@link #check} measures a
     * document (the writer's output is UTF-8 by construction, so only the size is kept).
     */
    public static final class Counter extends OutputStream {
        private long total;
        private long whitespace;
        private boolean inString;
        private boolean escaped;

        @Override
        public void write(int b) {
            total++;
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '"') {
                    inString = false;
                } else if (b == '\\') {
                    escaped = true;
                }
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                whitespace++;
            } else if (b == '"') {
                inString = true;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        /** The bytes written. */
        public long total() {
            return total;
        }

        /** The bytes written without the white space between tokens. */
        public long content() {
            return total - whitespace;
        }
    }
}
