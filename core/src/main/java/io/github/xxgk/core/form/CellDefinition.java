package io.github.xxgk.core.form;

import java.util.Objects;
import java.util.Optional;

/**
 * A cell of a statistics table: its stable id, its address with the official name in both
 * languages (for example {@code 表三 三、（三）3.危及“三安全一稳定” × 商业企业}), its unit and value kind,
 * and its legal basis. Derived from the row and column trees by {@link TableDefinition}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable id
 * @param index the position of the cell in its table, row by row (for array-backed storage)
 * @param name the official address in Chinese and English
 * @param unit the unit of the cell's values
 * @param kind the value kind
 * @param implied whether the cell belongs to a subtotal the format implies but does not print
 * @param extension whether the cell lies in a provincial extension column, not in the national table
 * @param basis the legal basis of the cell's row, if one is known
 */
public record CellDefinition(
        CellId id,
        int index,
        Label name,
        Unit unit,
        ValueKind kind,
        boolean implied,
        boolean extension,
        Optional<Label> basis) {

    /** Creates a cell definition. */
    public CellDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
    }
}
