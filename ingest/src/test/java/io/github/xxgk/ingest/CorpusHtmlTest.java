package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import org.junit.jupiter.api.Test;

/** The corpus web pages read into exactly the hand-typed fixtures. */
class CorpusHtmlTest {

    @Test
    void pingtan2024PageReadsIntoTheFixture() {
        ReadResult result = PublishedReports.read(Corpus.page("2024-syq", "page.html"), ReadOptions.defaults());
        AnnualReport expected = Corpus.fixture("pingtan-2024-syq.json");
        assertThat(Corpus.json(result.report())).isEqualTo(Corpus.json(expected));
        assertThat(result.report()).isEqualTo(expected);
        // declared charset: no guess; the agency kind is an inference and says so
        assertThat(result.notes()).extracting(Finding::ruleId).containsExactly("READ-METADATA-INFERRED");
        assertThat(result.provenance().charset()).isEqualTo("UTF-8");
        // every printed value has its place in the page
        assertThat(result.provenance().cells()).hasSize(200);
        SourceLocation at = result.provenance().of(new CellId("t3", "r1", "natural_person")).orElseThrow();
        assertThat(at).isInstanceOf(SourceLocation.HtmlCell.class);
        assertThat(((SourceLocation.HtmlCell) at).table()).isEqualTo(1);
        assertThat(result.provenance().of("/sections/0/paragraphs/1")).isPresent();
        // and so the validator finds in it what it finds in the fixture
        assertThat(io.github.xxgk.validation.ReportValidator.standard().validate(result.report()))
                .isEqualTo(io.github.xxgk.validation.ReportValidator.standard().validate(expected));
    }
}
