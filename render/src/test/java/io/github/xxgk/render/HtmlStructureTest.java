package io.github.xxgk.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML tables have the official structure of FORMATS.md §3.4–§3.6 and §2.2. */
class HtmlStructureTest {

    private static Document html(AnnualReport r) {
        return Jsoup.parse(HtmlRenderer.standard().render(r));
    }

    private static Element table(Document d, String id) {
        return d.getElementById("t-" + id);
    }

    @Test
    void thePageLanguageFollowsTheLocaleAndTheReportStaysMarkedChinese() {
        AnnualReport r = ReportGenerator.perturbed(ReportGenerator.of(Edition.STANDARD_2021).consistent(4),
                CellId.parse("t3.r1.natural_person"), 3);
        ValidationResult result = ReportValidator.standard().validate(r);
        Document zh = Jsoup.parse(HtmlRenderer.standard().withFindings(result).render(r));
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(zh.select("[lang]")).hasSize(1);
        assertThat(zh.select("section.findings li .severity").eachText()).contains("错误").allSatisfy(t ->
                assertThat(t).isIn("错误", "警告", "提示"));
        Document en = Jsoup.parse(HtmlRenderer.standard().withFindings(result).withLocale(Locale.ENGLISH).render(r));
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("main").attr("lang")).isEqualTo("zh-CN");
        assertThat(en.selectFirst("section.findings").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("section.summary").attr("lang")).isEqualTo("en");
        assertThat(en.select("section.findings li .severity").eachText()).contains("error").allSatisfy(t ->
                assertThat(t).isIn("error", "warning", "info"));
        assertThat(en.select("section.findings li .severity").eachText()).doesNotContain("ERROR", "WARNING", "INFO");
    }

    @Test
    void everyTableIsInAWrapperThatScrollsOnAPhoneAndKeepsItOnOnePrintedPage() {
        for (Edition e : Edition.values()) {
            Document d = html(ReportGenerator.of(e).consistent(2));
            assertThat(d.select("table.stats")).isNotEmpty().allSatisfy(t ->
                    assertThat(t.parent().is("div.table-wrap")).as("%s in its wrapper", t.id()).isTrue());
            assertThat(d.select("div.table-wrap > *")).allSatisfy(c -> assertThat(c.is("table.stats")).isTrue());
            // 表二, 表三, 表四 fit one A4 page and are kept on one; the 65 rows of the legacy table are not
            for (TableDefinition t : e.form().tables()) {
                assertThat(table(d, t.id()).parent().hasClass("keep")).as("%s %s kept on one page", e, t.id())
                        .isEqualTo(e != Edition.LEGACY_2008);
            }
        }
        String css = Jsoup.parse(HtmlRenderer.standard().render(ReportGenerator.of(Edition.STANDARD_2021).consistent(2)))
                .selectFirst("style").data();
        assertThat(css).containsPattern("div\\.table-wrap \\{[^}]*overflow-x: auto")
                .containsPattern("div\\.table-wrap\\.keep, div\\.table-wrap\\.keep table\\.stats \\{[^}]*break-inside: avoid")
                .containsPattern("@media print \\{[^@]*div\\.table-wrap \\{ overflow: visible; \\}");
    }

    @Test
    void table3HasThreeHeaderRowsAndSevenValueColumns() {
        for (Edition e : List.of(Edition.TRIAL_2019, Edition.STANDARD_2021)) {
            Element t3 = table(html(ReportGenerator.of(e).consistent(5)), "t3");
            assertThat(t3.selectFirst("caption").text()).isEqualTo("表三 收到和处理政府信息公开申请情况");
            Elements head = t3.select("thead tr");
            assertThat(head).hasSize(3);
            Element note = head.get(0).child(0);
            assertThat(note.attr("colspan")).isEqualTo("3");
            assertThat(note.attr("rowspan")).isEqualTo("3");
            assertThat(note.text()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
            assertThat(head.get(0).child(1).text()).isEqualTo("申请人情况");
            assertThat(head.get(0).child(1).attr("colspan")).isEqualTo("7");
            assertThat(head.get(1).select("th").eachText()).containsExactly("自然人", "法人或其他组织", "总计");
            assertThat(head.get(1).child(1).attr("colspan")).isEqualTo("5");
            // the narrow columns break their headers as the template prints them (商业 / 企业)
            assertThat(head.get(2).select("th").stream().map(HtmlStructureTest::lines).toList()).containsExactly(
                    List.of("商业", "企业"), List.of("科研", "机构"), List.of("社会公益组织"), List.of("法律服务机构"),
                    List.of("其他"));
            Elements body = t3.select("tbody tr");
            int printedRows = (int) e.form().table("t3").orElseThrow().rows().stream()
                    .filter(r -> r.children().isEmpty()).count();
            assertThat(body).hasSize(printedRows).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(7));
            Element vertical = t3.selectFirst("th.vertical");
            assertThat(vertical.text()).isEqualTo("三、本年度办理结果");
            assertThat(Integer.parseInt(vertical.attr("rowspan"))).isEqualTo(printedRows - 3); // all but 一、二、四
            List<String> groups = new java.util.ArrayList<>(List.of("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理"));
            if (e == Edition.STANDARD_2021) {
                groups.add("（六）其他处理");
            }
            assertThat(t3.select("th[scope=rowgroup]").eachText()).containsExactlyElementsOf(groups);
            assertThat(t3.select("th[scope=rowgroup]").get(1).attr("rowspan")).isEqualTo("8");
        }
    }

    @Test
    void table4HasFifteenColumnsUnderThreeHeaderLevels() {
        Element t4 = table(html(ReportGenerator.of(Edition.STANDARD_2021).consistent(5)), "t4");
        Elements head = t4.select("thead tr");
        assertThat(head).hasSize(3);
        assertThat(head.get(0).select("th").eachText()).containsExactly("行政复议", "行政诉讼");
        assertThat(head.get(0).child(0).attr("colspan")).isEqualTo("5");
        assertThat(head.get(0).child(1).attr("colspan")).isEqualTo("10");
        assertThat(head.get(1).select("th").stream().map(HtmlStructureTest::lines).toList().subList(0, 5)).containsExactly(
                List.of("结果", "维持"), List.of("结果", "纠正"), List.of("其他", "结果"), List.of("尚未", "审结"), List.of("总计"));
        assertThat(head.get(1).select("th").eachText().stream().map(t -> t.replace(" ", "")).toList())
                .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "未经复议直接起诉", "复议后起诉");
        assertThat(head.get(1).select("th").subList(0, 5)).allSatisfy(th -> assertThat(th.attr("rowspan")).isEqualTo("2"));
        assertThat(head.get(2).select("th")).hasSize(10);
        assertThat(t4.select("tbody tr")).singleElement().satisfies(tr -> assertThat(tr.select("td")).hasSize(15));
    }

    @Test
    void table2IsStackedBlocksWithTheirCaptions() {
        Element t2 = table(html(ReportGenerator.of(Edition.STANDARD_2021).consistent(5)), "t2");
        assertThat(t2.select("th.block").eachText()).containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        assertThat(t2.select("th.block")).allSatisfy(th -> assertThat(th.attr("colspan")).isEqualTo("4"));
        assertThat(t2.select("th[scope=col]").eachText()).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
                "信息内容", "本年处理决定数量", "信息内容", "本年处理决定数量", "信息内容", "本年收费金额（单位：万元）");
        Element t2of2019 = table(html(ReportGenerator.of(Edition.TRIAL_2019).consistent(5)), "t2");
        assertThat(t2of2019.select("th.block")).hasSize(5);
        assertThat(t2of2019.select("tbody th[scope=row]").eachText()).contains("其他对外管理服务事项", "政府集中采购");
    }

    @Test
    void theLegacyTableListsIndicatorUnitAndFigure() {
        AnnualReport r = ReportGenerator.of(Edition.LEGACY_2008).consistent(5);
        AnnualReport national = r.toBuilder().table(stripCumulative(r)).build();
        Element t = table(html(national), "stats");
        assertThat(t.select("thead th").eachText()).containsExactly("统计指标", "单位", "统计数");
        assertThat(t.select("tbody tr")).hasSize(65);
        Element heading = t.select("tbody tr").get(0);
        assertThat(heading.select("th").text()).isEqualTo("一、主动公开情况");
        assertThat(heading.select("td").eachText()).containsExactly("——", "——");
        assertThat(t.select("tbody tr").get(1).select("td.unit").text()).isEqualTo("条");
        assertThat(table(html(r), "stats").select("thead th").eachText()).containsExactly("统计指标", "单位", "统计数", "历年累计");
    }

    private static io.github.xxgk.core.StatisticsTable stripCumulative(AnnualReport r) {
        var b = r.table("stats").orElseThrow().toBuilder();
        r.table("stats").orElseThrow().definition().cells().stream().filter(c -> c.extension())
                .forEach(c -> b.set(c.id(), CellValue.BLANK));
        return b.build();
    }

    @Test
    void everyHeaderAndRowLabelIsTheOfficialLabel() {
        for (Edition e : Edition.values()) {
            Document d = html(ReportGenerator.of(e).consistent(9));
            for (TableDefinition def : e.form().tables()) {
                Set<String> labels = Stream.concat(
                        def.blocks().stream().flatMap(b -> b.allRows().stream()).map(RowDefinition::printed),
                        def.blocks().stream().flatMap(b -> Stream.concat(b.leafColumns().stream(), b.columns().stream()))
                                .map(ColumnDefinition::label).map(l -> l.zh()))
                        .map(s -> s.strip()).collect(Collectors.toSet());
                def.blocks().forEach(b -> {
                    b.caption().ifPresent(c -> labels.add(c.zh()));
                    b.stub().ifPresent(s -> labels.add(s.zh()));
                    b.columns().forEach(c -> c.children().forEach(k -> labels.add(k.label().zh())));
                });
                labels.add("单位");
                Element t = table(d, def.id());
                assertThat(t.select("th").stream().map(th -> String.join("", lines(th))).toList())
                        .allSatisfy(text -> assertThat(labels).contains(text.replace('\u3000', ' ').strip()));
                // every header printed on several lines prints the lines of its definition
                def.blocks().forEach(b -> b.leafColumns().stream().filter(c -> c.printedLines().size() > 1).forEach(c ->
                        assertThat(t.select("thead th, tbody th[scope=col]").stream().map(HtmlStructureTest::lines).toList())
                                .as("%s", c.id()).contains(c.printedLines())));
            }
        }
    }

    @Test
    void zeroBlankAndNotApplicablePrintDifferently() {
        AnnualReport r = ReportGenerator.withValue(ReportGenerator.withValue(ReportGenerator.withValue(
                ReportGenerator.of(Edition.STANDARD_2021).consistent(5),
                CellId.parse("t3.r1.natural_person"), io.github.xxgk.core.Count.of(0)),
                CellId.parse("t3.r1.research_institution"), CellValue.BLANK),
                CellId.parse("t2.regulations.issued"), CellValue.NOT_APPLICABLE);
        Document d = html(r);
        assertThat(d.selectFirst("td[data-cell=t3.r1.natural_person]").text()).isEqualTo("0");
        assertThat(d.selectFirst("td[data-cell=t3.r1.research_institution]").text()).isEmpty();
        assertThat(d.selectFirst("td[data-cell=t2.regulations.issued]").text()).isEqualTo("/");
    }

    @Test
    void findingsAreMarkedOnTheirCellsAndListedWithLinks() {
        AnnualReport r = ReportGenerator.perturbed(ReportGenerator.of(Edition.STANDARD_2021).consistent(5),
                CellId.parse("t3.r3_7.natural_person"), 2);
        ValidationResult result = ReportValidator.standard().validate(r);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Document d = Jsoup.parse(HtmlRenderer.standard().withFindings(result).withLocale(locale).render(r));
            Element marked = d.selectFirst("td[data-cell=t3.r3_7.natural_person]");
            assertThat(marked.hasClass("error")).isTrue();
            assertThat(marked.attr("title")).isEqualTo(result.findings("T3-TOTAL").get(0).message(locale));
            Elements links = d.select("section.findings a[href]");
            assertThat(links).isNotEmpty().allSatisfy(a -> assertThat(d.getElementById(a.attr("href").substring(1))).isNotNull());
            assertThat(d.select("section.findings li")).hasSize(result.findings().size());
        }
    }

    /** The lines of a header cell as the page breaks them with {@code <br>}. */
    static List<String> lines(Element th) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (org.jsoup.nodes.Node n : th.childNodes()) {
            if (n instanceof Element br && br.tagName().equals("br")) {
                out.add(line.toString());
                line.setLength(0);
            } else if (n instanceof org.jsoup.nodes.TextNode tn) {
                line.append(tn.text());
            } else if (n instanceof Element el) {
                line.append(el.text());
            }
        }
        out.add(line.toString());
        return out;
    }
}
