package io.github.xxgk.ingest;

import io.github.xxgk.core.AgencyKind;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a published source: its kind (or {@link SourceKind#AUTO}), an agency kind that overrides
 * the one inferred from the agency's name, and the limits that protect the reader from hostile input.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()}.
 *
 * @param kind the kind of source, or AUTO
 * @param agencyKind the agency kind to use instead of inferring it
 * @param maxBytes the largest source accepted, in bytes
 * @param maxDepth the deepest element nesting accepted in a page
 * @param maxTableCells the most cells accepted in one table (spans expanded)
 */
public record ReadOptions(SourceKind kind, Optional<AgencyKind> agencyKind, int maxBytes, int maxDepth,
        int maxTableCells) {

    /** The default limit on the size of a source: 16 MiB. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    /** The default limit on element nesting: 256. */
    public static final int DEFAULT_MAX_DEPTH = 256;

    /** The default limit on the cells of one table: 20,000. */
    public static final int DEFAULT_MAX_TABLE_CELLS = 20_000;

    /** Creates options; every limit must be positive. */
    public ReadOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyKind, "agencyKind");
        if (maxBytes <= 0 || maxDepth <= 0 || maxTableCells <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Automatic source kind, the agency kind inferred, the default limits. */
    public static ReadOptions defaults() {
        return new ReadOptions(SourceKind.AUTO, Optional.empty(), DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
                DEFAULT_MAX_TABLE_CELLS);
    }

    /** These options with another source kind. */
    public ReadOptions withKind(SourceKind newKind) {
        return new ReadOptions(newKind, agencyKind, maxBytes, maxDepth, maxTableCells);
    }

    /** These options with the agency kind given instead of inferred. */
    public ReadOptions withAgencyKind(AgencyKind newKind) {
        return new ReadOptions(kind, Optional.of(newKind), maxBytes, maxDepth, maxTableCells);
    }

    /** These options with other limits. */
    public ReadOptions withLimits(int newMaxBytes, int newMaxDepth, int newMaxTableCells) {
        return new ReadOptions(kind, agencyKind, newMaxBytes, newMaxDepth, newMaxTableCells);
    }
}
