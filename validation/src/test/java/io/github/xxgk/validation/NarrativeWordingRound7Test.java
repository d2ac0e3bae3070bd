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
 * One figure given to each of the subjects before it (行政复议、行政诉讼数量均为0), as reports word section 四: the
 * earlier rounds took such a figure for a shared one (行政复议、行政诉讼2件, of neither), and read no figure at all
 * when it has no unit. After an each marker (均为) the figure is every conjoined subject's, with or without a unit
 * when it ends its clause; without one, it stays shared. Every expected value is read off the sentence and the
 * table by hand.
 */
class NarrativeWordingRound7Test {

    private static final List<String> EACH_ZERO = List.of(
            "本年度行政复议、行政诉讼数量均为0件。",
            "本年度行政复议、行政诉讼案件均为0件。",
            "本年度行政复议、行政诉讼数量均为0。",
            "本年度行政复议和行政诉讼均为零。",
            "本年度行政复议和行政诉讼数量均为0，与上年持平。");

    @Test
    void eachSubjectTakesTheFigure() {
        for (String s : EACH_ZERO) {
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s)
                    .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue(), f -> f.cells().size())
                    .containsExactly(tuple("review", 0, 1), tuple("litigation", 0, 2));
        }
        assertThat(NarrativeFigures.of(Edition.STANDARD_2021, "收到政府信息公开申请、办结政府信息公开申请均为5件。"))
                .extracting(f -> f.subject().orElseThrow(), f -> f.value().intValue())
                .containsExactly(tuple("requests_received", 5), tuple("requests_concluded", 5));
    }

    @Test
    void eachZeroAgreesWithEmptyCasesAndIsComparedWithOthers() {
        for (String s : EACH_ZERO) {
            assertThat(department().says("s4", s).findings()).as(s).isEmpty();
        }
        // one reconsideration upheld in 表四: the text's 0 of reconsiderations is contradicted, its 0 of suits is not
        Report r = department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1);
        for (String s : EACH_ZERO) {
            List<Finding> f = r.says("s4", s).findings();
            assertThat(f).as(s).extracting(Finding::ruleId, Finding::severity)
                    .containsExactly(tuple("T4-TEXT-LINK", Severity.WARNING));
            assertThat(f.get(0).related()).as(s).extracting(Object::toString).containsExactly("t4.cases.review_total");
        }
    }

    @Test
    void withoutAnEachMarkerOrWhereTheSubjectsAreUnclearNoSubjectTakesIt() {
        for (String s : List.of(
                "本年度行政复议、行政诉讼2件。", // shared: of neither
                "本年度行政复议、行政诉讼数量为0。", // no unit and no each marker
                "本年度行政复议、行政诉讼纠错率均为0。", // a rate
                "本年度行政复议、行政诉讼均为0%。",
                "其中行政复议、行政诉讼均为0件。", // a part of a list
                "主动公开政府信息、依申请公开均为100。")) { // 依申请公开 is no subject of a figure
            assertThat(NarrativeFigures.of(Edition.STANDARD_2021, s)).as(s).allMatch(f -> f.subject().isEmpty());
        }
        Report r = department().cells("t4.cases.review_total", 1, "t4.cases.review_upheld", 1);
        assertThat(r.says("s4", "本年度行政复议、行政诉讼数量为0。").findings()).isEmpty();
    }
}
