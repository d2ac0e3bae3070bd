package io.github.xxgk.validation;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.TableDefinition;
import java.math.BigDecimal;
import java.util.Map;

/** What the tests of narrative wordings share: the tables of a report, every cell 0 but those given. */
final class WordedReports {

    private WordedReports() {
    }

    /**
     * Adds every table of the form to the builder, each cell holding its value in {@code values} (by cell id,
     * {@code t3.r1.total}) or 0; an amount cell in 万元.
     */
    static void tables(AnnualReport.Builder b, FormDefinition form, Map<String, Long> values) {
        for (TableDefinition td : form.tables()) {
            StatisticsTable.Builder tb = StatisticsTable.builder(td);
            for (CellDefinition c : td.cells()) {
                long v = values.getOrDefault(c.id().toString(), 0L);
                tb.set(c.id(), switch (c.kind()) {
                    case AMOUNT -> new Amount(BigDecimal.valueOf(v), MoneyUnit.TEN_THOUSAND_YUAN);
                    case SIGNED_COUNT -> SignedCount.of(v);
                    case COUNT -> Count.of(v);
                });
            }
            b.table(tb.build());
        }
    }
}
