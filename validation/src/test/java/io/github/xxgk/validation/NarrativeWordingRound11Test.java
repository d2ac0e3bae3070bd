package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Edition;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a second audit (about 200 sentences made like those of city, provincial-department, township and 2008-format
 * reports) found bound to cells they do not state: the cases of every kind before 其中涉及政府信息公开的 (a narrowing
 * word after the list marker), the cases a body 承办 as the deciding organ, a bare 办结 after the requests of some
 * bodies (各区县…，办结…: of the same bodies), two subjects joined over a verb (复议和提起行政诉讼共3件: shared), and a
 * numeral written digit by digit (二〇件); and missed the labels of the 2008 table restated in the text (行政复议数1件:
 * 数 makes only a Chinese numeral approximate, 数十件). Every expected value is read off the sentence and the table by
 * hand.
 */
class NarrativeWordingRound11Test {

    private static final List<String> NOT_THE_BODYS = List.of(
            "全年承办行政复议案件28件，其中涉及政府信息公开的3件。",
            "全年共发生行政诉讼案件17件，其中涉及政府信息公开的2件。",
            "2022年，全区共有行政复议案件248件，其中涉及政府信息公开的行政复议案件16件，占6.5%。",
            "被申请行政复议和提起行政诉讼共3件。");

    @Test
    void figuresOfMoreThanTheDisclosureCasesStateNoCell() {
        Report some = department().cells("t4.cases.review_total", 3, "t4.cases.review_upheld", 3,
                "t4.cases.direct_total", 2, "t4.cases.direct_upheld", 2);
        for (String s : NOT_THE_BODYS) {
            assertThat(some.says("s4", s).findings()).as(s).isEmpty();
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s).allMatch(f -> f.cells().isEmpty());
        }
        // without 其中涉及政府信息公开, the figure is the body's and is compared
        assertThat(some.says("s4", "全年共发生政府信息公开行政诉讼案件17件。").findings()).extracting(Finding::ruleId)
                .containsExactly("T4-TEXT-LINK");
        assertThat(some.says("s4", "本年度发生政府信息公开行政复议案件5件，其中维持3件。").findings())
                .extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
        // 均涉及政府信息公开 says that all are disclosure cases: the figure is compared
        assertThat(some.says("s4", "2022年度行政复议案件共计3件，行政诉讼案件共计5件，均涉及政府信息公开。").findings())
                .extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
    }

    @Test
    void aBare办结IsOfTheBodiesAndYearOfTheRequestsBeforeIt() {
        Report ten = department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10, "t3.r3_7.total", 10);
        for (String s : List.of("各区县共收到政府信息公开申请2,101件，办结2,058件。", "上年收到政府信息公开申请12件，办结12件。")) {
            assertThat(ten.says("s3", s).findings()).as(s).isEmpty();
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s).allMatch(f -> f.cells().isEmpty());
        }
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "本年度收到政府信息公开申请12件，办结12件。"))
                .extracting(f -> f.cells().toString()).containsExactly("[t3.r1.total]", "[t3.r3_7.total]");
    }

    @Test
    void aNumeralDigitByDigitIsNotRead() {
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "全年共收到政府信息公开申请二〇件。")).isEmpty();
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "全年共收到政府信息公开申请一百零五件。"))
                .extracting(f -> f.value().intValue()).containsExactly(105);
    }

    @Test
    void subjectsJoinedOverAVerbShareTheFigureButNotAcrossAClause() {
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "本年度被申请行政复议1件，提起行政诉讼2件。"))
                .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue(), f -> f.cells().isEmpty())
                .containsExactly(tuple("review", 1, false), tuple("litigation", 2, false));
    }

    @Test
    void theLabelsOfThe2008TableRestatedInTheText() {
        String s = "2016年收到政府信息公开申请数45件，行政复议数1件，行政诉讼数0件。";
        assertThat(NarrativeFigures.of(Edition.LEGACY_2008, s))
                .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue(), f -> f.cells().toString())
                .containsExactly(tuple("requests_received", 45, "[stats.l21.value]"),
                        tuple("review", 1, "[stats.l44.value]"), tuple("litigation", 0, "[stats.l48.value]"));
        Report legacy = new Report().agency("某县财政局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).edition(Edition.LEGACY_2008, 2016);
        assertThat(legacy.cells("stats.l21.value", 45, "stats.l26.value", 45, "stats.l44.value", 1).says("leg_requests", s)
                .findings()).isEmpty();
        assertThat(legacy.cells("stats.l21.value", 44, "stats.l26.value", 44, "stats.l44.value", 1).says("leg_requests", s)
                .findings()).extracting(Finding::ruleId).containsExactly("TXT-TABLE-CONSISTENCY");
        for (String t : List.of("本年度收到政府信息公开申请数十件。", "本年度收到政府信息公开申请几十件。")) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, t)).as(t).isEmpty();
        }
    }
}
