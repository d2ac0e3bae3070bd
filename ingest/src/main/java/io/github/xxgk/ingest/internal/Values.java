package io.github.xxgk.ingest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a printed cell holds: a number (full-width digits, thousands separators, a
 * unit written in the cell, spaces inside), a blank ({@code 空}, {@code 无}, {@code -} or an en dash, nothing),
 * “not applicable” ({@code /}, {@code —}) or text. Not API.
 */
public final class Values {

    private Values() {
    }

    /** The kinds of cell content. */
    public enum Kind { NUMBER, BLANK, NOT_APPLICABLE, TEXT }

    /**
     * A parsed cell.
     *
     * @param kind what it holds
     * @param digits the number as plain decimal digits (sign included), for a NUMBER
     * @param unit the unit written in the cell, empty when none
     * @param text the cell's text, whitespace collapsed
     */
    public record Parsed(Kind kind, String digits, String unit, String text) {
        /** Whether this can stand in a value cell (anything but text). */
        public boolean isValue() {
            return kind != Kind.TEXT;
        }
    }

    private static final String UNITS = "万元|元|件|个|条|次|人次|人|篇|项|期";
    /** A number, with a unit after it, bare or in brackets ({@code 12.50万元}, {@code 12.50（万元）}). */
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:(" + UNITS + ")|\\((" + UNITS + ")\\))?");

    /** Parses a cell's text. */
    public static Parsed parse(String printed) {
        if (!printed.isEmpty() && printed.length() <= 15 && allDigits(printed)
                && (printed.length() == 1 || printed.charAt(0) != '0')) {
            // plain digits, as most cells print: the number itself
            return new Parsed(Kind.NUMBER, printed, "", printed);
        }
        String text = Texts.collapse(printed);
        String k = normal(text);
        if (k.isEmpty() || k.equals("-") || k.equals("空") || k.equals("无") || k.equals("--")) {
            return new Parsed(Kind.BLANK, "", "", text);
        }
        if (k.equals("/") || k.equals("\\") || k.equals("—") || k.equals("——") || k.equals("―")) {
            return new Parsed(Kind.NOT_APPLICABLE, "", "", text);
        }
        Matcher m = NUMBER.matcher(k);
        if (m.matches()) {
            String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
            String sign = m.group(1).equals("-") ? "-" : "";
            String unit = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : "";
            return new Parsed(Kind.NUMBER, sign + digits, unit, text);
        }
        return new Parsed(Kind.TEXT, "", "", text);
    }

    /**
     * The digits of a whole number: a fraction of zeros dropped ({@code 0.00}, {@code 12.0}: a count cell a
     * spreadsheet formatted with decimals), the digits as given otherwise (a true fraction stays one).
     */
    public static String whole(String digits) {
        int dot = digits.indexOf('.');
        if (dot < 0) {
            return digits;
        }
        for (int i = dot + 1; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return digits;
            }
        }
        return digits.substring(0, dot);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String normal(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.isSpace(c)) {
                continue;
            }
            if (c >= '\uff01' && c <= '\uff5e' && c != '\uff0d') {
                c = (char) (c - 0xfee0);
            }
            if (c == '\uff0d' || c == '−' || c == '–') {
                c = '-';
            }
            if (c == '，') {
                c = ',';
            }
            out.append(c);
        }
        return out.toString();
    }
}
