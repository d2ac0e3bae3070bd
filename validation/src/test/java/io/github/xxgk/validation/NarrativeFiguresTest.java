package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The narrative figures of real sentences (the corpus of 平潭综合实验区, the seed) and of sentences made like them. */
class NarrativeFiguresTest {

    private static List<NarrativeFigure> of(Edition e, String text) {
        return NarrativeFigures.of(e, text);
    }

    private static NarrativeFigure only(Edition e, String text) {
        List<NarrativeFigure> f = of(e, text);
        assertThat(f).as(text).hasSize(1);
        return f.get(0);
    }

    private static CellId cell(String id) {
        return CellId.parse(id);
    }

    @Test
    void proactiveFigureOf2013IsMatchedToL1() {
        String s = "区管委会办公室、区直各部门、各乡镇、县直各单位对政府信息进行了梳理和编目，2013年主动公开政府信息4970条。";
        NarrativeFigure f = only(Edition.LEGACY_2008, s);
        assertThat(f.subject()).contains("proactive");
        assertThat(f.phrase()).isEqualTo("主动公开政府信息");
        assertThat(f.value()).isEqualByComparingTo("4970");
        assertThat(f.unit()).isEqualTo("条");
        assertThat(f.cells()).containsExactly(cell("stats.l1.value"));
        assertThat(s.substring(f.position().start(), f.position().end())).isEqualTo("4970条");
        assertThat(f.sentence()).isEqualTo(s);
    }

    @Test
    void partsAndSharesAreNotMatched() {
        List<NarrativeFigure> f = of(Edition.LEGACY_2008,
                "2013年主动公开政府信息4970条。其中，区直、县直各单位主动公开政府信息3933条，占79%。各乡镇主动公开政府信息1037条，占21%。");
        assertThat(f).extracting(x -> x.value().intValue()).containsExactly(4970, 3933, 1037);
        assertThat(f).extracting(NarrativeFigure::matched).containsExactly(true, false, false);
        assertThat(f).extracting(NarrativeFigure::part).containsExactly(false, true, true);
    }

    @Test
    void requestsOf2022AreMatchedToNewRequestsAndTheirPartsAreAList() {
        String s = "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。";
        List<NarrativeFigure> f = of(Edition.STANDARD_2021, s);
        assertThat(f).extracting(x -> x.value().intValue()).containsExactly(75, 72, 3);
        assertThat(f.get(0).subject()).contains("requests_received");
        assertThat(f.get(0).cells()).containsExactly(cell("t3.r1.total"));
        assertThat(f.get(1).part()).isTrue();
        assertThat(f.get(1).matched()).isFalse();
    }

    @Test
    void carryOverWideningAddsRowTwo() {
        NarrativeFigure f = of(Edition.STANDARD_2021, "本年度共收到政府信息公开申请75件（含上年结转1件）。").get(0);
        assertThat(f.cells()).containsExactly(cell("t3.r1.total"), cell("t3.r2.total"));
    }

    @Test
    void reviewAndLitigationOf2022() {
        List<NarrativeFigure> f = of(Edition.STANDARD_2021, "2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。");
        assertThat(f).hasSize(2);
        assertThat(f.get(0).cells()).containsExactly(cell("t4.cases.direct_total"), cell("t4.cases.after_review_total"));
        assertThat(f.get(1).cells()).containsExactly(cell("t4.cases.review_total"));
        assertThat(f.get(1).value()).isEqualByComparingTo("2");
    }

    @Test
    void normativeDocumentsOf2022() {
        List<NarrativeFigure> f = of(Edition.STANDARD_2021,
                "设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。");
        assertThat(f).extracting(NarrativeFigure::cells).containsExactly(
                List.of(cell("t2.normative_documents.in_force")), List.of(cell("t2.normative_documents.issued")));
    }

