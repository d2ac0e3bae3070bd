package io.github.xxgk.archive;

import io.github.xxgk.core.form.KeyFigure;
import io.github.xxgk.core.form.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What an archive holds and how it fares: every report's summary, every agency's years present and
 * missing, the archive's issues (unreadable files, missing years, duplicates, late publications,
 * agencies not in the register, ambiguous names), and the totals derived from them. Written as JSON,
 * CSV, XLSX and HTML by {@link SummaryWriters}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the archive's directory, as given
 * @param firstYear the first year checked, if any report was read
 * @param lastYear the last year checked
 * @param registered whether a register was given
 * @param reports the reports checked, by agency, year and path
 * @param agencies the agencies, by key
 * @param issues the issues, by kind, agency, year
 * @param ignored files of the tree that are not reports (other extensions, text files that are no
 *     crawler's dump), relative to the root
 */
public record ArchiveSummary(String root, OptionalInt firstYear, OptionalInt lastYear, boolean registered,
        List<ReportSummary> reports, List<AgencySummary> agencies, List<ArchiveIssue> issues, List<String> ignored) {

    /** The format id of the JSON summary; its number changes only when a field changes meaning or goes. */
    public static final String FORMAT = "xxgk.archive/1";

    /** Creates a summary. */
    public ArchiveSummary {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        reports = List.copyOf(reports);
        agencies = List.copyOf(agencies);
        issues = List.copyOf(issues);
        ignored = List.copyOf(ignored);
    }

    /** The reports that passed. */
    public int passed() {
        return (int) reports.stream().filter(ReportSummary::passed).count();
    }

    /** The reports that have an ERROR. */
    public int failed() {
        return reports.size() - passed();
    }

    /** The issues of a kind. */
    public List<ArchiveIssue> issues(ArchiveIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).toList();
    }

    /** Findings of every report by rule id (every severity), sorted by id. */
    public Map<String, Integer> findingsByRule() {
        Map<String, Integer> out = new TreeMap<>();
        for (ReportSummary r : reports) {
            r.byRule().forEach((rule, n) -> out.merge(rule, n, Integer::sum));
        }
        return out;
    }

    /** Totals of one region: reports, those that failed, their errors and warnings. */
    public record RegionTotals(String region, int reports, int failed, int errors, int warnings) {
    }

    /** The totals of each region (the register's parent region; empty for agencies it does not give one), sorted. */
    public List<RegionTotals> byRegion() {
        Map<String, int[]> m = new TreeMap<>();
        for (ReportSummary r : reports) {
            int[] t = m.computeIfAbsent(r.region(), k -> new int[4]);
            t[0]++;
            t[1] += r.passed() ? 0 : 1;
            t[2] += r.count(Severity.ERROR);
            t[3] += r.count(Severity.WARNING);
        }
        return m.entrySet().stream().map(e -> new RegionTotals(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    /**
     * Each key figure summed per year over the reports (the first of an agency's duplicates only), for the
     * figures the reports' editions define ({@link KeyFigure}: 上年结转 has no cell in the legacy table, so a
     * year of legacy reports has no such figure): exact where every report states it exactly, otherwise a
     * range; a report whose edition defines a figure that it does not state (a blank cell, a text without
     * the figure) makes that year's sum at least what the others state.
     *
     * @return by year, by key figure id (in the order of {@link KeyFigure#all()})
     */
    public Map<Integer, Map<String, Bound>> keyFiguresByYear() {
        Map<Integer, Map<String, Bound>> out = new TreeMap<>();
        for (ReportSummary r : reports) {
            if (r.duplicate()) {
                continue;
            }
            Map<String, Bound> year = out.computeIfAbsent(r.year(), k -> new LinkedHashMap<>());
            for (KeyFigure f : KeyFigure.all()) {
                if (f.cellsOf(r.edition()).isEmpty() && f.narrativeOf(r.edition()).isEmpty()) {
                    continue;
                }
                Bound b = r.keyFigures().getOrDefault(f.id(), Bound.atLeast(java.math.BigDecimal.ZERO));
                year.merge(f.id(), b, Bound::plus);
            }
        }
        for (Map.Entry<Integer, Map<String, Bound>> e : out.entrySet()) {
            Map<String, Bound> ordered = new LinkedHashMap<>();
            for (KeyFigure f : KeyFigure.all()) {
                Bound b = e.getValue().get(f.id());
                if (b != null) {
                    ordered.put(f.id(), b);
                }
            }
            e.setValue(java.util.Collections.unmodifiableMap(ordered));
        }
        return out;
    }
}
