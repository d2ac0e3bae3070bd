package io.github.xxgk.validation.internal;

import io.github.xxgk.core.form.Comparison;

/**
 * What the {@code long} paths of the arithmetic share ({@link KnownCellsCheck}, {@link LongBounds}): the
 * magnitude below which they run, their per-thread working arrays, and the test of a difference against
 * a comparison. Not API.
 */
final class LongPaths {

    private LongPaths() {
    }

    /** Per-thread working arrays, reused across validations: the numbers, derived flags, column sums. */
    static final class Scratch {
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
        /** The relation each cell was pinned by in the current table (cleared before each use). */
        ArithmeticProgram.Rel[] source = new ArithmeticProgram.Rel[512];

        void ensure(int cells, int relations) {
            if (lo.length < cells) {
                lo = new long[cells];
                hi = new long[cells];
                blank = new boolean[cells];
                stamp = new int[cells];
                blankCells = new int[cells];
                source = new ArithmeticProgram.Rel[cells];
            }
            if (active.length < relations) {
                active = new int[relations];
                clean = new int[relations];
                relBlank = new boolean[relations];
            }
        }
    }

    static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Below this every number of a table is, no sum of fewer than 2^23 of them overflows a long. */
    static final long SMALL = 1L << 40;

    /** Whether a relation fails whose left side less its right side is {@code d}. */
    static boolean fails(Comparison c, long d) {
        return c == Comparison.EQUAL ? d != 0 : c == Comparison.AT_MOST ? d > 0 : d < 0;
    }
}
