package io.github.xxgk.cli;

import io.github.xxgk.validation.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import io.github.xxgk.core.form.Severity;

/**
 * What became of one entry of a batch: for a report read, what is printed of it (the report itself is
 * not kept, so a batch holds only its findings); otherwise the reason it was not read.
 *
 * @param path the entry
 * @param status what became of it
 * @param edition the report's edition, when read
 * @param agency the report's agency, when read
 * @param year the report's year, when read
 * @param passed whether the report has no ERROR, when read
 * @param shown the findings to print, when read
 * @param counts the number of findings of each severity, when read
 * @param problem why it was not read, otherwise
 * @param sources for each finding shown, where in the published source its subject was printed (empty
 *     lists for a JSON report)
 */
record Outcome(Path path, Status status, String edition, String agency, int year, boolean passed,
        List<Finding> shown, Map<Severity, Integer> counts, String problem,
        List<List<io.github.xxgk.ingest.Provenance.Place>> sources) {

    /** What became of an entry. */
    enum Status {
        /** Read and validated. */
        READ,
        /** Could not be read (missing, no permission, not a report). */
        UNREADABLE,
        /** The library failed on it: a defect, reported as this entry's problem. */
        INTERNAL_ERROR,
        /** Not a report to read (not .json, a FIFO, a dangling link, …), with the reason. */
        SKIPPED
    }

    boolean readable() {
        return status == Status.READ;
    }

    static Outcome unreadable(Path path, String problem) {
        return new Outcome(path, Status.UNREADABLE, null, null, 0, false, List.of(), Map.of(), problem, List.of());
    }

    static Outcome skipped(Path path, String reason) {
        return new Outcome(path, Status.SKIPPED, null, null, 0, false, List.of(), Map.of(), reason, List.of());
    }

    static Outcome internal(Path path, String problem) {
        return new Outcome(path, Status.INTERNAL_ERROR, null, null, 0, false, List.of(), Map.of(), problem, List.of());
    }
}
