package io.github.xxgk.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The values of an extra row or column: counts, amounts, BLANK or NOT_APPLICABLE, copied in order. */
final class ExtraValues {

    private ExtraValues() {
    }

    static Map<String, CellValue> copy(Map<String, CellValue> values, String where, String zh, String en, String key) {
        Map<String, CellValue> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof SignedCount) {
                throw new ReportModelException(where, zh + "只能填非负整数、金额、空白或“/”：" + v + "。",
                        en + " holds non-negative counts, amounts, blanks or “/”: " + v + ".");
            }
            copy.put(Objects.requireNonNull(k, key), Objects.requireNonNull(v, "value"));
        });
        return Collections.unmodifiableMap(copy);
    }
}
