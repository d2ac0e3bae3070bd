package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reading notes: what is not understood is kept and said. */
class ReadingNotesTest {

    private static final String HEAD = "<html><head><meta charset=\"utf-8\"></head><body>"
            + "<p>某某市统计局2023年政府信息公开工作年度报告</p><p>本报告依据条例编制。</p>"
            + "<p>一、总体情况</p><p>本年度工作平稳。</p>";

    private static String t3(String extraHeader, String extraRow) {
        StringBuilder b = new StringBuilder("<table border=1>");
        b.append("<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=7>申请人情况</td>")
                .append(extraHeader.isEmpty() ? "" : "<td rowspan=3>" + extraHeader + "</td>").append("</tr>");
        b.append("<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>");
        b.append("<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>");
        b.append("<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td>")
                .append(extraHeader.isEmpty() ? "" : "<td>1</td>").append("</tr>");
        b.append("<tr><td colspan=3>二、上年结转政府信息公开申请数量</td><td>见附件</td><td>&nbsp;</td><td>/</td><td>—</td><td>-</td><td>无</td><td>0</td>")
                .append(extraHeader.isEmpty() ? "" : "<td>0</td>").append("</tr>");
        if (!extraRow.isEmpty()) {
            b.append("<tr><td colspan=3>").append(extraRow).append("</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td>")
                    .append(extraHeader.isEmpty() ? "" : "<td>0</td>").append("</tr>");
        }
        return b.append("</table>").toString();
    }

    private static ReadResult read(String html) {
        return PublishedReports.read(html, ReadOptions.defaults());
    }

    private static List<String> ids(ReadResult r) {
        return r.notes().stream().map(Finding::ruleId).toList();
    }

    @Test
    void cellsAsPrinted() {
        ReadResult r = read(HEAD + "<p>三、收到和处理政府信息公开申请情况</p>" + t3("", ""));
        StatisticsTable t3 = r.report().table("t3").orElseThrow();
        assertThat(t3.value("r1", "natural_person")).isEqualTo(Count.of(5));
        assertThat(t3.value("r2", "natural_person")).isEqualTo(CellValue.BLANK);
        assertThat(t3.texts()).containsEntry(new CellId("t3", "r2", "natural_person"), "见附件");
        assertThat(t3.value("r2", "commercial_enterprise")).isEqualTo(CellValue.BLANK);
        assertThat(t3.value("r2", "research_institution")).isEqualTo(CellValue.NOT_APPLICABLE);
        assertThat(t3.value("r2", "public_interest_org")).isEqualTo(CellValue.NOT_APPLICABLE);
        assertThat(t3.value("r2", "legal_service_org")).isEqualTo(CellValue.BLANK);
        assertThat(t3.value("r2", "other_org")).isEqualTo(CellValue.BLANK);
        assertThat(ids(r)).contains("READ-VALUE-TEXT", "READ-TABLE-MISSING");
        // the agency kind from the name's ending, said so
        assertThat(r.report().agency().kind()).contains(io.github.xxgk.core.AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);
        assertThat(ids(r)).contains("READ-METADATA-INFERRED");
    }

    @Test
    void theKindOfAnAgencyInferredIsSaidToBeTheKindNotTheAgency() {
        ReadResult r = read("<html><head><meta charset=\"utf-8\"></head><body><h1>国家统计局2023年政府信息公开工作年度报告</h1>"
                + "<p>一、总体情况</p><p>2023年，我局扎实推进政务公开工作。</p></body></html>");
        assertThat(r.report().agency().name()).isEqualTo("国家统计局");
        Finding kind = r.notes().stream().filter(n -> n.ruleId().equals("READ-METADATA-INFERRED")
                && n.location().id().equals("agency.kind")).findFirst().orElseThrow();
        // the name is printed; what the page does not print is the kind, inferred from the name's ending
        assertThat(kind.message(Locale.CHINA)).startsWith("机构类型并未印明：国务院部门");
        assertThat(kind.message(Locale.ENGLISH)).startsWith("agency kind was not printed as such");
        assertThat(r.notes()).noneMatch(n -> n.ruleId().equals("READ-METADATA-INFERRED") && n.location().id().equals("agency"));
    }

    @Test
    void extraRowsAndColumnsAreKeptAndSaid() {
        ReadResult r = read(HEAD + "<p>三、收到和处理政府信息公开申请情况</p>" + t3("法人或其他组织小计", "其中：网上申请"));
        StatisticsTable t3 = r.report().table("t3").orElseThrow();
        assertThat(t3.extraColumns()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("法人或其他组织小计");
            assertThat(c.values()).containsEntry("r1", Count.of(1));
        });
        assertThat(t3.extraRows()).singleElement().satisfies(x -> assertThat(x.label()).isEqualTo("其中：网上申请"));
        assertThat(t3.printedShape()).isPresent();
        assertThat(ids(r)).contains("READ-COLUMN-UNKNOWN", "READ-ROW-UNKNOWN");
    }

    @Test
    void aTablePublishedAsAnImageIsSaid() {
        ReadResult r = read(HEAD + "<p>二、主动公开政府信息情况</p><p><img src=\"t2.png\"></p>"
                + "<p>三、收到和处理政府信息公开申请情况</p>" + t3("", ""));
        assertThat(ids(r)).contains("READ-TABLE-IMAGE", "ACCESS-MACHINE-READABLE");
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-TABLE-IMAGE")).singleElement()
                .satisfies(n -> assertThat(n.message(Locale.ENGLISH)).contains("t2.png"));
    }

    @Test
    void anUnknownHeadingIsKept() {
        ReadResult r = read(HEAD + "<p>七、附录</p><p>附表略。</p>");
        AnnualReport report = r.report();
        assertThat(report.sections().get(report.sections().size() - 1).heading()).isEqualTo("七、附录");
        assertThat(report.sections().get(report.sections().size() - 1).form()).isEmpty();
        assertThat(ids(r)).contains("READ-HEADING-UNKNOWN");
    }

    @Test
    void markupInACellNeverReachesTheModel() {
        ReadResult r = read(HEAD + "<p>三、收到和处理政府信息公开申请情况</p>"
                + t3("", "").replace("见附件", "<b>见</b><script>alert(1)</script>附件"));
        assertThat(r.report().table("t3").orElseThrow().texts()).containsValue("见附件");
    }
}
