package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import java.util.ArrayList;
import java.util.List;

/** Rules on headings: SEC-EMPTY (a heading without text) and SEC-NUMBERING (numbering out of step). Not API. */
final class NumberingChecks {

    private NumberingChecks() {
    }

    private static Collector.F f(String rule, Severity severity, Location at, String key) {
        return new Collector.F(rule, severity, at, Rules.basis(rule), key);
    }

    private static final int STYLES = 4;
    private static final int NONE = -1;
    /** Ordinals take the low bits of a code, the style the bits above. */
    private static final int ORDINAL_BITS = 28;
    private static final int MAX_ORDINAL = (1 << ORDINAL_BITS) - 1;
    /** The longest label read as a numbering: {@code 九千九百九十九} and 7 digits, with room to spare. */
    private static final int MAX_LABEL = 12;
    private static final String CN_DIGITS = "零一二三四五六七八九";

    private static int style(int code) {
        return code >>> ORDINAL_BITS;
    }

    private static int ordinal(int code) {
        return code & MAX_ORDINAL;
    }

    private static int code(int style, int ordinal) {
        return style << ORDINAL_BITS | ordinal;
    }

    /**
     * The style and ordinal of a numbering label as a code (styles: 0 {@code 一、}, 1 {@code （一）},
     * 2 {@code （1）}, 3 {@code 1.}), or {@link #NONE}. A Chinese numeral counts only when written as
     * {@link #chinese(long)} spells it; digits only up to {@link #MAX_ORDINAL}. Allocation-free for
     * digits.
     */
    private static int numbering(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to - from < 2) {
            return NONE;
        }
        char first = text.charAt(from);
        char last = text.charAt(to - 1);
        boolean paren = (first == '（' || first == '(') && (last == '）' || last == ')');
        int a = paren ? from + 1 : from;
        int b = to - 1;
        if (b <= a || b - a > MAX_LABEL) {
            return NONE;
        }
        boolean digits = true;
        long value = 0;
        for (int i = a; i < b && digits; i++) {
            char c = text.charAt(i);
            digits = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        int ordinal;
        boolean chinese = false;
        if (digits) {
            if (value > MAX_ORDINAL) {
                return NONE;
            }
            ordinal = (int) value;
        } else {
            long v = chinese(text, a, b);
            if (v < 1 || v > MAX_ORDINAL) {
                return NONE;
            }
            ordinal = (int) v;
            chinese = true;
        }
        if (paren) {
            return code(chinese ? 1 : 2, ordinal);
        }
        boolean dot = last == '、' || last == '．' || last == '.';
        if (!dot) {
            return NONE;
        }
        return code(chinese ? 0 : 3, ordinal);
    }

    /**
     * The value of the Chinese numeral written in text[from, to), or -1 when it is not one, or not in
     * the canonical form {@link #chinese(long)} writes (so {@code 十十} and {@code 一一} are no numbers).
     */
    static long chinese(String text, int from, int to) {
        long total = 0;
        long section = 0;
        int digit = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int d = CN_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0 || total > Integer.MAX_VALUE) {
                return -1;
            }
            if (unit == 100_000_000) {
                total = (total + section + Math.max(digit, 0)) * unit;
                section = 0;
            } else if (unit == 10_000) {
                total += (section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        long value = total + section + Math.max(digit, 0);
        if (value < 1 || value > Integer.MAX_VALUE) {
            return -1;
        }
        String canonical = value < SMALL_NUMERALS.length ? SMALL_NUMERALS[(int) value] : chinese(value);
        return canonical.length() == to - from && text.regionMatches(from, canonical, 0, canonical.length()) ? value : -1;
    }

    /** The numerals of 1–99 written once (index 0 unused): headings number with them. */
    private static final String[] SMALL_NUMERALS = new String[100];

    static {
        for (int n = 1; n < SMALL_NUMERALS.length; n++) {
            SMALL_NUMERALS[n] = chinese(n);
        }
    }

    /**
     * A positive number as a Chinese numeral, as headings write it: {@code 九}, {@code 十}, {@code 十一},
     * {@code 二十}, {@code 一百}, {@code 一百零一}, {@code 一百一十}, {@code 一千零五十}, {@code 一万}, ….
     */
    static String chinese(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("not a positive number: " + n);
        }
        StringBuilder sb = new StringBuilder();
        spell(n, sb);
        return sb.toString();
    }

