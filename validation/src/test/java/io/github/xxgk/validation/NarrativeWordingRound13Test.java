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
 * Subjects joined by conjunctions before their figures: 分别为 gives as many figures joined alike to them in their
 * order (行政复议、行政诉讼分别为2件、1件), and an each marker reaches a subject a few words after its conjunction
 * (被申请行政复议和提起行政诉讼均为0件). When the figures are not as many as the subjects, or a conjoined word is no
 * subject, no figure is given to any. Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingRound13Test {

    /** 2 reconsiderations, upheld; 1 suit, pending. */
    private static Report twoAndOne() {
        return department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2, "t4.cases.direct_total", 1,
                "t4.cases.direct_pending", 1);
    }

    @Test
    void respectivelyGivesTheFiguresToTheSubjectsInTheirOrder() {
        for (String s : List.of("本年度发生政府信息公开行政复议、行政诉讼分别为2件、1件。", "本年度行政复议和行政诉讼分别为2件和1件。",
                "本年度行政复议、行政诉讼数量分别是2件、1件，均已审结。", "本年度被申请行政复议和提起行政诉讼的数量分别为2件和1件。")) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s)
                    .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue())
                    .containsExactly(tuple("review", 2), tuple("litigation", 1));
            assertThat(twoAndOne().says("s4", s).findings()).as(s).isEmpty();
        }
        // the order is the text's: the table's 2 suits and 1 reconsideration contradict both figures
        Report swapped = department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1,
                "t4.cases.direct_total", 2, "t4.cases.direct_pending", 2);
        assertThat(swapped.says("s4", "本年度发生政府信息公开行政复议、行政诉讼分别为2件、1件。").findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected).containsExactly(
                        tuple("T4-TEXT-LINK", Optional.of("2件"), Optional.of("1")),
                        tuple("T4-TEXT-LINK", Optional.of("1件"), Optional.of("2")));
        // the requests received and concluded, of 三、
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "本年度收到政府信息公开申请、办结申请分别为50件、48件。"))
                .extracting(f -> f.cells().toString()).containsExactly("[t3.r1.total]", "[t3.r3_7.total]");
        // the parts of a list: the applicants of the requests received
        String parts = "本年度收到政府信息公开申请10件，其中自然人、法人或其他组织分别为8件、2件。";
        Report applicants = department().cells("t3.r1.total", 10, "t3.r1.natural_person", 8, "t3.r1.other_org", 2,
                "t3.r3_1.total", 10, "t3.r3_7.total", 10);
        assertThat(applicants.says("s3", parts).findings()).isEmpty();
        assertThat(applicants.cells("t3.r1.natural_person", 9, "t3.r1.other_org", 1).says("s3", parts).findings())
                .extracting(Finding::ruleId, Finding::actual, Finding::expected).containsExactly(
                        tuple("T3-TEXT-LINK", Optional.of("8件"), Optional.of("9")),
                        tuple("T3-TEXT-LINK", Optional.of("2件"), Optional.of("1")));
        // of another year, as any figure
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "上年度行政复议、行政诉讼分别为2件、1件。"))
                .allSatisfy(f -> assertThat(f.cells()).isEmpty());
    }

    /** Sentences in which which figure is whose is not told: no figure has a subject. */
    private static final List<String> NOT_TOLD = List.of(
            // three figures, two subjects
            "本年度行政复议、行政诉讼分别为2件、1件、3件。",
            // one subject
            "本年度行政复议分别为2件、1件。",
            // 信访 is no subject of the form: the others' order is not known
            "本年度信访、行政复议、行政诉讼分别为5件、2件、1件。",
            "本年度信访、行政复议、行政诉讼分别为2件、1件。",
            // 收到并办结…申请: the requests received or those concluded
            "本年度行政复议、收到并办结政府信息公开申请分别为2件、10件。",
            // two units
            "本年度行政复议、行政诉讼分别为2件、1次。",
            // words between the figures: a range, a remark
            "本年度行政复议、行政诉讼分别为1件至2件。",
            "本年度行政复议、行政诉讼分别为2件（已审结）、1件。",
            // a part, not the figure of a subject, before the second
            "本年度行政复议、行政诉讼分别为2件、其中1件。");

    @Test
    void figuresNotAsManyAsTheSubjectsAreNoOnes() {
        for (String s : NOT_TOLD) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.subject()).as(s).isEmpty());
            assertThat(department().says("s4", s).findings()).as(s).isEmpty();
        }
    }

    @Test
    void aRunOfFiguresEndsWithItsParagraph() {
        // the second number has 19 digits, no figure: the run's second subject is not given to the next paragraph's 1件
        Report r = department().says("s4", "本年度行政复议、行政诉讼分别为2件、1234567890123456789件。")
                .also("s4", "办理其他事项1件。");
        assertThat(r.cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2).findings()).isEmpty();
    }

    @Test
    void anEachMarkerReachesASubjectAFewWordsAfterItsConjunction() {
        String s = "本年度被申请行政复议和提起行政诉讼均为0件。";
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s))
                .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue())
                .containsExactly(tuple("review", 0), tuple("litigation", 0));
        assertThat(department().says("s4", s).findings()).isEmpty();
        assertThat(twoAndOne().says("s4", s).findings()).extracting(Finding::ruleId, Finding::actual)
                .containsExactly(tuple("T4-TEXT-LINK", Optional.of("0件")), tuple("T4-TEXT-LINK", Optional.of("0件")));
        // 的数量 before the marker
        for (String each : List.of("本年度行政复议和行政诉讼的数量均为0。", "本年度行政复议、行政诉讼的数量均为0件。")) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, each)).as(each)
                    .extracting(f -> f.subject().orElseThrow()).containsExactly("review", "litigation");
        }
        // without an each marker the figure is shared, and of neither
        assertThat(twoAndOne().says("s4", "本年度被申请行政复议和提起行政诉讼共3件。").findings()).isEmpty();
    }
}
