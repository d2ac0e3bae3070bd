package io.github.xxgk.archive;

import io.github.xxgk.core.AgencyKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agency of an archive: the name it is grouped under (the register's, else the first of its
 * names in the archive, by their order), every name its reports print, its kind and region, whether
 * the register lists it, the years it has reports for and the years of the archive it lacks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the agency's name in the summary
 * @param names the names its reports print, sorted
 * @param kind its kind: the register's, else the one its reports state (when they agree)
 * @param region its parent region from the register, or empty
 * @param registered whether the register lists it
 * @param years the years it has a report for, ascending
 * @param missing the years of the archive it has no report for, ascending
 */
public record AgencySummary(String key, List<String> names, Optional<AgencyKind> kind, String region,
        boolean registered, List<Integer> years, List<Integer> missing) {

    /** Creates an agency summary. */
    public AgencySummary {
        Objects.requireNonNull(key, "key");
        names = List.copyOf(names);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        years = List.copyOf(years);
        missing = List.copyOf(missing);
    }
}
