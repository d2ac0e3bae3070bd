package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.NarrativeFigure;
import io.github.xxgk.validation.NarrativeFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the report's own text states of single cells ({@code 动态更新本年度制发的规范性文件88件}: 表二 行政规范性文件 ×
 * 本年制发件数 is 88), for settling a run of digits that the table's relations leave several splits of. Read from
 * the narrative with {@link NarrativeFigures} the first time it is asked for, so that a report whose runs all
 * settle does not pay for it. Only whole counts the text says of exactly one cell count: no part of a listed
 * whole, no money, no figure whose subject means several cells. Not API.
 */
final class StatedFigures {

    /** No text: nothing is stated. */
    static final StatedFigures NONE = new StatedFigures(() -> null);

    private final Supplier<AnnualReport> text;
    private Map<CellId, List<NarrativeFigure>> byCell;

    private StatedFigures(Supplier<AnnualReport> text) {
        this.text = text;
    }

    /**
     * The figures of a report's text, read when first asked for.
     *
     * @param text the report as read so far (its sections and preamble; its tables are not looked at)
     * @return the stated figures
     */
    static StatedFigures of(Supplier<AnnualReport> text) {
        return new StatedFigures(Objects.requireNonNull(text, "text"));
    }

    /** The figures the text states of this one cell, in the order printed (empty when none). */
    List<NarrativeFigure> of(CellId cell) {
        if (byCell == null) {
            byCell = read(text.get());
        }
        return byCell.getOrDefault(cell, List.of());
    }

    private static Map<CellId, List<NarrativeFigure>> read(AnnualReport report) {
        Map<CellId, List<NarrativeFigure>> out = new HashMap<>();
        if (report == null) {
            return out;
        }
        for (NarrativeFigure f : NarrativeFigures.of(report)) {
            if (f.cells().size() == 1 && !f.part() && !f.isMoney() && whole(f.value())) {
                out.computeIfAbsent(f.cells().get(0), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private static boolean whole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }
}
