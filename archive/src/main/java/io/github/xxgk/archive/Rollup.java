package io.github.xxgk.archive;

import io.github.xxgk.archive.internal.CellBounds;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.validation.AgencyNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The regional total of a set of reports of one year and edition, exact over blanks: each cell's total
 * is the sum of the 本级 reports' values as {@link Bound}s, so a total over a blank part is a range (or
 * “at least”), never a number; “/” counts as zero. 汇总 reports (a region's stated totals) are kept apart:
 * they are never summed into the 本级 total, they have a total of their own, and each is checked, cell
 * by cell, against the 本级 total: a stated figure outside the range the agencies' reports allow is a
 * mismatch. Every contributing report is recorded. Amounts are summed in 元.
 *
 * <p>Stateless and thread-safe.
 */
public final class Rollup {

    private Rollup() {
    }

    /** Whether a report gives its agency's own figures or a region's totals. */
    public enum Scope {
        /** 本级: the agency's own figures. */
        OWN(new Label("本级", "own")),
        /** 汇总: the totals of a region, stated by its government's office. */
        SUMMARY(new Label("汇总", "summary"));

        private final Label label;

        Scope(Label label) {
            this.label = label;
        }

        /** The scope's name in both languages. */
        public Label label() {
            return label;
        }
    }

    /**
     * One report to roll up.
     *
     * @param source where it came from (a file name), for the record
     * @param report the report
     * @param scope 本级 or 汇总
     */
    public record Input(String source, AnnualReport report, Scope scope) {
        /** Creates an input. */
        public Input {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * Rolls reports up.
     *
     * @param inputs the reports, at least one 本级
     * @return the totals, the contributors and the checks of the 汇总 reports
     * @throws RollupException when the reports are of different years or editions, when an agency is
     *     given twice in one scope, when one report is given as 本级 and 汇总, or when there is no 本级 report
     */
    public static RollupResult of(List<Input> inputs) {
        if (inputs.stream().noneMatch(i -> i.scope() == Scope.OWN)) {
            throw new RollupException("rollup", "没有本级报告可汇总。", "There is no own (本级) report to roll up.");
        }
        Input first = inputs.get(0);
        int year = first.report().year();
        Edition edition = first.report().edition();
        List<Input> own = new ArrayList<>();
        List<Input> summaries = new ArrayList<>();
        for (Input in : inputs) {
            AnnualReport r = in.report();
            if (r.year() != year) {
                throw new RollupException(in.source(), "年度为 " + r.year() + "，与 " + first.source() + " 的 " + year + " 不同，不能汇总。",
                        "Its year is " + r.year() + ", not " + year + " as " + first.source() + "'s: not rolled up together.");
            }
            if (r.edition() != edition) {
                throw new RollupException(in.source(), "格式为 " + r.edition() + "，与 " + first.source() + " 的 " + edition + " 不同。",
                        "Its edition is " + r.edition() + ", not " + edition + " as " + first.source() + "'s.");
            }
            List<Input> same = in.scope() == Scope.OWN ? own : summaries;
            for (Input other : same) {
                if (AgencyNames.variant(other.report().agency().name(), r.agency().name()).isPresent()) {
                    throw new RollupException(in.source(), "机构“" + r.agency().name() + "”已由 " + other.source() + " 计入（"
                            + in.scope().label().zh() + "），不能重复计入。", "The agency \"" + r.agency().name()
                            + "\" is already counted from " + other.source() + " (" + in.scope().label().en() + ").");
                }
            }
            List<Input> opposite = in.scope() == Scope.OWN ? summaries : own;
            for (Input other : opposite) {
                if (other.report().equals(r)) {
                    throw new RollupException(in.source(), "同一份报告（" + other.source() + "）既作本级又作汇总，汇总报告不能计入其自身。",
                            "The same report (" + other.source() + ") is given as own and as summary: a summary is never summed into itself.");
                }
            }
            same.add(in);
        }
        Map<CellId, Bound> total = total(own, edition);
        Map<CellId, Bound> summaryTotal = summaries.isEmpty() ? Map.of() : total(summaries, edition);
        List<RollupResult.Check> checks = new ArrayList<>();
        for (Input s : summaries) {
            List<RollupResult.Mismatch> mismatches = new ArrayList<>();
            for (TableDefinition t : edition.form().tables()) {
                StatisticsTable table = s.report().table(t.id()).orElse(null);
                if (table == null) {
                    continue;
                }
                for (CellDefinition c : t.cells()) {
                    CellValue stated = table.value(c.id());
                    if (!stated.isNumber() || c.implied() || c.extension()) {
                        continue;
                    }
                    Bound b = CellBounds.bound(stated, c.kind());
                    Bound sum = total.get(c.id());
                    if (!sum.contains(b.value().orElseThrow())) {
                        mismatches.add(new RollupResult.Mismatch(c.id(), c.name(), b, sum));
                    }
                }
            }
            checks.add(new RollupResult.Check(contributor(s), mismatches));
        }
        return new RollupResult(year, edition, own.stream().map(Rollup::contributor).toList(),
                summaries.stream().map(Rollup::contributor).toList(), total, summaryTotal, checks);
    }

    private static RollupResult.Contributor contributor(Input in) {
        return new RollupResult.Contributor(in.source(), in.report().agency().name(), in.report().year(), in.scope());
    }

    private static Map<CellId, Bound> total(List<Input> inputs, Edition edition) {
        Map<CellId, Bound> out = new LinkedHashMap<>();
        for (TableDefinition t : edition.form().tables()) {
            for (CellDefinition c : t.cells()) {
                if (!c.extension()) {
                    out.put(c.id(), Bound.ZERO);
                }
            }
        }
        for (Input in : inputs) {
            for (TableDefinition t : edition.form().tables()) {
                StatisticsTable table = in.report().table(t.id()).orElseGet(() -> StatisticsTable.builder(t).build());
                Map<CellId, Bound> bounds = CellBounds.of(table);
                for (CellDefinition c : t.cells()) {
                    if (!c.extension()) {
                        out.merge(c.id(), bounds.get(c.id()), Bound::plus);
                    }
                }
            }
        }
        return out;
    }
}
