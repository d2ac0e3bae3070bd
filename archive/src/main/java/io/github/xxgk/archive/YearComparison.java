package io.github.xxgk.archive;

import io.github.xxgk.archive.internal.CellBounds;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellCorrespondence;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.EditionBridge;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.TextSimilarity;
import io.github.xxgk.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One agency's report against its report of the year before: every cell's change, absolute and
 * relative, across a change of format through the correspondences declared as data
 * ({@link EditionBridge}: 2019's single （六） row against 2021's three sub-rows, 表二's columns); the
 * cells that have no counterpart, with the reason; the findings of the cross-year rules (exactly those
 * the validator reports with last year's report and not without it: T3-CARRY-CHAIN, T2-*-CARRY,
 * LEG-CUMULATIVE-CHAIN, META-PREVIOUS, TXT-DUPLICATE, …); and the similarity of the two texts as
 * TXT-DUPLICATE measures it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param earlier the earlier report's agency, year and edition
 * @param later the later report's
 * @param changes the cells' changes, in the later form's order, then the declared groups
 * @param notComparable the cells that have no counterpart in the other year's format
 * @param crossYear the findings of the cross-year rules on the later report
 * @param similarity the texts' similarity from 0 to 1, when both are long enough to measure
 */
public record YearComparison(Side earlier, Side later, List<CellChange> changes, List<CellCorrespondence> notComparable,
        List<Finding> crossYear, OptionalDouble similarity) {

    /** The format id of the JSON comparison. */
    public static final String FORMAT = "xxgk.comparison/1";

    /** Which report a side is. */
    public record Side(String agency, int year, io.github.xxgk.core.Edition edition) {
    }

    /** Creates a comparison. */
    public YearComparison {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        changes = List.copyOf(changes);
        notComparable = List.copyOf(notComparable);
        crossYear = List.copyOf(crossYear);
        Objects.requireNonNull(similarity, "similarity");
    }

    /**
     * Compares two reports, pairing them by name as the validator does.
     *
     * @param earlier the report of the year before
     * @param later this year's report
     * @return the comparison
     */
    public static YearComparison of(AnnualReport earlier, AnnualReport later) {
        return of(earlier, later, ReportValidator.standard(), false);
    }

    /**
     * Compares two reports.
     *
     * @param earlier the report of the year before
     * @param later this year's report
     * @param validator the validator whose cross-year findings to report
     * @param forced whether the reports are the same agency's whatever their names (a renamed agency)
     * @return the comparison
     */
    public static YearComparison of(AnnualReport earlier, AnnualReport later, ReportValidator validator, boolean forced) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        EditionBridge bridge = EditionBridge.between(earlier.edition(), later.edition());
        Map<String, Map<CellId, Bound>> before = new HashMap<>();
        Map<String, Map<CellId, Bound>> after = new HashMap<>();
        List<CellChange> changes = new ArrayList<>();
        List<CellCorrespondence> none = new ArrayList<>();
        for (CellCorrespondence c : bridge.correspondences()) {
            if (c.kind() == CellCorrespondence.Kind.NONE) {
                none.add(c);
                continue;
            }
            CellId shown = c.later().get(0);
            CellDefinition def = later.form().cell(shown).orElseThrow();
            if (def.implied() && c.kind() == CellCorrespondence.Kind.SAME) {
                continue; // a subtotal the format does not print
            }
            Optional<Bound> b = sum(earlier, c.earlier(), before);
            Optional<Bound> a = sum(later, c.later(), after);
            if (b.isEmpty() || a.isEmpty()) {
                continue; // a table one of the reports lacks
            }
            Label name = c.kind() == CellCorrespondence.Kind.SUM
                    ? earlier.form().cell(c.earlier().get(0)).orElseThrow().name() : def.name();
            changes.add(change(c, name, b.get(), a.get()));
        }
        ValidationContext ctx = forced ? ValidationContext.none().withPreviousForced(earlier)
                : ValidationContext.none().withPrevious(earlier);
        List<Finding> with = new ArrayList<>(validator.validate(later, ctx).findings());
        for (Finding f : validator.validate(later).findings()) {
            with.remove(f);
        }
        return new YearComparison(side(earlier), side(later), changes, none, with, TextSimilarity.between(earlier, later));
    }

    private static Side side(AnnualReport r) {
        return new Side(r.agency().name(), r.year(), r.edition());
    }

    private static Optional<Bound> sum(AnnualReport r, List<CellId> cells, Map<String, Map<CellId, Bound>> cache) {
        Bound s = Bound.ZERO;
        FormDefinition form = r.form();
        for (CellId c : cells) {
            Optional<StatisticsTable> t = r.table(c.table());
            if (t.isEmpty() || form.cell(c).isEmpty()) {
                return Optional.empty();
            }
            s = s.plus(cache.computeIfAbsent(c.table(), k -> CellBounds.of(t.get())).get(c));
        }
        return Optional.of(s);
    }

    private static CellChange change(CellCorrespondence c, Label name, Bound before, Bound after) {
        Optional<BigDecimal> change = Optional.empty();
        Optional<BigDecimal> relative = Optional.empty();
        if (before.isExact() && after.isExact()) {
            BigDecimal d = after.value().get().subtract(before.value().get());
            change = Optional.of(d);
            if (before.value().get().signum() != 0) {
                relative = Optional.of(d.divide(before.value().get(), 4, RoundingMode.HALF_EVEN));
            }
        }
        return new CellChange(c, name, before, after, change, relative);
    }

    /** The cells whose value changed. */
    public List<CellChange> changed() {
        return changes.stream().filter(CellChange::changed).toList();
    }
}
