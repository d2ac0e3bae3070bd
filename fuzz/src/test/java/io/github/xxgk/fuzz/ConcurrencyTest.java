package io.github.xxgk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.render.MarkdownRenderer;
import io.github.xxgk.render.TextRenderer;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.RuleCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads share the library's instances and do everything at once, from a common start: the
 * outputs are exactly those of one thread alone.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;

    /** Everything the library makes of a report, as one string. */
    static String outputs(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        var result = ReportValidator.standard().validate(r);
        result.findings().forEach(f -> sb.append(f.ruleId()).append(' ').append(f.message(Locale.CHINA)).append(" / ")
                .append(f.message(Locale.ENGLISH)).append('\n'));
        sb.append(HtmlRenderer.standard().withFindings(result).render(r));
        sb.append(HtmlRenderer.standard().withLocale(Locale.ENGLISH).render(r));
        sb.append(MarkdownRenderer.standard().render(r));
        sb.append(TextRenderer.standard().render(r));
        String json = ReportJson.defaults().write(r);
        sb.append(json);
        sb.append(ReportJson.defaults().read(json).equals(r));
        return sb.toString();
    }

    @Test
    void sixteenThreadsGiveWhatOneGives() throws Exception {
        List<AnnualReport> reports = Corpus.reports();
        List<String> expected = reports.stream().map(ConcurrencyTest::outputs).toList();
        String rules = RuleCatalogue.markdown();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> out = new ArrayList<>();
                    for (int k = 0; k < reports.size(); k++) {
                        int i = (k + offset) % reports.size(); // each thread in another order
                        out.add(i + "\n" + outputs(reports.get(i)));
                    }
                    out.add(RuleCatalogue.markdown());
                    return out;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                List<String> got = futures.get(t).get();
                for (int k = 0; k < reports.size(); k++) {
                    int i = (k + t) % reports.size();
                    assertThat(got.get(k)).as("thread %d, report %d", t, i).isEqualTo(i + "\n" + expected.get(i));
                }
                assertThat(got.get(reports.size())).isEqualTo(rules);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
