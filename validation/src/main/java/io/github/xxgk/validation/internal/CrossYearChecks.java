package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/** Rules that compare a report with last year's beyond the cells: META-PREVIOUS, TXT-DUPLICATE. Not API. */
final class CrossYearChecks {

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

    private static String normalised(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        r.sections().forEach(s -> {
            sb.append(s.title());
            SectionChecks.text(s).forEach(sb::append);
        });
        return sb.toString().replaceAll("[0-9０-９〇一二三四五六七八九十百千万.．%％]+", "#").replaceAll("\\s+", "");
    }

    private static Set<String> shingles(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= text.length(); i++) {
            out.add(text.substring(i, i + 4));
        }
        return out;
    }

    static void duplicate(AnnualReport r, AnnualReport previous, Collector out) {
        Set<String> a = shingles(normalised(r));
        Set<String> b = shingles(normalised(previous));
        if (a.size() < 50 || b.size() < 50) {
            return;
        }
        long common = a.stream().filter(b::contains).count();
        double similarity = (double) common / (a.size() + b.size() - common);
        if (similarity >= 0.9) {
            out.add(Collector.REPORT, f("TXT-DUPLICATE", Severity.WARNING, Location.report(""), "txt.duplicate")
                    .actual(BigDecimal.valueOf(similarity * 100).setScale(0, RoundingMode.HALF_UP) + "%")
                    .expected("< 90%").done());
        }
    }

    // ---------------------------------------------------------------- cells beyond the relations
}
