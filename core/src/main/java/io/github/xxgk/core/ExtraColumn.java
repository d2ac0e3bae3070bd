package io.github.xxgk.core;

import io.github.xxgk.core.form.CellId;
import java.util.Map;
import java.util.Objects;

/**
 * A column a report prints that its edition's table does not define, such as an 8th 表三 column
 * {@code 法人或其他组织小计} that some offices add. It is kept, never dropped, with its printed header and
 * its values by row id; the rules do not read it (the form's columns carry the figures the law asks for).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id an id of the report's choosing, unique in the table, in the form of a cell-id part
 *     ({@code x_legal_person_subtotal}); it must not be a column id of the form
 * @param label the header as printed, never blank
 * @param values the values by form row id, in printed order (an extra row keeps its own value of this
 *     column among its {@link ExtraRow#values()}, under this id):
 *     counts, amounts, BLANK or NOT_APPLICABLE
 */
public record ExtraColumn(String id, String label, Map<String, CellValue> values) {

    /** Creates an extra column. */
    public ExtraColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!CellId.isId(id)) {
            throw new ReportModelException("extraColumns “" + id + "”", "附加列的标识不合规：" + id + "。",
                    "An extra column's id is malformed: " + id + ".");
        }
        if (label.isBlank()) {
            throw new ReportModelException("extraColumns “" + id + "”", "附加列的列名为空。",
                    "An extra column has a blank header.");
        }
        values = ExtraValues.copy(values, "extraColumns “" + label + "”", "附加列", "An extra column", "row");
    }
}
