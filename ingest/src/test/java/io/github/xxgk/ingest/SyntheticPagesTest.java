package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pages written for the tests that imitate the corpus's quirks: a Word page saved as GB2312 with
 * upper-case markup and unquoted attributes, {@code mso-} styles, {@code <o:p>}, conditional comments,
 * {@code <?xml:namespace>}, a vertical header one character per line, full-width digits, a thousands
 * separator, and 表三 split over two tables at a page break. The figures and text are those of the
 * pingtan-2024 fixture, so the page must read into it (plus the signature and date lines it prints).
 */
class SyntheticPagesTest {

    private static byte[] resource(String name) {
        try (InputStream in = SyntheticPagesTest.class.getResourceAsStream("/synthetic/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AnnualReport expected() {
        return Corpus.fixture("pingtan-2024-syq.json").toBuilder()
                .closing("平潭综合实验区管委会办公室", "2025年3月10日").build();
    }

    @Test
    void aWordPageInGb2312ReadsIntoTheFixture() {
        ReadResult r = PublishedReports.read(resource("word-gbk-2024.html"), ReadOptions.defaults());
        Corpus.dump("synthetic-expected.json", expected());
        assertThat(Corpus.dump("synthetic.json", r.report())).isEqualTo(Corpus.json(expected()));
        assertThat(r.report()).isEqualTo(expected());
        assertThat(r.provenance().charset()).isEqualTo("GB18030");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-CHARSET");
        // the page's only date is the date line: an inference, said so
        assertThat(r.notes()).anySatisfy(n -> assertThat(n.message(Locale.ENGLISH))
                .contains("publication date").contains("the date line"));
    }

    @Test
    void withoutACharsetDeclarationTheGuessIsReported() {
        String latin = new String(resource("word-gbk-2024.html"), StandardCharsets.ISO_8859_1)
                .replace("<META http-equiv=Content-Type content=\"text/html; charset=gb2312\">", "");
        ReadResult r = PublishedReports.read(latin.getBytes(StandardCharsets.ISO_8859_1), ReadOptions.defaults());
        assertThat(r.report().tables()).isEqualTo(expected().tables());
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-CHARSET")).singleElement()
                .satisfies(n -> assertThat(n.message(Locale.ENGLISH)).contains("GB18030").contains("not valid UTF-8"));
    }
}
