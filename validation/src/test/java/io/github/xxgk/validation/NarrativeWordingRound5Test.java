package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The requests named by 依申请公开, the service's name, instead of 申请 (收到依申请公开36件, 受理依申请公开事项36件), as
 * county departments write them: a figure that the earlier rounds left unmatched (no 申请 right before it). Each
 * sentence stands beside tables that agree with it (no finding), then beside a table that does not (the
 * contradiction found); sentences where 依申请公开 names no count of requests stay unmatched. Every expected value
 * is read off the sentence and the table by hand.
 */
class NarrativeWordingRound5Test {

    private static final List<String> NAMED_BY_THE_SERVICE = List.of(
            "本年度收到依申请公开36件，均在法定期限内答复。",
            "全年受理依申请公开事项36件。",
            "本年度共新收依申请公开36件，办结36件。",
            "2022年，我局收到依申请公开36件，其中自然人申请30件。");

    @Test
    void requestsNamedByTheServiceAgreeWithTheTable() {
        Report r = department().cells("t3.r1.total", 36, "t3.r1.natural_person", 30, "t3.r3_7.total", 36);
        for (String s : NAMED_BY_THE_SERVICE) {
            assertThat(r.says("s3", s).findings()).as(s).isEmpty();
        }
    }

    @Test
    void requestsNamedByTheServiceAreComparedWithTheTable() {
        Report r = department().cells("t3.r1.total", 34, "t3.r1.natural_person", 30, "t3.r3_7.total", 34);
        for (String s : NAMED_BY_THE_SERVICE) {
            List<Finding> f = r.says("s3", s).findings();
            // 36 in the text, 34 in 一、本年新收 × 总计 (and, where the sentence says 办结36件, 34 in （七）总计 too)
            assertThat(f).as(s).extracting(Finding::ruleId, Finding::severity).isNotEmpty()
                    .allMatch(t -> t.equals(tuple("T3-TEXT-LINK", Severity.WARNING)));
            assertThat(f.get(0).actual().orElseThrow()).as(s).contains("36");
            assertThat(f.get(0).expected().orElseThrow()).as(s).contains("34");
            assertThat(f.get(0).related()).as(s).extracting(Object::toString).contains("t3.r1.total");
        }
    }

    @Test
    void theServiceNamedWithNoCountOfRequestsAfterItIsNoFigureOfThem() {
        Report r = department().cells("t3.r1.total", 34, "t3.r3_7.total", 34);
        for (String s : List.of("本年度依申请公开36件。", "收到依申请公开答复满意36件。",
                "本年度收到依申请公开相关咨询36次。")) {
            assertThat(r.says("s3", s).findings()).as(s).isEmpty();
        }
    }
}
