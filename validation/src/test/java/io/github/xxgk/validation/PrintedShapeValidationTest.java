package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraColumn;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.PrintedShape;
import io.github.xxgk.core.PrintedShape.ExtraColumnAt;
import io.github.xxgk.core.PrintedShape.ExtraRowAt;
import io.github.xxgk.core.PrintedShape.FormColumn;
import io.github.xxgk.core.PrintedShape.FormRow;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validation of tables as the page printed them (the printed shape of xxgk.report/2). */
class PrintedShapeValidationTest {

    private static final List<String> COLUMNS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "public_interest_org", "legal_service_org", "other_org", "total");
    private static final List<String> ROWS_BEFORE_SIXTH = List.of("r1", "r2", "r3_1", "r3_2", "r3_3_1", "r3_3_2",
            "r3_3_3", "r3_3_4", "r3_3_5", "r3_3_6", "r3_3_7", "r3_3_8", "r3_4_1", "r3_4_2", "r3_4_3", "r3_5_1",
            "r3_5_2", "r3_5_3", "r3_5_4", "r3_5_5");

    /**
     * A 2021 表三 printed with 2019's single （六）其他处理 row: 10 new requests from natural persons and 2
     * carried over; 6 disclosed, 1 not held (（四）1.), 2 under （六）, 3 carried forward. Every other cell 0.
     */
    private static StatisticsTable.Builder singleSixth(long sixth) {
        StatisticsTable.Builder t = StatisticsTable.builder(Edition.STANDARD_2021.form().table("t3").orElseThrow());
        List<PrintedShape.Row> rows = new ArrayList<>();
        for (String r : ROWS_BEFORE_SIXTH) {
            rows.add(FormRow.of(r));
            COLUMNS.forEach(c -> t.set(r, c, 0));
        }
        rows.add(new FormRow("r3_6", Optional.of("（六）其他处理"), Optional.empty()));
        rows.add(FormRow.of("r3_7"));
        rows.add(FormRow.of("r4"));
        for (String r : List.of("r3_6", "r3_7", "r4")) {
            COLUMNS.forEach(c -> t.set(r, c, 0));
        }
        for (String c : List.of("natural_person", "total")) {
            t.set("r1", c, 10).set("r2", c, 2).set("r3_1", c, 6).set("r3_4_1", c, 1).set("r3_6", c, sixth)
                    .set("r3_7", c, 9).set("r4", c, 3);
        }
        List<PrintedShape.Column> columns = new ArrayList<>();
        COLUMNS.forEach(c -> columns.add(FormColumn.of(c)));
        return t.printedShape(new PrintedShape("", rows, columns));
    }

    private static AnnualReport report(StatisticsTable t3) {
        return AnnualReport.builder(Edition.STANDARD_2021)
                .agency(Agency.of("淮安市洪泽区人民政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT)).year(2023)
                .publicationDate(LocalDate.of(2024, 1, 20)).table(t3).build();
    }

    @Test
    void theSingleSixthRowIsOneShapeFindingAndItsSubtotalCountsInTheTotal() {
        ValidationResult r = ReportValidator.standard().validate(report(singleSixth(2).build()));
        assertThat(r.findings("CELL-BLANK")).isEmpty();
        assertThat(r.findings("T3-TOTAL")).isEmpty();
        assertThat(r.findings("T3-BALANCE")).isEmpty();
        assertThat(r.findings("T3-SHAPE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                    "表三 收到和处理政府信息公开申请情况 未按格式印制：“（六）其他处理”印成一行，格式印其分项。");
            assertThat(f.message(Locale.ENGLISH)).contains("printed as one row where the format prints its parts");
        });
    }

    @Test
    void aWrongPrintedSubtotalIsAnArithmeticError() {
        // （六） printed as 3 where 9 − 6 − 1 = 2: （七）总计 no longer adds up
        ValidationResult r = ReportValidator.standard().validate(report(singleSixth(3).build()));
        assertThat(r.findings("T3-TOTAL")).extracting(f -> f.location().id())
                .containsExactlyInAnyOrder("t3.r3_7.natural_person", "t3.r3_7.total");
    }

    @Test
    void anEighthColumnIsKeptAndNamed() {
        StatisticsTable.Builder t = singleSixth(2);
        StatisticsTable base = t.build();
        List<PrintedShape.Column> columns = new ArrayList<>(base.printedShape().orElseThrow().columns());
        columns.add(6, new ExtraColumnAt("x_legal_person_subtotal"));
        StatisticsTable eight = t.addExtraColumn(new ExtraColumn("x_legal_person_subtotal", "法人或其他组织小计",
                        Map.of("r1", Count.of(0))))
                .printedShape(new PrintedShape("", base.printedShape().orElseThrow().rows(), columns)).build();
        ValidationResult r = ReportValidator.standard().validate(report(eight));
        assertThat(r.findings("T3-SHAPE")).singleElement().satisfies(f -> assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
                .contains("“（六）其他处理”印成一行").contains("格式没有的列“法人或其他组织小计”"));
        assertThat(r.findings("CELL-BLANK")).isEmpty();
    }

    @Test
    void aRowThePageLeftOutIsNamedButNotReportedBlank() {
        StatisticsTable.Builder t = StatisticsTable.builder(Edition.STANDARD_2021.form().table("t4").orElseThrow());
        List<PrintedShape.Column> columns = new ArrayList<>();
        for (var c : Edition.STANDARD_2021.form().table("t4").orElseThrow().blocks().get(0).leafColumns()) {
            if (!c.id().startsWith("after_review")) {
                columns.add(FormColumn.of(c.id()));
                t.set("cases", c.id(), 0);
            }
        }
        StatisticsTable t4 = t.printedShape(new PrintedShape("", List.of(FormRow.of("cases")), columns)).build();
        AnnualReport report = AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.named("某县统计局")).year(2022)
                .table(t4).build();
        ValidationResult r = ReportValidator.standard().validate(report);
        assertThat(r.findings("CELL-BLANK")).isEmpty();
        assertThat(r.findings("T4-SHAPE")).singleElement().satisfies(f -> assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
                .contains("未印出“结果维持”列").contains("未印出“总计”列"));
    }

    /** The 2013 Pingtan table: 电子邮件申请数 printed among the channels of 受理依申请公开信息总数. */
    private static AnnualReport legacy(boolean partOf, long email) {
        StatisticsTable.Builder t = StatisticsTable.builder(Edition.LEGACY_2008.form().table("stats").orElseThrow())
                .set("l21", "value", 5).set("l22", "value", 1).set("l23", "value", 0).set("l24", "value", 2)
                .set("l25", "value", 0)
                .addExtraRow(new ExtraRow("3、电子邮件申请数", "条", Map.of("value", Count.of(email)),
                        partOf ? Optional.of("l21") : Optional.empty()))
                .printedShape(new PrintedShape("平潭综合实验区政府信息公开情况统计表",
                        List.of(new FormRow("l21", Optional.of("受理依申请公开信息总数"), Optional.of("条")),
                                new FormRow("l22", Optional.of("其中：1、当面申请数"), Optional.of("条")),
                                new FormRow("l23", Optional.of("2、传真申请数"), Optional.of("条")),
                                new ExtraRowAt(0),
                                new FormRow("l24", Optional.of("4、网上申请数"), Optional.of("条")),
                                new FormRow("l25", Optional.of("5、信函申请数"), Optional.of("条"))),
                        List.of(new FormColumn("value", Optional.of("2013年度")))));
        return AnnualReport.builder(Edition.LEGACY_2008).agency(Agency.named("平潭综合实验区")).year(2013)
                .section(Section.builder("五、", "政府信息公开情况统计表").table("stats").build())
                .table(t.build()).build();
    }

    @Test
    void aProvincialChannelThatIsPartOfTheSumJoinsItsParts() {
        assertThat(ReportValidator.standard().validate(legacy(true, 2)).findings("LEG-APP-CHANNEL")).isEmpty();
        assertThat(ReportValidator.standard().validate(legacy(true, 3)).findings("LEG-APP-CHANNEL"))
                .singleElement().satisfies(f -> {
                    assertThat(f.location().id()).isEqualTo("stats.l21.value");
                    assertThat(f.expected()).contains("6");
                });
        // the same row not declared a part: the national parts add up to 3, not 5
        assertThat(ReportValidator.standard().validate(legacy(false, 2)).findings("LEG-APP-CHANNEL")).hasSize(1);
    }

    @Test
    void aSectionThatHoldsTheTableIsNotEmpty() {
        ValidationResult r = ReportValidator.standard().validate(legacy(true, 2));
        assertThat(r.findings("SEC-EMPTY")).isEmpty();
        assertThat(r.findings("LEG-EXTRA")).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("3、电子邮件申请数"));
    }
}
