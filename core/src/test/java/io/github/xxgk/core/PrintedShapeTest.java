package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.PrintedShape.ExtraColumnAt;
import io.github.xxgk.core.PrintedShape.ExtraRowAt;
import io.github.xxgk.core.PrintedShape.FormColumn;
import io.github.xxgk.core.PrintedShape.FormRow;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.json.ReportJsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printed shape of a table: what the page printed, kept in the model and in JSON (xxgk.report/2). */
class PrintedShapeTest {

    private static final ReportJson JSON = ReportJson.defaults();
    private static final TableDefinition T3_2021 = Edition.STANDARD_2021.form().table("t3").orElseThrow();
    private static final List<String> COLUMNS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "public_interest_org", "legal_service_org", "other_org", "total");

    /** The rows of the 2021 表三 that a page printing 2019's single （六） row prints. */
    private static List<PrintedShape.Row> rowsWithSingleSixth() {
        List<PrintedShape.Row> rows = new ArrayList<>();
        for (String r : List.of("r1", "r2", "r3_1", "r3_2", "r3_3_1", "r3_3_2", "r3_3_3", "r3_3_4", "r3_3_5", "r3_3_6",
                "r3_3_7", "r3_3_8", "r3_4_1", "r3_4_2", "r3_4_3", "r3_5_1", "r3_5_2", "r3_5_3", "r3_5_4", "r3_5_5")) {
            rows.add(FormRow.of(r));
        }
        rows.add(new FormRow("r3_6", Optional.of("（六）其他处理"), Optional.empty()));
        rows.add(FormRow.of("r3_7"));
        rows.add(FormRow.of("r4"));
        return rows;
    }

    private static List<PrintedShape.Column> formColumns() {
        List<PrintedShape.Column> out = new ArrayList<>();
        COLUMNS.forEach(c -> out.add(FormColumn.of(c)));
        return out;
    }

    private static StatisticsTable.Builder singleSixth() {
        return StatisticsTable.builder(T3_2021).set("r3_6", "natural_person", 2).set("r3_6", "total", 2)
                .printedShape(new PrintedShape("", rowsWithSingleSixth(), formColumns()));
    }

    @Test
    void aTableWithoutShapeIsPrintedAsTheFormExceptItsImpliedSubtotals() {
        StatisticsTable t = StatisticsTable.builder(T3_2021).build();
        assertThat(t.printedShape()).isEmpty();
        assertThat(t.isPrinted(CellId.parse("t3.r3_6_1.total"))).isTrue();
        assertThat(t.isPrinted(CellId.parse("t3.r3_6.total"))).isFalse();
        assertThat(t.hasBlankPrintedCell()).isTrue();
    }

    @Test
    void theSingleSixthRowOf2019InA2021TablePrintsTheSubtotalAndNotItsSubRows() {
        StatisticsTable t = singleSixth().build();
        assertThat(t.isPrinted(CellId.parse("t3.r3_6.total"))).isTrue();
        assertThat(t.isPrinted(CellId.parse("t3.r3_6_1.total"))).isFalse();
        assertThat(t.isPrinted(CellId.parse("t3.r3_3.total"))).isFalse();
        assertThat(t.value(CellId.parse("t3.r3_6.total"))).isEqualTo(Count.of(2));
        assertThat(t.value(CellId.parse("t3.r3_6_2.total"))).isSameAs(CellValue.BLANK);
    }

    @Test
    void aValueInACellThePageDidNotPrintIsRefused() {
        assertThatThrownBy(() -> singleSixth().set("r3_6_1", "total", 1).build())
                .isInstanceOf(ReportModelException.class)
                .hasMessageContaining("（六）1.").hasMessageContaining("印出的表格没有这一单元格");
    }

    @Test
    void extraRowsAndColumnsMustBePlacedOnceAndNameRealRowsAndColumns() {
        List<PrintedShape.Column> columns = new ArrayList<>(formColumns());
        columns.add(new ExtraColumnAt("x_legal_person_subtotal"));
        ExtraColumn subtotal = new ExtraColumn("x_legal_person_subtotal", "法人或其他组织小计", Map.of("r1", Count.of(3)));
        StatisticsTable ok = StatisticsTable.builder(T3_2021).addExtraColumn(subtotal)
                .printedShape(new PrintedShape("", rowsWithSingleSixth(), columns)).build();
        assertThat(ok.extraColumns()).containsExactly(subtotal);
        // not placed
        assertThatThrownBy(() -> StatisticsTable.builder(T3_2021).addExtraColumn(subtotal)
                .printedShape(new PrintedShape("", rowsWithSingleSixth(), formColumns())).build())
                .hasMessageContaining("法人或其他组织小计");
        // an id of the form
        assertThatThrownBy(() -> StatisticsTable.builder(T3_2021)
                .addExtraColumn(new ExtraColumn("total", "总计", Map.of()))).hasMessageContaining("total");
        // a row twice
        List<PrintedShape.Row> twice = new ArrayList<>(rowsWithSingleSixth());
        twice.add(FormRow.of("r1"));
        assertThatThrownBy(() -> StatisticsTable.builder(T3_2021)
                .printedShape(new PrintedShape("", twice, formColumns())).build()).hasMessageContaining("r1");
        // an extra row not placed, and one placed
        ExtraRow extra = new ExtraRow("（八）其他", "", Map.of("total", Count.of(1)));
        assertThatThrownBy(() -> StatisticsTable.builder(T3_2021).addExtraRow(extra)
                .printedShape(new PrintedShape("", rowsWithSingleSixth(), formColumns())).build())
                .hasMessageContaining("（八）其他");
        List<PrintedShape.Row> placed = new ArrayList<>(rowsWithSingleSixth());
        placed.add(new ExtraRowAt(0));
        assertThat(StatisticsTable.builder(T3_2021).addExtraRow(extra)
                .printedShape(new PrintedShape("", placed, formColumns())).build().extraRows()).containsExactly(extra);
        // a row the form lacks
        assertThatThrownBy(() -> StatisticsTable.builder(T3_2021)
                .printedShape(new PrintedShape("", List.of(FormRow.of("r9")), formColumns())).build())
                .hasMessageContaining("r9");
    }

    @Test
    void anExtraRowThatIsPartOfASumNamesARowWithValues() {
        TableDefinition stats = Edition.LEGACY_2008.form().table("stats").orElseThrow();
        ExtraRow email = new ExtraRow("3、电子邮件申请数", "条", Map.of("value", Count.of(0)), Optional.of("l21"));
        assertThat(StatisticsTable.builder(stats).addExtraRow(email).build().extraRows().get(0).partOf()).contains("l21");
        assertThatThrownBy(() -> StatisticsTable.builder(stats)
                .addExtraRow(new ExtraRow("x", "", Map.of(), Optional.of("l0")))).hasMessageContaining("l0");
    }

    @Test
    void textInANumericCellIsKeptAndTheCellStaysBlank() {
        StatisticsTable t = StatisticsTable.builder(T3_2021).text(CellId.parse("t3.r1.total"), "见附件").build();
        assertThat(t.texts()).containsEntry(CellId.parse("t3.r1.total"), "见附件");
        assertThat(t.value(CellId.parse("t3.r1.total"))).isSameAs(CellValue.BLANK);
        assertThatThrownBy(() -> StatisticsTable.builder(T3_2021).set("r1", "total", 1)
                .text(CellId.parse("t3.r1.total"), "见附件").build()).hasMessageContaining("both");
    }

    @Test
    void version2RoundTripsEverythingThePagePrinted() {
        TableDefinition stats = Edition.LEGACY_2008.form().table("stats").orElseThrow();
        StatisticsTable legacy = StatisticsTable.builder(stats)
                .set("l1", "value", 72804).set("l1", "cumulative", 76424)
                .set("l21", "value", 0)
                .addExtraRow(new ExtraRow("3、电子邮件申请数", "条", Map.of("value", Count.of(0)), Optional.of("l21")))
                .text(CellId.parse("stats.l44.value"), "见附件")
                .printedShape(new PrintedShape("平潭综合实验区政府信息公开情况统计表",
                        List.of(new FormRow("l1", Optional.of("主动公开信息数"), Optional.of("条")),
                                new FormRow("l21", Optional.of("受理依申请公开信息总数"), Optional.of("条")),
                                new ExtraRowAt(0), FormRow.of("l44")),
                        List.of(new FormColumn("value", Optional.of("2013年度")), FormColumn.of("cumulative"))))
                .build();
        AnnualReport r = AnnualReport.builder(Edition.LEGACY_2008).agency(Agency.named("平潭综合实验区")).year(2013)
                .section(Section.builder("五、", "政府信息公开情况统计表").table("stats").build())
                .closing("二○一四年一月十日").table(legacy).build();
        String text = JSON.write(r);
        assertThat(text).contains("\"format\" : \"xxgk.report/2\"").contains("\"partOf\" : \"l21\"")
                .contains("\"caption\" : \"平潭综合实验区政府信息公开情况统计表\"").doesNotContain("\"year\" : 2013,\n  \"title\"");
        AnnualReport back = JSON.read(text);
        assertThat(back).isEqualTo(r);
        assertThat(JSON.write(back)).isEqualTo(text);
        assertThat(back.sections().get(0).tables()).containsExactly("stats");
        assertThat(back.closing()).containsExactly("二○一四年一月十日");
    }

    @Test
    void aReportThatNeedsNothingNewIsStillWrittenInTheFirstVersion() {
        AnnualReport r = AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.named("某市统计局")).year(2022)
                .title("某市统计局2022年政府信息公开工作年度报告").build();
        assertThat(JSON.write(r)).contains("\"format\" : \"xxgk.report/1\"");
    }

    @Test
    void theFirstVersionKnowsNoneOfTheNewFieldsAndAbsentTablesCannotBeHeld() {
        String v1 = """
                {"format": "xxgk.report/1", "edition": "STANDARD_2021", "agency": {"name": "某市统计局"}, "year": 2022,
                 "closing": ["二〇二三年一月十日"]}""";
        assertThatThrownBy(() -> JSON.read(v1)).isInstanceOf(ReportJsonException.class).hasMessageContaining("closing");
        String held = """
                {"format": "xxgk.report/2", "edition": "LEGACY_2008", "agency": {"name": "某县"}, "year": 2013,
                 "sections": [{"numbering": "六、", "title": "统计表", "tables": ["stats"]}]}""";
        assertThatThrownBy(() -> JSON.read(held)).isInstanceOf(ReportJsonException.class)
                .hasMessageContaining("stats");
        String unplaced = """
                {"format": "xxgk.report/2", "edition": "STANDARD_2021", "agency": {"name": "某市统计局"}, "year": 2022,
                 "tables": {"t3": {"cells": {"r1": {"total": 1}},
                   "printed": {"rows": [{"row": "r2"}], "columns": [{"column": "total"}]}}}}""";
        ReportJsonException e = org.junit.jupiter.api.Assertions.assertThrows(ReportJsonException.class, () -> JSON.read(unplaced));
        assertThat(e.pointer()).isEqualTo("/tables/t3");
        assertThat(e.getMessage()).contains("一、本年新收政府信息公开申请数量");
    }
}
