package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.Edition;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The results of the 2008 table as legacy reports list them after their whole: 同意公开, 同意部分公开, 不同意公开 after
 * the requests concluded (三、（三）2.–4.), 维持具体行政行为, 被依法纠错, 其他情形 after the reconsiderations and the suits
 * (四、 and 五、（一）–（三）); the 2008 wording of the results in every edition (维持原具体行政行为, 其他情形); and what a
 * finding says of a figure of the requests received that counts last year's too, unsaid; and the results listed after
 * the requests received, compared when the table carries nothing over. Every expected value is read off the sentence
 * and the table by hand.
 */
class NarrativeWordingRound15Test {

    /** A 2016 report: 12 requests concluded and answered, 10 disclosed, 1 in part, 1 refused (a trade secret). */
    private static Report twelveAnswered() {
        return new Report().edition(Edition.LEGACY_2008, 2016).cells("stats.l21.value", 12, "stats.l22.value", 12,
                "stats.l26.value", 12, "stats.l27.value", 12, "stats.l29.value", 12, "stats.l31.value", 10,
                "stats.l32.value", 1, "stats.l33.value", 1, "stats.l35.value", 1);
    }

    @Test
    void theRepliesOfTheRequestsConcludedAreTheirRows() {
        String s = "本年度办结政府信息公开申请12件，其中同意公开10件，同意部分公开1件，不同意公开1件。";
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, s)).extracting(f -> f.cells().toString()).containsExactly(
                "[stats.l26.value]", "[stats.l31.value]", "[stats.l32.value]", "[stats.l33.value]");
        assertThat(twelveAnswered().says("leg_requests", s).findings()).isEmpty();
        // the table counts 9 disclosed and 2 in part
        assertThat(twelveAnswered().cells("stats.l31.value", 9, "stats.l32.value", 2).says("leg_requests", s).findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected).containsExactly(
                        tuple("TXT-TABLE-CONSISTENCY", Optional.of("10件"), Optional.of("9")),
                        tuple("TXT-TABLE-CONSISTENCY", Optional.of("1件"), Optional.of("2")));
    }

    @Test
    void theOutcomesOfTheCasesAreTheirRows() {
        Report cases = new Report().edition(Edition.LEGACY_2008, 2016).cells("stats.l44.value", 2, "stats.l45.value", 1,
                "stats.l46.value", 1, "stats.l48.value", 3, "stats.l49.value", 1, "stats.l50.value", 1,
                "stats.l51.value", 1);
        String review = "本年度发生行政复议2件，其中维持具体行政行为1件，被依法纠错1件。";
        String suits = "本年度发生行政诉讼3件，其中维持1件，被依法纠错1件，其他情形1件。";
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, review)).extracting(f -> f.cells().toString())
                .containsExactly("[stats.l44.value]", "[stats.l45.value]", "[stats.l46.value]");
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, suits)).extracting(f -> f.cells().toString())
                .containsExactly("[stats.l48.value]", "[stats.l49.value]", "[stats.l50.value]", "[stats.l51.value]");
        assertThat(cases.says("leg_review", review + suits).findings()).isEmpty();
        assertThat(cases.cells("stats.l45.value", 2, "stats.l46.value", 0).says("leg_review", review).findings())
                .extracting(Finding::actual, Finding::expected)
                .containsExactly(tuple(Optional.of("1件"), Optional.of("2")), tuple(Optional.of("1件"), Optional.of("0")));
        // cases pending have no row of the 2008 table: stated, compared with nothing
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, "本年度发生行政诉讼3件，其中维持1件，尚未审结2件。"))
                .extracting(f -> f.subject().orElseThrow(), f -> f.cells().size())
                .containsExactly(tuple("litigation", 1), tuple("litigation_upheld", 1), tuple("litigation_pending", 0));
    }

    @Test
    void theWordingOfThe2008TableNamesTheOutcomesInEveryEdition() {
        String s = "本年度发生行政复议2件，其中维持原具体行政行为1件，其他情形1件。";
        for (Edition e : List.of(Edition.STANDARD_2021, Edition.TRIAL_2019)) {
            assertThat(NarrativeFigures.of(e, s)).as(e.name()).extracting(f -> f.subject().orElseThrow())
                    .containsExactly("review", "review_upheld", "review_other");
        }
        Report r = WordedReports.department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 1,
                "t4.cases.review_other", 1);
        assertThat(r.says("s4", s).findings()).isEmpty();
        assertThat(r.cells("t4.cases.review_upheld", 0, "t4.cases.review_corrected", 1).says("s4", s).findings())
                .extracting(Finding::ruleId, Finding::actual)
                .containsExactly(tuple("T4-TEXT-LINK", Optional.of("1件")));
    }

    @Test
    void aFigureOfTheRequestsReceivedThatCountsLastYearsTooSaysSo() {
        // 56 received: 53 new and 3 carried over in the table; the sentence does not say it counts them
        Report r = WordedReports.department().cells("t3.r1.total", 53, "t3.r1.natural_person", 53, "t3.r2.total", 3,
                "t3.r2.natural_person", 3, "t3.r3_1.total", 56, "t3.r3_7.total", 56);
        List<Finding> f = r.says("s3", "2022年，共收到政府信息公开申请56件，办结56件。").findings();
        assertThat(f).extracting(Finding::ruleId, Finding::actual, Finding::expected)
                .containsExactly(tuple("T3-TEXT-LINK", Optional.of("56件"), Optional.of("53")));
        assertThat(f.get(0).message(java.util.Locale.ENGLISH)).contains("II. Requests carried over").contains("含上年结转");
        assertThat(f.get(0).message(java.util.Locale.CHINA)).contains("二、上年结转政府信息公开申请数量").contains("应写明");
        // 57: no sum of the table's — the plain message
        List<Finding> g = r.says("s3", "2022年，共收到政府信息公开申请57件。").findings();
        assertThat(g.get(0).message(java.util.Locale.CHINA)).doesNotContain("上年结转");
    }

    @Test
    void theChannelsOfTheRequestsAreTheRowsOfThe2008Table() {
        String s = "本年度共受理政府信息公开申请12件，其中当面申请3件，网上申请8件，信函申请1件。";
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, s)).extracting(f -> f.cells().toString()).containsExactly(
                "[stats.l21.value]", "[stats.l22.value]", "[stats.l24.value]", "[stats.l25.value]");
        Report channels = new Report().edition(Edition.LEGACY_2008, 2016).cells("stats.l21.value", 12, "stats.l22.value", 3,
                "stats.l24.value", 8, "stats.l25.value", 1, "stats.l26.value", 12, "stats.l27.value", 12);
        assertThat(channels.says("leg_requests", s).findings()).isEmpty();
        assertThat(channels.cells("stats.l22.value", 4, "stats.l24.value", 7).says("leg_requests", s).findings())
                .extracting(Finding::actual, Finding::expected)
                .containsExactly(tuple(Optional.of("3件"), Optional.of("4")), tuple(Optional.of("8件"), Optional.of("7")));
        // of no cell in the 2021 format, whose 表三 has no channels; shared by 信函、传真, of neither
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).extracting(f -> f.cells().size()).containsExactly(1, 0, 0, 0);
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, "本年度共受理政府信息公开申请12件，其中当面3件，网上8件，信函、传真1件。"))
                .extracting(f -> f.cells().size()).containsExactly(1, 1, 1, 0);
    }

    @Test
    void aFigureOfACellThePageDoesNotPrintIsComparedWithNothing() throws java.io.IOException {
        // the 2016 page prints 信函、传真申请数 as one row of its own: 三、（一）2. and 4. are not printed
        io.github.xxgk.core.AnnualReport page = io.github.xxgk.core.json.ReportJson.defaults()
                .read(java.nio.file.Path.of("../testing/src/test/resources/corpus/pingtan-2016-syq.json"));
        io.github.xxgk.core.StatisticsTable stats = page.tables().get("stats");
        assertThat(stats.isPrinted(io.github.xxgk.core.form.CellId.parse("stats.l25.value"))).isFalse();
        List<io.github.xxgk.core.Section> sections = new java.util.ArrayList<>(page.sections());
        io.github.xxgk.core.Section requests = sections.get(2);
        List<String> paragraphs = new java.util.ArrayList<>(requests.paragraphs());
        paragraphs.add("本年度共受理政府信息公开申请0件，其中当面申请0件，信函申请2件，网上申请1件。");
        sections.set(2, new io.github.xxgk.core.Section(requests.form(), requests.numbering(), requests.title(), paragraphs,
                requests.subsections(), requests.tables()));
        List<Finding> f = ReportValidator.standard().validate(page.toBuilder().sections(sections).build()).findings()
                .stream().filter(x -> x.ruleId().equals("TXT-TABLE-CONSISTENCY")).toList();
        // 网上申请 is printed (0): contradicted; 信函申请 is not: no finding, not a blank's probable value either
        assertThat(f).extracting(Finding::actual).contains(Optional.of("1件")).doesNotContain(Optional.of("2件"));
    }

    @Test
    void theResultsListedAfterTheRequestsReceivedAreComparedWhenNothingIsCarriedOver() {
        String s = "本年度共收到政府信息公开申请10件，其中予以公开5件，不予公开5件。";
        // nothing carried over from the year before (二、0) nor to the next (四、0): the 10 received are the 10 concluded
        Report none = WordedReports.department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10, "t3.r3_1.total", 5,
                "t3.r3_3_5.total", 5, "t3.r3_7.total", 10);
        assertThat(none.says("s3", s).findings()).isEmpty();
        assertThat(none.cells("t3.r3_1.total", 4, "t3.r3_6_3.total", 1).says("s3", s).findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected)
                .containsExactly(tuple("T3-TEXT-LINK", Optional.of("5件"), Optional.of("4")));
        // 2 carried over from the year before, all 12 concluded: the results are of 12 requests, not of the 10
        Report carried = WordedReports.department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10, "t3.r2.total", 2,
                "t3.r2.natural_person", 2, "t3.r3_1.total", 7, "t3.r3_3_5.total", 5, "t3.r3_7.total", 12);
        assertThat(carried.says("s3", s).findings()).isEmpty();
        // 1 carried to the next year: 9 concluded, not the 10
        Report forwarded = WordedReports.department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10,
                "t3.r3_1.total", 4, "t3.r3_3_5.total", 5, "t3.r3_7.total", 9, "t3.r4.total", 1, "t3.r4.natural_person", 1);
        assertThat(forwarded.says("s3", s).findings()).isEmpty();
        // the list's parts are read as the results' in the text alone, their cells those of 三、
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).extracting(f -> f.cells().toString())
                .containsExactly("[t3.r1.total]", "[t3.r3_1.total]", "[t3.r3_3.total]");
        // the 2008 table has no rows of carried-over requests: there the received stand for nothing
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, "本年度共受理政府信息公开申请10件，其中同意公开5件，不同意公开5件。"))
                .extracting(f -> f.cells().size()).containsExactly(1, 0, 0);
    }
}
