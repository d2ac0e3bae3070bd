package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.Edition;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parts that the commonest sentences of section 三 and 四 list after their whole: the requests of natural
 * persons and of legal persons after the requests received (其中自然人申请4件，法人或其他组织申请1件), the results after
 * the requests concluded (其中予以公开5件，部分公开2件…), the results of 表四 after the cases (其中维持1件，纠正1件). A part
 * states its cells only in a list after its own whole, the whole stating the table's own figure; elsewhere it is not
 * matched. Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingRound12Test {

    /** 5 requests received, 4 of natural persons and 1 of a commercial enterprise, all concluded and disclosed. */
    private static Report fiveRequests() {
        return department().cells("t3.r1.total", 5, "t3.r1.natural_person", 4, "t3.r1.commercial_enterprise", 1,
                "t3.r3_1.total", 5, "t3.r3_7.total", 5);
    }

    @Test
    void theApplicantsOfTheRequestsReceivedAreTheirColumns() {
        String s = "2022年，我局共收到政府信息公开申请5件，其中自然人申请4件，法人或其他组织申请1件。";
        assertThat(fiveRequests().says("s3", s).findings()).isEmpty();
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).extracting(f -> f.subject().orElseThrow(),
                f -> f.value().intValue(), NarrativeFigure::part, f -> f.cells().size()).containsExactly(
                tuple("requests_received", 5, false, 1), tuple("requests_natural_person", 4, true, 1),
                tuple("requests_legal_person", 1, true, 5));
        // the table says 3 and 2: both parts are contradicted, the whole is not
        List<Finding> f = fiveRequests().cells("t3.r1.natural_person", 3, "t3.r1.research_institution", 1).says("s3", s)
                .findings();
        assertThat(f).extracting(Finding::ruleId, Finding::actual, Finding::expected).containsExactly(
                tuple("T3-TEXT-LINK", Optional.of("4件"), Optional.of("3")),
                tuple("T3-TEXT-LINK", Optional.of("1件"), Optional.of("2")));
        // 法人 alone, and a list in parentheses
        assertThat(fiveRequests().says("s3", "本年度共收到政府信息公开申请5件（其中自然人4件，法人1件）。").findings()).isEmpty();
        assertThat(fiveRequests().says("s3", "本年度共收到政府信息公开申请5件（其中自然人5件）。").findings())
                .extracting(Finding::ruleId, Finding::actual).containsExactly(tuple("T3-TEXT-LINK", Optional.of("5件")));
    }

    /** 9 requests concluded: 5 disclosed, 2 partly, 1 not disclosed (internal affairs), 1 the body does not hold. */
    private static Report nineConcluded() {
        return department().cells("t3.r1.total", 9, "t3.r1.natural_person", 9, "t3.r3_1.total", 5, "t3.r3_2.total", 2,
                "t3.r3_3_5.total", 1, "t3.r3_4_1.total", 1, "t3.r3_7.total", 9);
    }

    @Test
    void theResultsOfTheRequestsConcludedAreTheirRows() {
        String s = "本年度办结政府信息公开申请9件，其中予以公开5件，部分公开2件，不予公开1件，无法提供1件。";
        assertThat(nineConcluded().says("s3", s).findings()).isEmpty();
        // after a bare 办结 of the requests received too, in any order, 不予以公开 and 部分予以公开 not 予以公开
        String reordered = "收到申请9件，办结9件，其中予以公开5件，不予以公开1件，部分予以公开2件，无法提供1件。";
        assertThat(nineConcluded().says("s3", reordered).findings()).isEmpty();
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, reordered)).extracting(fig -> fig.subject().orElseThrow())
                .containsExactly("requests_received", "requests_concluded_after", "requests_disclosed",
                        "requests_not_disclosed", "requests_partly_disclosed", "requests_cannot_provide");
        // a 1 disclosed that the table counts as 其他处理 (（六）3.): 5 disclosed is 1 too many
        List<Finding> f = nineConcluded().cells("t3.r3_1.total", 4, "t3.r3_6_3.total", 1).says("s3", s).findings();
        assertThat(f).extracting(Finding::ruleId, Finding::actual, Finding::expected)
                .containsExactly(tuple("T3-TEXT-LINK", Optional.of("5件"), Optional.of("4")));
        // each result is its row of the table: （三）不予公开, （五）不予处理, （六）其他处理, in 2021 as in 2019
        String other = "办结申请3件，其中不予处理1件，其他处理2件。";
        for (Edition e : List.of(Edition.STANDARD_2021, Edition.TRIAL_2019)) {
            assertThat(NarrativeFigures.of(e, s).get(3).cells()).extracting(Object::toString).containsExactly("t3.r3_3.total");
            assertThat(NarrativeFigures.of(e, other)).extracting(fig -> fig.cells().toString())
                    .containsExactly("[t3.r3_7.total]", "[t3.r3_5.total]", "[t3.r3_6.total]");
        }
    }

    @Test
    void aSubtotalTheTableDoesNotPrintIsTheSumOfItsRows() {
        String s = "本年度办结政府信息公开申请3件，其中予以公开1件，其他处理2件。";
        Report byRows = department().cells("t3.r1.total", 3, "t3.r3_1.total", 1, "t3.r3_6_1.total", 1,
                "t3.r3_6_3.total", 1, "t3.r3_7.total", 3);
        assertThat(byRows.says("s3", s).findings()).isEmpty();
        // 2 against the rows' 1 and 0: the finding names and marks the rows, which the table prints
        Finding f = byRows.cells("t3.r3_6_1.total", 0, "t3.r3_1.total", 2).says("s3", s).findings().get(1);
        assertThat(f.actual()).contains("2件");
        assertThat(f.expected()).contains("1");
        assertThat(f.related()).extracting(Object::toString)
                .containsExactly("t3.r3_6_1.total", "t3.r3_6_2.total", "t3.r3_6_3.total");
        // a 2021 table printing 2019's single row （六）其他处理 (its rows not printed): its printed 2
        Report oneRow = department().cells("t3.r1.total", 3, "t3.r3_1.total", 1, "t3.r3_6.total", 2, "t3.r3_7.total", 3);
        assertThat(oneRow.says("s3", s).findings()).isEmpty();
        assertThat(oneRow.says("s3", "本年度办结政府信息公开申请3件，其中其他处理3件。").findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected)
                .containsExactly(tuple("T3-TEXT-LINK", Optional.of("3件"), Optional.of("2")));
    }

    @Test
    void theResultsOfTheCasesAreTheirColumns() {
        Report review = department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 1,
                "t4.cases.review_corrected", 1);
        String s = "全年发生政府信息公开类行政复议案件2件，其中维持1件，纠正1件。";
        assertThat(review.says("s4", s).findings()).isEmpty();
        assertThat(review.cells("t4.cases.review_upheld", 2, "t4.cases.review_corrected", 0).says("s4", s).findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected).containsExactly(
                        tuple("T4-TEXT-LINK", Optional.of("1件"), Optional.of("2")),
                        tuple("T4-TEXT-LINK", Optional.of("1件"), Optional.of("0")));
        // litigation: the direct and the after-review columns together
        Report litigation = department().cells("t4.cases.direct_total", 2, "t4.cases.direct_upheld", 1,
                "t4.cases.direct_pending", 1, "t4.cases.after_review_total", 1, "t4.cases.after_review_upheld", 1);
        assertThat(litigation.says("s4", "被提起行政诉讼3件，其中结果维持2件，尚未审结1件。").findings()).isEmpty();
        assertThat(litigation.says("s4", "被提起行政诉讼3件，其中结果维持3件。").findings())
                .extracting(Finding::ruleId, Finding::actual).containsExactly(tuple("T4-TEXT-LINK", Optional.of("3件")));
    }

    /** Parts whose cells disagree with every sentence below (all 0), beside wholes that agree with the table. */
    private static final List<String> NOT_THE_PARTS_OF_THE_TABLE = List.of(
            // the cases of two wholes before the list
            "本年度行政复议2件，行政诉讼1件，其中维持2件。",
            // the whole area, another year, the carry-over counted in, no list, a part in parentheses
            "全县共收到政府信息公开申请10件，其中自然人8件，法人或其他组织2件。",
            "上年收到政府信息公开申请10件，其中自然人8件，法人2件。",
            "本年度收到政府信息公开申请12件（含上年结转2件），其中自然人10件，法人2件。",
            "本年度收到政府信息公开申请10件，自然人申请8件。",
            "本年度收到政府信息公开申请10件，其中通过网络申请（含自然人8件）10件。");

    @Test
    void aPartElsewhereStatesNoCell() {
        Report tenAndTwo = department().cells("t3.r1.total", 10, "t3.r1.other_org", 10, "t3.r2.total", 2,
                "t3.r2.other_org", 2, "t3.r3_7.total", 12, "t3.r3_6_3.total", 12, "t4.cases.review_total", 2,
                "t4.cases.review_other", 2, "t4.cases.direct_total", 1, "t4.cases.direct_other", 1);
        for (String s : NOT_THE_PARTS_OF_THE_TABLE) {
            String section = s.contains("复议") ? "s4" : "s3";
            assertThat(tenAndTwo.says(section, s).findings()).as(s).isEmpty();
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s)
                    .allMatch(f -> f.cells().isEmpty() || !f.part());
        }
    }

    @Test
    void aPartOfAWholeThatIsNotTheTablesIsNotCompared() {
        // 75 is this year's 74 and last year's 1, unsaid, and so are its 72 of natural persons (71 and 1): the 75 is
        // the finding, the 72 is not compared with the 71
        Report r = department().cells("t3.r1.total", 74, "t3.r1.natural_person", 71, "t3.r1.commercial_enterprise", 3,
                "t3.r2.total", 1, "t3.r2.natural_person", 1, "t3.r3_7.total", 75, "t3.r3_1.total", 75);
        assertThat(r.says("s3", "2022年，本局收到政府信息公开申请75件，其中自然人72件、法人或其他组织3件，均在法定期限内予以答复。")
                .findings()).extracting(Finding::ruleId, Finding::actual)
                .containsExactly(tuple("T3-TEXT-LINK", Optional.of("75件")));
        // a whole that contradicts the table is the one finding, not each of its parts
        assertThat(fiveRequests().says("s3", "本年度共收到政府信息公开申请8件，其中自然人申请6件，法人或其他组织申请2件。").findings())
                .extracting(Finding::ruleId, Finding::actual).containsExactly(tuple("T3-TEXT-LINK", Optional.of("8件")));
    }

    @Test
    void aBare办结OpeningTheSentenceAfterTheRequestsIsTheirs() {
        String s = "2022年，本机关共收到政府信息公开申请9件。共办结9件，其中予以公开5件，部分公开2件，不予公开1件，无法提供1件。";
        assertThat(nineConcluded().says("s3", s).findings()).isEmpty();
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).extracting(f -> f.cells().isEmpty())
                .containsExactly(false, false, false, false, false, false);
        assertThat(nineConcluded().says("s3", "本年度收到政府信息公开申请9件。本年度共办结9件，其中予以公开6件，部分公开3件。")
                .findings()).extracting(Finding::ruleId, Finding::actual, Finding::expected).containsExactly(
                        tuple("T3-TEXT-LINK", Optional.of("6件"), Optional.of("5")),
                        tuple("T3-TEXT-LINK", Optional.of("3件"), Optional.of("2")));
        // 8 concluded against the table's 9: the finding, and its parts are not compared
        assertThat(nineConcluded().says("s3", "本年度收到政府信息公开申请9件。已办结8件，其中予以公开4件，部分公开4件。").findings())
                .extracting(Finding::ruleId, Finding::actual).containsExactly(tuple("T3-TEXT-LINK", Optional.of("8件")));
        // not after another figure of its sentence, not deep in it, not of another year, not across paragraphs
        for (String other : List.of("本年度收到政府信息公开申请9件。行政复议2件，办结2件。",
                "本年度收到政府信息公开申请9件。全县办结行政许可事项200件，办结120件。",
                "本年度收到政府信息公开申请9件。信访事项办结5件。", "上年收到政府信息公开申请12件。办结12件。")) {
            assertThat(nineConcluded().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2).says("s3", other)
                    .findings()).as(other).isEmpty();
        }
        assertThat(nineConcluded().says("s3", "本年度收到政府信息公开申请9件").also("s3", "办结8件。").findings()).isEmpty();
        // only the sentence right before
        assertThat(nineConcluded().says("s3", "本年度收到政府信息公开申请9件。均按时答复。共办结8件。").findings()).isEmpty();
    }
}
