package io.github.xxgk.validation;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * The last day on which a report must be published, and the rule that says so (RULES.md):
 * PUB-DEADLINE-08 (reports on years up to 2018: 31 March, 2008 条例第三十一条), PUB-DEADLINE-DEPT
 * (departments from 2019 on: 31 January, 条例第四十九条第一款), PUB-DEADLINE-GOV (local governments: 31
 * March, 第四十九条第二款) and PUB-DEADLINE-OTHER (townships, streets and other bodies: a day the
 * provinces set, a WARNING). The validator reports a late publication from exactly this.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule that sets the deadline
 * @param date the last day of publication, in the year after the reporting year
 * @param severity the severity of a late publication
 */
public record PublicationDeadline(String ruleId, LocalDate date, Severity severity) {

    /** Creates a deadline. */
    public PublicationDeadline {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * The deadline of a report on a year by an agency of a kind.
     *
     * @param year the reporting year
     * @param kind the agency's kind, when known
     * @param townshipDeadline the deadline of townships, streets and other bodies in the following year
     * @return the deadline, or empty when it depends on a kind that is not known (from 2019 on)
     */
    public static Optional<PublicationDeadline> of(int year, Optional<AgencyKind> kind, MonthDay townshipDeadline) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(townshipDeadline, "townshipDeadline");
        if (year <= Edition.LEGACY_2008.lastYear()) {
            return Optional.of(new PublicationDeadline("PUB-DEADLINE-08", LocalDate.of(year + 1, 3, 31), Severity.ERROR));
        }
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (kind.get()) {
            case STATE_COUNCIL_DEPARTMENT, COUNTY_OR_ABOVE_DEPARTMENT ->
                new PublicationDeadline("PUB-DEADLINE-DEPT", LocalDate.of(year + 1, 1, 31), Severity.ERROR);
            case COUNTY_OR_ABOVE_GOVERNMENT ->
                new PublicationDeadline("PUB-DEADLINE-GOV", LocalDate.of(year + 1, 3, 31), Severity.ERROR);
            default -> new PublicationDeadline("PUB-DEADLINE-OTHER", townshipDeadline.atYear(year + 1), Severity.WARNING);
        });
    }

    /**
     * The deadline of a report, with the agency kind and publication date of a context in force.
     *
     * @param report the report
     * @param context the inputs beyond the report (its agency kind is used when given)
     * @param townshipDeadline the deadline of townships, streets and other bodies
     * @return the deadline, or empty when the kind it depends on is not known
     */
    public static Optional<PublicationDeadline> of(AnnualReport report, ValidationContext context, MonthDay townshipDeadline) {
        return of(report.year(), context.agencyKindOf(report), townshipDeadline);
    }

    /** Whether a publication on a day misses this deadline. */
    public boolean missedBy(LocalDate published) {
        return published.isAfter(date);
    }
}
