package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Rules that compare a report with last year's beyond the cells: META-PREVIOUS, TXT-DUPLICATE. Not API:
 * the public face of the text similarity is {@link io.github.xxgk.validation.TextSimilarity}.
 */
public final class CrossYearChecks {

    private CrossYearChecks() {
    }

    private static Collector.F f(String rule, Severity severity, Location at, String key) {
        return new Collector.F(rule, severity, at, Rules.basis(rule), key);
    }

    /**
     * Whether last year's report can be compared with this one: it is of the year before, and its
     * agency's name is this year's, a usual variant of it (said in an INFO), or the pairing is forced
     * (said in an INFO when the names differ). Reports META-PREVIOUS as a WARNING when not.
     */
    static boolean previousUsable(AnnualReport r, AnnualReport previous, boolean forced, Collector out) {
        String name = r.agency().name();
        String before = previous.agency().name();
        java.util.Optional<AgencyNames.Variant> variant = AgencyNames.variant(name, before);
        if (previous.year() != r.year() - 1) {
            out.add(Collector.REPORT, f("META-PREVIOUS", Severity.WARNING, Location.report(""), "meta.previous_year")
                    .expected(name + " " + (r.year() - 1))
                    .actual(before + " " + previous.year()).done());
            return false;
        }
        if (variant.isEmpty() && !forced) {
            out.add(Collector.REPORT, f("META-PREVIOUS", Severity.WARNING, Location.report(""), "meta.previous")
                    .expected(name + " " + (r.year() - 1))
                    .actual(before + " " + previous.year()).done());
            return false;
        }
        if (variant.isEmpty() || variant.get() != AgencyNames.Variant.SAME) {
            String key = variant.isEmpty() ? "meta.previous_forced" : variant.get() == AgencyNames.Variant.WRITING
                    ? "meta.previous_writing" : "meta.previous_region";
            out.add(Collector.REPORT, f("META-PREVIOUS", Severity.INFO, Location.report(""), key)
                    .arg("this", name + " " + r.year()).arg("previous", before + " " + previous.year()).done());
        }
        return true;
    }

    // ---------------------------------------------------------------- sections

    /**
     * The report's headings and text with every run of digits and numerals as {@code #} and without
     * white space. One pass, linear in the text.
     */
    public static String normalised(AnnualReport r) {
        StringBuilder raw = new StringBuilder();
        r.sections().forEach(s -> {
            raw.append(s.title());
            SectionChecks.text(s).forEach(raw::append);
        });
        StringBuilder sb = new StringBuilder(raw.length());
        boolean inNumber = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (NUMBER_CHARS.indexOf(c) >= 0) {
                if (!inNumber) {
                    sb.append('#');
                    inNumber = true;
                }
                continue;
            }
            if (isRegexSpace(c)) {
                inNumber = false; // white space ends a number run and is dropped
                continue;
            }
            inNumber = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static final String NUMBER_CHARS = "0123456789０１２３４５６７８９〇一二三四五六七八九十百千万.．%％";

    /** The white space of {@code \s} in a Java regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The distinct 4-character shingles of a text, each packed into a {@code long} (four UTF-16 units of
     * 16 bits), sorted: O(n log n) time and 8 bytes a shingle, where a set of strings took ~100.
     */
    public static long[] shingles(String text) {
        int n = text.length() - 3;
        if (n <= 0) {
            return new long[0];
        }
        long[] out = new long[n];
        long window = 0;
        for (int i = 0; i < text.length(); i++) {
            window = window << 16 | text.charAt(i);
            if (i >= 3) {
                out[i - 3] = window;
            }
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** The number of values two sorted arrays of distinct values share, by one merge. */
    public static long common(long[] a, long[] b) {
        long common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** The fewest distinct shingles a text needs for its similarity to be measured. */
    public static final int MIN_SHINGLES = 50;

    /**
     * The similarity of two reports' normalised texts: shared shingles over all distinct shingles
     * (Jaccard), or -1 when either text is too short to measure.
     */
    public static double similarity(AnnualReport r, AnnualReport previous) {
        long[] a = shingles(normalised(r));
        long[] b = shingles(normalised(previous));
        if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) {
            return -1;
        }
        long common = common(a, b);
        return (double) common / (a.length + b.length - common);
    }

    /** The similarity from which TXT-DUPLICATE reports two years' texts as copies. */
    public static final double DUPLICATE = 0.9;

    static void duplicate(AnnualReport r, AnnualReport previous, Collector out) {
        double similarity = similarity(r, previous);
        if (similarity >= DUPLICATE) {
            out.add(Collector.REPORT, f("TXT-DUPLICATE", Severity.WARNING, Location.report(""), "txt.duplicate")
                    .actual(BigDecimal.valueOf(similarity * 100).setScale(0, RoundingMode.HALF_UP) + "%")
                    .expected("< 90%").done());
        }
    }

    // ---------------------------------------------------------------- cells beyond the relations
}
