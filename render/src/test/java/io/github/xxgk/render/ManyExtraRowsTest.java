package io.github.xxgk.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.testing.ReportGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression test of issue 13: every extra row copied the whole row list, so 100,000 of them took minutes
 * to render. Now each renderer makes one pass; this renders them all and counts them in the output.
 */
class ManyExtraRowsTest {

    private static final int ROWS = 100_000;

    private static AnnualReport withExtraRows(String longLabel) {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).consistent(3);
        StatisticsTable.Builder t3 = r.tables().get("t3").toBuilder();
        for (int i = 0; i < ROWS; i++) {
            t3.addExtraRow(new ExtraRow((i == 0 ? longLabel : "") + "附加行" + i, "", Map.of("total", Count.of(i))));
        }
        return r.toBuilder().table(t3.build()).build();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void aHundredThousandExtraRowsRenderInEveryFormat() {
        AnnualReport r = withExtraRows("");
        assertThat(count(HtmlRenderer.standard().render(r), "<tr class=\"extra\">")).isEqualTo(ROWS);
        assertThat(count(MarkdownRenderer.standard().render(r), "附加行")).isEqualTo(ROWS);
        assertThat(count(TextRenderer.standard().render(r), "附加行")).isEqualTo(ROWS);
    }

    @Test
    void oneVeryWideCellDoesNotWidenEveryLineOfTheText() {
        AnnualReport r = withExtraRows("宽".repeat(100_000));
        String text = TextRenderer.standard().render(r);
        assertThat(text).contains("宽".repeat(100_000));
        // linear: the long label once, not padded into each of the 100,000 lines
        assertThat(text.length()).isLessThan(100_000 + ROWS * 600);
    }
}
