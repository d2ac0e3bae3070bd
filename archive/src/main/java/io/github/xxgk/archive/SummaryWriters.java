package io.github.xxgk.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.xxgk.archive.internal.SummaryPage;
import io.github.xxgk.archive.internal.Workbook;
import io.github.xxgk.core.form.CellCorrespondence;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes summaries: the archive's as JSON ({@value ArchiveSummary#FORMAT}), CSV (one line per report,
 * and one per agency), XLSX (sheets of reports, agencies, issues and rules) and a self-contained HTML
 * page with inline SVG charts; a comparison as JSON ({@value YearComparison#FORMAT}) or HTML; a roll-up
 * as JSON ({@value RollupResult#FORMAT}). The field names and columns are documented in the project's
 * README and stay stable within a format version; every output is deterministic for a summary.
 * Numbers that may rest on blanks are written as {@code lower}/{@code upper} pairs (no {@code upper}:
 * unbounded), never as one guessed number.
 *
 * <p>Stateless and thread-safe. The writers do not close what they are given.
 */
public final class SummaryWriters {

    private SummaryWriters() {
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    // ------------------------------------------------------------------ archive: JSON

    /**
     * Writes an archive's summary as JSON.
     *
     * @param s the summary
     * @param out where
     * @throws IOException when writing fails
     */
    public static void json(ArchiveSummary s, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", ArchiveSummary.FORMAT);
            g.writeStringField("root", s.root());
            if (s.firstYear().isPresent()) {
                g.writeNumberField("firstYear", s.firstYear().getAsInt());
                g.writeNumberField("lastYear", s.lastYear().getAsInt());
            }
            g.writeBooleanField("registered", s.registered());
            g.writeObjectFieldStart("totals");
            g.writeNumberField("reports", s.reports().size());
            g.writeNumberField("passed", s.passed());
            g.writeNumberField("failed", s.failed());
            g.writeNumberField("agencies", s.agencies().size());
            for (ArchiveIssue.Kind k : ArchiveIssue.Kind.values()) {
                g.writeNumberField(issueField(k), s.issues(k).size());
            }
            g.writeNumberField("ignored", s.ignored().size());
            g.writeEndObject();
            g.writeObjectFieldStart("findingsByRule");
            for (Map.Entry<String, Integer> e : s.findingsByRule().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("regions");
            for (ArchiveSummary.RegionTotals r : s.byRegion()) {
                g.writeStartObject();
                g.writeStringField("region", r.region());
                g.writeNumberField("reports", r.reports());
                g.writeNumberField("failed", r.failed());
                g.writeNumberField("errors", r.errors());
                g.writeNumberField("warnings", r.warnings());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("keyFigures");
            for (Map.Entry<Integer, Map<String, Bound>> y : s.keyFiguresByYear().entrySet()) {
                g.writeStartObject();
                g.writeNumberField("year", y.getKey());
                g.writeObjectFieldStart("figures");
                for (Map.Entry<String, Bound> f : y.getValue().entrySet()) {
                    g.writeFieldName(f.getKey());
                    bound(g, f.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reports");
            for (ReportSummary r : s.reports()) {
                report(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agencies");
            for (AgencySummary a : s.agencies()) {
                g.writeStartObject();
                g.writeStringField("key", a.key());
                strings(g, "names", a.names());
                if (a.kind().isPresent()) {
                    g.writeStringField("kind", a.kind().get().name());
                }
                g.writeStringField("region", a.region());
                g.writeBooleanField("registered", a.registered());
                ints(g, "years", a.years());
                ints(g, "missing", a.missing());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("issues");
            for (ArchiveIssue i : s.issues()) {
                g.writeStartObject();
                g.writeStringField("kind", i.kind().name());
                g.writeStringField("agency", i.agency());
                if (i.year().isPresent()) {
                    g.writeNumberField("year", i.year().getAsInt());
                }
                strings(g, "paths", i.paths());
                g.writeObjectFieldStart("detail");
                g.writeStringField("zh", i.detail());
                g.writeStringField("en", i.detailEn());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "ignored", s.ignored());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The JSON field of an issue kind's count in {@code totals}: {@code unreadable}, {@code missing}, …, {@code ambiguousNames}. */
    public static String issueField(ArchiveIssue.Kind k) {
        return switch (k) {
            case UNREADABLE -> "unreadable";
            case MISSING -> "missing";
            case DUPLICATE -> "duplicates";
            case LATE -> "late";
            case NOT_IN_REGISTER -> "notInRegister";
            case AMBIGUOUS_NAME -> "ambiguousNames";
        };
    }

    private static void report(JsonGenerator g, ReportSummary r) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", r.path());
        g.writeStringField("agency", r.agency());
        g.writeStringField("agencyKey", r.agencyKey());
        g.writeStringField("region", r.region());
        g.writeNumberField("year", r.year());
        g.writeStringField("edition", r.edition().name());
        if (r.published().isPresent()) {
            g.writeStringField("published", r.published().get().toString());
        }
        if (r.deadline().isPresent()) {
            g.writeStringField("deadline", r.deadline().get().toString());
        }
        g.writeBooleanField("late", r.late());
        g.writeBooleanField("passed", r.passed());
        g.writeBooleanField("duplicate", r.duplicate());
        g.writeObjectFieldStart("counts");
        for (Severity sev : Severity.values()) {
            g.writeNumberField(sev.name(), r.count(sev));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Integer> e : r.byRule().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("errors");
        for (FindingSummary f : r.errors()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", f.severity().name());
            g.writeObjectFieldStart("location");
            g.writeStringField("zh", f.locationZh());
            g.writeStringField("en", f.locationEn());
            g.writeEndObject();
            g.writeObjectFieldStart("message");
            g.writeStringField("zh", f.messageZh());
            g.writeStringField("en", f.messageEn());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.previous().isPresent()) {
            g.writeStringField("previous", r.previous().get());
        }
        if (r.page().isPresent()) {
            g.writeStringField("page", r.page().get());
        }
        g.writeObjectFieldStart("keyFigures");
        for (Map.Entry<String, Bound> f : r.keyFigures().entrySet()) {
            g.writeFieldName(f.getKey());
            bound(g, f.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void bound(JsonGenerator g, Bound b) throws IOException {
        g.writeStartObject();
        if (b.lower().isPresent()) {
            g.writeNumberField("lower", b.lower().get());
        }
        if (b.upper().isPresent()) {
            g.writeNumberField("upper", b.upper().get());
        }
        g.writeBooleanField("exact", b.isExact());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void ints(JsonGenerator g, String name, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (int v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------ archive: CSV

    /** The rule ids that have a column in the CSV and XLSX: every rule a report of the summary has a finding of, sorted. */
    public static List<String> ruleColumns(ArchiveSummary s) {
        TreeSet<String> rules = new TreeSet<>();
        s.reports().forEach(r -> rules.addAll(r.byRule().keySet()));
        return List.copyOf(rules);
    }

    /** The fixed columns of the reports CSV, before one column per rule. */
    public static final List<String> REPORT_COLUMNS = List.of("path", "agency", "agency_key", "region", "year", "edition",
            "published", "deadline", "late", "passed", "duplicate", "errors", "warnings", "infos", "previous", "page");

    /** The columns of the agencies CSV. */
    public static final List<String> AGENCY_COLUMNS = List.of("key", "names", "kind", "region", "registered", "years", "missing");

    /** The fixed cells of a report's line, in the order of {@link #REPORT_COLUMNS}. */
    public static List<String> reportCells(ReportSummary r) {
        return List.of(r.path(), r.agency(), r.agencyKey(), r.region(), Integer.toString(r.year()), r.edition().name(),
                r.published().map(Object::toString).orElse(""), r.deadline().map(Object::toString).orElse(""),
                Boolean.toString(r.late()), Boolean.toString(r.passed()), Boolean.toString(r.duplicate()),
                Integer.toString(r.count(Severity.ERROR)), Integer.toString(r.count(Severity.WARNING)),
                Integer.toString(r.count(Severity.INFO)), r.previous().orElse(""), r.page().orElse(""));
    }

    /** An agency's line, in the order of {@link #AGENCY_COLUMNS}. */
    public static List<String> agencyCells(AgencySummary a) {
        return List.of(a.key(), String.join("|", a.names()), a.kind().map(Enum::name).orElse(""), a.region(),
                Boolean.toString(a.registered()), join(a.years()), join(a.missing()));
    }

    private static String join(List<Integer> years) {
        StringBuilder sb = new StringBuilder();
        for (int y : years) {
            sb.append(sb.length() == 0 ? "" : " ").append(y);
        }
        return sb.toString();
    }

    /**
     * Writes one CSV line per report (RFC 4180, header first): {@link #REPORT_COLUMNS}, then one column per
     * rule with the report's count of its findings.
     *
     * @param s the summary
     * @param out where
     * @throws IOException when writing fails
     */
    public static void csv(ArchiveSummary s, Writer out) throws IOException {
        List<String> rules = ruleColumns(s);
        StringBuilder sb = new StringBuilder();
        line(sb, concat(REPORT_COLUMNS, rules));
        for (ReportSummary r : s.reports()) {
            List<String> cells = new java.util.ArrayList<>(reportCells(r));
            for (String rule : rules) {
                cells.add(Integer.toString(r.byRule().getOrDefault(rule, 0)));
            }
            line(sb, cells);
            if (sb.length() > 1 << 16) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        out.write(sb.toString());
        out.flush();
    }

    /**
     * Writes one CSV line per agency (RFC 4180, header first): {@link #AGENCY_COLUMNS}; names separated by
     * {@code |}, years by spaces.
     *
     * @param s the summary
     * @param out where
     * @throws IOException when writing fails
     */
    public static void agenciesCsv(ArchiveSummary s, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        line(sb, AGENCY_COLUMNS);
        for (AgencySummary a : s.agencies()) {
            line(sb, agencyCells(a));
        }
        out.write(sb.toString());
        out.flush();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }

    // ------------------------------------------------------------------ archive: XLSX and HTML

    /**
     * Writes the summary as an XLSX workbook: sheets 报告 (the columns of the reports CSV), 机构 (the agencies
     * CSV's), 问题 (the issues) and 规则 (findings by rule).
     *
     * @param s the summary
     * @param out where
     * @throws IOException when writing fails
     */
    public static void xlsx(ArchiveSummary s, OutputStream out) throws IOException {
        Workbook.write(s, ruleColumns(s), out);
    }

    /**
     * Writes the summary as one self-contained HTML page: totals, charts drawn as inline SVG (findings by
     * rule, by region, key figures over the years), filters (a small inline script; without it the page
     * reads in full), the failing reports first with their errors, links to each report's page, the
     * issues and the agencies. Nothing is loaded from elsewhere; the page prints on A4.
     *
     * @param s the summary
     * @param locale the language of the page's own words (Chinese for a {@code zh} locale, else English)
     * @param out where
     * @throws IOException when writing fails
     */
    public static void html(ArchiveSummary s, Locale locale, Writer out) throws IOException {
        out.write(SummaryPage.archive(s, Label.isChinese(locale)));
        out.flush();
    }

    // ------------------------------------------------------------------ comparison and roll-up

    /**
     * Writes a comparison as JSON.
     *
     * @param c the comparison
     * @param out where
     * @throws IOException when writing fails
     */
    public static void json(YearComparison c, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", YearComparison.FORMAT);
            side(g, "earlier", c.earlier());
            side(g, "later", c.later());
            if (c.similarity().isPresent()) {
                g.writeNumberField("similarity", BigDecimal.valueOf(c.similarity().getAsDouble()).setScale(4, java.math.RoundingMode.HALF_EVEN));
            }
            g.writeArrayFieldStart("changes");
            for (CellChange ch : c.changes()) {
                g.writeStartObject();
                g.writeStringField("kind", ch.correspondence().kind().name());
                cells(g, "earlierCells", ch.correspondence().earlier());
                cells(g, "laterCells", ch.correspondence().later());
                g.writeObjectFieldStart("name");
                g.writeStringField("zh", ch.name().zh());
                g.writeStringField("en", ch.name().en());
                g.writeEndObject();
                g.writeFieldName("before");
                bound(g, ch.before());
                g.writeFieldName("after");
                bound(g, ch.after());
                if (ch.change().isPresent()) {
                    g.writeNumberField("change", ch.change().get());
                }
                if (ch.relative().isPresent()) {
                    g.writeNumberField("relative", ch.relative().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notComparable");
            for (CellCorrespondence n : c.notComparable()) {
                g.writeStartObject();
                cells(g, "earlierCells", n.earlier());
                cells(g, "laterCells", n.later());
                g.writeObjectFieldStart("note");
                g.writeStringField("zh", n.note().zh());
                g.writeStringField("en", n.note().en());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("crossYear");
            for (Finding f : c.crossYear()) {
                g.writeStartObject();
                g.writeStringField("rule", f.ruleId());
                g.writeStringField("severity", f.severity().name());
                g.writeObjectFieldStart("message");
                g.writeStringField("zh", f.message(Locale.CHINA));
                g.writeStringField("en", f.message(Locale.ENGLISH));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void side(JsonGenerator g, String name, YearComparison.Side s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("agency", s.agency());
        g.writeNumberField("year", s.year());
        g.writeStringField("edition", s.edition().name());
        g.writeEndObject();
    }

    private static void cells(JsonGenerator g, String name, List<CellId> cells) throws IOException {
        g.writeArrayFieldStart(name);
        for (CellId c : cells) {
            g.writeString(c.toString());
        }
        g.writeEndArray();
    }

    /**
     * Writes a comparison as a self-contained HTML page.
     *
     * @param c the comparison
     * @param locale the language of the page's own words
     * @param out where
     * @throws IOException when writing fails
     */
    public static void html(YearComparison c, Locale locale, Writer out) throws IOException {
        out.write(SummaryPage.comparison(c, Label.isChinese(locale)));
        out.flush();
    }

    /**
     * Writes a roll-up as JSON.
     *
     * @param r the roll-up
     * @param out where
     * @throws IOException when writing fails
     */
    public static void json(RollupResult r, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", RollupResult.FORMAT);
            g.writeNumberField("year", r.year());
            g.writeStringField("edition", r.edition().name());
            g.writeBooleanField("exact", r.exact());
            contributors(g, "contributors", r.contributors());
            contributors(g, "summaries", r.summaries());
            cellMap(g, "total", r.total());
            cellMap(g, "summaryTotal", r.summaryTotal());
            g.writeArrayFieldStart("checks");
            for (RollupResult.Check c : r.checks()) {
                g.writeStartObject();
                g.writeStringField("source", c.summary().source());
                g.writeStringField("agency", c.summary().agency());
                g.writeBooleanField("consistent", c.consistent());
                g.writeArrayFieldStart("mismatches");
                for (RollupResult.Mismatch m : c.mismatches()) {
                    g.writeStartObject();
                    g.writeStringField("cell", m.cell().toString());
                    g.writeObjectFieldStart("name");
                    g.writeStringField("zh", m.name().zh());
                    g.writeStringField("en", m.name().en());
                    g.writeEndObject();
                    g.writeFieldName("stated");
                    bound(g, m.stated());
                    g.writeFieldName("sum");
                    bound(g, m.sum());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void contributors(JsonGenerator g, String name, List<RollupResult.Contributor> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (RollupResult.Contributor c : list) {
            g.writeStartObject();
            g.writeStringField("source", c.source());
            g.writeStringField("agency", c.agency());
            g.writeNumberField("year", c.year());
            g.writeStringField("scope", c.scope().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void cellMap(JsonGenerator g, String name, Map<CellId, Bound> cells) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<CellId, Bound> e : cells.entrySet()) {
            g.writeFieldName(e.getKey().toString());
            bound(g, e.getValue());
        }
        g.writeEndObject();
    }
}
