package io.github.xxgk.validation;

import static io.github.xxgk.validation.WordedReports.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.Edition;
import io.github.xxgk.validation.WordedReports.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an audit of some 180 sentences made like those of county, township and city reports found: figures bound
 * to cells they do not state (the body as the organ deciding reconsiderations, 作为复议机关; the sum of a count of
 * bodies, 全县22个乡镇; requests transferred, 转办) and figures missed (案件各1件; 办结…，结转下年度继续办理2件 without the
 * requests received; 制定/出台/印发 规范性文件; 受理依申请公开政府信息3件; 行政复议为零, a number without a unit after
 * 为). Every expected value is read off the sentence and the table by hand.
 */
class NarrativeWordingRound10Test {

    private static List<String> rules(Report r, String section, String s) {
        return r.says(section, s).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void theCasesTheBodyDecidedAreNotThoseOfTable4() {
        Report none = department();
        for (String s : List.of("本机关作为复议机关，全年共办理政府信息公开类行政复议案件15件。",
                "我县作为行政复议机关，全年受理政府信息公开类行政复议案件4件。")) {
            assertThat(rules(none, "s4", s)).as(s).isEmpty();
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s).allMatch(f -> f.cells().isEmpty());
        }
        // as the respondent, the same figure is compared with 表四
        assertThat(rules(none, "s4", "本机关因政府信息公开被申请行政复议15件。")).containsExactly("T4-TEXT-LINK");
    }

    @Test
    void theSumOfACountOfBodiesOrTheRequestsTransferredAreNotTheBodysOwn() {
        Report ten = department().cells("t3.r1.total", 10, "t3.r1.natural_person", 10, "t3.r3_7.total", 10);
        for (String s : List.of("全县22个乡镇共收到政府信息公开申请35件。", "全县15个部门共收到政府信息公开申请60件。",
                "本年度共收到区级转办政府信息公开申请3件。", "本年度收到区政府转办的政府信息公开申请4件。")) {
            assertThat(rules(ten, "s3", s)).as(s).isEmpty();
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s).allMatch(f -> f.cells().isEmpty());
        }
        assertThat(rules(ten, "s3", "全县共收到政府信息公开申请10件。")).isEmpty();
    }

    @Test
    void oneFigureForEachBy各() {
        String s = "2022年度，本单位行政复议、行政诉讼案件各1件。";
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s))
                .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue())
                .containsExactly(tuple("review", 1), tuple("litigation", 1));
        Report agreeing = department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1,
                "t4.cases.direct_total", 1, "t4.cases.direct_upheld", 1);
        assertThat(rules(agreeing, "s4", s)).isEmpty();
        assertThat(rules(department().cells("t4.cases.direct_total", 1, "t4.cases.direct_upheld", 1), "s4", s))
                .containsExactly("T4-TEXT-LINK");
    }

    @Test
    void theCarryToTheNextYearAfterTheRequestsConcluded() {
        String s = "年内办结政府信息公开申请15件，结转下年度继续办理2件。";
        Report r = department().cells("t3.r1.total", 17, "t3.r1.natural_person", 17, "t3.r3_7.total", 15,
                "t3.r4.total", 2, "t3.r4.natural_person", 2);
        assertThat(rules(r, "s3", s)).isEmpty();
        Report three = department().cells("t3.r1.total", 18, "t3.r1.natural_person", 18, "t3.r3_7.total", 15,
                "t3.r4.total", 3, "t3.r4.natural_person", 3);
        List<Finding> f = three.says("s3", s).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).related()).extracting(Object::toString).containsExactly("t3.r4.total");
    }

    @Test
    void theOtherVerbsOfIssuingAndOfReceipt() {
        Report two = department().cells("t2.normative_documents.issued", 2, "t2.normative_documents.in_force", 13);
        for (String s : List.of("2022年共出台规范性文件2份。", "全年制定并公开规范性文件2件。", "本年度印发规范性文件2件。",
                "本年度制定规范性文件2件（文号：某政规〔2022〕1号、某政规〔2022〕2号）。")) {
            assertThat(rules(two, "s2", s)).as(s).isEmpty();
            assertThat(rules(department().cells("t2.normative_documents.issued", 3, "t2.normative_documents.in_force", 13),
                    "s2", s)).as(s).containsExactly("TXT-TABLE-CONSISTENCY");
        }
        String s = "本年度共受理依申请公开政府信息3件，全部按时办结。";
        assertThat(rules(department().cells("t3.r1.total", 3, "t3.r1.natural_person", 3, "t3.r3_7.total", 3), "s3", s))
                .isEmpty();
        assertThat(rules(department().cells("t3.r1.total", 4, "t3.r1.natural_person", 4, "t3.r3_7.total", 4), "s3", s))
                .containsExactly("T3-TEXT-LINK");
    }

    @Test
    void aNumberWithoutAUnitAfter为IsTheFigureOfTheSubjectBefore() {
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "本年度，本部门政府信息公开行政复议为零，行政诉讼为零。"))
                .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue(), f -> f.unit())
                .containsExactly(tuple("review", 0, ""), tuple("litigation", 0, ""));
        Report none = department();
        assertThat(rules(none, "s4", "本年度，本部门政府信息公开行政复议为零，行政诉讼为零。")).isEmpty();
        assertThat(rules(department().cells("t4.cases.review_total", 2, "t4.cases.review_upheld", 2), "s4",
                "本年度，本部门政府信息公开行政复议为零，行政诉讼为零。")).containsExactly("T4-TEXT-LINK");
        String s = "本年度收到政府信息公开申请件数为零。";
        assertThat(rules(none, "s3", s)).isEmpty();
        assertThat(rules(department().cells("t3.r1.total", 3, "t3.r1.natural_person", 3, "t3.r3_7.total", 3), "s3", s))
                .containsExactly("T3-TEXT-LINK");
        // a rate, a ranking, a ratio, a quarter, a percentage: no figure
        for (String t : List.of("本年度政府信息公开申请答复率为100。", "本年度收到政府信息公开申请排名为3。",
                "本年度收到政府信息公开申请为2022年的2倍。", "本年度收到政府信息公开申请第一季度为3。", "本年度行政复议纠错率为0。",
                "本年度收到政府信息公开申请同比增长为20%。")) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, t)).as(t).isEmpty();
        }
    }
}
