package io.github.xxgk.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How the renderings show findings: the summary, every blank cell marked, unprinted subtotals, errors only. */
class FindingsRenderingTest {

    private static final Path SEED = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.json");

    /** A 2021 table 三 with a mis-added row total and three blank cells. */
    private static AnnualReport report(String title) {
        StatisticsTable.Builder t = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3");
        Edition.STANDARD_2021.form().table("t3").orElseThrow().cells().forEach(c -> t.set(c.id(), Count.of(0)));
        t.set("r1", "natural_person", 12).set("r1", "total", 13).set("r3_1", "natural_person", 12).set("r3_1", "total", 12)
                .set("r3_7", "natural_person", 12).set("r3_7", "total", 12);
        t.set("r2", "commercial_enterprise", CellValue.BLANK).set("r2", "total", CellValue.BLANK).set("r4", "other_org", CellValue.BLANK);
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.of("洪泽区统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(2023).publicationDate(LocalDate.of(2024, 1, 20)).title(title).table(t.build()).build();
    }

    @Test
    void thePageStartsWithASummaryAndMarksEveryBlankCellOfTheOneCellBlankFinding() {
        AnnualReport r = report("洪泽区统计局2023年政府信息公开工作年度报告");
        ValidationResult result = ReportValidator.standard().validate(r);
        Document d = Jsoup.parse(HtmlRenderer.standard().withFindings(result).render(r));
        Element summary = d.selectFirst("main > section.summary");
        assertThat(summary).isNotNull();
        assertThat(summary.elementSiblingIndex()).isZero();
        assertThat(summary.hasClass("failed")).isTrue();
        assertThat(summary.text()).isEqualTo("未通过 错误 " + result.errors().size() + "，警告 " + result.findings(io.github.xxgk.core.form.Severity.WARNING).size()
                + "，提示 " + result.findings(io.github.xxgk.core.form.Severity.INFO).size() + " 查看检查结果");
        assertThat(result.findings("CELL-BLANK")).hasSize(1);
        for (String cell : new String[] {"t3.r2.commercial_enterprise", "t3.r2.total", "t3.r4.other_org"}) {
            Element td = d.selectFirst("td[data-cell=" + cell + "]");
            assertThat(td.hasClass("warning") || td.hasClass("error")).as(cell).isTrue();
            assertThat(td.id()).isEqualTo("c-" + cell.replace('.', '-'));
        }
        // the blank total that the others give as 0 says so in its tooltip
        assertThat(d.selectFirst("td[data-cell=t3.r4.other_org]").attr("title")).isEqualTo("CELL-BLANK 未填报；由其他单元格推出为 0（见检查结果）");
        // the CELL-BLANK entry of the list links to its first blank cell
        Element item = d.select("section.findings li").stream().filter(li -> li.text().startsWith("CELL-BLANK")).findFirst().orElseThrow();
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("#c-t3-r2-commercial_enterprise");
        // ERRORs first
        assertThat(d.select("section.findings li").first().hasClass("error")).isTrue();
    }

    @Test
    void errorsOnlyListsAndMarksOnlyTheErrorsButCountsAll() {
        AnnualReport r = report("洪泽区统计局2023年政府信息公开工作年度报告");
        ValidationResult result = ReportValidator.standard().validate(r);
        Document d = Jsoup.parse(HtmlRenderer.standard().withFindings(result).withErrorsOnly().render(r));
        assertThat(d.select("section.findings li")).hasSize(result.errors().size()).allSatisfy(li -> assertThat(li.hasClass("error")).isTrue());
        assertThat(d.select("td.warning")).isEmpty();
        assertThat(d.selectFirst("td[data-cell=t3.r1.total]").hasClass("error")).isTrue();
        assertThat(d.selectFirst("section.findings p.summary").text()).endsWith("；只列出错误）");
    }

    @Test
    void aFindingOnAnUnprintedSubtotalMarksAndLinksItsPrintedParts() {
        StatisticsTable t = AnnualReport.builder(Edition.LEGACY_2008).tableBuilder("stats")
                .set("l1", "value", 20).set("l5", "value", 5).set("l6", "value", 5).set("l7", "value", 0)
                .set("l8", "value", 0).set("l9", "value", 0).build();
        AnnualReport r = AnnualReport.builder(Edition.LEGACY_2008).agency(Agency.of("永吉县北大湖镇", AgencyKind.TOWNSHIP_OR_STREET))
                .year(2017).publicationDate(LocalDate.of(2018, 1, 10)).title("永吉县北大湖镇2017年政府信息公开工作年度报告").table(t).build();
        Document d = Jsoup.parse(HtmlRenderer.standard().withFindings(ReportValidator.standard().validate(r)).render(r));
        for (String part : new String[] {"l5", "l6", "l7", "l8", "l9"}) {
            Element td = d.selectFirst("td[data-cell=stats." + part + ".value]");
            assertThat(td.hasClass("warning")).as(part).isTrue();
            assertThat(td.attr("title")).startsWith("统计表 一、（二）通过不同渠道和方式公开政府信息的情况 × 统计数 表中未列出（即 1+2+3+4+5 之和）");
        }
        Element item = d.select("section.findings li").stream().filter(li -> li.text().startsWith("LEG-CHANNEL-COVER")).findFirst().orElseThrow();
        assertThat(item.select("span.parts a")).extracting(a -> a.attr("href"))
                .containsExactly("#c-stats-l5-value", "#c-stats-l6-value", "#c-stats-l7-value", "#c-stats-l8-value", "#c-stats-l9-value");
    }

    @Test
    void noRendererMakesUpATitleTheReportDoesNotHave() {
        AnnualReport r = report("");
        String html = HtmlRenderer.standard().render(r);
        Document d = Jsoup.parse(html);
        assertThat(d.select("h1")).isEmpty();
        assertThat(d.title()).isEqualTo("洪泽区统计局（县级以上人民政府部门） · 2023年度 · 发布日期 2024-01-20");
        assertThat(html).doesNotContain("年政府信息公开工作年度报告");
        assertThat(MarkdownRenderer.standard().render(r)).doesNotContain("年政府信息公开工作年度报告").doesNotStartWith("# ")
                .startsWith("洪泽区统计局（县级以上人民政府部门） · 2023年度 · 发布日期 2024\\-01\\-20\n");
        assertThat(TextRenderer.standard().render(r)).doesNotContain("年政府信息公开工作年度报告")
                .startsWith("洪泽区统计局（县级以上人民政府部门）  2023年度  发布日期 2024-01-20\n");
    }

    @Test
    void markdownAndTextListTheFindingsAfterTheReport() throws Exception {
        AnnualReport seed = ReportJson.defaults().read(SEED);
        ValidationResult result = ReportValidator.standard().validate(seed);
        String md = MarkdownRenderer.standard().withFindings(result).render(seed);
        assertThat(md).endsWith("## 检查结果\n\n检查结果：通过（错误 0，警告 4，提示 1）\n\n"
                + "- **WARNING** `LEG-FEE-TEXT` 报告未说明政府信息公开的收费及减免情况。\n"
                + "- **WARNING** `SEC-EMPTY` 章节“（八）推进重点领域政府信息公开情况。”只有标题，没有内容。\n"
                + "- **WARNING** `SEC-EMPTY` 章节“（九）其他需要说明的情况。”只有标题，没有内容。\n"
                + "- **WARNING** `FEE-LEGACY` 统计表 七、依申请公开信息收取的费用 × 统计数 未填报。\n"
                + "- **INFO** `SEC-NUMBERING` 标题编号“（1）”与同级标题不一致，应为“（一）”。\n\n");
        String txt = TextRenderer.standard().withFindings(result).withLocale(Locale.ENGLISH).withErrorsOnly().render(seed);
        assertThat(txt).endsWith("\nFindings: PASSED (0 errors, 4 warnings, 1 info; errors only listed)\n  No errors.\n");
        assertThat(MarkdownRenderer.standard().withFindings(result).render(seed)).startsWith(MarkdownRenderer.standard().render(seed));
    }
}
