package io.github.xxgk.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * Text from reports and file names made safe for a terminal: control characters (C0, DEL, C1), the
 * bidirectional controls and the line and paragraph separators are written as {@code \u001B}-style
 * escapes, so no escape sequence, overwritten line or reordered text reaches the terminal raw.
 */
final class Safe {

    private Safe() {
    }

    /** Whether a character must not reach a terminal raw. */
    static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    /**
     * The township deadline a command was given ({@code MM-DD}), or empty after saying on {@code err} how
     * it is written.
     */
    static java.util.Optional<java.time.MonthDay> deadline(String text, String command, Language lang,
            java.io.PrintWriter err) {
        try {
            return java.util.Optional.of(java.time.MonthDay.parse("--" + text));
        } catch (java.time.format.DateTimeParseException e) {
            err.println("xxgk " + command + ": " + lang.pick("时限应写成 MM-DD：", "the deadline is written MM-DD: ") + text(text));
            return java.util.Optional.empty();
        }
    }

    /** The text with every unsafe character escaped. */
    static String text(String s) {
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                sb.append("\\u").append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

    /**
     * A message of the platform or a library with the Java class names of exceptions taken out
     * ({@code java.lang.IllegalStateException: x} gives {@code x}), so that none reaches a person.
     */
    static String withoutClassNames(String message) {
        String out = CLASS_NAME.matcher(message).replaceAll("").strip();
        return out.replaceAll("\\(\\s*\\)", "").strip();
    }

    /** The same escapes for JSON output (jackson escapes the ASCII controls itself). */
    static final class JsonEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        JsonEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (unsafe(ch)) {
                return new com.fasterxml.jackson.core.io.SerializedString(
                        "\\u" + String.format(java.util.Locale.ROOT, "%04x", ch));
            }
            return null;
        }
    }
}
