package io.github.xxgk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.validation.ValidationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the rule cases of {@code src/test/resources/rule-cases}: each file holds cases, each case a
 * report (a clean base report of one or more editions, or a report in the library's JSON), edits,
 * the validation context, and the findings that must appear ({@code expect}: rule, severity, location)
 * or must not ({@code absent}: rule ids). A finding is at a place when its location is that place or
 * it marks that cell (CELL-BLANK lists a table's blank cells; a finding on an unprinted subtotal marks
 * its printed parts). Last year's report ({@code context.previous}) takes the same edits, and
 * {@code force} pairs it whatever its agency's name.
 */
final class RuleCases {

    private RuleCases() {
    }

    static final Path DIR = Path.of("src/test/resources/rule-cases");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An expected finding. */
    record Expected(String rule, String severity, String at) {
    }

    /** One runnable case: a name, the report, the context, and what must and must not be found. */
    record Case(String name, Edition edition, AnnualReport report, ValidationContext context,
            List<Expected> expect, List<String> absent) {
    }

    static Stream<Case> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Case> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = MAPPER.readTree(f.toFile());
                for (JsonNode c : root.get("cases")) {
                    try {
                        out.addAll(expand(f.getFileName().toString(), c));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(f.getFileName() + ": case “" + c.path("name").asText() + "”: " + e, e);
                    }
                }
            }
            return out.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Case> expand(String file, JsonNode c) throws IOException {
        List<Case> out = new ArrayList<>();
        List<Expected> expect = new ArrayList<>();
        for (JsonNode e : c.path("expect")) {
            expect.add(new Expected(e.get("rule").asText(), e.path("severity").asText(null), e.path("at").asText(null)));
        }
        List<String> absent = new ArrayList<>();
        c.path("absent").forEach(a -> absent.add(a.asText()));
        if (c.has("report")) {
            AnnualReport r = ReportJson.defaults().read(MAPPER.writeValueAsString(c.get("report")));
            out.add(new Case(file + " " + c.get("name").asText(), r.edition(), edit(r, c), context(r, c), expect, absent));
            return out;
        }
        for (JsonNode e : c.get("editions")) {
            Edition edition = Edition.valueOf(e.asText());
            AnnualReport base = CleanReports.of(edition, c.path("seed").asLong(1));
            AnnualReport r = edit(base, c);
            out.add(new Case(file + " " + c.get("name").asText() + " [" + edition + "]", edition, r, context(r, c),
                    expect, absent));
        }
        return out;
    }

    private static ValidationContext context(AnnualReport r, JsonNode c) {
        ValidationContext ctx = ValidationContext.none();
        JsonNode x = c.path("context");
        if (x.has("agencyKind")) {
            ctx = ctx.withAgencyKind(AgencyKind.valueOf(x.get("agencyKind").asText()));
        }
        if (x.has("publicationDate")) {
            ctx = ctx.withPublicationDate(LocalDate.parse(x.get("publicationDate").asText()));
        }
        if (x.has("previous")) {
            JsonNode p = x.get("previous");
            AnnualReport prev = r.toBuilder().year(p.path("year").asInt(r.year() - 1))
                    .title(r.title().replace(r.year() + "年", (r.year() - 1) + "年")).build();
            if (p.path("chain").asBoolean(false)) {
                prev = chain(r, prev);
            }
            if (p.has("extraRows")) {
                // last year's extra rows are the ones the case gives, not this year's
                AnnualReport.Builder pb = prev.toBuilder();
                for (StatisticsTable t : prev.tables().values()) {
                    StatisticsTable.Builder tb = StatisticsTable.builder(t.definition());
                    t.definition().cells().forEach(cell -> tb.set(cell.id(), t.valueAt(cell.index())));
                    pb.table(tb.build());
                }
                prev = pb.build();
            }
            prev = edit(prev, p);
            ctx = p.path("force").asBoolean(false) ? ctx.withPreviousForced(prev) : ctx.withPrevious(prev);
        }
        return ctx;
    }

    /**
     * Last year's report changed so that every cross-year relation of this year's form holds: the last
     * term of last year's side of each relation is solved for.
     */
    static AnnualReport chain(AnnualReport current, AnnualReport previous) {
        AnnualReport prev = previous;
        for (io.github.xxgk.core.form.Relation rel : current.form().relations()) {
            if (!rel.isCrossYear()) {
                continue;
            }
            List<io.github.xxgk.core.form.Term> terms = rel.terms().toList();
            io.github.xxgk.core.form.Term solve = null;
            for (io.github.xxgk.core.form.Term t : terms) {
                if (t.period() == io.github.xxgk.core.form.Period.PREVIOUS) {
                    solve = t;
                }
            }
            boolean solveLeft = rel.left().contains(solve);
            long other = 0;
            for (io.github.xxgk.core.form.Term t : rel.left()) {
                other += (solveLeft ? -1 : 1) * (t == solve ? 0 : number(t.period() == io.github.xxgk.core.form.Period.CURRENT ? current : prev, t.cell()));
            }
            for (io.github.xxgk.core.form.Term t : rel.right()) {
                other += (solveLeft ? 1 : -1) * (t == solve ? 0 : number(t.period() == io.github.xxgk.core.form.Period.CURRENT ? current : prev, t.cell()));
            }
            boolean signed = prev.form().cell(solve.cell()).orElseThrow().kind() == io.github.xxgk.core.form.ValueKind.SIGNED_COUNT;
            if (other < 0 && !signed) {
                continue; // no lawful value: leave it (a case that needs it sets this year's cells)
            }
            prev = ReportGenerator.withValue(prev, solve.cell(), signed ? SignedCount.of(other) : Count.of(other));
        }
        // amounts to date (历年累计), which no relation can state: last year's is this year's less this year's amount
        for (StatisticsTable t : current.tables().values()) {
            for (io.github.xxgk.core.form.CellDefinition c : t.definition().cells()) {
                if (c.extension() && t.valueAt(c.index()) instanceof io.github.xxgk.core.Amount total
                        && current.value(new CellId(c.id().table(), c.id().row(), "value")) instanceof io.github.xxgk.core.Amount year
                        && total.unit() == year.unit() && total.value().compareTo(year.value()) >= 0) {
                    prev = ReportGenerator.withValue(prev, c.id(),
                            new io.github.xxgk.core.Amount(total.value().subtract(year.value()), total.unit()));
                }
            }
        }
        return prev;
    }

    private static long number(AnnualReport r, CellId cell) {
        CellValue v = r.value(cell);
        return v instanceof Count c ? c.value() : v instanceof SignedCount s ? s.value() : 0;
    }

    /** Applies a case's edits to a report. */
    static AnnualReport edit(AnnualReport base, JsonNode c) {
        AnnualReport.Builder b = base.toBuilder();
        if (c.has("year")) {
            b.year(c.get("year").asInt());
        }
        if (c.has("title")) {
            b.title(c.get("title").asText());
        }
        if (c.has("agencyName")) {
            b.agency(base.agency().kind().map(k -> io.github.xxgk.core.Agency.of(c.get("agencyName").asText(), k))
                    .orElse(io.github.xxgk.core.Agency.named(c.get("agencyName").asText())));
        }
        if (c.has("agencyKind")) {
            b.agency(c.get("agencyKind").isNull() ? io.github.xxgk.core.Agency.named(base.agency().name())
                    : io.github.xxgk.core.Agency.of(base.agency().name(), AgencyKind.valueOf(c.get("agencyKind").asText())));
        }
        if (c.has("publicationDate")) {
            if (c.get("publicationDate").isNull()) {
                AnnualReport tmp = b.build();
                b = new AnnualReport(tmp.edition(), tmp.agency(), tmp.year(), java.util.Optional.empty(), tmp.title(),
                        tmp.preamble(), tmp.sections(), tmp.tables()).toBuilder();
            } else {
                b.publicationDate(LocalDate.parse(c.get("publicationDate").asText()));
            }
        }
        AnnualReport r = b.build();
        if (c.has("sections") || c.has("dropSections") || c.has("paragraphs")) {
            r = r.toBuilder().sections(sections(r, c)).build();
        }
        if (c.has("dropTables")) {
            AnnualReport.Builder tb = r.toBuilder();
            c.get("dropTables").forEach(t -> tb.withoutTable(t.asText()));
            r = tb.build();
        }
        if (c.has("set")) {
            Iterator<Map.Entry<String, JsonNode>> it = c.get("set").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                r = set(r, CellId.parse(e.getKey()), e.getValue());
            }
        }
        if (c.has("extraRows")) {
            AnnualReport.Builder tb = r.toBuilder();
            Iterator<Map.Entry<String, JsonNode>> it = c.get("extraRows").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                StatisticsTable.Builder t = r.table(e.getKey()).orElseThrow().toBuilder();
                e.getValue().forEach(row -> {
                    Map<String, io.github.xxgk.core.CellValue> values = new java.util.LinkedHashMap<>();
                    if (row.has("column")) {
                        values.put(row.get("column").asText(), Count.of(row.get("value").asLong()));
                    }
                    row.path("values").fields().forEachRemaining(v -> values.put(v.getKey(), Count.of(v.getValue().asLong())));
                    t.addExtraRow(new ExtraRow(row.get("label").asText(), row.path("unit").asText(""), values,
                            java.util.Optional.ofNullable(row.get("partOf")).map(JsonNode::asText)));
                });
                tb.table(t.build());
            }
            r = tb.build();
        }
        return r;
    }

    private static List<Section> sections(AnnualReport r, JsonNode c) {
        if (c.has("sections")) {
            try {
                String doc = "{\"format\":\"xxgk.report/1\",\"edition\":\"" + r.edition() + "\",\"agency\":{\"name\":\"x\"},"
                        + "\"year\":" + r.year() + ",\"sections\":" + MAPPER.writeValueAsString(c.get("sections")) + "}";
                return ReportJson.defaults().read(doc).sections();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Section> out = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        c.path("dropSections").forEach(d -> drop.add(d.asText()));
        for (Section s : r.sections()) {
            String id = s.form().orElse("");
            if (drop.contains(id)) {
                continue;
            }
            if (c.path("paragraphs").has(id)) {
                List<String> ps = new ArrayList<>();
                c.path("paragraphs").get(id).forEach(p -> ps.add(p.asText()));
                s = new Section(s.form(), s.numbering(), s.title(), ps, List.of());
            }
            out.add(s);
        }
        return out;
    }

    private static AnnualReport set(AnnualReport r, CellId cell, JsonNode v) {
        CellValue value;
        if (v.isNull()) {
            value = CellValue.BLANK;
        } else if (v.isTextual() && v.asText().equals("/")) {
            value = CellValue.NOT_APPLICABLE;
        } else if (v.isTextual() && (v.asText().startsWith("+") || v.asText().startsWith("-"))) {
            return ReportGenerator.perturbed(r, cell, Long.parseLong(v.asText()));
        } else if (v.isObject()) {
            value = Amount.of(v.get("amount").asText(), MoneyUnit.ofSymbol(v.get("unit").asText()));
        } else {
            boolean signed = r.form().cell(cell).orElseThrow().kind() == io.github.xxgk.core.form.ValueKind.SIGNED_COUNT;
            value = signed ? SignedCount.of(v.asLong()) : Count.of(v.asLong());
        }
        return ReportGenerator.withValue(r, cell, value);
    }
}
