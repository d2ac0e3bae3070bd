package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.TableDefinition;

/**
 * The arithmetic rules of one table, derived from the relations its definition declares and compiled
 * to index arrays. A table without blank cells is checked in {@code long} arithmetic (falling back to
 * exact arithmetic on overflow). With blank cells, each blank is an unknown non-negative number:
 * the bounds the ERROR identities imply are propagated, a relation is an error only
 * when no values within the bounds satisfy it, and blanks that the others determine are reported with
 * their derived value. NOT_APPLICABLE counts as zero. Immutable and thread-safe. Not API.
 *
 * <p>This class chooses the path a table takes; each concern has a class of its own, all reading the
 * {@link ArithmeticProgram} compiled here once per table definition: {@link KnownCellsCheck} (every cell
 * known, in longs), {@link LongBounds} and {@link ExactBounds} (the bounds of blank cells, in longs and in
 * exact arithmetic), {@link ArithmeticFindings} (the findings and their wording), {@link CrossYearRelations}
 * (the relations that read last year's report).
 */
final class Arithmetic {

    private final ArithmeticProgram program;

    Arithmetic(TableDefinition def, int tableIndex, Edition edition, boolean fastPaths) {
        this.program = new ArithmeticProgram(def, tableIndex, edition, fastPaths);
    }

    /** The indices of the table's money cells. */
    int[] amountCells() {
        return program.amountCells;
    }

    /** The indices of the cells of the 规章 row (表二), which only bodies with rule-making power fill. */
    int[] regulationCells() {
        return program.regulationCells;
    }

    /** The indices of 表三's 总计 of rows 一、, 二、, 四、 (-1 in other tables). */
    int[] totals() {
        return program.totals;
    }

    /** The definition of the cell at an index. */
    CellDefinition cell(int index) {
        return program.cells[index];
    }

    /** Checks the table's relations, blanks and cross-year chains. */
    void check(StatisticsTable table, AnnualReport previous, Collector out) {
        ArithmeticProgram p = program;
        if (!p.fastPaths) {
            ExactBounds.checkWithBlanks(p, table, out);
        } else if (!table.hasBlankFormCell() && !ExactBounds.hasPartsOutsideTheForm(table)) {
            // every cell is known; blank implied subtotals are the sums of their parts
            LongPaths.Scratch scratch = LongPaths.SCRATCH.get();
            if (scratch.numbers.length < p.cells.length) {
                scratch.numbers = new long[p.cells.length];
                scratch.derived = new boolean[p.cells.length];
            }
            long[] numbers = scratch.numbers;
            table.copyNumbers(numbers);
            if (table.largestMagnitude() >= LongPaths.SMALL) {
                if (table.hasBlank()) {
                    ExactBounds.checkWithBlanks(p, table, out);
                } else {
                    for (ArithmeticProgram.Rel rel : p.relations) {
                        KnownCellsCheck.checkExactly(p, rel, numbers, table, out);
                    }
                }
            } else {
                boolean[] derived = null;
                if (table.hasBlank()) {
                    derived = scratch.derived;
                    java.util.Arrays.fill(derived, 0, p.cells.length, false);
                }
                // a relation that fails over derived subtotals is worded by the exact path, which names them
                if (derived == null || KnownCellsCheck.deriveSubtotals(p, table, numbers, derived)) {
                    if (!KnownCellsCheck.checkSmall(p, numbers, derived, scratch, table, out)) {
                        ExactBounds.checkWithBlanks(p, table, out);
                    }
                } else {
                    ExactBounds.checkWithBlanks(p, table, out);
                }
            }
        } else {
            ExactBounds.checkWithBlanks(p, table, out);
        }
        if (p.blanksMatter && table.hasNotApplicable()) {
            ArithmeticFindings.notApplicable(p, table, out);
        }
        if (previous != null) {
            for (Relation r : p.crossYear) {
                CrossYearRelations.checkCrossYear(p, r, table, previous, out);
            }
        }
    }
}
