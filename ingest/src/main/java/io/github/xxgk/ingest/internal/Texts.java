package io.github.xxgk.ingest.internal;

/** Whitespace handling shared by the sources and the recogniser. Not API. */
public final class Texts {

    private Texts() {
    }

    /** Whether a character is whitespace as pages print it: ASCII, nbsp, U+3000 and the like. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7f || c > '\u3000' && c != '\ufeff') {
            // printable ASCII, and CJK punctuation, ideographs and full-width forms (no whitespace above
            // U+3000 but U+FEFF): most of any page
            return false;
        }
        if (c == ' ' || c == '\n') {
            return true;
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff'
                || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202f';
    }

    /** Runs of whitespace collapsed to one space, ends trimmed: the only normalisation of printed text. */
    public static String collapse(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = !isSpace(c) || c == ' ' && i > 0 && i < s.length() - 1 && s.charAt(i + 1) != ' ' && s.charAt(i - 1) != ' ';
        }
        if (plain) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether s[from, to) is whitespace only (empty included): what {@link #collapse} makes empty. */
    public static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A table row as one line, as printed: its cells' texts collapsed, the empty ones left out, joined by a space. */
    public static String rowLine(java.util.List<io.github.xxgk.ingest.spi.SourceDocument.Cell> row) {
        StringBuilder line = new StringBuilder();
        for (io.github.xxgk.ingest.spi.SourceDocument.Cell c : row) {
            String t = collapse(c.text());
            if (!t.isEmpty()) {
                line.append(line.length() == 0 ? "" : " ").append(t);
            }
        }
        return line.toString();
    }

    /** All whitespace removed: the key under which printed labels are compared. */
    public static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
