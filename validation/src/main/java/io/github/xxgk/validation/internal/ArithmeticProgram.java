package io.github.xxgk.validation.internal;

import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.validation.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of one table compiled once from its definition: its relations flattened to index arrays
 * and grouped by shape (families, runs, the rest), the implied subtotals with their parts, and what the
 * findings name. Read by the checks ({@link KnownCellsCheck}, {@link LongBounds}, {@link ExactBounds},
 * {@link ArithmeticFindings}, {@link CrossYearRelations}), which take it as an argument. Immutable (its
 * arrays are never written after construction) and thread-safe. Not API.
 */
final class ArithmeticProgram {

    /**
     * A compiled relation; {@code solved[k]} names the relation solved for its k-th cell (left, then right).
     * A class with final fields rather than a record, so that the checks in other classes read its arrays
     * as fields, as they did when it was private to one class; identity is its equality.
     */
    static final class Rel {
        final Relation relation;
        final int[] left;
        final int[] leftFactor;
        final int[] right;
        final int[] rightFactor;
        final int location;
        final List<CellId> cells;
        final io.github.xxgk.core.form.Label[] solved;

        Rel(Relation relation, int[] left, int[] leftFactor, int[] right, int[] rightFactor,
                int location, List<CellId> cells, io.github.xxgk.core.form.Label[] solved) {
            this.relation = relation;
            this.left = left;
            this.leftFactor = leftFactor;
            this.right = right;
            this.rightFactor = rightFactor;
            this.location = location;
            this.cells = cells;
            this.solved = solved;
        }
    }

    final TableDefinition def;
    final int tableIndex;
    final CellDefinition[] cells;
    final Rel[] relations;
    final Relation[] crossYear;
    final boolean blanksMatter;
    // false only in tests that compare the fast paths with the exact one
    final boolean fastPaths;
    final int[] amountCells;
    // the implied subtotals and the printed parts each is the sum of (from its defining SUM relation)
    final int[] implied;
    final int[][] impliedParts;
    /**
     * The indexes into {@link #implied} of the subtotals whose relation is an ERROR equality (the relations
     * the bound propagation runs), ordered as {@link #implied}.
     */
    final int[] prePinned;
    /** Per cell: the relations it is a term of, in the order of {@link #relations}. */
    final int[][] relationsOf;
    // how messages name the parts of each implied subtotal, and the cells of lists by row
    final io.github.xxgk.core.form.Label[] impliedNames;
    final Formulas.Names names;
    // every relation flattened: terms start[r]..start[r+1]-1 of cell idx[k], the left-hand ones ending
    // at mid[r]; unit[r] when every factor is 1 (the others are checked by checkExactly)
    final int[] start;
    final int[] mid;
    final int[] idx;
    final Comparison[] comparison;
    final boolean[] unit;
    // relations compiled by shape: a family repeats one row pattern over w contiguous columns
    // (relation of column c reads cell rowStart + c); a run is one cell against a contiguous range;
    // the rest stay in the flat program (general[])
    final Family[] families;
    final int[] runTotal;
    final int[] runFrom;
    final int[] runLength;
    final int[] runRelation;
    final int[] general;

    /** Relations of one rule over the columns of a block: Σ left rows = Σ right rows, column by column. */
    record Family(int[] left, int[] right, int width, Comparison comparison, int[] relations) {
    }
    final int[] regulationCells;
    final int[] totals;
    /** Where a finding on the table as a whole is (made once: its name is built from the table's labels). */
    final Location tableLocation;

    /** Compiles the arithmetic of a table, the {@code tableIndex}-th of its form ({@code fastPaths} false only in tests). */
    ArithmeticProgram(TableDefinition def, int tableIndex, Edition edition, boolean fastPaths) {
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

    /** The number a cell holds: a count's or a signed count's value, else 0 (blank, “/”, an amount). */
    static long number(CellValue v) {
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

    /** The sum of the parts of the implied subtotal {@code j} over some values (below SMALL: no overflow). */
    long partsSum(int j, long[] values) {
        long sum = 0;
        for (int part : impliedParts[j]) {
            sum += values[part];
        }
        return sum;
    }
}
