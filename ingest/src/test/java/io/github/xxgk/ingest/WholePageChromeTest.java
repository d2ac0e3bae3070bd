package io.github.xxgk.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A portal's whole page read, its article in no container the reader knows (a page saved whole, a browser's
 * print of it): the site's menus laid out in a table above the title, bullets of lists, and under the article a
 * footer the scan from the end used to stop in (a table of links, a sentence of the site's with a full stop). The
 * pages are written by hand after the corpus portal; the expected values are what they print.
 */
class WholePageChromeTest {

    private static final String TOP = """
            <html><head><meta charset="utf-8"></head><body>
            <table><tr><td>国务院</td><td>省政府</td><td>省人大</td><td>省政协</td></tr></table>
            <p>政府机构 要闻 政府会议 最新文件 政策文件库 政府工作报告 公示公告 规划信息 人事信息 统计信息 数据开放 政务服务 互动交流 新闻发布会 回应关切 在线访谈</p>
            <p>• 首页</p><p>• 政务公开</p>
            <p>某某县人民政府2023年政府信息公开工作年度报告</p>
            <p>来源：某某县人民政府办公室 时间：2024-01-20 09:00</p>
            <p>微信 微博 QQ空间</p><p>• 全真版</p><p>• 文字版</p>
            <p>本报告所列数据统计期限为2023年1月1日至2023年12月31日。</p>
            <p>一、总体情况</p><p>全年主动公开政府信息356条。</p>
            <p>五、存在的主要问题及改进情况</p><p>存在的问题是政策解读形式单一。</p>
            <p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>
            """;

    private static final String FOOTER = """
            <p>附件下载</p><p>扫一扫在手机上查看当前页面</p><p>关闭</p>
            <p>文字解读</p><p>• 省市政府网站</p><p>福建省人民政府</p><p>福州市人民政府</p><p>厦门市人民政府</p>
            <table><tr><td>友情链接</td></tr><tr><td>某某市政府网站</td></tr></table>
            <p>网站标识码：3500000001 闽ICP备09032658号</p>
            <p>为确保最佳浏览效果，建议您使用IE浏览器9.0版本及以上。</p>
            </body></html>
            """;

    private static ReadResult read(String page) {
        return PublishedReports.read(page.getBytes(UTF_8), ReadOptions.defaults());
    }

    private static List<String> omitted(ReadResult r) {
        return r.provenance().omitted().stream().map(Provenance.Omitted::text).toList();
    }

    private static Section last(AnnualReport r) {
        return r.sections().get(r.sections().size() - 1);
    }

    @Test
    void theSitesLinesAboveTheTitleAndItsFooterAreLeftOutAndListed() {
        ReadResult r = read(TOP + FOOTER);
        AnnualReport report = r.report();
        assertThat(report.title()).isEqualTo("某某县人民政府2023年政府信息公开工作年度报告");
        // the 时间： of the site's line under the title is the date of publication
        assertThat(report.publicationDate()).hasValue(java.time.LocalDate.of(2024, 1, 20));
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        assertThat(last(report).paragraphs()).containsExactly("本年度未收取信息处理费。");
        assertThat(omitted(r)).contains("国务院 省政府 省人大 省政协", "• 首页", "• 全真版", "附件下载", "文字解读",
                "厦门市人民政府", "友情链接 某某市政府网站", "网站标识码：3500000001 闽ICP备09032658号",
                "为确保最佳浏览效果，建议您使用IE浏览器9.0版本及以上。");
    }

    @Test
    void theReportsLastLinesUnderASentenceStayWhenTheFooterFollows() {
        // a signature with no date under the last sentence, then the footer: the signature is the report's
        String signed = TOP.replace("<p>本年度未收取信息处理费。</p>", "<p>本年度未收取信息处理费。</p><p>某某县人民政府办公室</p>");
        ReadResult r = read(signed + FOOTER);
        assertThat(last(r.report()).paragraphs()).containsExactly("本年度未收取信息处理费。", "某某县人民政府办公室");
        assertThat(omitted(r)).contains("附件下载").doesNotContain("某某县人民政府办公室");
        // the signature and its date: the closing lines, the footer after them left out
        String dated = TOP.replace("<p>本年度未收取信息处理费。</p>",
                "<p>本年度未收取信息处理费。</p><p>某某县人民政府办公室</p><p>2024年1月20日</p>");
        ReadResult d = read(dated + FOOTER);
        assertThat(d.report().closing()).containsExactly("某某县人民政府办公室", "2024年1月20日");
        assertThat(last(d.report()).paragraphs()).containsExactly("本年度未收取信息处理费。");
    }

    @Test
    void withoutTheSitesMarksNoFooterIsTaken() {
        // the same lines without 网站标识码 / ICP备: no footer is found from the marks, the lines the scan from the end
        // took before are taken as before, and the rest stays in the last section, never dropped
        String footer = FOOTER.replace("<p>网站标识码：3500000001 闽ICP备09032658号</p>", "");
        ReadResult r = read(TOP + footer);
        List<String> kept = last(r.report()).paragraphs();
        assertThat(kept.get(0)).isEqualTo("本年度未收取信息处理费。");
        assertThat(kept).contains("为确保最佳浏览效果，建议您使用IE浏览器9.0版本及以上。");
    }
}
