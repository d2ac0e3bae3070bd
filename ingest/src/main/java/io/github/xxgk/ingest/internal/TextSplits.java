package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.validation.NarrativeFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows whose run of digits the table's relations leave several splits of, settled by what the report's
 * text states of their cells: 表二 has no relation between 本年制发, 本年废止 and 现行有效, so 8855698 has fifteen
 * splits; the text's 现行有效行政规范性文件698件 and 本年度制发的规范性文件88件 leave one, 88|55|698. A split is kept
 * only when every figure the text states of a cell of the row is that cell's number; exactly one kept settles
 * the row (READ-SPLIT, saying which sentences settled it), several or none leave it as it was (ambiguous,
 * its cells blank). A row whose splits were too many to enumerate is never settled so: the one that fits the
 * text need not be the only one. Not API.
 */
final class TextSplits {

    private TextSplits() {
    }

    /** A row settled by the text: the figures that did it. */
    record Settled(int row, List<NarrativeFigure> figures, List<io.github.xxgk.core.form.Label> columns) {
    }

    /**
     * Settles the rows it can, in {@code filtered}.
     *
     * @param def the table
     * @param rows the rows, in printed order
     * @param filtered each row's candidates the relations leave (changed for the rows settled)
     * @param tooMany the rows whose splits were too many to enumerate
     * @param stated what the text states of single cells
     * @return the rows settled, with the figures that settled each
     */
    static List<Settled> settle(TableDefinition def, List<DumpTables.Pending> rows, List<List<String[]>> filtered,
            Set<Integer> tooMany, StatedFigures stated) {
        List<Settled> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            DumpTables.Pending p = rows.get(r);
            List<String[]> cands = filtered.get(r);
            if (cands.size() <= 1 || p.row().isEmpty() || tooMany.contains(r)) {
                continue;
            }
            String rowId = p.row().get().row().id();
            List<List<NarrativeFigure>> byColumn = new ArrayList<>();
            boolean any = false;
            for (FormIndex.ColumnRef c : p.columns()) {
                List<NarrativeFigure> f = stated.of(new CellId(def.id(), rowId, c.column().id()));
                byColumn.add(f);
                any |= !f.isEmpty();
            }
            if (!any) {
                continue;
            }
            String[] kept = null;
            int fitting = 0;
            for (String[] cand : cands) {
                if (fits(cand, byColumn)) {
                    kept = cand;
                    fitting++;
                }
            }
            if (fitting == 1) {
                filtered.set(r, Collections.singletonList(kept));
                List<NarrativeFigure> used = new ArrayList<>();
                List<io.github.xxgk.core.form.Label> columns = new ArrayList<>();
                for (int c = 0; c < byColumn.size(); c++) {
                    for (NarrativeFigure f : byColumn.get(c)) {
                        used.add(f);
                        columns.add(p.columns().get(c).column().label());
                    }
                }
                out.add(new Settled(r, used, columns));
            }
        }
        return out;
    }

    /** Whether each cell the text states a figure of holds that figure in this split. */
    private static boolean fits(String[] cand, List<List<NarrativeFigure>> byColumn) {
        for (int c = 0; c < cand.length && c < byColumn.size(); c++) {
            for (NarrativeFigure f : byColumn.get(c)) {
                if (!isNumber(cand[c]) || new BigDecimal(cand[c]).compareTo(f.value()) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The note on a row settled by the text.
     *
     * @param def the table
     * @param where the row, as the note names it
     * @param run the run of digits as printed
     * @param chosen the split taken
     * @param settled the figures that settled it
     * @param at where the run was printed
     * @return the note (READ-SPLIT, INFO)
     */
    static Note note(TableDefinition def, String where, String run, String[] chosen, Settled settled,
            io.github.xxgk.ingest.SourceLocation at) {
        // the figures of one sentence named together, the sentence quoted once
        Map<String, List<Integer>> bySentence = new LinkedHashMap<>();
        for (int i = 0; i < settled.figures().size(); i++) {
            bySentence.computeIfAbsent(settled.figures().get(i).sentence(), k -> new ArrayList<>()).add(i);
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Map.Entry<String, List<Integer>> e : bySentence.entrySet()) {
            List<String> zhNamed = new ArrayList<>();
            List<String> enNamed = new ArrayList<>();
            for (int i : e.getValue()) {
                String value = settled.figures().get(i).value().stripTrailingZeros().toPlainString();
                zhNamed.add(settled.columns().get(i).zh() + " " + value);
                enNamed.add(settled.columns().get(i).en() + " " + value);
            }
            zh.append(zh.length() == 0 ? "" : "；").append(String.join("、", zhNamed)).append("：“").append(e.getKey())
                    .append("”");
            en.append(en.length() == 0 ? "" : "; ").append(String.join(", ", enNamed)).append(": “").append(e.getKey())
                    .append("”");
        }
        String split = where + "：" + String.join("|", chosen);
        return Note.table("READ-SPLIT", Severity.INFO, "read.split_text", def.id(), run,
                split + " (" + en + ")", at).inChinese(run, split + "（" + zh + "）");
    }
}
