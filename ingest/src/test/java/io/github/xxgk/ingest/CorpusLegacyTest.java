package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import org.junit.jupiter.api.Test;

/** The legacy corpus pages: provincial labels read through the variants of the legacy table. */
class CorpusLegacyTest {

    @Test
    void pingtan2013PageReadsIntoTheFixture() {
        ReadResult result = PublishedReports.read(Corpus.page("2013-syq", "page.html"), ReadOptions.defaults());
        AnnualReport expected = Corpus.fixture("pingtan-2013-syq.json");
        Corpus.dump("2013-expected.json", expected);
        assertThat(Corpus.dump("2013-html.json", result.report())).isEqualTo(Corpus.json(expected));
        assertThat(result.report()).isEqualTo(expected);
    }
}