    @Test
    void nilStatementsOf2013And2016() {
        List<NarrativeFigure> figures = of(Edition.LEGACY_2008, "2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理。");
        assertThat(figures).hasSize(2);
        // 1份 counts with 份, but what it counts (行政复议申请) stands after it: no subject, no cell
        assertThat(figures.get(1).value()).isEqualByComparingTo("1");
        assertThat(figures.get(1).subject()).isEmpty();
        assertThat(figures.get(1).matched()).isFalse();
        NarrativeFigure f = figures.get(0);
        assertThat(f.nil()).isTrue();
        assertThat(f.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(f.cells()).containsExactly(cell("stats.l21.value"));
        List<NarrativeFigure> g = of(Edition.LEGACY_2008, "2016年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。");
        assertThat(g).extracting(x -> x.subject().orElseThrow()).containsExactly("review", "litigation");
        assertThat(g).allSatisfy(x -> assertThat(x.nil()).isTrue());
    }

    @Test
    void aPhraseIsStatedAsZeroOnceWhateverTheNilWordsBeforeIt() {
        // a generated paragraph (the render goldens): two nil words, two occurrences of 信息处理费, two figures
        List<NarrativeFigure> f = of(Edition.LEGACY_2008, "责任追究无无本年度信息处理费监督保障信息处理费加强政府信息公开规范工作考核。");
        assertThat(f).hasSize(2);
        assertThat(f).allSatisfy(x -> assertThat(x.nil()).isTrue());
        assertThat(f).extracting(x -> x.position().end()).doesNotHaveDuplicates();
    }

    @Test
    void feeStatementsOfSectionSix() {
        List<NarrativeFigure> f = of(Edition.STANDARD_2021, "本年度发出收费通知2件，金额400元，实际收取信息处理费0元。");
        assertThat(f).extracting(x -> x.subject().orElseThrow()).containsExactly("fee_notices", "fee_notified", "fee_collected");
        assertThat(f.get(1).value()).isEqualByComparingTo("400");
        assertThat(only(Edition.STANDARD_2021, "2022年，无收取信息处理费情况。").subject()).contains("fee_collected");
        NarrativeFigure g = only(Edition.STANDARD_2021, "本机关未向公众收取政府信息处理相关费用。");
        assertThat(g.nil()).isTrue();
        assertThat(g.subject()).contains("fee_collected");
        assertThat(only(Edition.STANDARD_2021, "未发出收费通知。").subject()).contains("fee_notices");
    }

    @Test
    void chineseNumeralsCountAfterTheirSubject() {
        NarrativeFigure f = only(Edition.STANDARD_2021, "本年度发生行政复议两件。");
        assertThat(f.value()).isEqualByComparingTo("2");
        assertThat(only(Edition.STANDARD_2021, "收到政府信息公开申请十二件。").value()).isEqualByComparingTo("12");
        assertThat(of(Edition.STANDARD_2021, "推行一件事一次办，一次性告知。")).isEmpty();
    }

    @Test
    void moneyIsExact() {
        NarrativeFigure f = only(Edition.LEGACY_2008, "全年收取信息处理费用0.5万元。");
        assertThat(f.value()).isEqualByComparingTo("0.5");
        assertThat(f.unit()).isEqualTo("万元");
        assertThat(f.cells()).containsExactly(cell("stats.l53.value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本报告所列数据的统计期限自2013年1月1日起至2013年12月31日。",
        "请与平潭综合实验区管委会信息公开工作办公室联系（地址：平潭综合实验区管委会办公室；邮编：350400；电话：23158668；传真：23158568；电子邮箱：24336243@163.com）。",
        "根据《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）等文件要求编制。",
        "主动公开政府信息同比增长12%。",
        "依据《条例》第三十二条的规定编制。",
        "依据《条例》第32条的规定编制。",
        "联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话：0591-23165250。",
        "本报告的电子版可在平潭综合实验区党工委管委会政府门户网站（www.pingtan.gov.cn）的“政府信息公开专栏”中下载。",
        "一是做好规范性文件公开。二是做好各类规划公开。第三，加强培训。",
        "办结率100%。"})
    void notFigures(String text) {
        assertThat(of(Edition.STANDARD_2021, text)).as(text).isEmpty();
    }

    @Test
    void visitsAreAFigureOfNoCell() {
        NarrativeFigure f = only(Edition.LEGACY_2008, "2013年政府信息公开专栏访问量达196022人次。");
        assertThat(f.value()).isEqualByComparingTo("196022");
        assertThat(f.unit()).isEqualTo("人次");
        assertThat(f.subject()).isEmpty();
        assertThat(f.matched()).isFalse();
    }

    @Test
    void proactiveInformationHasNoCellInTheFormats() {
        NarrativeFigure f = only(Edition.STANDARD_2021, "2022年全区共主动公开政府信息14571条。");
        assertThat(f.subject()).contains("proactive");
        assertThat(f.matched()).isFalse();
    }

    @Test
    void lastYearsFiguresAreNotMatched() {
        NarrativeFigure f = only(Edition.STANDARD_2021, "上年收到政府信息公开申请70件。");
        assertThat(f.matched()).isFalse();
    }

    @Test
    void aFigureSharedByTwoSubjectsIsNotMatched() {
        NarrativeFigure f = only(Edition.STANDARD_2021, "本年度行政复议和行政诉讼3件。");
        assertThat(f.matched()).isFalse();
        assertThat(f.subject()).isEmpty();
    }

    @Test
    void requestsForReconsiderationAreNotDisclosureRequests() {
        assertThat(of(Edition.STANDARD_2021, "收到行政复议申请2件。")).allSatisfy(f -> assertThat(f.matched()).isFalse());
    }
}
