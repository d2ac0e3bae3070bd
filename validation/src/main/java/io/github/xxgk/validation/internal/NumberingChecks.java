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
    private static final String CN_DIGITS = "一二三四五六七八九十";

    private static int style(int code) {
        return code / 1000;
    }

    private static int ordinal(int code) {
        return code % 1000;
    }

    /**
     * The style and ordinal of a numbering label as {@code style × 1000 + ordinal} (styles: 0
     * {@code 一、}, 1 {@code （一）}, 2 {@code （1）}, 3 {@code 1.}), or {@link #NONE}. Allocation-free.
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
        if (b <= a || b - a > 3) {
            return NONE;
        }
        boolean digits = true;
        boolean chinese = true;
        int value = 0;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            digits &= c >= '0' && c <= '9';
            chinese &= CN_DIGITS.indexOf(c) >= 0;
            value = value * 10 + (c - '0');
        }
        int ordinal = chinese ? chinese(text, a, b) : value;
        if (paren) {
            return chinese ? 1000 + ordinal : digits ? 2000 + value : NONE;
        }
        boolean dot = last == '、' || last == '．' || last == '.';
        if (chinese && dot) {
            return ordinal;
        }
        return digits && dot ? 3000 + value : NONE;
    }

    /** The value of a Chinese numeral from 一 to 九十九 written in text[from, to). */
    private static int chinese(String text, int from, int to) {
        String digits = "一二三四五六七八九";
        int ten = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '十') {
                ten = i;
                break;
            }
        }
        if (ten < 0) {
            return digits.indexOf(text.charAt(from)) + 1;
        }
        int tens = ten == from ? 1 : digits.indexOf(text.charAt(from)) + 1;
        int ones = ten == to - 1 ? 0 : digits.indexOf(text.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    private static String chinese(int n) {
        String digits = "一二三四五六七八九";
        if (n <= 9) {
            return String.valueOf(digits.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10 - 1);
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
                int expectedOrdinal = follows ? ordinal(previous) + 1 : i + 1;
                int style = style(n);
                boolean otherStyle = style != dominant && counts[style] < counts[dominant];
                boolean gap = style == dominant && follows && ordinal(n) != ordinal(previous) + 1;
                if (otherStyle || gap) {
                    out.add(order, f("SEC-NUMBERING", Severity.INFO, Location.section(path + "/" + i, SectionChecks.heading(s)), "sec.numbering")
                            .expected(spell(dominant, expectedOrdinal)).actual(s.numbering().strip()).done());
                }
                previous = otherStyle ? dominant * 1000 + expectedOrdinal : n;
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
