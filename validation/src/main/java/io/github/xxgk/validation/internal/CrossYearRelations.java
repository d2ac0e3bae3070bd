package io.github.xxgk.validation.internal;

import static io.github.xxgk.validation.internal.ArithmeticFindings.boundQuotient;
import static io.github.xxgk.validation.internal.ArithmeticFindings.exactQuotient;
import static io.github.xxgk.validation.internal.ArithmeticFindings.plain;
import static io.github.xxgk.validation.internal.ArithmeticProgram.number;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Period;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.validation.Location;
import java.math.BigInteger;
import java.util.List;

/**
 * The relations of a table that read last year's report too (what one year carries over to the next):
 * checked exactly on the printed values; one is skipped when a cell it reads is blank or missing from last
 * year's report. Not API.
 */
final class CrossYearRelations {

    private CrossYearRelations() {
    }

    /** Checks one cross-year relation of the program's table against last year's report. */
    static void checkCrossYear(ArithmeticProgram p, Relation r, StatisticsTable t, AnnualReport previous, Collector out) {
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
            CellDefinition at = p.def.cell(first.cell()).orElseThrow();
            BigInteger own = BigInteger.valueOf(number(t.value(first.cell()))).multiply(BigInteger.valueOf(first.factor()));
            BigInteger rest = sides[1].subtract(sides[0].subtract(own));
            String printed = Long.toString(number(t.value(first.cell())));
            String expected = r.comparison() == Comparison.EQUAL ? exactQuotient(rest.negate(), first.factor())
                    : (r.comparison() == Comparison.AT_MOST ? "≤ " : "≥ ")
                            + boundQuotient(rest.negate(), first.factor(), r.comparison() == Comparison.AT_MOST);
            out.add(Collector.cellOrder(p.tableIndex, at.index()), new Collector.F(r.ruleId(), r.severity(),
                    Location.cell(at), r.basis(), "relation.cross_year")
                    .expected(expected).actual(printed)
                    .arg("state", Messages.label("state.printed", java.util.Map.of("value", plain(printed))))
                    .related(r.terms().map(Term::cell).distinct().toList())
                    .arg("rule", Rules.description(r.ruleId())).done());
        }
    }
}
