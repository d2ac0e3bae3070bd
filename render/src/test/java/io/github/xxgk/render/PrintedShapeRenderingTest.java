package io.github.xxgk.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Tables are rendered as the report printed them: its rows, labels, units, columns and order. */
class PrintedShapeRenderingTest {

    /** The 2013 Pingtan report, typed by hand from the published page (the testing module's fixture). */
    private static AnnualReport pingtan2013() throws IOException {
        return ReportJson.defaults().read(Files.readString(
                Path.of("../testing/src/test/resources/corpus/pingtan-2013-syq.json"), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theLegacyTableIsPrintedWithItsProvincialLabelsUnitsAndColumnsInPrintedOrder() throws IOException {
        Document d = Jsoup.parse(HtmlRenderer.standard().render(pingtan2013()));
        Element table = d.selectFirst("table#t-stats");
        assertThat(table.selectFirst("caption").text()).isEqualTo("平潭综合实验区政府信息公开情况统计表");
        assertThat(table.select("thead th").eachText()).containsExactly("统计指标", "单位", "2013年度", "历年累计");
        List<String> labels = table.select("tbody th[scope=row]").eachText();
        assertThat(labels).startsWith("主动公开信息数", "其中：1、网站公开", "2、政府公报公开", "受理依申请公开信息总数");
        assertThat(labels).contains("3、电子邮件申请数", "行政申诉、举报数").doesNotContain("一、主动公开情况");
        assertThat(labels.indexOf("3、电子邮件申请数")).isEqualTo(labels.indexOf("2、传真申请数") + 1);
        Element first = table.select("tbody tr").get(0);
        assertThat(first.select("td").eachText()).containsExactly("条", "72804", "76424");
        // the date line stands between the text and the table, as on the page
        String html = d.body().html();
        assertThat(html.indexOf("二○一四年一月十日")).isBetween(html.indexOf("四、"), html.indexOf("<table"));
    }

    @Test
    void markdownAndTextFollowThePrintedShapeToo() throws IOException {
        AnnualReport r = pingtan2013();
        String md = MarkdownRenderer.standard().render(r);
        assertThat(md).contains("| 统计指标 | 单位 | 2013年度 | 历年累计 |").contains("| 主动公开信息数 | 条 | 72804 | 76424 |")
                .doesNotContain("主动公开政府信息数（不同渠道");
        String text = TextRenderer.standard().render(r);
        assertThat(text).contains("平潭综合实验区政府信息公开情况统计表").contains("3、电子邮件申请数").contains("二○一四年一月十日");
    }
}
