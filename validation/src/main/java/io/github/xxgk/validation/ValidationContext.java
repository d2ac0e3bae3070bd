package io.github.xxgk.validation;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs of a validation beyond the report itself, all explicit: the agency kind and the
 * publication date when the report lacks them (or to override them), and the same agency's report of
 * the year before, for the cross-year rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agencyKind the agency kind to use instead of the report's
 * @param publicationDate the publication date to use instead of the report's
 * @param previous last year's report of the same agency
 */
public record ValidationContext(Optional<AgencyKind> agencyKind, Optional<LocalDate> publicationDate,
        Optional<AnnualReport> previous) {

    private static final ValidationContext NONE = new ValidationContext(Optional.empty(), Optional.empty(),
            Optional.empty());

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
        return new ValidationContext(Optional.of(kind), publicationDate, previous);
    }

    /** The same context with a publication date. */
    public ValidationContext withPublicationDate(LocalDate date) {
        return new ValidationContext(agencyKind, Optional.of(date), previous);
    }

    /** The same context with last year's report. */
    public ValidationContext withPrevious(AnnualReport report) {
        return new ValidationContext(agencyKind, publicationDate, Optional.of(report));
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
