package io.github.xxgk.validation.internal;

import static io.github.xxgk.validation.internal.LongPaths.SMALL;
import static io.github.xxgk.validation.internal.LongPaths.fails;

import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.validation.internal.ArithmeticProgram.Family;
import io.github.xxgk.validation.internal.ArithmeticProgram.Rel;
import java.math.BigInteger;

/**
 * The check of a table whose every cell is known (blank implied subtotals derived from their parts), in
 * {@code long} arithmetic when every number is below {@link LongPaths#SMALL}: families, runs and the flat
 * program of an {@link ArithmeticProgram}; a relation that fails is checked again exactly, to report it.
 * Not API.
 */
final class KnownCellsCheck {

    private KnownCellsCheck() {
    }

    /**
     * Fills blank implied subtotals with the sums of their parts; false if a sum would reach
     * {@link LongPaths#SMALL}. Called for tables whose every number is below SMALL only, so that no sum
     * overflows.
     */
    static boolean deriveSubtotals(ArithmeticProgram p, StatisticsTable table, long[] numbers, boolean[] derived) {
        for (int j = 0; j < p.implied.length; j++) {
            if (table.valueAt(p.implied[j]).isBlank()) {
                long sum = p.partsSum(j, numbers);
                if (sum >= SMALL) {
                    return false;
                }
                numbers[p.implied[j]] = sum;
                derived[p.implied[j]] = true;
            }
        }
        return true;
    }

    private static boolean allDerived(boolean[] derived, int from, int width) {
        for (int c = 0; c < width; c++) {
            if (!derived[from + c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * All relations in {@code long} arithmetic (every number of the table, derived subtotals included, is
     * below {@link LongPaths#SMALL}: no sum can overflow): families column-vector by column-vector over
     * contiguous cells, runs as contiguous sums, the rest over the flat program. A relation that fails is
     * checked again on its own, exactly, to report it.
     */
    static boolean checkSmall(ArithmeticProgram p, long[] numbers, boolean[] derived, LongPaths.Scratch scratch,
            StatisticsTable t, Collector out) {
        long[] acc = scratch.sums;
        for (Family f : p.families) {
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
                    checkExactly(p, p.relations[f.relations()[c]], numbers, t, out);
                }
            }
        }
        for (int q = 0; q < p.runTotal.length; q++) {
            long sum = 0;
            for (int i = p.runFrom[q], end = p.runFrom[q] + p.runLength[q]; i < end; i++) {
                sum += numbers[i];
            }
            if (numbers[p.runTotal[q]] != sum) {
                if (derived != null) {
                    return false;
                }
                checkExactly(p, p.relations[p.runRelation[q]], numbers, t, out);
            }
        }
        for (int r : p.general) {
            if (!p.unit[r]) {
                Rel rel = p.relations[r];
                long weighted = 0;
                for (int i = 0; i < rel.left.length; i++) {
                    weighted += numbers[rel.left[i]] * rel.leftFactor[i];
                }
                for (int i = 0; i < rel.right.length; i++) {
                    weighted -= numbers[rel.right[i]] * rel.rightFactor[i];
                }
                if (fails(p.comparison[r], weighted)) {
                    if (derived != null) {
                        return false;
                    }
                    checkExactly(p, rel, numbers, t, out);
                }
                continue;
            }
            long d = 0;
            int k = p.start[r];
            for (int m = p.mid[r]; k < m; k++) {
                d += numbers[p.idx[k]];
            }
            for (int end = p.start[r + 1]; k < end; k++) {
                d -= numbers[p.idx[k]];
            }
            if (fails(p.comparison[r], d)) {
                if (derived != null) {
                    return false;
                }
                checkExactly(p, p.relations[r], numbers, t, out);
            }
        }
        return true;
    }

    /** Checks one relation exactly on the cells' numbers (derived subtotals included). */
    static void checkExactly(ArithmeticProgram p, Rel rel, long[] numbers, StatisticsTable t, Collector out) {
        BigInteger left = BigInteger.ZERO;
        BigInteger right = BigInteger.ZERO;
        for (int i = 0; i < rel.left.length; i++) {
            left = left.add(BigInteger.valueOf(numbers[rel.left[i]]).multiply(BigInteger.valueOf(rel.leftFactor[i])));
        }
        for (int i = 0; i < rel.right.length; i++) {
            right = right.add(BigInteger.valueOf(numbers[rel.right[i]]).multiply(BigInteger.valueOf(rel.rightFactor[i])));
        }
        if (!rel.relation.comparison().holds(left.compareTo(right))) {
            BigInteger[] exact = new BigInteger[p.cells.length];
            for (int i = 0; i < p.cells.length; i++) {
                exact[i] = BigInteger.valueOf(numbers[i]);
            }
            ArithmeticFindings.report(p, rel, exact, exact, null, t, out, ExactBounds.NO_OFFSET);
        }
    }
}
