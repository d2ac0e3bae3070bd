package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.PublicationDeadline;
import io.github.xxgk.validation.ValidationContext;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** Metadata and deadline rules: META-TITLE, META-YEAR, META-FORMAT, META-AGENCY-TYPE, PUB-*. Not API. */
final class MetadataChecks {

    private MetadataChecks() {
    }

    private static Collector.F f(String rule, Severity severity, Location at, String key) {
        return new Collector.F(rule, severity, at, Rules.basis(rule), key);
    }

    static void report(AnnualReport r, ValidationContext ctx, MonthDay townshipDeadline, Collector out) {
        int n = r.year();
        if (r.title().isBlank()) {
            // missing is not wrong: a report given without its title cannot be checked against its year
            out.add(Collector.REPORT, f("META-TITLE", Severity.INFO, Location.report("title"), "meta.title")
                    .arg("year", Integer.toString(n)).done());
        } else {
            int stated = firstYear(r.title());
            if (stated != n) {
                out.add(Collector.REPORT, f("META-YEAR", Severity.WARNING, Location.report("title"),
                        stated < 0 ? "meta.year_missing" : "meta.year").expected(n + "年").actual(r.title()).done());
            }
        }
        Edition expected = Edition.forYear(n);
        if (expected != r.edition()) {
            out.add(Collector.REPORT, f("META-FORMAT", Severity.WARNING, Location.report("edition"), "meta.format")
                    .expected(expected.name()).actual(r.edition().name()).arg("year", Integer.toString(n)).done());
        }
        Optional<AgencyKind> kind = ctx.agencyKindOf(r);
        if (kind.isEmpty()) {
            out.add(Collector.REPORT, f("META-AGENCY-TYPE", Severity.INFO, Location.report("agency.kind"), "meta.agency_type").done());
        }
        Optional<LocalDate> published = ctx.publicationDateOf(r);
        if (published.isEmpty()) {
            out.add(Collector.REPORT, f("PUB-DATE-UNKNOWN", Severity.INFO, Location.report("publicationDate"), "pub.unknown").done());
            return;
        }
        LocalDate date = published.get();
        Optional<PublicationDeadline> due = PublicationDeadline.of(n, kind, townshipDeadline);
        if (due.isEmpty()) {
            return;
        }
        String rule = due.get().ruleId();
        Severity severity = due.get().severity();
        LocalDate deadline = due.get().date();
        if (date.isAfter(deadline)) {
            out.add(Collector.REPORT, f(rule, severity, Location.report("publicationDate"), "pub.late")
                    .expected("≤ " + deadline).actual(date.toString()).done());
            if (rule.equals("PUB-DEADLINE-DEPT") && n == 2019) {
                out.add(Collector.REPORT, f("PUB-DEADLINE-2019Y", Severity.INFO, Location.report("publicationDate"),
                        "pub.transition").done());
            }
        }
    }

    /** The first year written “NNNN年” in a text (spaces allowed before 年), or -1. */
    static int firstYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run == 4) {
                int j = i;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '年') {
                    return Integer.parseInt(text.substring(i - 4, i));
                }
            }
            run = 0;
        }
        return -1;
    }

}
