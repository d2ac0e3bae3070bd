package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.validation.ValidationContext;
import io.github.xxgk.validation.ValidationResult;
import java.time.MonthDay;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule on a report. Built once; immutable and thread-safe. Not API. */
public final class Engine {

    private final Map<TableDefinition, Arithmetic> arithmetic = new IdentityHashMap<>();
    private final MonthDay townshipDeadline;

    /**
     * Compiles the relations of every edition.
     *
     * @param townshipDeadline the deadline for townships, streets and other bodies, in the year after
     */
    public Engine(MonthDay townshipDeadline) {
        this(townshipDeadline, true);
    }

    private Engine(MonthDay townshipDeadline, boolean fastPaths) {
        this.townshipDeadline = townshipDeadline;
        for (Edition e : Edition.values()) {
            List<TableDefinition> tables = e.form().tables();
            for (int i = 0; i < tables.size(); i++) {
                arithmetic.put(tables.get(i), new Arithmetic(tables.get(i), i, e, fastPaths));
            }
        }
    }

    /**
     * An engine whose arithmetic always takes the exact path (BigInteger bounds over every relation), for
     * tests that compare the fast paths with it.
     *
     * @param townshipDeadline as for {@link #Engine(MonthDay)}
     * @return the engine
     */
    public static Engine exactArithmetic(MonthDay townshipDeadline) {
        return new Engine(townshipDeadline, false);
    }

    /** Validates a report. */
    public ValidationResult validate(AnnualReport report, ValidationContext ctx) {
        Collector out = new Collector();
        MetadataChecks.report(report, ctx, townshipDeadline, out);
        AnnualReport previous = null;
        ValidationContext sectionsCtx = ctx;
        if (ctx.previous().isPresent()) {
            if (CrossYearChecks.previousUsable(report, ctx.previous().get(), ctx.previousForced(), out)) {
                previous = ctx.previous().get();
            } else {
                sectionsCtx = withoutPrevious(ctx);
            }
        }
        SectionChecks.sections(report, sectionsCtx, out);
        NarrativeChecks.check(report, sectionsCtx, out);
        if (previous != null) {
            CrossYearChecks.duplicate(report, previous, out);
        }
        List<TableDefinition> tables = report.form().tables();
        for (int i = 0; i < tables.size(); i++) {
            StatisticsTable t = report.tables().get(tables.get(i).id());
            if (t != null) {
                Arithmetic compiled = arithmetic.get(tables.get(i));
                compiled.check(t, previous, out);
                ShapeChecks.table(report, t, i, out);
                CellChecks.cells(report, ctx, t, i, compiled, out);
                if (t.id().equals(CumulativeChecks.TABLE)) {
                    CumulativeChecks.check(t, i, java.util.Optional.ofNullable(previous), out);
                }
            }
        }
        return new ValidationResult(out.findings());
    }

    private static ValidationContext withoutPrevious(ValidationContext ctx) {
        return new ValidationContext(ctx.agencyKind(), ctx.publicationDate(), java.util.Optional.empty());
    }
}
