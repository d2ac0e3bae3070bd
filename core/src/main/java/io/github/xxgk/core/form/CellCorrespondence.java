package io.github.xxgk.core.form;

import java.util.List;
import java.util.Objects;

/**
 * How cells of one edition's tables answer to cells of a later edition's, declared as data beside the
 * form definitions (see {@link EditionBridge}): the sum of the {@code earlier} cells means what the
 * sum of the {@code later} cells means ({@link Kind#SAME} for one cell each, {@link Kind#SUM} when one
 * side splits what the other prints as one), or the cells have no counterpart ({@link Kind#NONE}, one
 * side empty) for the reason given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the correspondence says
 * @param earlier the cells of the earlier edition (empty when the later cells are new)
 * @param later the cells of the later edition (empty when the earlier cells were dropped)
 * @param note why, in both languages
 */
public record CellCorrespondence(Kind kind, List<CellId> earlier, List<CellId> later, Label note) {

    /** What a correspondence says. */
    public enum Kind {
        /** One cell each side, of the same meaning (the same id and address, or declared so). */
        SAME,
        /** One side is the sum of several cells of the other (2019's single （六） row, 2021's three sub-rows). */
        SUM,
        /** The cells of one side have no counterpart on the other. */
        NONE
    }

    /** Creates a correspondence. */
    public CellCorrespondence {
        Objects.requireNonNull(kind, "kind");
        earlier = List.copyOf(earlier);
        later = List.copyOf(later);
        Objects.requireNonNull(note, "note");
        if (kind == Kind.NONE ? !(earlier.isEmpty() ^ later.isEmpty()) : earlier.isEmpty() || later.isEmpty()) {
            throw new IllegalArgumentException("a correspondence of kind " + kind + " with the wrong sides: " + earlier + " / " + later);
        }
        if (kind == Kind.SAME && (earlier.size() != 1 || later.size() != 1)) {
            throw new IllegalArgumentException("SAME relates one cell to one cell: " + earlier + " / " + later);
        }
    }
}
