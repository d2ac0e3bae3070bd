package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The narrative figures matched to cells in the text dumps of the real reports of the corpus
 * ({@code ../../shared/corpus/pingtan/<year>-syq/page.txt}, the body after the crawler's header, tables
 * run together as such dumps have them). Every figure listed was read off the page by hand; nothing else
 * on the page (years, dates, phone numbers, postcodes, e-mail, 访问量…人次, the digits of the run-together
 * tables) may match a cell. Skipped, saying so, when the corpus folder is absent.
 */
class CorpusNarrativeTest {

    private static final Path CORPUS = Path.of("../../shared/corpus/pingtan");

    private static String body(String year) throws IOException {
        Path page = CORPUS.resolve(year + "-syq/page.txt");
        Assumptions.assumeTrue(Files.isRegularFile(page), "corpus page " + page + " absent: skipped");
        String t = Files.readString(page, StandardCharsets.UTF_8);
        return t.substring(t.indexOf("正文"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2013|LEGACY_2008|proactive 4970 [stats.l1.value]; requests_received 0 [stats.l21.value]",
        "2016|LEGACY_2008|proactive 3460 [stats.l1.value]; requests_received 0 [stats.l21.value]; review 0 [stats.l44.value]; "
                + "litigation 0 [stats.l48.value]",
        "2019|TRIAL_2019|",
        "2022|STANDARD_2021|normative_in_force 698 [t2.normative_documents.in_force]; normative_issued 88 "
                + "[t2.normative_documents.issued]; requests_received 75 [t3.r1.total]; litigation 1 "
                + "[t4.cases.direct_total, t4.cases.after_review_total]; review 2 [t4.cases.review_total]",
        "2024|STANDARD_2021|normative_issued 62 [t2.normative_documents.issued]"})
    void matchedFiguresOfARealPage(String year, Edition edition, String expected) throws IOException {
        List<String> matched = NarrativeFigures.of(edition, body(year)).stream().filter(NarrativeFigure::matched)
                .map(f -> f.subject().orElseThrow() + " " + f.value().toPlainString() + " " + f.cells()).toList();
        assertThat(String.join("; ", matched)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource({"2013", "2016", "2019", "2022", "2024"})
    void noPhoneNumberPostcodeOrYearIsAFigure(String year) throws IOException {
        String body = body(year);
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, body)).allSatisfy(f -> {
            String printed = body.substring(f.position().start(), f.position().end());
            assertThat(printed).doesNotContain("年", "月", "日", "号", "%").doesNotStartWith("350400").doesNotStartWith("2316");
        });
    }
}
