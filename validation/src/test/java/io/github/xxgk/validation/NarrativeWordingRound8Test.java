package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The requests carried over from the previous year (上年结转政府信息公开申请2件; 收到申请10件，上年结转2件), which section 三
 * often states beside the requests received: a figure the earlier rounds left without a subject, so that a text
 * contradicting 表三 二、上年结转 went unreported. A bare 上年结转 names them only after the requests received in the
 * same sentence, and not as a part of cases (行政复议案件上年结转1件); so does 结转下年度 name the requests carried over
 * to the next year (四、结转下年度继续办理). Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingRound8Test {

    private static final List<String> TWO_CARRIED = List.of(
            "本年度共收到政府信息公开申请10件，上年结转2件。",
            "本年度收到政府信息公开申请12件（含上年结转2件）。",
            "上年结转政府信息公开申请2件，本年度新收政府信息公开申请10件。",
            "本年度新收政府信息公开申请10件，上年度结转政府信息公开申请2件。",
            "本年度收到政府信息公开申请12件，其中上年结转2件。");

    /** 10 new, 2 carried over, all 12 concluded. */
    private static Report agreeing() {
        return department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10, "t3.r2.total", 2,
                "t3.r2.natural_person", 2, "t3.r3_7.total", 12, "t3.r4.total", 0);
    }

    @Test
    void theCarryOverAgreesWithTheTable() {
        for (String s : TWO_CARRIED) {
            assertThat(agreeing().says("s3", s).findings()).as(s).isEmpty();
        }
    }

    @Test
    void theCarryOverIsComparedWithTheTable() {
        // 11 new, 1 carried over: the text's 2 carried over is contradicted by 二、上年结转 × 总计
        Report r = department().cells("t3.r1.total", 11, "t3.r1.natural_person", 11, "t3.r2.total", 1,
                "t3.r2.natural_person", 1, "t3.r3_7.total", 12, "t3.r4.total", 0);
        for (String s : TWO_CARRIED) {
            List<Finding> f = r.says("s3", s).findings();
            assertThat(f).as(s).isNotEmpty().allMatch(g -> g.ruleId().equals("T3-TEXT-LINK") && g.severity() == Severity.WARNING);
            assertThat(f).as(s).anySatisfy(g -> {
                assertThat(g.related()).extracting(Object::toString).containsExactly("t3.r2.total");
                assertThat(g.actual()).contains("2件");
                assertThat(g.expected()).contains("1");
            });
        }
    }

    @Test
    void aBareCarryOverOfCasesOrWithoutTheRequestsBeforeItIsNotTheirs() {
        Report r = department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10, "t3.r3_7.total", 10);
        for (String s : List.of(
                "本年度收到政府信息公开申请10件，行政复议案件上年结转1件。",
                "本年度行政复议案件3件，上年结转1件。",
                "上年结转2件。",
                "本年度收到政府信息公开申请10件，办结上年结转申请2件。")) {
            assertThat(r.says("s3", s).findings()).as(s)
                    .noneMatch(g -> g.related().stream().anyMatch(c -> c.toString().equals("t3.r2.total")));
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s)
                    .noneMatch(g -> g.cells().stream().anyMatch(c -> c.toString().equals("t3.r2.total")));
        }
    }

    @Test
    void noCarryOverIsAZeroOfIt() {
        List<NarrativeFigure> f = NarrativeFigures.of(Edition.STANDARD_2021, "本年度无上年结转申请。");
        assertThat(f).singleElement().satisfies(g -> {
            assertThat(g.nil()).isTrue();
            assertThat(g.cells()).extracting(Object::toString).containsExactly("t3.r2.total");
        });
        Report r = department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10, "t3.r2.total", 2,
                "t3.r2.natural_person", 2, "t3.r3_7.total", 12);
        assertThat(r.says("s3", "本年度无上年结转申请。").findings()).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
    }

    private static final String FORWARDED = "本年度收到政府信息公开申请12件，办结11件，结转下年度继续办理1件。";

    @Test
    void theRequestsCarriedToTheNextYearAreComparedWithTheTable() {
        assertThat(department().cells("t3.r1.total", 12, "t3.r1.natural_person", 12, "t3.r3_7.total", 11,
                "t3.r4.total", 1, "t3.r4.natural_person", 1).says("s3", FORWARDED).findings()).isEmpty();
        // 10 concluded and 2 carried to the next year in 表三: both of the text's figures are contradicted
        List<Finding> f = department().cells("t3.r1.total", 12, "t3.r1.natural_person", 12, "t3.r3_7.total", 10,
                "t3.r4.total", 2, "t3.r4.natural_person", 2).says("s3", FORWARDED).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK", "T3-TEXT-LINK");
        assertThat(f.get(1).actual()).contains("1件");
        assertThat(f.get(1).expected()).contains("2");
        assertThat(f.get(1).related()).extracting(Object::toString).containsExactly("t3.r4.total");
    }

    @Test
    void aBareCarryToTheNextYearOfCasesIsNotTheRequests() {
        for (String s : List.of("本年度行政复议案件3件，结转下年度1件。",
                "本年度收到政府信息公开申请12件，行政复议案件结转下年度1件。")) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s)
                    .noneMatch(g -> g.cells().stream().anyMatch(c -> c.toString().equals("t3.r4.total")));
        }
    }
}
