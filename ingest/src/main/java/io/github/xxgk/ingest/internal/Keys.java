package io.github.xxgk.ingest.internal;

/**
 * The comparison key of a printed label: whitespace removed, full-width letters, digits and
 * punctuation as their ASCII forms, the quotation marks unified, {@code 1、} as {@code 1.}. Labels of
 * the form and labels of a page are compared under this key only; the strings themselves live in the
 * form definitions. Not API.
 */
public final class Keys {

    private Keys() {
    }

    /** The key of a text. */
    public static String of(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                last = c; // an ideograph: no whitespace, its own key
            } else if (Texts.isSpace(c)) {
                continue;
            } else {
                last = fold(c, last);
            }
            out[n++] = last;
        }
        return new String(out, 0, n);
    }

    /**
     * The key character of a character that is not whitespace, given the key character before it (0 at
     * the start): the fold {@link #of} applies to each character.
     */
    static char fold(char ch, char previous) {
        char c = ch;
        if (c >= '\uff01' && c <= '\uff5e') {
            c = (char) (c - 0xfee0);
        }
        if (c < '\u2013' || c >= '\u4e00' && c <= '\u9fff') {
            return c; // ASCII, Latin and ideographs: none of them folds further
        }
        switch (c) {
            case '“', '”', '„', '″', '＂', '「', '」' -> c = '"';
            case '‘', '’' -> c = '\'';
            case '—', '–', '−' -> c = '-';
            case '、', '．' -> {
                if (previous != 0 && Character.isDigit(previous)) {
                    c = '.';
                }
            }
            default -> {
            }
        }
        return c;
    }

    /** The edit distance of two keys, or {@code max + 1} when it exceeds max. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }

    /**
     * How many characters a printed section title may differ from the form's and still be read as
     * it (under the same numbering): one in six, at most two. A misprint such as 行政法复议 for 行政复议
     * is read as the form's section; the validator reports the title (SEC-*).
     */
    public static int tolerance(String formTitleKey) {
        return Math.min(2, formTitleKey.length() / 6);
    }

    /**
     * How many characters a printed row label may differ from the form's and still be read as that row,
     * when no other row under the same numbering comes as close: one in four, at most three. A misprint
     * such as 其他法律行政止公开 for 其他法律行政法规禁止公开 is read as the form's row, its label kept as printed.
     */
    public static int rowTolerance(String formLabelKey) {
        return Math.min(3, formLabelKey.length() / 4);
    }
}