    private static void spell(long n, StringBuilder sb) {
        long[] units = {100_000_000L, 10_000L};
        char[] names = {'亿', '万'};
        for (int u = 0; u < units.length; u++) {
            if (n >= units[u]) {
                spell(n / units[u], sb);
                sb.append(names[u]);
                n %= units[u];
                if (n == 0) {
                    return;
                }
                if (n < units[u] / 10) {
                    sb.append('零');
                }
            }
        }
        belowTenThousand((int) n, sb, sb.length() == 0);
    }

    /** 1–9999; a leading 一十 is written 十 only at the very start of the numeral. */
    private static void belowTenThousand(int n, StringBuilder sb, boolean leading) {
        int[] units = {1000, 100, 10, 1};
        String names = "千百十";
        boolean zero = false;
        boolean started = false;
        for (int u = 0; u < units.length; u++) {
            int d = n / units[u] % 10;
            if (d == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            if (!(u == 2 && d == 1 && !started && leading)) {
                sb.append(CN_DIGITS.charAt(d));
            }
            if (u < 3) {
                sb.append(names.charAt(u));
            }
            started = true;
        }
    }

    private static String spell(int style, int ordinal) {
        return switch (style) {
            case 0 -> chinese(ordinal) + "、";
            case 1 -> "（" + chinese(ordinal) + "）";
            case 2 -> "（" + ordinal + "）";
            default -> ordinal + ".";
        };
    }

    static void emptyAndNumbering(AnnualReport r, FormDefinition form, int[] defOf, Collector out) {
        List<int[]> styles = new ArrayList<>(4);
        int[][] codes = {new int[16]};
        int[] count = {0};
        countStyles(r.sections(), 0, styles, codes, count);
        walk(r, form, r.sections(), defOf, "sections", 0, styles, codes[0], new int[] {0}, out);
    }

    /** Counts numbering styles per depth and records each heading's code in document order. */
    private static void countStyles(List<Section> sections, int depth, List<int[]> counts, int[][] codes, int[] count) {
        for (Section s : sections) {
            int n = numbering(s.numbering());
            if (count[0] == codes[0].length) {
                codes[0] = java.util.Arrays.copyOf(codes[0], count[0] * 2);
            }
            codes[0][count[0]++] = n;
            if (n != NONE) {
                while (counts.size() <= depth) {
                    counts.add(new int[STYLES]);
                }
                counts.get(depth)[style(n)]++;
            }
            if (!s.subsections().isEmpty()) {
                countStyles(s.subsections(), depth + 1, counts, codes, count);
            }
        }
    }

    private static final int[] NO_STYLES = new int[STYLES];

    private static void walk(AnnualReport r, FormDefinition form, List<Section> sections, int[] defOf, String path,
            int depth, List<int[]> styles, int[] codes, int[] sequence, Collector out) {
        int[] counts = depth < styles.size() ? styles.get(depth) : NO_STYLES;
        int dominant = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (dominant < 0 || counts[i] > counts[dominant])) {
                dominant = i;
            }
        }
        int previous = NONE;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int n = codes[sequence[0]];
            long order = Collector.SECTIONS + sequence[0]++;
            if (s.isEmpty() && s.tables().isEmpty()
                    && !holdsItsTables(r, form, defOf != null ? defOf[i] : SectionChecks.formSection(form, s))) {
                out.add(order, f("SEC-EMPTY", Severity.WARNING, Location.section(path + "/" + i, SectionChecks.heading(s)), "sec.empty").done());
            }
            if (n != NONE && dominant >= 0) {
                boolean follows = previous != NONE && style(previous) == dominant;
                int expectedOrdinal = Math.min(follows ? ordinal(previous) + 1 : i + 1, MAX_ORDINAL);
                int style = style(n);
                boolean otherStyle = style != dominant && counts[style] < counts[dominant];
                boolean gap = style == dominant && follows && ordinal(n) != ordinal(previous) + 1;
                if (otherStyle || gap) {
                    out.add(order, f("SEC-NUMBERING", Severity.INFO, Location.section(path + "/" + i, SectionChecks.heading(s)), "sec.numbering")
                            .expected(spell(dominant, expectedOrdinal)).actual(s.numbering().strip()).done());
                }
                previous = otherStyle ? code(dominant, expectedOrdinal) : n;
            }
            if (!s.subsections().isEmpty()) {
                walk(r, form, s.subsections(), null, path + "/" + i + "/subsections", depth + 1, styles, codes, sequence, out);
            }
        }
    }

    /** Whether a section is a form section whose tables the report holds (its content is the tables). */
    private static boolean holdsItsTables(AnnualReport r, FormDefinition form, int def) {
        if (def < 0 || form.sections().get(def).tables().isEmpty()) {
            return false;
        }
        for (String t : form.sections().get(def).tables()) {
            if (!r.tables().containsKey(t)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- narrative repeated from last year
}
