package io.github.xxgk.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row a report prints that its edition's table does not define: a provincial indicator of a legacy
 * table (for example {@code 其中：1、网站公开}), or any row a reader could not match. It is kept, never
 * dropped, with its label and unit as printed and its values by column id.
 *
 * <p>Its values are counts, amounts, BLANK or NOT_APPLICABLE (signed counts exist only in the 2019
 * {@code 本年增/减} column). Immutable and thread-safe.
 *
 * <p>When the row is printed among the parts of a row that the form declares as a sum (a provincial
 * {@code 3、电子邮件申请数} among the channels of {@code 受理依申请公开信息总数}), {@link #partOf()} names that
 * row, and the sum's rule counts the extra row among its parts.
 *
 * @param label the row label as printed, never blank
 * @param unit the unit as printed, empty when none was printed
 * @param values the values by column id of the table (or of an {@link ExtraColumn}), in printed order
 * @param partOf the id of the form row whose sum this row is a part of, when it is one
 */
public record ExtraRow(String label, String unit, Map<String, CellValue> values, Optional<String> partOf) {

    /** Creates an extra row that is no part of a sum. */
    public ExtraRow(String label, String unit, Map<String, CellValue> values) {
        this(label, unit, values, Optional.empty());
    }

    /** Creates an extra row. */
    public ExtraRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(partOf, "partOf");
        if (label.isBlank()) {
            throw new ReportModelException("extraRows", "附加行的名称为空。", "An extra row has a blank label.");
        }
        values = ExtraValues.copy(values, "extraRows “" + label + "”", "附加行", "An extra row", "column");
    }
}
