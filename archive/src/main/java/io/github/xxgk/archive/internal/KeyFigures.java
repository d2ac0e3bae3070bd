package io.github.xxgk.archive.internal;

import io.github.xxgk.archive.Bound;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.KeyFigure;
import io.github.xxgk.validation.NarrativeFigure;
import io.github.xxgk.validation.NarrativeFigures;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key figures ({@link KeyFigure}) a report states: the sum of the figure's cells (a {@link Bound}
 * over blanks, narrowed by the report's own relations only when a cell is blank), or, in an edition whose
 * tables hold no such cell, the first figure of the text with the figure's subject that is not a part of
 * a listed whole. A figure the report states in neither way is absent. Not API.
 */
public final class KeyFigures {

    private KeyFigures() {
    }

    /**
     * The first figure of a subject the text states that is not a part of a listed whole, read paragraph
     * by paragraph in document order (preamble, then each section's paragraphs and its subsections' headings
     * and paragraphs) and stopping there, so the rest of the text is not read.
     */
    private static Optional<java.math.BigDecimal> stated(AnnualReport r, String subject) {
        List<String> texts = new java.util.ArrayList<>(r.preamble());
        for (io.github.xxgk.core.Section s : r.sections()) {
            texts(s, texts, false);
        }
        for (String t : texts) {
            for (NarrativeFigure n : NarrativeFigures.of(r.edition(), t)) {
                if (n.subject().isPresent() && n.subject().get().equals(subject) && !n.part() && !n.isMoney()) {
                    return Optional.of(n.value());
                }
            }
        }
        return Optional.empty();
    }

    private static void texts(io.github.xxgk.core.Section s, List<String> out, boolean heading) {
        if (heading) {
            out.add(s.title());
        }
        out.addAll(s.paragraphs());
        for (io.github.xxgk.core.Section sub : s.subsections()) {
            texts(sub, out, true);
        }
    }

    /**
     * The key figures of a report.
     *
     * @param r the report
     * @return by key figure id, in the order of {@link KeyFigure#all()}
     */
    public static Map<String, Bound> of(AnnualReport r) {
        Map<String, Bound> out = new LinkedHashMap<>();
        Map<String, Map<CellId, Bound>> narrowed = new HashMap<>();
        for (KeyFigure f : KeyFigure.all()) {
            Optional<List<CellId>> cells = f.cellsOf(r.edition());
            if (cells.isPresent()) {
                Bound sum = Bound.ZERO;
                boolean any = false;
                for (CellId c : cells.get()) {
                    Optional<StatisticsTable> t = r.table(c.table());
                    if (t.isEmpty()) {
                        continue;
                    }
                    any = true;
                    Bound b = CellBounds.bound(t.get().value(c), t.get().definition().cell(c).orElseThrow().kind());
                    if (!b.isExact()) {
                        b = narrowed.computeIfAbsent(c.table(), k -> CellBounds.of(t.get())).get(c);
                    }
                    sum = sum.plus(b);
                }
                if (any) {
                    out.put(f.id(), sum);
                }
                continue;
            }
            Optional<String> subject = f.narrativeOf(r.edition());
            if (subject.isPresent()) {
                stated(r, subject.get()).ifPresent(v -> out.put(f.id(), Bound.exact(v)));
            }
        }
        return out;
    }
}
