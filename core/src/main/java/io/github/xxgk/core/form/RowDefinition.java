package io.github.xxgk.core.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of a statistics table as the form defines it: its stable id, its numbering label as printed
 * ({@code （三）}, {@code 1．}, {@code 其中：}, or empty), its official label, accepted variants of the
 * label, its role, and its sub-rows. Unit and value kind are given where the row fixes them (legacy
 * table rows do; the columns fix them in the 2019 and 2021 tables).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the row id, unique within the table
 * @param numbering the numbering label as printed, possibly empty
 * @param label the official label (without the numbering) and its English rendering
 * @param variants other spellings of the label accepted on input
 * @param role whether the row holds values, implies a subtotal, or is a heading
 * @param unit the unit the row fixes, if it fixes one
 * @param kind the value kind the row fixes, if it fixes one
 * @param basis the legal basis of the row, if one is known
 * @param children the sub-rows, in printed order
 */
public record RowDefinition(
        String id,
        String numbering,
        Label label,
        List<String> variants,
        RowRole role,
        Optional<Unit> unit,
        Optional<ValueKind> kind,
        Optional<Label> basis,
        List<RowDefinition> children) {

    /** Creates a row definition. */
    public RowDefinition {
        if (!CellId.isId(id)) {
            throw new IllegalArgumentException("bad row id " + id);
        }
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(label, "label");
        variants = List.copyOf(variants);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        children = List.copyOf(children);
    }

    /** The label as printed, numbering included, in Chinese. */
    public String printed() {
        return numbering + label.zh();
    }

    /** Whether the row has cells (it is not a heading). */
    public boolean hasCells() {
        return role != RowRole.HEADING;
    }

    /** One line: the id, numbering and label, and the count of sub-rows. */
    @Override
    public String toString() {
        return "RowDefinition[" + id + " " + numbering + label.zh() + (children.isEmpty() ? "" : ", " + children.size() + " sub-rows") + "]";
    }
}
