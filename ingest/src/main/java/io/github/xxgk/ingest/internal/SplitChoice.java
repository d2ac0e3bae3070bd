package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a table's rows' candidate splits ({@link DigitRuns}) the table's error-level relations allow: row by
 * row against the rows settled, then the rows still ambiguous together; what the report's text states of single
 * cells settles the rows the relations leave ambiguous. Not API.
 */
final class SplitChoice {

    private SplitChoice() {
    }

    /**
     * Chooses, row by row, the one candidate that the table's error-level relations leave with the other
     * rows' values (repeatedly, as rows get settled): a single one is taken (READ-SPLIT when it was
     * enumerated), several or none leave the row blank (READ-SPLIT-AMBIGUOUS with the alternatives).
     *
     * @param def the table
     * @param rows the rows, in printed order
     * @param candidates each row's candidate values, in the order of its columns
     * @param enumerated whether a row's candidates were enumerated (a split to note)
     * @param tooMany the rows whose splits were too many to enumerate
     * @param notes where the notes go
     * @param stated what the report's text states of single cells, for the rows the relations leave ambiguous
     * @return the rows resolved
     */
    static List<GridReader.ResolvedRow> choose(TableDefinition def, List<DumpTables.Pending> rows, List<List<String[]>> candidates,
            List<Boolean> enumerated, java.util.Set<Integer> tooMany, List<Note> notes, StatedFigures stated) {
        List<List<String[]>> filtered = new ArrayList<>(candidates);
        // the relations over the table's cells by index, values in a long[] (UNKNOWN where not known): a
        // candidate is checked against the settled rows without building maps
        Plan plan = Plan.of(def);
        Map<CellId, Integer> index = plan.index();
        int[][] ids = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            DumpTables.Pending p = rows.get(r);
            ids[r] = new int[p.columns().size()];
            java.util.Arrays.fill(ids[r], -1);
            if (p.row().isPresent()) {
                Map<String, Integer> ofRow = plan.cellsByRow().getOrDefault(p.row().get().row().id(), Map.of());
                for (int c = 0; c < ids[r].length; c++) {
                    ids[r][c] = ofRow.getOrDefault(p.columns().get(c).column().id(), -1);
                }
            }
        }
        List<List<Compiled>> mine = new ArrayList<>();
        List<List<Compiled>> needs = new ArrayList<>();
        List<boolean[]> reads = new ArrayList<>();
        boolean[] none = new boolean[index.size()];
        for (int r = 0; r < rows.size(); r++) {
            String rowId = rows.get(r).row().map(x -> x.row().id()).orElse(null);
            mine.add(rowId == null ? List.of() : plan.byRow().getOrDefault(rowId, List.of()));
            needs.add(rowId == null ? List.of() : plan.subtotalsByRow().getOrDefault(rowId, List.of()));
            reads.add(rowId == null ? none : plan.readsByRow().getOrDefault(rowId, none));
        }
        // each row's candidates' numbers, parsed once, in the order of its candidates
        long[][][] numbers = new long[rows.size()][][];
        long[] base = new long[index.size()];
        long[] work = new long[index.size()];
        // a row is looked at again only when a row settled since it was last looked at has put a value in
        // a cell its check reads (its relations' cells, the subtotals it needs and their parts): with the
        // same values there its check gives what it gave (what it kept holds again); the settled rows'
        // values (base) are put together again only when one more has been settled
        int settled = 0;
        int baseOf = -1;
        boolean[] stale = new boolean[rows.size()];
        java.util.Arrays.fill(stale, true);
        Map<Integer, TextSplits.Settled> byText = new HashMap<>();
        boolean changed = true;
        int rounds = 0;
        // the relations, then the text for the rows they leave ambiguous, then the relations again over the rows the
        // text settled (其中 under a total the text gives), as long as the text settles more
        for (int pass = 0; pass <= rows.size(); pass++) {
            while (changed && rounds++ < 20) {
                changed = false;
                for (int r = 0; r < rows.size(); r++) {
                    if (filtered.get(r).size() <= 1 || rows.get(r).row().isEmpty() || !stale[r]) {
                        continue;
                    }
                    stale[r] = false;
                    if (baseOf != settled) {
                        // every settled row but r (r itself is not settled)
                        java.util.Arrays.fill(base, UNKNOWN);
                        for (int i = 0; i < rows.size(); i++) {
                            if (rows.get(i).row().isPresent() && filtered.get(i).size() == 1) {
                                put(base, ids[i], numbersOf(numbers, filtered, i)[0]);
                            }
                        }
                        baseOf = settled;
                    }
                    List<String[]> cands = filtered.get(r);
                    long[][] values = numbersOf(numbers, filtered, r);
                    List<String[]> keep = new ArrayList<>();
                    List<long[]> keptValues = new ArrayList<>();
                    List<Compiled> need = needs.get(r);
                    // work holds base but for the cells a candidate and the subtotals after it write, set back
                    // after each candidate; when no subtotal needed reads or fills a cell of the row, they
                    // come out the same for every candidate and are derived once, before the candidates
                    System.arraycopy(base, 0, work, 0, base.length);
                    boolean once = apart(need, ids[r], index.size());
                    if (once) {
                        derive(need, work);
                    }
                    for (int j = 0; j < values.length; j++) {
                        put(work, ids[r], values[j]);
                        if (!once) {
                            derive(need, work);
                        }
                        if (holds(mine.get(r), work)) {
                            keep.add(cands.get(j));
                            keptValues.add(values[j]);
                        }
                        for (int id : ids[r]) {
                            if (id >= 0) {
                                work[id] = base[id];
                            }
                        }
                        if (!once) {
                            for (Compiled sub : need) {
                                work[sub.left()[0]] = base[sub.left()[0]];
                            }
                        }
                    }
                    if (keep.size() < cands.size() && !keep.isEmpty()) {
                        filtered.set(r, keep);
                        numbers[r] = keptValues.toArray(new long[0][]);
                        changed = true;
                        if (keep.size() == 1) {
                            settled++;
                            for (int other = 0; other < rows.size(); other++) {
                                boolean[] read = reads.get(other);
                                for (int id : ids[r]) {
                                    if (id >= 0 && read[id]) {
                                        stale[other] = true;
                                        break;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            jointly(plan, rows, filtered, numbers, ids, mine, tooMany);
            List<TextSplits.Settled> more = TextSplits.settle(def, rows, filtered, tooMany, stated);
            if (more.isEmpty()) {
                break;
            }
            for (TextSplits.Settled s : more) {
                byText.put(s.row(), s);
                numbers[s.row()] = null;
                settled++;
            }
            java.util.Arrays.fill(stale, true);
            changed = true;
            rounds = 0;
        }
        List<GridReader.ResolvedRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            DumpTables.Pending p = rows.get(r);
            List<String[]> c = filtered.get(r);
            String where = p.label().isEmpty() ? def.number().zh() : p.label();
            String run = String.join(" ", p.chunks());
            String[] chosen;
            if (c.size() == 1) {
                chosen = c.get(0);
                if (byText.containsKey(r)) {
                    notes.add(TextSplits.note(def, where, run, chosen, byText.get(r), p.at()));
                } else if (enumerated.get(r)) {
                    notes.add(Note.table("READ-SPLIT", Severity.INFO, "read.split", def.id(), run,
                            where + "：" + String.join("|", chosen), p.at()));
                }
            } else {
                chosen = new String[p.columns().size()];
                java.util.Arrays.fill(chosen, "");
                StringBuilder alts = new StringBuilder();
                for (int i = 0; i < c.size() && i < 20; i++) {
                    alts.append(i == 0 ? "" : ", ").append(String.join("|", c.get(i)));
                }
                if (c.size() > 20) {
                    alts.append(", … (").append(c.size()).append(")");
                }
                StringBuilder altsZh = new StringBuilder(alts);
                String key = tooMany.contains(r) ? "read.split_too_many" : c.isEmpty() ? "read.split_none" : "read.split_ambiguous";
                if (tooMany.contains(r)) {
                    alts.append("too many possible splits into ").append(p.columns().size()).append(" cells");
                    altsZh.append("拆成 ").append(p.columns().size()).append(" 格的方式过多");
                } else if (c.isEmpty()) {
                    alts.append("no split into ").append(p.columns().size()).append(" cells");
                    altsZh.append("无法拆成 ").append(p.columns().size()).append(" 格");
                }
                notes.add(Note.table("READ-SPLIT-AMBIGUOUS", Severity.WARNING, key, def.id(), run,
                        where + "：" + alts, p.at()).inChinese(run, where + "：" + altsZh));
            }
            List<GridReader.ResolvedCell> cells = new ArrayList<>();
            List<SourceLocation> cellAt = p.cellsAt(chosen);
            for (int i = 0; i < p.columns().size(); i++) {
                cells.add(new GridReader.ResolvedCell(p.columns().get(i), chosen[i], cellAt.get(i)));
            }
            out.add(new GridReader.ResolvedRow(p.row(), p.label(), p.unit(), cells, p.at()));
        }
        return out;
    }

    /** The most combinations of the ambiguous rows' candidates tried together: past it, they stay ambiguous. */
    private static final long MAX_COMBINATIONS = 100_000;

    /**
     * The rows still ambiguous, settled together: each alone has several candidates the settled rows allow, but
     * the relations between them (a column total over several of them, the 表三 balance) may allow only one
     * combination of their candidates. Every combination is tried against every relation of the rows (the implied
     * subtotals derived from it): a row that all the satisfying combinations give the same split takes it (when
     * exactly one combination satisfies them, every row takes its part of it), and each other row keeps only the
     * splits some satisfying combination gives. When none satisfies them, the combinations are more than {@link
     * #MAX_COMBINATIONS}, or a row's splits were too many to enumerate, the rows are left as they are.
     */
    private static void jointly(Plan plan, List<DumpTables.Pending> rows, List<List<String[]>> filtered, long[][][] numbers,
            int[][] ids, List<List<Compiled>> mine, java.util.Set<Integer> tooMany) {
        List<Integer> open = new ArrayList<>();
        long combinations = 1;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).row().isPresent() && filtered.get(r).size() > 1) {
                if (tooMany.contains(r)) {
                    return; // a row whose splits were not all enumerated: no combination is the only one
                }
                open.add(r);
                combinations *= filtered.get(r).size();
                if (combinations > MAX_COMBINATIONS) {
                    return;
                }
            }
        }
        if (open.size() < 2) {
            return;
        }
        long[] base = new long[plan.index().size()];
        java.util.Arrays.fill(base, UNKNOWN);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).row().isPresent() && filtered.get(i).size() == 1) {
                put(base, ids[i], numbersOf(numbers, filtered, i)[0]);
            }
        }
        // the relations of the open rows, each once
        java.util.Set<Compiled> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Compiled> relations = new ArrayList<>();
        for (int r : open) {
            for (Compiled c : mine.get(r)) {
                if (seen.add(c)) {
                    relations.add(c);
                }
            }
        }
        long[][][] values = new long[open.size()][][];
        for (int k = 0; k < open.size(); k++) {
            values[k] = numbersOf(numbers, filtered, open.get(k));
        }
        int[] at = new int[open.size()];
        // which candidates of each row some combination satisfying every relation takes
        boolean[][] taken = new boolean[open.size()][];
        for (int k = 0; k < open.size(); k++) {
            taken[k] = new boolean[values[k].length];
        }
        boolean any = false;
        long[] work = new long[base.length];
        while (true) {
            System.arraycopy(base, 0, work, 0, base.length);
            for (int k = 0; k < open.size(); k++) {
                put(work, ids[open.get(k)], values[k][at[k]]);
            }
            derive(plan.subtotals(), work);
            if (holds(relations, work)) {
                any = true;
                for (int k = 0; k < open.size(); k++) {
                    taken[k][at[k]] = true;
                }
            }
            int k = 0;
            while (k < at.length && ++at[k] == values[k].length) {
                at[k++] = 0;
            }
            if (k == at.length) {
                break;
            }
        }
        if (!any) {
            return;
        }
        // a row that every satisfying combination gives the same split takes it; the others keep the splits some
        // combination takes (an ambiguous row's note lists no split the relations rule out)
        for (int k = 0; k < open.size(); k++) {
            int r = open.get(k);
            List<String[]> kept = new ArrayList<>();
            List<long[]> keptValues = new ArrayList<>();
            for (int j = 0; j < taken[k].length; j++) {
                if (taken[k][j]) {
                    kept.add(filtered.get(r).get(j));
                    keptValues.add(values[k][j]);
                }
            }
            if (kept.size() < taken[k].length) {
                filtered.set(r, kept);
                numbers[r] = keptValues.toArray(new long[0][]);
            }
        }
    }

    /** Whether none of the subtotals reads or fills one of the cells (-1: none). */
    private static boolean apart(List<Compiled> subtotals, int[] cells, int size) {
        if (subtotals.isEmpty()) {
            return true;
        }
        boolean[] mine = new boolean[size];
        for (int c : cells) {
            if (c >= 0) {
                mine[c] = true;
            }
        }
        for (Compiled sub : subtotals) {
            if (mine[sub.left()[0]]) {
                return false;
            }
            for (int c : sub.right()) {
                if (mine[c]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Row r's candidates as numbers (UNKNOWN where a cell is no plain number), parsed the first time asked. */
    private static long[][] numbersOf(long[][][] numbers, List<List<String[]>> filtered, int r) {
        if (numbers[r] == null) {
            List<String[]> c = filtered.get(r);
            long[][] out = new long[c.size()][];
            for (int j = 0; j < out.length; j++) {
                out[j] = numbers(c.get(j));
            }
            numbers[r] = out;
        }
        return numbers[r];
    }

    /** A value not known (no printed cell, or a run not settled). */
    private static final long UNKNOWN = Long.MIN_VALUE;

    /**
     * A table definition's error-level relations of the current year over its cells' indexes, once per
     * definition (definitions are constants of their edition): the index, the implied subtotals, each
     * row's relations.
     */
    private record Plan(Map<CellId, Integer> index, Map<String, Map<String, Integer>> cellsByRow,
            List<Compiled> subtotals, Map<String, List<Compiled>> byRow, Map<String, List<Compiled>> subtotalsByRow,
            Map<String, boolean[]> readsByRow) {

        private static final Map<TableDefinition, Plan> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Plan of(TableDefinition def) {
            return CACHE.computeIfAbsent(def, Plan::build);
        }

        private static Plan build(TableDefinition def) {
            Map<CellId, Integer> index = new HashMap<>();
            for (CellDefinition cd : def.cells()) {
                index.putIfAbsent(cd.id(), index.size());
            }
            List<Relation> relations = def.relations().stream()
                    .filter(r -> r.severity() == Severity.ERROR)
                    .filter(r -> r.terms().allMatch(t -> t.period() == Period.CURRENT))
                    .toList();
            List<Compiled> subtotals = relations.stream()
                    .filter(rel -> rel.kind() == RelationKind.SUM && rel.left().size() == 1
                            && def.cell(rel.left().get(0).cell()).map(CellDefinition::implied).orElse(false))
                    .map(rel -> Compiled.of(rel, index)).filter(java.util.Objects::nonNull).toList();
            Map<String, List<Compiled>> byRow = new HashMap<>();
            for (Relation rel : relations) {
                Compiled c = Compiled.of(rel, index);
                if (c == null) {
                    continue;
                }
                rel.terms().map(t -> t.cell().row()).distinct()
                        .forEach(row -> byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(c));
            }
            byRow.replaceAll((k, v) -> List.copyOf(v));
            // the same index by row id and column id, looked up without making cell ids
            Map<String, Map<String, Integer>> cellsByRow = new HashMap<>();
            index.forEach((id, at) -> cellsByRow.computeIfAbsent(id.row(), k -> new HashMap<>()).put(id.column(), at));
            cellsByRow.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v)); // hash maps: the hash compared first
            Map<String, List<Compiled>> subtotalsByRow = new HashMap<>();
            Map<String, boolean[]> readsByRow = new HashMap<>();
            byRow.forEach((row, mine) -> {
                List<Compiled> need = needed(mine, subtotals, index.size());
                subtotalsByRow.put(row, need);
                boolean[] read = new boolean[index.size()];
                for (List<Compiled> rels : List.of(mine, need)) {
                    for (Compiled rel : rels) {
                        for (int c : rel.left()) {
                            read[c] = true;
                        }
                        for (int c : rel.right()) {
                            read[c] = true;
                        }
                    }
                }
                readsByRow.put(row, read);
            });
            return new Plan(Map.copyOf(index), Map.copyOf(cellsByRow), subtotals, Map.copyOf(byRow),
                    Map.copyOf(subtotalsByRow), Map.copyOf(readsByRow));
        }

        /**
         * The subtotals that can fill a cell the relations read: those whose cell is one of theirs, then
         * those whose cell one of these adds up, and so on, in the order of all subtotals. {@link #derive}
         * over them fills those cells as over all subtotals: a cell is filled only by a subtotal of its
         * own, and these read only cells that no other subtotal fills, so they see the same values at each
         * step and stop filling in the same round.
         */
        private static List<Compiled> needed(List<Compiled> relations, List<Compiled> subtotals, int cells) {
            boolean[] read = new boolean[cells];
            for (Compiled rel : relations) {
                for (int c : rel.left()) {
                    read[c] = true;
                }
                for (int c : rel.right()) {
                    read[c] = true;
                }
            }
            boolean[] in = new boolean[subtotals.size()];
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = 0; i < in.length; i++) {
                    Compiled sub = subtotals.get(i);
                    if (!in[i] && read[sub.left()[0]]) {
                        in[i] = true;
                        grew = true;
                        for (int c : sub.right()) {
                            read[c] = true;
                        }
                    }
                }
            }
            List<Compiled> out = new ArrayList<>();
            for (int i = 0; i < in.length; i++) {
                if (in[i]) {
                    out.add(subtotals.get(i));
                }
            }
            return List.copyOf(out);
        }
    }

    /** A relation over cell indexes: each side's cells and factors. */
    private record Compiled(int[] left, long[] leftFactors, int[] right, long[] rightFactors,
            io.github.xxgk.core.form.Comparison comparison) {

        /** The relation over the index, or null when a term's cell has no index. */
        static Compiled of(Relation rel, Map<CellId, Integer> index) {
            int[] l = new int[rel.left().size()];
            long[] lf = new long[l.length];
            int[] r = new int[rel.right().size()];
            long[] rf = new long[r.length];
            for (int i = 0; i < l.length; i++) {
                Integer at = index.get(rel.left().get(i).cell());
                if (at == null) {
                    return null;
                }
                l[i] = at;
                lf[i] = rel.left().get(i).factor();
            }
            for (int i = 0; i < r.length; i++) {
                Integer at = index.get(rel.right().get(i).cell());
                if (at == null) {
                    return null;
                }
                r[i] = at;
                rf[i] = rel.right().get(i).factor();
            }
            return new Compiled(l, lf, r, rf, rel.comparison());
        }
    }

    private static void put(long[] known, int[] ids, long[] values) {
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] >= 0 && values[c] != UNKNOWN) {
                known[ids[c]] = values[c];
            }
        }
    }

    /** A candidate's cells as numbers, UNKNOWN where a cell is no plain number. */
    private static long[] numbers(String[] values) {
        long[] out = new long[values.length];
        for (int c = 0; c < values.length; c++) {
            out[c] = number(values[c]);
        }
        return out;
    }

    /** Whether every relation whose cells are all known holds. */
    private static boolean holds(List<Compiled> relations, long[] known) {
        for (Compiled rel : relations) {
            long left = sum(rel.left(), rel.leftFactors(), known);
            if (left == UNKNOWN) {
                continue;
            }
            long right = sum(rel.right(), rel.rightFactors(), known);
            if (right != UNKNOWN && !rel.comparison().holds(Long.compare(left, right))) {
                return false;
            }
        }
        return true;
    }

    /** Subtotals the page does not print (implied rows), from their parts. */
    private static void derive(List<Compiled> subtotals, long[] known) {
        for (int round = 0; round < 3; round++) {
            boolean filled = false;
            for (Compiled rel : subtotals) {
                int target = rel.left()[0];
                if (known[target] == UNKNOWN) {
                    long right = sum(rel.right(), rel.rightFactors(), known);
                    if (right != UNKNOWN) {
                        known[target] = right;
                        filled = true;
                    }
                }
            }
            if (!filled) {
                return; // nothing more to derive: a further round would fill nothing either
            }
        }
    }

    private static long sum(int[] cells, long[] factors, long[] known) {
        long s = 0;
        for (int i = 0; i < cells.length; i++) {
            long v = known[cells[i]];
            if (v == UNKNOWN) {
                return UNKNOWN;
            }
            s += v * factors[i];
        }
        return s;
    }

    /** The plain number of digits s (at most 17), or UNKNOWN. */
    private static long number(String s) {
        if (s.isEmpty() || s.length() > 17) {
            return UNKNOWN;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return UNKNOWN;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
