package io.github.xxgk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed report, faithful to its text: FORMATS.md §0.1 and the outline the seed prints. */
class SeedReportTest {

    private final AnnualReport seed = SeedReport.load();

    @Test
    void identifiesTheReport() {
        assertThat(seed.edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(seed.year()).isEqualTo(2017);
        assertThat(seed.agency().name()).isEqualTo("永吉县北大湖镇");
        assertThat(seed.agency().kind()).contains(AgencyKind.TOWNSHIP_OR_STREET);
        assertThat(seed.publicationDate()).contains(LocalDate.of(2018, 1, 10));
        assertThat(seed.title()).isEqualTo("北大湖镇2017年政府信息公开工作年度报告");
        assertThat(seed.preamble()).singleElement().asString().startsWith("根据《中华人民共和国政府信息公开条例》")
                .contains("七个部分组成");
    }

    // FORMATS.md §0.1, line by line.
    @Test
    void holdsEveryFigureOfTheSeed() {
        Map<String, CellValue> expected = Map.ofEntries(
                Map.entry("l1", Count.of(20)), Map.entry("l4", Count.of(48)), Map.entry("l11", Count.of(0)),
                Map.entry("l12", Count.of(8)), Map.entry("l21", Count.of(0)), Map.entry("l44", Count.of(0)),
                Map.entry("l48", Count.of(0)), Map.entry("l52", Count.of(0)), Map.entry("l56", Count.of(1)),
                Map.entry("l57", Count.of(1)), Map.entry("l59", Count.of(1)),
                Map.entry("l60", Amount.of("0.5", MoneyUnit.TEN_THOUSAND_YUAN)),
                Map.entry("l62", Count.of(2)), Map.entry("l63", Count.of(2)), Map.entry("l64", Count.of(20)));
        expected.forEach((row, value) ->
                assertThat(seed.value(new CellId("stats", row, "value"))).as(row).isEqualTo(value));
        // a group total without its parts: 48 items through all channels, 8 interpretations, no split
        for (String channel : List.of("l5", "l6", "l7", "l8", "l9", "l13", "l15", "l17", "l18", "l19")) {
            assertThat(seed.value(new CellId("stats", channel, "value"))).as(channel).isSameAs(CellValue.BLANK);
        }
        // the dedicated body is reported in words only; fees are not mentioned
        assertThat(seed.value(CellId.parse("stats.l55.value"))).isSameAs(CellValue.BLANK);
        assertThat(seed.value(CellId.parse("stats.l53.value"))).isSameAs(CellValue.BLANK);
        assertThat(seed.table("stats").orElseThrow().reported()).hasSize(expected.size());
    }

    @Test
    void keepsTheSevenPartsInOrderWithTheirIrregularities() {
        assertThat(seed.sections()).extracting(Section::heading).containsExactly(
                "一、基本工作情况", "二、主动公开政府信息情况", "三、回应社会热点和政策解读情况", "四、依申请公开政府信息情况",
                "五、行政复议诉讼和举报投诉情况", "六、机构建设、保障经费和培训会议情况", "七、存在问题及工作打算");
        assertThat(seed.sections()).extracting(s -> s.form().orElse("")).containsExactly(
                "", "leg_proactive", "", "leg_requests", "leg_review", "", "leg_problems");
        for (Section s : seed.sections()) {
            s.form().ifPresent(id -> assertThat(seed.form().section(id).orElseThrow().accepts(s.title()))
                    .as("“%s” is an accepted title of %s", s.title(), id).isTrue());
        }
        Section basic = seed.sections().get(0);
        assertThat(basic.subsections()).extracting(Section::numbering)
                .containsExactly("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）");
        assertThat(basic.subsections()).filteredOn(Section::isEmpty).extracting(Section::title)
                .containsExactly("推进重点领域政府信息公开情况。", "其他需要说明的情况。");
        assertThat(basic.subsections().get(6).paragraphs()).containsExactly("本年度无依申请公开工作内容");
        Section proactive = seed.sections().get(1);
        assertThat(proactive.subsections()).extracting(Section::numbering).containsExactly("（1）", "（二）");
        assertThat(proactive.subsections().get(0).paragraphs()).containsExactly("2017年我镇政务公开在政务公开网上主动公开了20条信息。");
        assertThat(proactive.subsections().get(1).paragraphs()).containsExactly("2017年我镇通过不同渠道和方式公开政府信息48条。");
        assertThat(seed.sections().get(5).paragraphs()).hasSize(8).contains("（四）政府信息公开专项经费为0.5万元。");
        assertThat(seed.sections().get(6).subsections()).hasSize(4).noneMatch(Section::isEmpty);
        long emptyEverywhere = seed.sections().stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s),
                s.subsections().stream())).filter(Section::isEmpty).count();
        assertThat(emptyEverywhere).isEqualTo(2);
    }

    @Test
    void theFileIsInCanonicalForm() throws Exception {
        String text;
        try (var in = SeedReport.class.getResourceAsStream(SeedReport.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ReportJson.defaults().read(ReportJson.defaults().write(seed))).isEqualTo(seed);
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void theSummaryPrintsTheReportInBothLanguages() {
        ByteArrayOutputStream zh = new ByteArrayOutputStream();
        SeedSummary.print(seed, Locale.SIMPLIFIED_CHINESE, new PrintStream(zh, true, StandardCharsets.UTF_8));
        assertThat(zh.toString(StandardCharsets.UTF_8))
                .contains("机构：永吉县北大湖镇（乡镇人民政府/街道办事处）")
                .contains("（八）推进重点领域政府信息公开情况。  [空]")
                .contains("统计表 一、（二）通过不同渠道和方式公开政府信息的情况 × 统计数 = 48条")
                .contains("统计表 八、（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费） × 统计数 = 0.5万元");
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        SeedSummary.print(seed, Locale.ENGLISH, new PrintStream(en, true, StandardCharsets.UTF_8));
        assertThat(en.toString(StandardCharsets.UTF_8)).contains("Agency: 永吉县北大湖镇")
                .contains("Statistics table I. (2) Disclosure through the various channels × Figure = 48条");
    }
}
