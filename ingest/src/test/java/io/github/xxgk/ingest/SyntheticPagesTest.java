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

    @Test
    void aTextDumpInGbkWithoutMarkReadsLikeTheHtmlAndSaysTheGuess() {
        String dump = "标题: 某某县2024年政府信息公开工作年度报告\n发布时间: 2025-01-20 09:00\n"
                + "==================== 正文 ====================\n"
                + "本报告依据条例编制。 一、总体情况 本年度工作平稳。 四、政府信息公开行政复议、行政诉讼情况"
                + "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
                + "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
                + "21317000001324019 五、存在的主要问题及改进情况 无。";
        ReadResult r = PublishedReports.read(dump.getBytes(java.nio.charset.Charset.forName("GBK")), ReadOptions.defaults());
        assertThat(r.report().year()).isEqualTo(2024);
        assertThat(r.report().agency().name()).isEqualTo("某某县");
        assertThat(r.report().publicationDate()).contains(java.time.LocalDate.of(2025, 1, 20));
        assertThat(r.report().table("t4")).isEqualTo(Corpus.fixture("pingtan-2024-syq.json").table("t4"));
        assertThat(r.notes()).extracting(Finding::ruleId).contains("READ-CHARSET", "READ-SPLIT", "READ-TABLE-MISSING");
        assertThat(r.provenance().charset()).isEqualTo("GB18030");
        assertThat(r.provenance().of(new io.github.xxgk.core.form.CellId("t4", "cases", "review_total")))
                .hasValueSatisfying(at -> assertThat(at).isInstanceOf(SourceLocation.TextRange.class));
    }

    /**
     * A run of digits far too long to settle (found by the fuzz suite: the enumeration of its splits into
     * 15 cells did not end): the row is left blank and reported ambiguous, and the read ends.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void anOverlongRunOfDigitsIsReportedAmbiguousNotEnumeratedForever() {
        String dump = "标题: 某某县2024年政府信息公开工作年度报告\n发布时间: 2025-01-20 09:00\n"
                + "==================== 正文 ====================\n"
                + "四、政府信息公开行政复议、行政诉讼情况"
                + "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
                + "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
                + "1234567890".repeat(20) + " 五、存在的主要问题及改进情况 无。";
        ReadResult r = PublishedReports.read(dump.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS")).singleElement()
                .satisfies(n -> assertThat(n.message(Locale.ENGLISH)).contains("too many possible splits"));
        assertThat(r.report().table("t4").orElseThrow().reported()).isEmpty();
    }
}
