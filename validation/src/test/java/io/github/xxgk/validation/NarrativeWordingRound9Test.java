package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The requests received named by the other verbs of receipt (接收, 接到: 本年度共接收政府信息公开申请5件, 未接到政府信息公开
 * 申请), which the earlier rounds left without a subject; 新增 names them only in a nil statement (无新增政府信息公开申请),
 * since 同比新增申请5件 is an increase. Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingRound9Test {

    @Test
    void theOtherVerbsOfReceiptAreComparedWithTheTable() {
        Report five = department().cells("t3.r1.total", 5, "t3.r1.natural_person", 5, "t3.r3_7.total", 5);
        Report six = department().cells("t3.r1.total", 6, "t3.r1.natural_person", 6, "t3.r3_7.total", 6);
        for (String s : List.of("本年度共接收政府信息公开申请5件。", "本年度共接到政府信息公开申请5件。")) {
            assertThat(five.says("s3", s).findings()).as(s).isEmpty();
            List<Finding> f = six.says("s3", s).findings();
            assertThat(f).as(s).extracting(Finding::ruleId, Finding::severity)
                    .containsExactly(tuple("T3-TEXT-LINK", Severity.WARNING));
            assertThat(f.get(0).actual()).as(s).contains("5件");
            assertThat(f.get(0).expected()).as(s).contains("6");
        }
        Report none = department().cells("t3.r1.total", 0, "t3.r3_7.total", 0);
        for (String s : List.of("本年度未接到政府信息公开申请。", "本年度未接收政府信息公开申请。", "本年度无新增政府信息公开申请。")) {
            assertThat(none.says("s3", s).findings()).as(s).isEmpty();
            assertThat(six.says("s3", s).findings()).as(s).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        }
    }

    @Test
    void whatTheyReceiveOtherwiseIsNoRequestOfDisclosure() {
        for (String s : List.of("本年度接到申请人咨询电话20次。", "本年度接收行政复议申请2件。", "本年度同比新增申请5件。",
                "本年度共收到申请人提交的政府信息公开申请5件。", "全年新增申请渠道2个。")) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s).allMatch(f -> f.subject().isEmpty());
        }
    }
}
