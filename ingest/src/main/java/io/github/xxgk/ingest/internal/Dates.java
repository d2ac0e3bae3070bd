package io.github.xxgk.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a published report prints: in its metadata ({@code 2024-01-25 10:30}), in the page's address, and
 * as the date line that closes it ({@code 2024年1月25日}, {@code 二〇二四年一月二十五日}, {@code 2024-01-25},
 * {@code 2024/1/25}), alone or after the signature on one line. Never the default time zone: a date is the
 * calendar date printed. Not API.
 */
final class Dates {

    private Dates() {
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    /** A line that is a date and nothing else (whitespace removed), in Chinese or Arabic numerals. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[0-9０-９〇○零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$"
            + "|^[0-9０-９]{4}[-/.－／．][0-9０-９]{1,2}[-/.－／．][0-9０-９]{1,2}$");
    /** The date of a publishing system's address: …/t20240125_123.html, …/2024/01/25/…, …/2024-01/25/…. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/t((?:19|20)\\d{2})(\\d{2})(\\d{2})_|/((?:19|20)\\d{2})[-/]?(\\d{2})/(\\d{2})/");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final String DIGITS = "〇一二三四五六七八九";

    /** Whether a line is a date line: a date and nothing else. */
    static boolean isDateLine(String line) {
        return DATE_LINE.matcher(Texts.squeeze(line)).matches();
    }

    /**
     * Where the date line at the end of a closing line begins, when the line is a signature and a date printed
     * on one line ({@code 某某县交通运输局　2024年1月25日}): the date after the last space; -1 when the line is
     * no such thing.
     */
    static int dateAfterSignature(String line) {
        String t = Texts.collapse(line);
        int space = t.lastIndexOf(' ');
        return space > 0 && isDateLine(t.substring(space + 1)) ? space + 1 : -1;
    }

    /** The first date in a text in Arabic numerals ({@code 2024-01-25 10:30}, {@code 2024年1月25日}). */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** A date line in Arabic (full-width too) or Chinese numerals ({@code 二○一四年一月十日}). */
    static Optional<LocalDate> dateLine(String line) {
        String t = ascii(Texts.squeeze(line)).replace('○', '〇').replace('零', '〇');
        Optional<LocalDate> arabic = date(t);
        if (arabic.isPresent()) {
            return arabic;
        }
        Matcher m = CHINESE.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        int y = 0;
        for (char c : m.group(1).toCharArray()) {
            y = y * 10 + DIGITS.indexOf(c);
        }
        return of(y, small(m.group(2)), small(m.group(3)));
    }

    /** The date in a publishing system's address, when it has one. */
    static Optional<LocalDate> urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        int g = m.group(1) != null ? 1 : 4;
        return of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)));
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Full-width digits and date separators as ASCII ({@code ２０２４－０１－２５}). */
    private static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '０' && c <= '９' || c == '－' || c == '／' || c == '．' ? (char) (c - 0xfee0) : c);
        }
        return out.toString();
    }

    private static int small(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(s.length() - 1));
        return tens * 10 + ones;
    }
}
