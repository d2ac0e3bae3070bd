package io.github.xxgk.validation;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs of a validation beyond the report itself, all explicit: the agency kind and the
 * publication date when the report lacks them (or to override them), and the same agency's report of
 * the year before, for the cross-year rules. Last year's report is compared when it is of the year
 * before and its agency's name is this year's or one of its usual variants (full- or half-width
 * brackets, spaces, the parent region put before it: {@code 洪泽区人民政府} / {@code 淮安市洪泽区人民政府}),
 * which an INFO finding META-PREVIOUS then names; when the names really differ, a WARNING and no
 * cross-year rule, unless the pairing is forced ({@link #withPreviousForced}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param agencyKind the agency kind to use instead of the report's
 * @param publicationDate the publication date to use instead of the report's
 * @param previous last year's report of the same agency
 * @param previousForced whether last year's report is compared whatever its agency's name
 */
public record ValidationContext(Optional<AgencyKind> agencyKind, Optional<LocalDate> publicationDate,
        Optional<AnnualReport> previous, boolean previousForced) {

    private static final ValidationContext NONE = new ValidationContext(Optional.empty(), Optional.empty(),
            Optional.empty(), false);

    /**
     * Creates a context whose previous report, if any, is paired by name.
     *
     * @param agencyKind the agency kind to use instead of the report's
     * @param publicationDate the publication date to use instead of the report's
     * @param previous last year's report of the same agency
     */
    public ValidationContext(Optional<AgencyKind> agencyKind, Optional<LocalDate> publicationDate,
            Optional<AnnualReport> previous) {
        this(agencyKind, publicationDate, previous, false);
    }

    /** Creates a context. */
    public ValidationContext {
        Objects.requireNonNull(agencyKind, "agencyKind");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(previous, "previous");
    }

    /** No inputs beyond the report. */
    public static ValidationContext none() {
        return NONE;
    }

    /** The same context with an agency kind. */
    public ValidationContext withAgencyKind(AgencyKind kind) {
        return new ValidationContext(Optional.of(kind), publicationDate, previous, previousForced);
    }

    /** The same context with a publication date. */
    public ValidationContext withPublicationDate(LocalDate date) {
        return new ValidationContext(agencyKind, Optional.of(date), previous, previousForced);
    }

    /**
     * The same context with last year's report, compared when its agency's name is this year's or one
     * of its usual variants.
     */
    public ValidationContext withPrevious(AnnualReport report) {
        return new ValidationContext(agencyKind, publicationDate, Optional.of(report), false);
    }

    /**
     * The same context with last year's report, compared whatever its agency's name (the caller knows
     * it is the same agency, renamed); it must still be of the year before. An INFO finding
     * META-PREVIOUS says so when the names differ.
     */
    public ValidationContext withPreviousForced(AnnualReport report) {
        return new ValidationContext(agencyKind, publicationDate, Optional.of(report), true);
    }

    /** The agency kind in force: the context's, else the report's. */
    public Optional<AgencyKind> agencyKindOf(AnnualReport report) {
        return agencyKind.isPresent() ? agencyKind : report.agency().kind();
    }

    /** The publication date in force: the context's, else the report's. */
    public Optional<LocalDate> publicationDateOf(AnnualReport report) {
        return publicationDate.isPresent() ? publicationDate : report.publicationDate();
    }
}
