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
 * A figure before the noun it counts (共收到12件政府信息公开申请, 发生1起政府信息公开行政复议案件, 其中1件维持): the subject
 * is read with the figure taken out of its clause. Only where the noun is the figure's: not a word of a part after
 * the unit (12个乡镇的…申请), not a noun of its own before the phrase (60个单位的主动公开的政府信息, 3件涉及行政复议), in a
 * list only a part. Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingRound14Test {

    /** 12 requests received, all of natural persons, all concluded and disclosed. */
    private static Report twelveRequests() {
        return department().cells("t3.r1.total", 12, "t3.r1.natural_person", 12, "t3.r3_1.total", 12,
                "t3.r3_7.total", 12);
    }

    @Test
    void theNounAfterTheFigureNamesItsSubject() {
        String s = "本年度共收到12件政府信息公开申请，办结12件。";
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s))
                .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue(), f -> f.cells().toString())
                .containsExactly(tuple("requests_received", 12, "[t3.r1.total]"),
                        tuple("requests_concluded_after", 12, "[t3.r3_7.total]"));
        assertThat(twelveRequests().says("s3", s).findings()).isEmpty();
        // the table's 13 contradicts the 12 received (and so the 13 concluded: the 12 concluded too)
        assertThat(twelveRequests().cells("t3.r1.natural_person", 13, "t3.r1.total", 13).says("s3",
                "本年度共受理12件政府信息公开申请。").findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected)
                .containsExactly(tuple("T3-TEXT-LINK", Optional.of("12件"), Optional.of("13")));
        // the phrase after the unit, or after a narrowing word there
        Report review = department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1);
        for (String c : List.of("本年度发生1起政府信息公开行政复议案件，结果维持。", "本年度发生1起行政复议案件。")) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, c)).as(c)
                    .extracting(f -> f.subject().orElseThrow()).containsExactly("review");
            assertThat(review.says("s4", c).findings()).as(c).isEmpty();
        }
        assertThat(department().says("s4", "本年度发生1起行政复议案件。").findings())
                .extracting(Finding::ruleId, Finding::actual).containsExactly(tuple("T4-TEXT-LINK", Optional.of("1起")));
    }

    @Test
    void aPartBeforeItsNounInAList() {
        String s = "本年度发生政府信息公开行政复议2件，其中1件维持，1件纠正。";
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).extracting(f -> f.subject().orElseThrow())
                .containsExactly("review", "review_upheld", "review_corrected");
        Report r = department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 1,
                "t4.cases.review_corrected", 1);
        assertThat(r.says("s4", s).findings()).isEmpty();
        assertThat(r.cells("t4.cases.review_upheld", 2, "t4.cases.review_corrected", 0).says("s4", s).findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected).containsExactly(
                        tuple("T4-TEXT-LINK", Optional.of("1件"), Optional.of("2")),
                        tuple("T4-TEXT-LINK", Optional.of("1件"), Optional.of("0")));
    }

    @Test
    void aSubjectNamedAfterTheWholeOfItsListEndsTheList() {
        // 其中10件已办结 as 其中已办结10件: the requests concluded, after opening words (已, 均已); the list ends there
        String s = "本年度共收到政府信息公开申请12件，其中10件已办结，2件结转下年度继续办理。";
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).extracting(f -> f.subject().orElseThrow(),
                f -> f.cells().toString()).containsExactly(tuple("requests_received", "[t3.r1.total]"),
                tuple("requests_concluded_after", "[t3.r3_7.total]"), tuple("requests_forwarded_after", "[t3.r4.total]"));
        Report r = department().cells("t3.r1.total", 12, "t3.r1.natural_person", 12, "t3.r3_1.total", 10,
                "t3.r3_7.total", 10, "t3.r4.total", 2, "t3.r4.natural_person", 2);
        assertThat(r.says("s3", s).findings()).isEmpty();
        assertThat(r.cells("t3.r3_7.total", 11, "t3.r3_1.total", 11, "t3.r4.total", 1).says("s3", s).findings())
                .extracting(Finding::actual, Finding::expected)
                .containsExactly(tuple(Optional.of("10件"), Optional.of("11")), tuple(Optional.of("2件"), Optional.of("1")));
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "本年度收到政府信息公开申请12件，12件均已办结。"))
                .extracting(f -> f.subject().orElseThrow()).containsExactly("requests_received", "requests_concluded_after");
    }

    /** Figures before a noun that is not what they count: none has a subject (all beside an empty table). */
    private static final List<String> NOT_THE_NOUN = List.of(
            // a noun of its own between the unit and the phrase
            "目前已汇集了60个单位的主动公开的政府信息。",
            "本年度更新了20个栏目的主动公开政府信息。",
            "本年度共收到申请12件，其中3件因不服答复提起行政复议。",
            // a word of a part after the unit
            "本年度收到来自12个乡镇的政府信息公开申请。",
            "本年度收到3个部门的申请。",
            // a list marker after the unit: 涉及行政复议 is no noun, the phrase of the requests does not reach past 涉及
            "本年度共收到申请12件，3件涉及行政复议。",
            "本年度收到3件涉及拆迁的申请。",
            // in a list, a subject that is no part of its whole, nor named after it
            "本年度共收到申请12件，其中2件行政复议。",
            "本年度行政复议12件，其中1件已办结。",
            // not the noun of the figure's clause alone
            "本年度共收到12件（含上年结转2件）政府信息公开申请。",
            "本年度共收到3件政府信息公开申请（含上年结转2件）。",
            "本年度共收到12件政府信息公开申请和3件行政复议申请。",
            // a noun shared by two subjects
            "本年度发生2起行政复议和行政诉讼案件。");

    @Test
    void aNounThatIsNotTheFiguresNamesNothing() {
        for (String s : NOT_THE_NOUN) {
            List<NarrativeFigure> figures = NarrativeFigures.of(Edition.STANDARD_2021, s);
            assertThat(figures).as(s).isNotEmpty();
            assertThat(figures).as(s).filteredOn(f -> f.value().intValue() != 12)
                    .allSatisfy(f -> assertThat(f.subject()).as(s).isEmpty());
        }
    }
}
