package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.validation.Location;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic rules of one table, derived from the relations its definition declares and compiled
 * to index arrays. A table without blank cells is checked in {@code long} arithmetic (falling back to
 * exact arithmetic on overflow). With blank cells, each blank is an unknown non-negative number:
 * the bounds the ERROR identities imply are propagated, a relation is an error only
 * when no values within the bounds satisfy it, and blanks that the others determine are reported with
 * their derived value. NOT_APPLICABLE counts as zero. Immutable and thread-safe. Not API.
 */
final class Arithmetic {

    private static final String CELL_BLANK = "CELL-BLANK";

    /** A compiled relation; {@code solved[k]} names the relation solved for its k-th cell (left, then right). */
    private record Rel(Relation relation, int[] left, int[] leftFactor, int[] right, int[] rightFactor,
            int location, List<CellId> cells, io.github.xxgk.core.form.Label[] solved) {
    }

    private final TableDefinition def;
    private final int tableIndex;
    private final CellDefinition[] cells;
    private final Rel[] relations;
    private final Relation[] crossYear;
    private final boolean blanksMatter;
    // false only in tests that compare the fast paths with the exact one
    private final boolean fastPaths;
    private final int[] amountCells;
    // the implied subtotals and the printed parts each is the sum of (from its defining SUM relation)
    private final int[] implied;
    private final int[][] impliedParts;
    /**
     * The indexes into {@link #implied} of the subtotals whose relation is an ERROR equality (the relations
     * the bound propagation runs), ordered as {@link #implied}.
     */
    private final int[] prePinned;
    /** Per cell: the relations it is a term of, in the order of {@link #relations}. */
    private final int[][] relationsOf;
    // how messages name the parts of each implied subtotal, and the cells of lists by row
    private final io.github.xxgk.core.form.Label[] impliedNames;
    private final Formulas.Names names;
    // every relation flattened: terms start[r]..start[r+1]-1 of cell idx[k], the left-hand ones ending
    // at mid[r]; unit[r] when every factor is 1 (the others are checked by checkExactly)
    private final int[] start;
    private final int[] mid;
    private final int[] idx;
    private final Comparison[] comparison;
    private final boolean[] unit;
    // relations compiled by shape: a family repeats one row pattern over w contiguous columns
    // (relation of column c reads cell rowStart + c); a run is one cell against a contiguous range;
    // the rest stay in the flat program (general[])
    private final Family[] families;
    private final int[] runTotal;
    private final int[] runFrom;
    private final int[] runLength;
    private final int[] runRelation;
    private final int[] general;

    /** Relations of one rule over the columns of a block: Σ left rows = Σ right rows, column by column. */
    private record Family(int[] left, int[] right, int width, Comparison comparison, int[] relations) {
    }
    private final int[] regulationCells;
    private final int[] totals;
    /** Where a finding on the table as a whole is (made once: its name is built from the table's labels). */
    private final Location tableLocation;

