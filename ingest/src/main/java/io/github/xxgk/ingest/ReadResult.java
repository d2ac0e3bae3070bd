package io.github.xxgk.ingest;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What reading a published source gives: the report, the reading notes (findings with {@code READ-*}
 * ids and {@code ACCESS-MACHINE-READABLE}) and where every part came from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param report the report as read
 * @param notes the reading notes, in reading order
 * @param provenance where each cell and text came from
 */
public record ReadResult(AnnualReport report, List<Finding> notes, Provenance provenance) {

    /** Creates a result. */
    public ReadResult {
        Objects.requireNonNull(report, "report");
        notes = List.copyOf(notes);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Whether a note is a WARNING or an ERROR (a reader should look at the page). */
    public boolean hasWarnings() {
        return notes.stream().anyMatch(n -> n.severity() != Severity.INFO);
    }
}
