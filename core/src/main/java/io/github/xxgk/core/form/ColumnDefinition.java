package io.github.xxgk.core.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column (or a group of columns) of a statistics table as the form defines it: stable id, official
 * header label, accepted variants, the unit and value kind it fixes, and its sub-columns. Only leaf
 * columns hold cells; a group spans its leaves in the printed header.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the column id, unique within its block
 * @param label the official header label and its English rendering
 * @param variants other spellings accepted on input
 * @param unit the unit the column fixes, if it fixes one
 * @param kind the value kind the column fixes, if it fixes one
 * @param extension whether the column is not part of the national table but a provincial extension
 *     kept when a report prints it (the legacy {@code 历年累计} column)
 * @param children the sub-columns, in printed order; empty for a leaf
 * @param printedLines the header label broken into lines as the official template prints it in its
 *     narrow column ({@code 商业} / {@code 企业}); empty when it prints on one line. Joined, the lines are
 *     the label.
 */
public record ColumnDefinition(
        String id,
        Label label,
        List<String> variants,
        Optional<Unit> unit,
        Optional<ValueKind> kind,
        boolean extension,
        List<ColumnDefinition> children,
        List<String> printedLines) {

    /** Creates a column definition whose header prints on one line. */
    public ColumnDefinition(String id, Label label, List<String> variants, Optional<Unit> unit, Optional<ValueKind> kind,
            boolean extension, List<ColumnDefinition> children) {
        this(id, label, variants, unit, kind, extension, children, List.of());
    }

    /** Creates a column definition. */
    public ColumnDefinition {
        if (!CellId.isId(id)) {
            throw new IllegalArgumentException("bad column id " + id);
        }
        Objects.requireNonNull(label, "label");
        variants = List.copyOf(variants);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
        printedLines = List.copyOf(printedLines);
        if (!printedLines.isEmpty() && !String.join("", printedLines).equals(label.zh())) {
            throw new IllegalArgumentException("the printed lines of column " + id + " are not its label " + label.zh()
                    + ": " + printedLines);
        }
    }

    /** The header as printed, line by line: {@link #printedLines()}, or the label on one line. */
    public List<String> lines() {
        return printedLines.isEmpty() ? List.of(label.zh()) : printedLines;
    }

    /** Whether this column holds cells. */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** One line: the id and label, and the count of sub-columns. */
    @Override
    public String toString() {
        return "ColumnDefinition[" + id + " " + label.zh() + (children.isEmpty() ? "" : ", " + children.size() + " sub-columns") + "]";
    }
}
