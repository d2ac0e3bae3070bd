package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Nil statements that name the requests with no verb (本年度无政府信息公开申请。, 我局无依申请公开事项), as small
 * bodies write them: a zero that the earlier rounds left unread, since every phrase of the requests starts with
 * 收到, 受理 or 新收. Such a phrase names the requests only right after the nil word and up to the clause's end or
 * a 、; elsewhere (办理政府信息公开申请, 无政府信息公开申请被复议的情况) it names nothing. Every expected value is read
 * off the sentence and the table by hand.
 */
class NarrativeWordingRound6Test {

    private static final List<String> NO_REQUESTS = List.of(
            "本年度无政府信息公开申请。",
            "2022年度，我局无依申请公开事项。",
            "本年度没有政府信息公开申请，无行政复议和行政诉讼。",
            "本年度无依申请公开情况。",
            "本年度无政府信息公开申请、行政复议和行政诉讼。");

    @Test
    void aZeroWithNoVerbAgreesWithAnEmptyTable() {
        Report r = department().cells("t3.r1.total", 0, "t3.r3_7.total", 0);
        for (String s : NO_REQUESTS) {
            assertThat(r.says("s3", s).findings()).as(s).isEmpty();
        }
    }

    @Test
    void aZeroWithNoVerbIsComparedWithTheTable() {
        Report r = department().cells("t3.r1.total", 3, "t3.r1.natural_person", 3,
                "t3.r3_7.total", 3);
        for (String s : NO_REQUESTS) {
            List<Finding> f = r.says("s3", s).findings();
            assertThat(f).as(s).extracting(Finding::ruleId, Finding::severity)
                    .containsExactly(tuple("T3-TEXT-LINK", Severity.WARNING));
            assertThat(f.get(0).actual()).as(s).contains("0");
            assertThat(f.get(0).expected()).as(s).contains("3");
            assertThat(f.get(0).related()).as(s).extracting(Object::toString).containsExactly("t3.r1.total");
        }
        String s = "本年度无政府信息公开申请。";
        Finding f = r.says("s3", s).findings().get(0);
        TextPosition at = f.location().text().orElseThrow();
        assertThat(s.substring(at.start(), at.end())).isEqualTo("无政府信息公开申请");
        assertThat(f.message(Locale.CHINA)).isEqualTo("三、收到和处理政府信息公开申请情况：“" + s
                + "”所称收到政府信息公开申请 0 与 表三 一、本年新收政府信息公开申请数量 × 总计 的 3 不符。");
    }

    @Test
    void theListedZerosAfterItAreReadToo() {
        // 无政府信息公开申请、行政复议和行政诉讼: the requests, and the reconsiderations of the same nil word
        List<NarrativeFigure> f = NarrativeFigures.of(Edition.STANDARD_2021, "本年度无政府信息公开申请、行政复议和行政诉讼。");
        assertThat(f).extracting(g -> g.subject().orElseThrow(), NarrativeFigure::nil)
                .containsExactly(tuple("requests_received", true), tuple("review", true), tuple("litigation", true));
    }

    @Test
    void withoutTheNilWordOrBeforeMoreWordsItNamesNothing() {
        Report r = department().cells("t3.r1.total", 3, "t3.r1.natural_person", 3,
                "t3.r3_7.total", 3);
        for (String s : List.of(
                "本年度办理政府信息公开申请。",
                "本年度无政府信息公开申请被复议的情况。",
                "本年度无政府信息公开申请逾期答复的情况。",
                "本年度无因政府信息公开申请引发的行政复议。",
                "本年度无依申请公开的政府信息被纠错。")) {
            assertThat(r.says("s3", s).findings()).as(s).isEmpty();
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s)
                    .noneMatch(g -> g.subject().filter("requests_received"::equals).isPresent());
        }
    }

    @Test
    void anotherYearsOrSomeBodiesZeroStatesNoCell() {
        Report r = department().cells("t3.r1.total", 3, "t3.r1.natural_person", 3,
                "t3.r3_7.total", 3);
        for (String s : List.of("上年度无政府信息公开申请。", "各乡镇无政府信息公开申请。")) {
            assertThat(r.says("s3", s).findings()).as(s).isEmpty();
        }
    }
}
