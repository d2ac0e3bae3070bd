package io.github.xxgk.archive;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The regional total of a set of reports ({@link Rollup}): the year and edition, the 本级 reports that
 * contributed, the 汇总 reports kept apart, each cell's total over the 本级 reports and over the 汇总
 * reports, and each 汇总 report's check against the 本级 total.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the reporting year
 * @param edition the edition
 * @param contributors the 本级 reports summed, in the order given
 * @param summaries the 汇总 reports, in the order given
 * @param total each cell's total over the 本级 reports, in the form's order
 * @param summaryTotal each cell's total over the 汇总 reports (empty when there is none)
 * @param checks each 汇总 report against the 本级 total
 */
public record RollupResult(int year, Edition edition, List<Contributor> contributors, List<Contributor> summaries,
        Map<CellId, Bound> total, Map<CellId, Bound> summaryTotal, List<Check> checks) {

    /** The format id of the JSON roll-up. */
    public static final String FORMAT = "xxgk.rollup/1";

    /** A report that was rolled up. */
    public record Contributor(String source, String agency, int year, Rollup.Scope scope) {
    }

    /** A figure a 汇总 report states outside the range its agencies' reports allow. */
    public record Mismatch(CellId cell, Label name, Bound stated, Bound sum) {
    }

    /** A 汇总 report checked against the 本级 total: consistent when there is no mismatch. */
    public record Check(Contributor summary, List<Mismatch> mismatches) {
        /** Creates a check. */
        public Check {
            mismatches = List.copyOf(mismatches);
        }

        /** Whether every figure the 汇总 report states lies within what its agencies' reports allow. */
        public boolean consistent() {
            return mismatches.isEmpty();
        }
    }

    /** Creates a result. */
    public RollupResult {
        Objects.requireNonNull(edition, "edition");
        contributors = List.copyOf(contributors);
        summaries = List.copyOf(summaries);
        total = Collections.unmodifiableMap(new LinkedHashMap<>(total));
        summaryTotal = Collections.unmodifiableMap(new LinkedHashMap<>(summaryTotal));
        checks = List.copyOf(checks);
    }

    /** Whether every cell of the 本级 total is known exactly. */
    public boolean exact() {
        return total.values().stream().allMatch(Bound::isExact);
    }
}
