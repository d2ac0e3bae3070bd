package io.github.xxgk.archive;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One report of an archive as the summary keeps it (the report itself is not kept): where it lies,
 * whose and which year it is, when it was published against its deadline, whether it passed, its
 * findings counted by severity and by rule, its ERROR findings (at most
 * {@link ArchiveOptions#maxErrorsKept()}), the report of the year before it was compared with, its
 * rendered page and its key figures.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the file, relative to the archive's root, with {@code /} between names
 * @param agency the agency's name as the report prints it
 * @param agencyKey the agency it was grouped under ({@link AgencySummary#key()})
 * @param region the agency's parent region from the register, or empty
 * @param year the reporting year
 * @param edition the edition
 * @param published the publication date, when known
 * @param deadline the publication deadline, when the agency's kind (or the year) decides it
 * @param late whether it was published after the deadline
 * @param passed whether it has no ERROR finding
 * @param counts findings by severity (every severity present)
 * @param byRule findings by rule id, sorted by id
 * @param errors the ERROR findings kept
 * @param previous the path of the year-before report it was compared with, if any
 * @param page the path of its rendered page, relative to the summary, if pages were written
 * @param keyFigures the key figures ({@link io.github.xxgk.core.form.KeyFigure}) the report states, by id
 * @param duplicate whether another report of the same agency and year comes first (by path)
 */
public record ReportSummary(String path, String agency, String agencyKey, String region, int year, Edition edition,
        Optional<LocalDate> published, Optional<LocalDate> deadline, boolean late, boolean passed,
        Map<Severity, Integer> counts, Map<String, Integer> byRule, List<FindingSummary> errors,
        Optional<String> previous, Optional<String> page, Map<String, Bound> keyFigures, boolean duplicate) {

    /** Creates a summary. */
    public ReportSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(deadline, "deadline");
        counts = Map.copyOf(counts);
        byRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byRule));
        errors = List.copyOf(errors);
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(page, "page");
        keyFigures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyFigures));
    }

    /** The number of findings of a severity. */
    public int count(Severity severity) {
        return counts.getOrDefault(severity, 0);
    }
}
