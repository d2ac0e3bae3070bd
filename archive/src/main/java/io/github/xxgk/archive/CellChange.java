package io.github.xxgk.archive;

import io.github.xxgk.core.form.CellCorrespondence;
import io.github.xxgk.core.form.Label;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one cell (or, across a change of format, one declared group of cells) changed from a year to the
 * next: both years' values as {@link Bound}s (exact unless a blank is involved), the absolute change and
 * the relative change when both are exact (relative only from a non-zero value, to four decimals).
 *
 * <p>Immutable and thread-safe.
 *
 * @param correspondence how the cells of the two years answer to each other
 * @param name the cell's official address (the later year's; the earlier's for a dropped cell)
 * @param before the earlier year's value
 * @param after the later year's value
 * @param change after − before, when both are exact
 * @param relative (after − before) / before, when both are exact and before is not zero
 */
public record CellChange(CellCorrespondence correspondence, Label name, Bound before, Bound after,
        Optional<BigDecimal> change, Optional<BigDecimal> relative) {

    /** Creates a change. */
    public CellChange {
        Objects.requireNonNull(correspondence, "correspondence");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(relative, "relative");
    }

    /** Whether the value changed (false when unknown or equal). */
    public boolean changed() {
        return change.isPresent() && change.get().signum() != 0;
    }
}
