package io.github.xxgk.testing;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of annual reports, built on {@link ReportGenerator}. QuickTheories is an
 * optional dependency of this artifact: add {@code org.quicktheories:quicktheories} to use this class.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportGens {

    private ReportGens() {
    }

    /** Any edition. */
    public static Gen<Edition> editions() {
        return Generate.enumValues(Edition.class);
    }

    /** Consistent reports of an edition: every relation holds. */
    public static Gen<AnnualReport> consistent(Edition edition) {
        ReportGenerator g = ReportGenerator.of(edition);
        return SourceDSL.longs().all().map(g::consistent);
    }

    /** Reports of an edition with BLANK and NOT_APPLICABLE cells and missing tables. */
    public static Gen<AnnualReport> withBlanks(Edition edition) {
        ReportGenerator g = ReportGenerator.of(edition);
        return SourceDSL.longs().all().map(g::withBlanks);
    }

    /** Consistent reports of an edition with some cells then made BLANK (never “/”). */
    public static Gen<AnnualReport> consistentWithBlanks(Edition edition) {
        ReportGenerator g = ReportGenerator.of(edition);
        return SourceDSL.longs().all().map(g::consistentWithBlanks);
    }

    /** Reports of an edition shaped like published ones ({@link ReportGenerator#published}), printed shapes included. */
    public static Gen<AnnualReport> published(Edition edition) {
        ReportGenerator g = ReportGenerator.of(edition);
        return SourceDSL.longs().all().map(g::published);
    }

    /** Consistent, blank-holding or published-like reports of any edition. */
    public static Gen<AnnualReport> any() {
        return editions().zip(SourceDSL.longs().all(), SourceDSL.integers().between(0, 2),
                (e, seed, kind) -> switch (kind) {
                    case 0 -> ReportGenerator.of(e).withBlanks(seed);
                    case 1 -> ReportGenerator.of(e).published(seed);
                    default -> ReportGenerator.of(e).consistent(seed);
                });
    }
}
