package io.github.xxgk.archive;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something the archive as a whole lacks or holds wrongly, beside the findings of its reports.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what
 * @param agency the agency concerned ({@link AgencySummary#key()}), or empty for a file no agency is known of
 * @param year the year concerned, when one is
 * @param paths the files concerned, relative to the root
 * @param detail what exactly, in Chinese
 * @param detailEn what exactly, in English
 */
public record ArchiveIssue(Kind kind, String agency, OptionalInt year, List<String> paths, String detail, String detailEn) {

    /** The kinds of issue, in the order the summary lists them. */
    public enum Kind {
        /** A file that could not be read as a report. */
        UNREADABLE,
        /** An agency has no report for a year of the archive. */
        MISSING,
        /** An agency has more than one report for a year. */
        DUPLICATE,
        /** A report was published after its deadline (PUB-DEADLINE-*). */
        LATE,
        /** An agency is not in the register (when a register is given). */
        NOT_IN_REGISTER,
        /** A name that pairs with more than one agency's: kept as an agency of its own, not guessed. */
        AMBIGUOUS_NAME
    }

    /** Creates an issue. */
    public ArchiveIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(year, "year");
        paths = List.copyOf(paths);
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(detailEn, "detailEn");
    }
}
