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
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.isSpace(c)) {
                continue;
            }
            if (c >= '\uff01' && c <= '\uff5e') {
                c = (char) (c - 0xfee0);
            }
            switch (c) {
                case '“', '”', '„', '″', '＂', '「', '」' -> c = '"';
                case '‘', '’' -> c = '\'';
                case '—', '–', '−' -> c = '-';
                case '、', '．' -> {
                    if (out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))) {
                        c = '.';
                    }
                }
                default -> {
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