    Arithmetic(TableDefinition def, int tableIndex, Edition edition, boolean fastPaths) {
        this.fastPaths = fastPaths;
        this.def = def;
        this.tableIndex = tableIndex;
        this.cells = def.cells().toArray(CellDefinition[]::new);
        List<Rel> rels = new ArrayList<>();
        List<Relation> cross = new ArrayList<>();
        for (Relation r : def.relations()) {
            if (r.isCrossYear()) {
                cross.add(r);
            } else {
                rels.add(compile(r));
            }
        }
        this.relations = rels.toArray(Rel[]::new);
        int terms = 0;
        for (Rel r : relations) {
            terms += r.left.length + r.right.length;
        }
        this.start = new int[relations.length + 1];
        this.mid = new int[relations.length];
        this.idx = new int[terms];
        this.comparison = new Comparison[relations.length];
        this.unit = new boolean[relations.length];
        int k = 0;
        for (int r = 0; r < relations.length; r++) {
            Rel rel = relations[r];
            start[r] = k;
            comparison[r] = rel.relation.comparison();
            unit[r] = rel.relation.terms().allMatch(t -> t.factor() == 1);
            for (int i = 0; i < rel.left.length; i++, k++) {
                idx[k] = rel.left[i];
            }
            mid[r] = k;
            for (int i = 0; i < rel.right.length; i++, k++) {
                idx[k] = rel.right[i];
            }
        }
        start[relations.length] = k;
        boolean[] taken = new boolean[relations.length];
        this.families = families(taken);
        List<int[]> runs = new ArrayList<>();
        for (int r = 0; r < relations.length; r++) {
            Rel rel = relations[r];
            if (!taken[r] && unit[r] && rel.relation.comparison() == Comparison.EQUAL && rel.left.length == 1
                    && rel.right.length > 1 && contiguous(rel.right)) {
                taken[r] = true;
                runs.add(new int[] {rel.left[0], rel.right[0], rel.right.length, r});
            }
        }
        this.runTotal = runs.stream().mapToInt(x -> x[0]).toArray();
        this.runFrom = runs.stream().mapToInt(x -> x[1]).toArray();
        this.runLength = runs.stream().mapToInt(x -> x[2]).toArray();
        this.runRelation = runs.stream().mapToInt(x -> x[3]).toArray();
        List<Integer> rest = new ArrayList<>();
        for (int r = 0; r < relations.length; r++) {
            if (!taken[r]) {
                rest.add(r);
            }
        }
        this.general = rest.stream().mapToInt(Integer::intValue).toArray();

        this.crossYear = cross.toArray(Relation[]::new);
        // Legacy tables are mostly not reported: an indicator left out is normal there.
        this.blanksMatter = edition != Edition.LEGACY_2008;
        List<int[]> impliedList = new ArrayList<>();
        List<int[]> partsList = new ArrayList<>();
        for (CellDefinition c : cells) {
            if (!c.implied()) {
                continue;
            }
            for (Rel rel : relations) {
                if (rel.relation.kind() == io.github.xxgk.core.form.RelationKind.SUM && rel.left.length == 1
                        && rel.left[0] == c.index() && java.util.Arrays.stream(rel.right).noneMatch(i -> cells[i].implied())
                        && java.util.Arrays.stream(rel.rightFactor).allMatch(f -> f == 1)) {
                    impliedList.add(new int[] {c.index()});
                    partsList.add(rel.right);
                    break;
                }
            }
        }
        this.implied = impliedList.stream().mapToInt(x -> x[0]).toArray();
        List<Integer> pre = new ArrayList<>();
        for (int j = 0; j < impliedList.size(); j++) {
            int cell = impliedList.get(j)[0];
            for (Rel rel : relations) {
                if (rel.left.length == 1 && rel.left[0] == cell && rel.right == partsList.get(j)
                        && rel.relation.comparison() == Comparison.EQUAL && rel.relation.severity() == Severity.ERROR) {
                    pre.add(j);
                    break;
                }
            }
        }
        this.prePinned = pre.stream().mapToInt(Integer::intValue).toArray();
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            of.add(new ArrayList<>());
        }
        for (int r = 0; r < relations.length; r++) {
            for (int[] side : new int[][] {relations[r].left, relations[r].right}) {
                for (int i : side) {
                    List<Integer> list = of.get(i);
                    if (list.isEmpty() || list.get(list.size() - 1) != r) {
                        list.add(r);
                    }
                }
            }
        }
        this.relationsOf = of.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.impliedParts = partsList.toArray(int[][]::new);
        this.impliedNames = partsList.stream().map(p -> Formulas.sum(def,
                java.util.Arrays.stream(p).mapToObj(i -> cells[i].id()).toList())).toArray(io.github.xxgk.core.form.Label[]::new);
        this.names = new Formulas.Names(def);
        this.tableLocation = Location.table(def);
        this.amountCells = def.cells().stream().filter(c -> c.kind() == ValueKind.AMOUNT).mapToInt(CellDefinition::index).toArray();
        this.totals = CellChecks.TOTALS.stream().mapToInt(id -> def.cell(id).map(CellDefinition::index).orElse(-1)).toArray();
        this.regulationCells = def.cells().stream().filter(c -> c.id().row().equals("regulations"))
                .mapToInt(CellDefinition::index).toArray();
    }

    /** The indices of the table's money cells. */
    int[] amountCells() {
        return amountCells;
    }

    /** The indices of the cells of the 规章 row (表二), which only bodies with rule-making power fill. */
    int[] regulationCells() {
        return regulationCells;
    }

    /** The indices of 表三's 总计 of rows 一、, 二、, 四、 (-1 in other tables). */
    int[] totals() {
        return totals;
    }

    /** The definition of the cell at an index. */
    CellDefinition cell(int index) {
        return cells[index];
    }

    private Rel compile(Relation r) {
        int[] l = new int[r.left().size()];
        int[] lf = new int[l.length];
        int[] rt = new int[r.right().size()];
        int[] rf = new int[rt.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = index(r.left().get(i));
            lf[i] = r.left().get(i).factor();
        }
        for (int i = 0; i < rt.length; i++) {
            rt[i] = index(r.right().get(i));
            rf[i] = r.right().get(i).factor();
        }
        List<CellId> ids = r.terms().map(Term::cell).toList();
        // the names of the relation solved for each of its cells, for messages on blank cells (computed once)
        io.github.xxgk.core.form.Label[] solved = new io.github.xxgk.core.form.Label[ids.size()];
        if (!r.isCrossYear()) {
            for (int k = 0; k < solved.length; k++) {
                solved[k] = Formulas.solvedFor(def, r.left(), r.right(), ids.get(k));
            }
        }
        return new Rel(r, l, lf, rt, rf, l.length > 0 ? l[0] : rt[0], ids, solved);
    }

    private int index(Term t) {
        return def.cell(t.cell()).orElseThrow(() -> new IllegalStateException("relation names " + t.cell())).index();
    }

    /** Checks the table's relations, blanks and cross-year chains. */
    void check(StatisticsTable table, AnnualReport previous, Collector out) {
        if (!fastPaths) {
            checkWithBlanks(table, out);
        } else if (!table.hasBlankFormCell() && !hasPartsOutsideTheForm(table)) {
            // every cell is known; blank implied subtotals are the sums of their parts
            Scratch scratch = SCRATCH.get();
            if (scratch.numbers.length < cells.length) {
                scratch.numbers = new long[cells.length];
                scratch.derived = new boolean[cells.length];
            }
            long[] numbers = scratch.numbers;
            table.copyNumbers(numbers);
            if (table.largestMagnitude() >= SMALL) {
                if (table.hasBlank()) {
                    checkWithBlanks(table, out);
                } else {
                    for (Rel rel : relations) {
                        checkExactly(rel, numbers, table, out);
                    }
                }
            } else {
                boolean[] derived = null;
                if (table.hasBlank()) {
                    derived = scratch.derived;
                    java.util.Arrays.fill(derived, 0, cells.length, false);
                }
                // a relation that fails over derived subtotals is worded by the exact path, which names them
                if (derived == null || deriveSubtotals(table, numbers, derived)) {
                    if (!checkSmall(numbers, derived, scratch, table, out)) {
                        checkWithBlanks(table, out);
                    }
                } else {
                    checkWithBlanks(table, out);
                }
            }
        } else {
            checkWithBlanks(table, out);
        }
        if (blanksMatter && table.hasNotApplicable()) {
            List<CellDefinition> marked = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                CellDefinition c = cells[i];
                if (table.valueAt(i).isNotApplicable() && !c.implied()) {
                    marked.add(c);
                }
            }
            if (!marked.isEmpty()) {
                out.add(Collector.tableOrder(tableIndex) + 1 + marked.get(0).index(), new Collector.F(CELL_BLANK, Severity.INFO,
                        tableLocation, Rules.basis(CELL_BLANK), "cell.not_applicable")
                        .arg("count", Integer.toString(marked.size()))
                        .lazyArg("cells", () -> names.list(marked, java.util.Map.of()))
                        .cells(ids(marked)).done());
            }
        }
        if (previous != null) {
            for (Relation r : crossYear) {
                checkCrossYear(r, table, previous, out);
            }
        }
    }

    private static long number(CellValue v) {
        return v instanceof Count c ? c.value() : v instanceof SignedCount s ? s.value() : 0;
    }

    private static boolean contiguous(int[] cells) {
        for (int i = 1; i < cells.length; i++) {
            if (cells[i] != cells[0] + i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Groups relations of one rule that repeat the same rows over consecutive, contiguous columns: the
     * relation of the i-th member reads, in every term, the cell i places after the one the first reads.
     */
    private Family[] families(boolean[] taken) {
        List<Family> out = new ArrayList<>();
        int r = 0;
        while (r < relations.length) {
            int end = r + 1;
            while (end < relations.length && sameShape(relations[r], relations[end], end - r)) {
                end++;
            }
            int width = end - r;
            if (width >= 3 && unit[r]) {
                int[] members = new int[width];
                for (int i = 0; i < width; i++) {
                    members[i] = r + i;
                    taken[r + i] = true;
                }
                out.add(new Family(relations[r].left.clone(), relations[r].right.clone(), width,
                        relations[r].relation.comparison(), members));
                r = end;
            } else {
                r++;
            }
        }
        return out.toArray(Family[]::new);
    }

    private boolean sameShape(Rel first, Rel other, int offset) {
        if (!first.relation.ruleId().equals(other.relation.ruleId()) || first.left.length != other.left.length
                || first.right.length != other.right.length || first.relation.comparison() != other.relation.comparison()
                || other.relation.terms().anyMatch(t -> t.factor() != 1)) {
            return false;
        }
        for (int i = 0; i < first.left.length; i++) {
            if (other.left[i] != first.left[i] + offset) {
                return false;
            }
        }
        for (int i = 0; i < first.right.length; i++) {
            if (other.right[i] != first.right[i] + offset) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fills blank implied subtotals with the sums of their parts; false if a sum would reach {@link #SMALL}.
     * Called for tables whose every number is below SMALL only, so that no sum overflows.
     */
    private boolean deriveSubtotals(StatisticsTable table, long[] numbers, boolean[] derived) {
        for (int j = 0; j < implied.length; j++) {
            if (table.valueAt(implied[j]).isBlank()) {
                long sum = partsSum(j, numbers);
                if (sum >= SMALL) {
                    return false;
                }
                numbers[implied[j]] = sum;
                derived[implied[j]] = true;
            }
        }
        return true;
    }

    /** The sum of the parts of the implied subtotal {@code j} over some values (below SMALL: no overflow). */
    private long partsSum(int j, long[] values) {
        long sum = 0;
        for (int part : impliedParts[j]) {
            sum += values[part];
        }
        return sum;
    }

    /** Per-thread working arrays, reused across validations: the numbers, derived flags, column sums. */
    private static final class Scratch {
        long[] numbers = new long[512];
        boolean[] derived = new boolean[512];
        long[] sums = new long[64];
        long[] lo = new long[512];
        long[] hi = new long[512];
        boolean[] blank = new boolean[512];
        int[] active = new int[512];
        int[] stamp = new int[512];
        int[] clean = new int[512];
        boolean[] relBlank = new boolean[512];
        int[] blankCells = new int[512];

        void ensure(int cells, int relations) {
            if (lo.length < cells) {
                lo = new long[cells];
                hi = new long[cells];
                blank = new boolean[cells];
                stamp = new int[cells];
                blankCells = new int[cells];
            }
            if (active.length < relations) {
                active = new int[relations];
                clean = new int[relations];
                relBlank = new boolean[relations];
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Below this every number of a table is, no sum of fewer than 2^23 of them overflows a long. */
    private static final long SMALL = 1L << 40;

    private static boolean allDerived(boolean[] derived, int from, int width) {
        for (int c = 0; c < width; c++) {
            if (!derived[from + c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean fails(Comparison c, long d) {
        return c == Comparison.EQUAL ? d != 0 : c == Comparison.AT_MOST ? d > 0 : d < 0;
    }

    /**
     * All relations in {@code long} arithmetic (every number of the table, derived subtotals included, is
     * below {@link #SMALL}: no sum can overflow): families column-vector by column-vector over contiguous
     * cells, runs as contiguous sums, the rest over the flat program. A relation that fails is checked
     * again on its own, exactly, to report it.
     */
    private boolean checkSmall(long[] numbers, boolean[] derived, Scratch scratch, StatisticsTable t, Collector out) {
        long[] acc = scratch.sums;
        for (Family f : families) {
            int w = f.width();
            if (derived != null && f.left().length == 1 && allDerived(derived, f.left()[0], w)) {
                continue; // the subtotals were derived from exactly these parts: the relation holds
            }
            if (acc.length < w) {
                acc = new long[w];
                scratch.sums = acc;
            }
            java.util.Arrays.fill(acc, 0, w, 0L);
            for (int base : f.left()) {
                for (int c = 0; c < w; c++) {
                    acc[c] += numbers[base + c];
                }
            }
            for (int base : f.right()) {
                for (int c = 0; c < w; c++) {
                    acc[c] -= numbers[base + c];
                }
            }
            for (int c = 0; c < w; c++) {
                if (fails(f.comparison(), acc[c])) {
                    if (derived != null) {
                        return false;
                    }
                    checkExactly(relations[f.relations()[c]], numbers, t, out);
                }
            }
        }
        for (int q = 0; q < runTotal.length; q++) {
            long sum = 0;
            for (int i = runFrom[q], end = runFrom[q] + runLength[q]; i < end; i++) {
                sum += numbers[i];
            }
            if (numbers[runTotal[q]] != sum) {
                if (derived != null) {
                    return false;
                }
                checkExactly(relations[runRelation[q]], numbers, t, out);
            }
        }
        for (int r : general) {
            if (!unit[r]) {
                Rel rel = relations[r];
                long weighted = 0;
                for (int i = 0; i < rel.left.length; i++) {
                    weighted += numbers[rel.left[i]] * rel.leftFactor[i];
                }
                for (int i = 0; i < rel.right.length; i++) {
                    weighted -= numbers[rel.right[i]] * rel.rightFactor[i];
                }
                if (fails(comparison[r], weighted)) {
                    if (derived != null) {
                        return false;
                    }
                    checkExactly(rel, numbers, t, out);
                }
                continue;
            }
            long d = 0;
            int k = start[r];
            for (int m = mid[r]; k < m; k++) {
                d += numbers[idx[k]];
            }
            for (int end = start[r + 1]; k < end; k++) {
                d -= numbers[idx[k]];
            }
            if (fails(comparison[r], d)) {
                if (derived != null) {
                    return false;
                }
                checkExactly(relations[r], numbers, t, out);
            }
        }
        return true;
    }


    /** Checks one relation exactly on the cells' numbers (derived subtotals included). */
    private void checkExactly(Rel rel, long[] numbers, StatisticsTable t, Collector out) {
        BigInteger left = BigInteger.ZERO;
        BigInteger right = BigInteger.ZERO;
        for (int i = 0; i < rel.left.length; i++) {
            left = left.add(BigInteger.valueOf(numbers[rel.left[i]]).multiply(BigInteger.valueOf(rel.leftFactor[i])));
        }
        for (int i = 0; i < rel.right.length; i++) {
            right = right.add(BigInteger.valueOf(numbers[rel.right[i]]).multiply(BigInteger.valueOf(rel.rightFactor[i])));
        }
        if (!rel.relation.comparison().holds(left.compareTo(right))) {
            BigInteger[] exact = new BigInteger[cells.length];
            for (int i = 0; i < cells.length; i++) {
                exact[i] = BigInteger.valueOf(numbers[i]);
            }
            report(rel, exact, exact, null, t, out, NO_OFFSET);
        }
    }

    /** Lower and upper bounds of every cell: known values exactly, blanks unknown (null = unbounded). */
    private BigInteger[][] bounds(StatisticsTable t) {
        BigInteger[] lo = new BigInteger[cells.length];
        BigInteger[] hi = new BigInteger[cells.length];
        for (int i = 0; i < cells.length; i++) {
            CellValue v = t.valueAt(i);
            if (v.isBlank()) {
                lo[i] = cells[i].kind() == ValueKind.SIGNED_COUNT ? null : BigInteger.ZERO;
                hi[i] = null;
            } else {
                lo[i] = BigInteger.valueOf(number(v));
                hi[i] = lo[i];
            }
        }
        return new BigInteger[][] {lo, hi};
    }

    /** Whether the table has extra rows printed among the parts of a sum (their values join its parts). */
    private static boolean hasPartsOutsideTheForm(StatisticsTable t) {
        for (ExtraRow r : t.extraRows()) {
            if (r.partOf().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each SUM relation whose total lies in a row that extra rows are parts of, the bounds {lo, hi}
     * of what those extra rows add to its parts (hi null when one of them is blank: unknown, ≥ 0).
     */
    private Map<Rel, BigInteger[]> partOffsets(StatisticsTable t) {
        if (!hasPartsOutsideTheForm(t)) {
            return Map.of();
        }
        Map<Rel, BigInteger[]> out = new IdentityHashMap<>();
        for (Rel rel : relations) {
            if (rel.relation.kind() != RelationKind.SUM || rel.left.length != 1) {
                continue;
            }
            CellId total = cells[rel.left[0]].id();
            for (ExtraRow r : t.extraRows()) {
                if (!r.partOf().filter(total.row()::equals).isPresent()) {
                    continue;
                }
                CellValue v = r.values().getOrDefault(total.column(), CellValue.BLANK);
                BigInteger[] off = out.computeIfAbsent(rel, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
                if (v.isBlank()) {
                    off[1] = null;
                } else if (v instanceof Count c) {
                    off[0] = off[0].add(BigInteger.valueOf(c.value()));
                    off[1] = off[1] == null ? null : off[1].add(BigInteger.valueOf(c.value()));
                }
            }
        }
        return out;
    }

    private static BigInteger plus(BigInteger a, BigInteger b) {
        return a == null || b == null ? null : a.add(b);
    }

    private void checkWithBlanks(StatisticsTable t, Collector out) {
        Map<Rel, BigInteger[]> offsets = partOffsets(t);
        if (fastPaths && offsets.isEmpty() && t.largestMagnitude() < SMALL && checkWithBlanksInLongs(t, out)) {
            return;
        }
        BigInteger[][] b = bounds(t);
        BigInteger[] lo = b[0];
        BigInteger[] hi = b[1];
        // the relation that first pinned each blank to one value: where its value is inferred from
        Rel[] source = new Rel[cells.length];
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (Rel rel : relations) {
                if (rel.relation.severity() == Severity.ERROR
                        && propagate(rel, lo, hi, t, offsets.getOrDefault(rel, NO_OFFSET))) {
                    changed = true;
                    if (rel.relation.comparison() == Comparison.EQUAL) {
                        pinned(rel, rel.left, lo, hi, source);
                        pinned(rel, rel.right, lo, hi, source);
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        for (Rel rel : relations) {
            judge(rel, lo, hi, source, t, out, offsets.getOrDefault(rel, NO_OFFSET));
        }
        blanks(t, lo, hi, source, out);
    }

    /** The most rounds of bound propagation over the ERROR relations. */
    private static final int ROUNDS = 32;

    /** Reports the printed blank cells, with the value the others determine where they determine one. */
    private void blanks(StatisticsTable t, BigInteger[] lo, BigInteger[] hi, Rel[] source, Collector out) {
        blanks(t, i -> lo[i] != null && lo[i].equals(hi[i]) ? lo[i].toString() : null, source, out);
    }

    /**
     * Reports the printed blank cells; {@code pinned} gives the value the others determine for a blank
     * (null when they determine none).
     */
    private void blanks(StatisticsTable t, java.util.function.IntFunction<String> pinned, Rel[] source, Collector out) {
        blanks(t, pinned, source, out, null, cells.length);
    }

    /**
     * As {@link #blanks(StatisticsTable, java.util.function.IntFunction, Rel[], Collector)}, looking only at
     * the first {@code count} cells of {@code among} (every blank cell among them, in the order of the
     * table), or at every cell when {@code among} is null.
     */
    private void blanks(StatisticsTable t, java.util.function.IntFunction<String> pinned, Rel[] source, Collector out,
            int[] among, int count) {
        if (blanksMatter) {
            List<CellDefinition> blank = new ArrayList<>(among == null ? 10 : count);
            // the derived values, and the relation each is inferred from (null: several), to word the notes when read
            CellId[] derivedCells = null;
            String[] derivedValues = null;
            Rel[] from = null;
            int[] fromCell = null;
            int derived = 0;
            for (int k = 0; k < count; k++) {
                int i = among == null ? k : among[k];
                CellDefinition c = cells[i];
                if (t.valueAt(i) == CellValue.BLANK && t.isPrinted(i)) {
                    blank.add(c);
                    String value = pinned.apply(i);
                    if (value != null) {
                        if (derivedCells == null) {
                            derivedCells = new CellId[cells.length];
                            derivedValues = new String[cells.length];
                            from = new Rel[cells.length];
                            fromCell = new int[cells.length];
                        }
                        derivedCells[derived] = c.id();
                        derivedValues[derived] = value;
                        from[derived] = source[i];
                        fromCell[derived++] = i;
                    }
                }
            }
            if (!blank.isEmpty()) {
                CellId[] dc = derivedCells;
                String[] dv = derivedValues;
                Rel[] fr = from;
                int[] fc = fromCell;
                int n = derived;
                Collector.F f = new Collector.F(CELL_BLANK, Severity.WARNING, tableLocation, Rules.basis(CELL_BLANK),
                        n == 0 ? "cell.blank" : "cell.blank_derived")
                        .arg("count", Integer.toString(blank.size()))
                        .lazyArg("cells", () -> names.list(blank, notes(dc, dv, fr, fc, n)))
                        .cells(ids(blank));
                if (n > 0) {
                    f.derivedAll(dc, dv, n);
                }
                out.add(Collector.tableOrder(tableIndex) + 1 + blank.get(0).index(), f.done());
            }
        }
    }

    /** The ids of cells, as an immutable list. */
    private static List<CellId> ids(List<CellDefinition> cells) {
        CellId[] ids = new CellId[cells.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = cells.get(k).id();
        }
        return List.of(ids);
    }

    /** The note on each derived blank: its value, and the cells it is inferred from when one relation gives it. */
    private java.util.Map<CellId, io.github.xxgk.core.form.Label> notes(CellId[] cellIds, String[] values, Rel[] from,
            int[] fromCell, int n) {
        java.util.Map<CellId, io.github.xxgk.core.form.Label> notes = new java.util.HashMap<>();
        for (int k = 0; k < n; k++) {
            Rel rel = from[k];
            String value = values[k];
            notes.put(cellIds[k], rel == null
                    ? Messages.label("note.inferred", java.util.Map.of("value", plain(value)))
                    : Messages.label("note.inferred_from", java.util.Map.of("value", plain(value),
                            "from", formula(rel, fromCell[k]))));
        }
        return notes;
    }

    private static io.github.xxgk.core.form.Label plain(String text) {
        return new io.github.xxgk.core.form.Label(text, text);
    }

    /**
     * Records {@code rel} as the source of the blanks among {@code side} it has just pinned to one value,
     * when every other cell of it is known or pinned too (so that the relation solved for the blank
     * gives exactly its value).
     */
    private static void pinned(Rel rel, int[] side, BigInteger[] lo, BigInteger[] hi, Rel[] source) {
        for (int i : side) {
            if (source[i] == null && lo[i] != null && lo[i].equals(hi[i]) && othersPinned(rel, i, lo, hi)) {
                source[i] = rel;
            }
        }
    }

    private static boolean othersPinned(Rel rel, int cell, BigInteger[] lo, BigInteger[] hi) {
        for (int[] side : new int[][] {rel.left, rel.right}) {
            for (int j : side) {
                if (j != cell && (lo[j] == null || !lo[j].equals(hi[j]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The relation solved for one of its cells, named for a person ({@code 一+二−四}). */
    private io.github.xxgk.core.form.Label formula(Rel rel, int target) {
        for (int k = 0; k < rel.left.length; k++) {
            if (rel.left[k] == target) {
                return rel.solved[k];
            }
        }
        for (int k = 0; k < rel.right.length; k++) {
            if (rel.right[k] == target) {
                return rel.solved[rel.left.length + k];
            }
        }
        throw new IllegalStateException("not in the relation: " + cells[target].id());
    }

    // ------------------------------------------------------------ the same bounds in longs

    /** No bound: the sentinels of the long path (values stay below {@link #SMALL}, far from them). */
    private static final long NO_LOW = Long.MIN_VALUE;
    private static final long NO_HIGH = Long.MAX_VALUE;
    /** Past this magnitude the long path gives way to BigInteger (never reached by values below SMALL). */
    private static final long LONG_LIMIT = 1L << 58;

    /**
     * The bound propagation of {@link #checkWithBlanks} in longs, for tables whose values are below
     * {@link #SMALL}: the same rounds over the same relations in the same order, skipping the relations
     * without a blank cell (they cannot tighten anything). When every relation can hold, reports the blank
     * cells and returns true; when one cannot, or a bound grows past {@link #LONG_LIMIT}, returns false
     * and reports nothing, and the exact path decides and words the finding.
     */
    private boolean checkWithBlanksInLongs(StatisticsTable t, Collector out) {
        Scratch scratch = SCRATCH.get();
        scratch.ensure(cells.length, relations.length);
        long[] lo = scratch.lo;
        long[] hi = scratch.hi;
        boolean[] blank = scratch.blank;
        int[] active = scratch.active;
        // the numbers of the table (0 where a cell holds none), then the blanks unbounded above; BLANK is
        // one instance, so an identity test tells a blank without a call through the interface
        t.copyNumbers(lo);
        int[] blankCells = scratch.blankCells;
        int blanks = 0;
        for (int i = 0; i < cells.length; i++) {
            blank[i] = t.valueAt(i) == CellValue.BLANK;
            if (blank[i]) {
                lo[i] = cells[i].kind() == ValueKind.SIGNED_COUNT ? NO_LOW : 0;
                hi[i] = NO_HIGH;
                blankCells[blanks++] = i;
            } else {
                hi[i] = lo[i];
            }
        }
        // A blank implied subtotal whose parts are all known is pinned to their sum before the rounds: the
        // first run of its relation (an ERROR equality) would pin it so, and pinning what the relations
        // already force leaves the fixpoint of the rounds as it was. The rounds then run over the few
        // relations that still hold a blank instead of nearly all of them. Such a subtotal is not printed,
        // so it is not among the blanks reported below.
        for (int j : prePinned) {
            int c = implied[j];
            if (blank[c] && !anyBlank(impliedParts[j], blank)) {
                long sum = partsSum(j, lo);
                blank[c] = false;
                lo[c] = sum;
                hi[c] = sum;
            }
        }
        int activeCount = 0;
        boolean[] relBlank = scratch.relBlank;
        // the relations that hold a blank, found from the blanks (few, once the subtotals are pinned)
        java.util.Arrays.fill(relBlank, 0, relations.length, false);
        for (int k = 0; k < blanks; k++) {
            if (blank[blankCells[k]]) {
                for (int r : relationsOf[blankCells[k]]) {
                    relBlank[r] = true;
                }
            }
        }
        for (int r = 0; r < relations.length; r++) {
            Rel rel = relations[r];
            if (relBlank[r] && rel.relation.severity() == Severity.ERROR) {
                active[activeCount++] = r;
            }
        }
        Rel[] source = null;
        // A relation that changed nothing when it last ran, none of whose cells has changed since, would
        // change nothing again (it reads only its own cells' bounds): it is skipped, which leaves every
        // round's changes, and so the outcome, as they were. stamp[i]: the run that last changed cell i;
        // clean[a]: the run in which active relation a last changed nothing (-1: it changed something).
        int[] stamp = scratch.stamp;
        int[] clean = scratch.clean;
        java.util.Arrays.fill(stamp, 0, cells.length, 0);
        java.util.Arrays.fill(clean, 0, activeCount, -1);
        int run = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int changed = 0;
            for (int a = 0; a < activeCount; a++) {
                Rel rel = relations[active[a]];
                if (clean[a] >= 0 && unchangedSince(rel, stamp, clean[a])) {
                    continue;
                }
                run++;
                int result = propagate(rel, lo, hi, blank, stamp, run);
                if (result < 0) {
                    return false;
                }
                clean[a] = result == 0 ? run : -1;
                if (result > 0 && rel.relation.comparison() == Comparison.EQUAL) {
                    if (source == null) {
                        source = new Rel[cells.length];
                    }
                    pinned(rel, lo, hi, source);
                }
                changed |= result;
            }
            if (changed == 0) {
                break;
            }
        }
        for (int r = 0; r < relations.length; r++) {
            Rel rel = relations[r];
            if (!relBlank[r]) {
                // every cell known: one sum a side (values below SMALL: no sum overflows)
                long d = 0;
                if (unit[r]) {
                    int k = start[r];
                    for (int m = mid[r]; k < m; k++) {
                        d += lo[idx[k]];
                    }
                    for (int end = start[r + 1]; k < end; k++) {
                        d -= lo[idx[k]];
                    }
                } else {
                    d = sum(rel.left, rel.leftFactor, lo, -1, NO_LOW) - sum(rel.right, rel.rightFactor, lo, -1, NO_LOW);
                }
                if (fails(comparison[r], d)) {
                    return false;
                }
                continue;
            }
            long minL = sum(rel.left, rel.leftFactor, lo, -1, NO_LOW);
            long maxL = sum(rel.left, rel.leftFactor, hi, -1, NO_HIGH);
            long minR = sum(rel.right, rel.rightFactor, lo, -1, NO_LOW);
            long maxR = sum(rel.right, rel.rightFactor, hi, -1, NO_HIGH);
            Comparison c = rel.relation.comparison();
            boolean tooBig = c != Comparison.AT_LEAST && minL != NO_LOW && maxR != NO_HIGH && minL > maxR;
            boolean tooSmall = c != Comparison.AT_MOST && maxL != NO_HIGH && minR != NO_LOW && maxL < minR;
            if (tooBig || tooSmall) {
                return false;
            }
        }
        if (blanksMatter) {
            blanks(t, i -> blank[i] && lo[i] != NO_LOW && lo[i] == hi[i] ? Long.toString(lo[i]) : null,
                    source == null ? new Rel[cells.length] : source, out, blankCells, blanks);
        }
        return true;
    }

    /**
     * {@link #pinned(Rel, int[], BigInteger[], BigInteger[], Rel[])} in longs. A cell is pinned by the
     * relation when it and every other cell of it are pinned, that is when all its cells are: checked
     * once for the relation rather than once for each cell.
     */
    private static void pinned(Rel rel, long[] lo, long[] hi, Rel[] source) {
        if (allPinned(rel.left, lo, hi) && allPinned(rel.right, lo, hi)) {
            sourceOf(rel.left, rel, source);
            sourceOf(rel.right, rel, source);
        }
    }

    private static boolean allPinned(int[] side, long[] lo, long[] hi) {
        for (int j : side) {
            if (lo[j] == NO_LOW || lo[j] != hi[j]) {
                return false;
            }
        }
        return true;
    }

    private static void sourceOf(int[] side, Rel rel, Rel[] source) {
        for (int j : side) {
            if (source[j] == null) {
                source[j] = rel;
            }
        }
    }

    private static boolean anyBlank(int[] idx, boolean[] blank) {
        for (int i : idx) {
            if (blank[i]) {
                return true;
            }
        }
        return false;
    }

    /** Σ factor × bound over terms, skipping one; {@code none} when a bound is absent. */
    private static long sum(int[] idx, int[] fac, long[] bound, int skip, long none) {
        long s = 0;
        for (int i = 0; i < idx.length; i++) {
            if (i == skip) {
                continue;
            }
            long b = bound[idx[i]];
            if (b == none) {
                return none;
            }
            s += fac[i] == 1 ? b : b * fac[i];
        }
        return s;
    }

    /**
     * One relation's tightening in longs: 1 when a bound changed, 0 when none, -1 when out of range. Each
     * side's sum is taken once with the count of its absent bounds, and the sum of the others of a term is
     * that sum less the term (linear in the terms, where summing the others anew for each is quadratic).
     */
    private static int propagate(Rel rel, long[] lo, long[] hi, boolean[] blank, int[] stamp, int run) {
        // The four tightenings below, in this order, each read the sum of one side's lows or highs and the
        // count of its absent bounds. The sums are taken once, in one pass a side, and taken again only
        // after a tightening has changed a bound (rare), so every tightening reads what it read when each
        // summed its own side anew.
        Comparison c = rel.relation.comparison();
        Sides s = new Sides();
        s.take(rel, lo, hi);
        int changed = 0;
        if (c != Comparison.AT_LEAST) { // left ≤ right
            int t = upper(rel.left, rel.leftFactor, s.hiAbsR > 0 ? NO_HIGH : s.hiR, s.loL, s.loAbsL, lo, hi, blank, stamp, run);
            if (t > 0) {
                s.take(rel, lo, hi);
            }
            changed |= t;
            t = lower(rel.right, rel.rightFactor, s.loAbsL > 0 ? NO_LOW : s.loL, s.hiR, s.hiAbsR, lo, hi, blank, stamp, run);
            if (t > 0) {
                s.take(rel, lo, hi);
            }
            changed |= t;
        }
        if (c != Comparison.AT_MOST) { // left ≥ right
            int t = lower(rel.left, rel.leftFactor, s.loAbsR > 0 ? NO_LOW : s.loR, s.hiL, s.hiAbsL, lo, hi, blank, stamp, run);
            if (t > 0) {
                s.take(rel, lo, hi);
            }
            changed |= t;
            changed |= upper(rel.right, rel.rightFactor, s.hiAbsL > 0 ? NO_HIGH : s.hiL, s.loR, s.loAbsR, lo, hi, blank, stamp, run);
        }
        return changed;
    }

    /** The sums of a relation's lows and highs on each side (factors applied), with the count of absent bounds. */
    private static final class Sides {
        long loL;
        long hiL;
        long loR;
        long hiR;
        int loAbsL;
        int hiAbsL;
        int loAbsR;
        int hiAbsR;

        void take(Rel rel, long[] lo, long[] hi) {
            side(rel.left, rel.leftFactor, lo, hi);
            loL = lows;
            hiL = highs;
            loAbsL = lowsAbsent;
            hiAbsL = highsAbsent;
            side(rel.right, rel.rightFactor, lo, hi);
            loR = lows;
            hiR = highs;
            loAbsR = lowsAbsent;
            hiAbsR = highsAbsent;
        }

        private long lows;
        private long highs;
        private int lowsAbsent;
        private int highsAbsent;

        private void side(int[] terms, int[] fac, long[] lo, long[] hi) {
            long l = 0;
            long h = 0;
            int la = 0;
            int ha = 0;
            for (int k = 0; k < terms.length; k++) {
                long b = lo[terms[k]];
                if (b == NO_LOW) {
                    la++;
                } else {
                    l += b * fac[k];
                }
                b = hi[terms[k]];
                if (b == NO_HIGH) {
                    ha++;
                } else {
                    h += b * fac[k];
                }
            }
            lows = l;
            highs = h;
            lowsAbsent = la;
            highsAbsent = ha;
        }
    }

    /** Whether no cell of a relation has changed after run {@code since}. */
    private static boolean unchangedSince(Rel rel, int[] stamp, int since) {
        for (int i : rel.left) {
            if (stamp[i] > since) {
                return false;
            }
        }
        for (int i : rel.right) {
            if (stamp[i] > since) {
                return false;
            }
        }
        return true;
    }

    /**
     * Σ factor × term ≤ {@code total}: each term ≤ (total − Σ factor × the other terms' lows) ÷ its factor,
     * when the total is bounded and at most the term's own low is absent.
     */
    private static int upper(int[] terms, int[] fac, long total, long lows, int absent, long[] lo, long[] hi, boolean[] blank,
            int[] stamp, int run) {
        if (total == NO_HIGH) {
            return 0;
        }
        int changed = 0;
        for (int k = 0; k < terms.length && absent <= 1; k++) {
            long b = lo[terms[k]];
            if (absent == 1 && b != NO_LOW) {
                continue;
            }
            long others = b == NO_LOW ? lows : lows - b * fac[k];
            int t = tightenHi(terms[k], div(total - others, fac[k]), lo, hi, blank);
            if (t > 0) {
                stamp[terms[k]] = run;
            }
            changed |= t;
        }
        return changed;
    }

    /**
     * Σ factor × term ≥ {@code total}: each term ≥ (total − Σ factor × the other terms' highs) ÷ its
     * factor, when the total is bounded and at most the term's own high is absent.
     */
    private static int lower(int[] terms, int[] fac, long total, long highs, int absent, long[] lo, long[] hi, boolean[] blank,
            int[] stamp, int run) {
        if (total == NO_LOW) {
            return 0;
        }
        int changed = 0;
        for (int k = 0; k < terms.length && absent <= 1; k++) {
            long b = hi[terms[k]];
            if (absent == 1 && b != NO_HIGH) {
                continue;
            }
            long others = b == NO_HIGH ? highs : highs - b * fac[k];
            int t = tightenLo(terms[k], -div(others - total, fac[k]), lo, hi, blank);
            if (t > 0) {
                stamp[terms[k]] = run;
            }
            changed |= t;
        }
        return changed;
    }

    /** Floor division, without dividing by the usual factor 1. */
    private static long div(long a, int f) {
        return f == 1 ? a : Math.floorDiv(a, f);
    }

    private static int tightenHi(int i, long bound, long[] lo, long[] hi, boolean[] blank) {
        if (Math.abs(bound) > LONG_LIMIT) {
            return -1;
        }
        if (!blank[i] || (hi[i] != NO_HIGH && hi[i] <= bound) || (lo[i] != NO_LOW && bound < lo[i])) {
            return 0;
        }
        hi[i] = bound;
        return 1;
    }

    private static int tightenLo(int i, long bound, long[] lo, long[] hi, boolean[] blank) {
        if (Math.abs(bound) > LONG_LIMIT) {
            return -1;
        }
        if (!blank[i] || (lo[i] != NO_LOW && lo[i] >= bound) || (hi[i] != NO_HIGH && bound > hi[i])) {
            return 0;
        }
        lo[i] = bound;
        return 1;
    }

    private static BigInteger mul(BigInteger v, int f) {
        return f == 1 ? v : v.multiply(BigInteger.valueOf(f));
    }

    /** Σ factor × bound over terms, skipping one index; null when a bound is unbounded. */
    private static BigInteger sum(int[] idx, int[] fac, BigInteger[] bound, int skip) {
        BigInteger s = BigInteger.ZERO;
        for (int i = 0; i < idx.length; i++) {
            if (i == skip) {
                continue;
            }
            BigInteger b = bound[idx[i]];
            if (b == null) {
                return null;
            }
            s = s.add(mul(b, fac[i]));
        }
        return s;
    }

    private static BigInteger floorDiv(BigInteger a, int f) {
        BigInteger[] qr = a.divideAndRemainder(BigInteger.valueOf(f));
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static BigInteger ceilDiv(BigInteger a, int f) {
        return floorDiv(a.negate(), f).negate();
    }

    /** No extra parts: the right-hand side is the relation's own terms. */
    private static final BigInteger[] NO_OFFSET = {BigInteger.ZERO, BigInteger.ZERO};

    /** Tightens the bounds of blank cells by one relation; {@code off} is what extra parts add to the right. */
    private boolean propagate(Rel rel, BigInteger[] lo, BigInteger[] hi, StatisticsTable t, BigInteger[] off) {
        Comparison c = rel.relation.comparison();
        boolean changed = false;
        if (c != Comparison.AT_LEAST) { // left ≤ right
            BigInteger maxR = plus(sum(rel.right, rel.rightFactor, hi, -1), off[1]);
            BigInteger minL = sum(rel.left, rel.leftFactor, lo, -1);
            for (int k = 0; k < rel.left.length && maxR != null; k++) {
                BigInteger others = sum(rel.left, rel.leftFactor, lo, k);
                if (others != null) {
                    changed |= tightenHi(rel.left[k], floorDiv(maxR.subtract(others), rel.leftFactor[k]), lo, hi, t);
                }
            }
            for (int k = 0; k < rel.right.length && minL != null; k++) {
                BigInteger others = plus(sum(rel.right, rel.rightFactor, hi, k), off[1]);
                if (others != null) {
                    changed |= tightenLo(rel.right[k], ceilDiv(minL.subtract(others), rel.rightFactor[k]), lo, hi, t);
                }
            }
        }
        if (c != Comparison.AT_MOST) { // left ≥ right
            BigInteger minR = plus(sum(rel.right, rel.rightFactor, lo, -1), off[0]);
            BigInteger maxL = sum(rel.left, rel.leftFactor, hi, -1);
            for (int k = 0; k < rel.left.length && minR != null; k++) {
                BigInteger others = sum(rel.left, rel.leftFactor, hi, k);
                if (others != null) {
                    changed |= tightenLo(rel.left[k], ceilDiv(minR.subtract(others), rel.leftFactor[k]), lo, hi, t);
                }
            }
            for (int k = 0; k < rel.right.length && maxL != null; k++) {
                BigInteger others = plus(sum(rel.right, rel.rightFactor, lo, k), off[0]);
                if (others != null) {
                    changed |= tightenHi(rel.right[k], floorDiv(maxL.subtract(others), rel.rightFactor[k]), lo, hi, t);
                }
            }
        }
        return changed;
    }

    private static boolean tightenHi(int i, BigInteger bound, BigInteger[] lo, BigInteger[] hi, StatisticsTable t) {
        if (!t.valueAt(i).isBlank() || (hi[i] != null && hi[i].compareTo(bound) <= 0)
                || (lo[i] != null && bound.compareTo(lo[i]) < 0)) {
            return false;
        }
        hi[i] = bound;
        return true;
    }

    private static boolean tightenLo(int i, BigInteger bound, BigInteger[] lo, BigInteger[] hi, StatisticsTable t) {
        if (!t.valueAt(i).isBlank() || (lo[i] != null && lo[i].compareTo(bound) >= 0)
                || (hi[i] != null && bound.compareTo(hi[i]) > 0)) {
            return false;
        }
        lo[i] = bound;
        return true;
    }

    private void judge(Rel rel, BigInteger[] lo, BigInteger[] hi, Rel[] source, StatisticsTable t, Collector out,
            BigInteger[] off) {
        BigInteger minL = sum(rel.left, rel.leftFactor, lo, -1);
        BigInteger maxL = sum(rel.left, rel.leftFactor, hi, -1);
        BigInteger minR = plus(sum(rel.right, rel.rightFactor, lo, -1), off[0]);
        BigInteger maxR = plus(sum(rel.right, rel.rightFactor, hi, -1), off[1]);
        Comparison c = rel.relation.comparison();
        boolean tooBig = c != Comparison.AT_LEAST && minL != null && maxR != null && minL.compareTo(maxR) > 0;
        boolean tooSmall = c != Comparison.AT_MOST && maxL != null && minR != null && maxL.compareTo(minR) < 0;
        if (tooBig || tooSmall) {
            report(rel, lo, hi, source, t, out, off);
        }
    }

    private static String range(BigInteger min, BigInteger max) {
        if (min != null && min.equals(max)) {
            return min.toString();
        }
        if (max == null) {
            return min == null ? "?" : "≥ " + min;
        }
        return min == null ? "≤ " + max : min + "…" + max;
    }

    /**
     * Reports a violated relation at the cell it sits on: what that cell prints (or, blank or not
     * printed, what the other cells give it and from which), and what the relation requires of it.
     *
     * @param lo lower bounds of every cell (exact values where none is blank); null is unbounded
     * @param hi upper bounds
     * @param source the relation each blank's value was inferred from, or null
     */
    private void report(Rel rel, BigInteger[] lo, BigInteger[] hi, Rel[] source, StatisticsTable t, Collector out,
            BigInteger[] off) {
        Relation r = rel.relation;
        int loc = rel.location;
        CellDefinition at = cells[loc];
        // the relation as  a·x + rest  (cmp)  0, x the cell it sits on
        boolean onLeft = rel.left.length > 0;
        int a = onLeft ? rel.leftFactor[0] : -rel.rightFactor[0];
        BigInteger restMin = BigInteger.ZERO;
        BigInteger restMax = BigInteger.ZERO;
        for (int side = 0; side < 2; side++) {
            int[] terms = side == 0 ? rel.left : rel.right;
            int[] factors = side == 0 ? rel.leftFactor : rel.rightFactor;
            for (int k = 0; k < terms.length; k++) {
                if (terms[k] == loc) {
                    continue;
                }
                BigInteger f = BigInteger.valueOf(side == 0 ? factors[k] : -factors[k]);
                BigInteger low = f.signum() > 0 ? lo[terms[k]] : hi[terms[k]];
                BigInteger high = f.signum() > 0 ? hi[terms[k]] : lo[terms[k]];
                restMin = restMin == null || low == null ? null : restMin.add(f.multiply(low));
                restMax = restMax == null || high == null ? null : restMax.add(f.multiply(high));
            }
        }
        // extra rows printed among the parts (on the right) add to them: −offset in the rest
        restMin = restMin == null || off[1] == null ? null : restMin.subtract(off[1]);
        restMax = restMax == null ? null : restMax.subtract(off[0]);
        // x = −rest / a
        String one = exactQuotient(restMin, a);
        String other = exactQuotient(restMax, a);
        String expected;
        Comparison c = r.comparison();
        if (c == Comparison.EQUAL) {
            String low = a > 0 ? other : one;
            String high = a > 0 ? one : other;
            expected = low != null && low.equals(high) ? low : low == null ? (high == null ? "?" : "≤ " + high)
                    : high == null ? "≥ " + low : low + "…" + high;
        } else {
            // a·x ≤ −rest (AT_MOST) or a·x ≥ −rest (AT_LEAST), for some value of the rest
            BigInteger rest = c == Comparison.AT_MOST ? restMin : restMax;
            boolean upper = (c == Comparison.AT_MOST) == (a > 0);
            expected = (upper ? "≤ " : "≥ ") + boundQuotient(rest, a, upper);
        }
        String key = switch (r.kind()) {
            case SUM -> "relation.sum";
            case AT_MOST, AT_LEAST -> "relation.bound";
            default -> "relation.identity";
        };
        Collector.F f = new Collector.F(r.ruleId(), r.severity(), Location.cell(at), r.basis(), key)
                .expected(expected).related(rel.cells)
                .arg("rule", Rules.description(r.ruleId()));
        f.arg("state", state(loc, lo, hi, source, rel, t, f));
        for (int[] side : new int[][] {rel.left, rel.right}) {
            for (int i : side) {
                if (t.valueAt(i).isBlank() && lo[i] != null && lo[i].equals(hi[i])) {
                    f.derived(cells[i].id(), lo[i].toString());
                }
            }
        }
        out.add(Collector.cellOrder(tableIndex, loc), f.done());
    }

    /**
     * What the cell a finding sits on holds, for its message: its printed value; or, blank, the value the
     * other cells give it and the relation it is inferred from; or, an unprinted subtotal, its printed
     * parts (which the finding then marks).
     */
    private io.github.xxgk.core.form.Label state(int loc, BigInteger[] lo, BigInteger[] hi, Rel[] source, Rel rel,
            StatisticsTable t, Collector.F f) {
        CellValue v = t.valueAt(loc);
        int j = cells[loc].implied() ? impliedIndex(loc) : -1;
        if (cells[loc].implied()) {
            // a subtotal the format does not print has no cell on the page: the finding marks its parts
            f.cells(j < 0 ? List.of() : java.util.Arrays.stream(impliedParts[j]).mapToObj(i -> cells[i].id()).toList());
        }
        if (v.isNotApplicable()) {
            f.actual("/");
            return Messages.label("state.not_applicable", java.util.Map.of());
        }
        if (!v.isBlank()) {
            String printed = Long.toString(number(v));
            f.actual(printed);
            return Messages.label("state.printed", java.util.Map.of("value", plain(printed)));
        }
        String value = range(lo[loc], hi[loc]);
        java.util.Map<String, io.github.xxgk.core.form.Label> args = new java.util.HashMap<>();
        args.put("value", plain(value));
        if (j >= 0) {
            args.put("parts", impliedNames[j]);
            return Messages.label(value.equals("?") ? "state.implied_unknown" : "state.implied", args);
        }
        if (value.equals("?")) {
            return Messages.label("state.blank", args);
        }
        if (source != null && source[loc] != null && source[loc] != rel) {
            args.put("from", formula(source[loc], loc));
            return Messages.label("state.inferred_from", args);
        }
        return Messages.label("state.inferred", args);
    }

    private int impliedIndex(int cell) {
        for (int j = 0; j < implied.length; j++) {
            if (implied[j] == cell) {
                return j;
            }
        }
        return -1;
    }

    /** −rest ÷ a, exact (a decimal when it does not divide), or null when the rest is unbounded. */
    private static String exactQuotient(BigInteger rest, int a) {
        if (rest == null) {
            return null;
        }
        BigInteger[] qr = rest.negate().divideAndRemainder(BigInteger.valueOf(a));
        if (qr[1].signum() == 0) {
            return qr[0].toString();
        }
        return new java.math.BigDecimal(rest.negate()).divide(java.math.BigDecimal.valueOf(a), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** −rest ÷ a rounded to the whole number a bound allows: down for an upper bound, up for a lower one. */
    private static String boundQuotient(BigInteger rest, int a, boolean upper) {
        if (rest == null) {
            return "?";
        }
        BigInteger n = rest.negate();
        BigInteger d = BigInteger.valueOf(a);
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            boolean negative = n.signum() < 0;
            if (upper && negative) {
                q = q.subtract(BigInteger.ONE);
            } else if (!upper && !negative) {
                q = q.add(BigInteger.ONE);
            }
        }
        return q.toString();
    }

    private void checkCrossYear(Relation r, StatisticsTable t, AnnualReport previous, Collector out) {
        BigInteger[] sides = new BigInteger[2];
        List<List<Term>> both = List.of(r.left(), r.right());
        for (int s = 0; s < 2; s++) {
            BigInteger sum = BigInteger.ZERO;
            for (Term term : both.get(s)) {
                CellValue v;
                if (term.period() == Period.CURRENT) {
                    v = t.value(term.cell());
                } else {
                    if (previous.form().cell(term.cell()).isEmpty() || previous.table(term.cell().table()).isEmpty()) {
                        return;
                    }
                    v = previous.value(term.cell());
                }
                if (v.isBlank()) {
                    return;
                }
                sum = sum.add(BigInteger.valueOf(number(v)).multiply(BigInteger.valueOf(term.factor())));
            }
            sides[s] = sum;
        }
        if (!r.comparison().holds(sides[0].compareTo(sides[1]))) {
            // the cell it sits on: this year's first term; what the relation requires of it is the
            // relation solved for it (the others as printed, last year's included)
            Term first = r.left().get(0);
            CellDefinition at = def.cell(first.cell()).orElseThrow();
            BigInteger own = BigInteger.valueOf(number(t.value(first.cell()))).multiply(BigInteger.valueOf(first.factor()));
            BigInteger rest = sides[1].subtract(sides[0].subtract(own));
            String printed = Long.toString(number(t.value(first.cell())));
            String expected = r.comparison() == Comparison.EQUAL ? exactQuotient(rest.negate(), first.factor())
                    : (r.comparison() == Comparison.AT_MOST ? "≤ " : "≥ ")
                            + boundQuotient(rest.negate(), first.factor(), r.comparison() == Comparison.AT_MOST);
            out.add(Collector.cellOrder(tableIndex, at.index()), new Collector.F(r.ruleId(), r.severity(),
                    Location.cell(at), r.basis(), "relation.cross_year")
                    .expected(expected).actual(printed)
                    .arg("state", Messages.label("state.printed", java.util.Map.of("value", plain(printed))))
                    .related(r.terms().map(Term::cell).distinct().toList())
                    .arg("rule", Rules.description(r.ruleId())).done());
        }
    }
}
