package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings state what the page prints: a relation's finding gives the printed value of the cell it
 * sits on and what the relation requires of that cell; a blank cell is said to be blank, with the
 * value the other cells give it and from which; an unprinted subtotal is named by its printed parts.
 */
class RelationMessagesTest {

    private static final String AGENCY = "淮安市洪泽区统计局";

    private static AnnualReport.Builder report(int year) {
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.of(AGENCY, AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(year).publicationDate(LocalDate.of(year + 1, 1, 20)).title(AGENCY + year + "年政府信息公开工作年度报告");
    }

    /** 表二 with every cell 0 but the 行政规范性文件 row. */
    private static StatisticsTable table2(long issued, long repealed, long inForce) {
        StatisticsTable.Builder t = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t2");
        Edition.STANDARD_2021.form().table("t2").orElseThrow().cells().forEach(c -> t.set(c.id(),
                c.kind() == io.github.xxgk.core.form.ValueKind.AMOUNT ? io.github.xxgk.core.Amount.of("0", io.github.xxgk.core.MoneyUnit.TEN_THOUSAND_YUAN)
                        : Count.of(0)));
        return t.set("normative_documents", "issued", issued).set("normative_documents", "repealed", repealed)
                .set("normative_documents", "in_force", inForce).build();
    }

    @Test
    void theCarryOverOfDocumentsInForceNamesThePrintedValueAndWhatItShouldBe() {
        AnnualReport last = report(2022).table(table2(5, 0, 90)).build();
        AnnualReport now = report(2023).table(table2(40, 10, 100)).build();
        Finding f = ReportValidator.standard().validate(now, ValidationContext.none().withPrevious(last)).findings("T2-VALID-CARRY")
                .get(0);
        assertThat(f.location().id()).isEqualTo("t2.normative_documents.in_force");
        assertThat(f.actual()).contains("100");
        assertThat(f.expected()).contains("120");
        assertThat(f.message(Locale.CHINA)).contains("现行有效件数 为 100，应为 120（与上年报告核对：");
        assertThat(f.message(Locale.ENGLISH)).contains("In force is 100; with last year's report it should be 120 (");
    }

    @Test
    void anIdentityIsSolvedForTheCellItSitsOn() {
        // 一 + 二 = 三（七） + 四 per column: 一 printed 100 where 三（七） 95 + 四 7 − 二 0 require 102
        StatisticsTable.Builder t = zeros();
        for (String row : List.of("r1")) {
            t.set(row, "natural_person", 100).set(row, "total", 100);
        }
        t.set("r3_1", "natural_person", 95).set("r3_1", "total", 95).set("r3_7", "natural_person", 95).set("r3_7", "total", 95);
        t.set("r4", "natural_person", 7).set("r4", "total", 7);
        Finding f = ReportValidator.standard().validate(report(2023).table(t.build()).build()).findings("T3-BALANCE").get(0);
        assertThat(f.location().id()).isEqualTo("t3.r1.natural_person");
        assertThat(f.actual()).contains("100");
        assertThat(f.expected()).contains("102");
        assertThat(f.message(Locale.CHINA)).isEqualTo("表三 一、本年新收政府信息公开申请数量 × 自然人 为 100，应为 102"
                + "（第一项加第二项之和等于第三项加第四项之和）。");
    }

    private static StatisticsTable.Builder zeros() {
        StatisticsTable.Builder t = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3");
        Edition.STANDARD_2021.form().table("t3").orElseThrow().cells().forEach(c -> t.set(c.id(), Count.of(0)));
        return t;
    }

    /**
     * A page that prints 一、二、四 and leaves the whole of 三、 blank, with 四's total mis-added: the
     * blank 三、（七）总计 × 总计 is given 一+二−四 = 268 while its row's columns give 270.
     */
    @Test
    void aBlankCellIsSaidToBeBlankWithTheValueInferredAndFromWhich() {
        StatisticsTable.Builder t = zeros();
        t.set("r1", "natural_person", 200).set("r1", "commercial_enterprise", 60).set("r1", "total", 260);
        t.set("r2", "natural_person", 10).set("r2", "total", 10);
        t.set("r4", "total", 2);
        List<CellDefinition> results = Edition.STANDARD_2021.form().table("t3").orElseThrow().cells().stream()
                .filter(c -> c.id().row().startsWith("r3")).toList();
        results.forEach(c -> t.set(c.id(), CellValue.BLANK));
        ValidationResult result = ReportValidator.standard().validate(report(2023).table(t.build()).build());

        Finding f = result.findings("T3-ROWTOTAL").stream().filter(x -> x.location().id().equals("t3.r3_7.total")).findFirst()
                .orElseThrow();
        assertThat(f.actual()).isEmpty();
        assertThat(f.expected()).contains("270");
        assertThat(f.derived()).containsEntry(CellId.parse("t3.r3_7.total"), "268");
        assertThat(f.message(Locale.CHINA)).isEqualTo("表三 三、（七）总计 × 总计 未填报；由 一+二−四 推出为 268，应为 270"
                + "（“总计”列等于各类申请人之和）。");
        assertThat(f.message(Locale.CHINA)).doesNotContain("实为");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("Table 3 III. (7) Total × Total is blank (not reported); I + II − IV gives 268;"
                + " it should be 270 (the total column is the sum of the applicant columns).");
        // 四's own total, printed, is 2 where its columns give 0
        assertThat(result.findings("T3-ROWTOTAL")).anySatisfy(x -> {
            assertThat(x.location().id()).isEqualTo("t3.r4.total");
            assertThat(x.message(Locale.CHINA)).startsWith("表三 四、结转下年度继续办理 × 总计 为 2，应为 0（");
        });

        // one CELL-BLANK for the table, listing every blank cell of 三、 and marking each
        Finding blank = result.findings("CELL-BLANK").get(0);
        assertThat(result.findings("CELL-BLANK")).hasSize(1);
        assertThat(blank.location().kind()).isEqualTo(Location.Kind.TABLE);
        assertThat(blank.cells()).hasSize(results.stream().filter(c -> !c.implied()).toList().size()).hasSize(22 * 7);
        assertThat(blank.message(Locale.CHINA)).startsWith("表三 收到和处理政府信息公开申请情况 有 154 个单元格未填报（括注的值由其他单元格推出）：")
                .contains("三、（七）总计：自然人（由 一+二−四 推出为 210）、商业企业（由 一+二−四 推出为 60）、")
                .contains("总计（由 一+二−四 推出为 268）");
    }

    /**
     * A 2017 table that prints the five channels but not their sum （二）, which is the row the
     * plausibility rule LEG-CHANNEL-COVER sits on: the finding names the printed cells that make the
     * unprinted subtotal up, and marks them.
     */
    @Test
    void aFindingOnAnUnprintedSubtotalNamesAndMarksItsPrintedParts() {
        StatisticsTable t = AnnualReport.builder(Edition.LEGACY_2008).tableBuilder("stats")
                .set("l1", "value", 20).set("l5", "value", 5).set("l6", "value", 5).set("l7", "value", 0)
                .set("l8", "value", 0).set("l9", "value", 0).build();
        AnnualReport r = AnnualReport.builder(Edition.LEGACY_2008).agency(Agency.of("永吉县北大湖镇", AgencyKind.TOWNSHIP_OR_STREET))
                .year(2017).publicationDate(LocalDate.of(2018, 1, 10)).title("永吉县北大湖镇2017年政府信息公开工作年度报告").table(t).build();
        Finding f = ReportValidator.standard().validate(r).findings("LEG-CHANNEL-COVER").get(0);
        assertThat(f.location().id()).isEqualTo("stats.l4.value");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message(Locale.CHINA)).isEqualTo("统计表 一、（二）通过不同渠道和方式公开政府信息的情况 × 统计数 表中未列出（即 1+2+3+4+5 之和），"
                + "推出为 10，应当 ≥ 20（各渠道公开信息数之和不少于主动公开政府信息数）。");
        assertThat(f.actual()).isEmpty();
        assertThat(f.expected()).contains("≥ 20");
        assertThat(f.derived()).containsEntry(CellId.parse("stats.l4.value"), "10");
        assertThat(f.cells()).containsExactly(CellId.parse("stats.l5.value"), CellId.parse("stats.l6.value"),
                CellId.parse("stats.l7.value"), CellId.parse("stats.l8.value"), CellId.parse("stats.l9.value"));
    }

    @Test
    void resultsCountTheirSeverities() {
        StatisticsTable.Builder t = zeros();
        t.set("r1", "natural_person", 3).set("r1", "total", 4);
        ValidationResult result = ReportValidator.standard().validate(report(2023).title("").table(t.build()).build());
        assertThat(result.count(Severity.ERROR)).isEqualTo(result.errors().size()).isPositive();
        assertThat(result.counts()).containsOnlyKeys(Severity.values());
        assertThat(result.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(result.findings().size());
        assertThat(result.findings("META-TITLE")).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aMissingTitleIsReportedAsMissingNotAsAWrongYear() {
        ValidationResult none = ReportValidator.standard().validate(report(2023).title("").build());
        assertThat(none.findings("META-YEAR")).isEmpty();
        assertThat(none.findings("META-TITLE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().id()).isEqualTo("title");
            assertThat(f.message(Locale.CHINA)).isEqualTo("报告未载明标题（缺失，不是有误），无法据标题核对报告年度（2023年）。");
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("The report has no title (missing, not wrong), so the reporting year (2023) cannot be checked against it.");
        });
        ValidationResult noYear = ReportValidator.standard().validate(report(2023).title(AGENCY + "政府信息公开工作年度报告").build());
        assertThat(noYear.findings("META-TITLE")).isEmpty();
        assertThat(noYear.findings("META-YEAR")).singleElement().satisfies(f -> assertThat(f.message(Locale.CHINA))
                .isEqualTo("报告标题“淮安市洪泽区统计局政府信息公开工作年度报告”未载明报告年度“2023年”。"));
        ValidationResult wrong = ReportValidator.standard().validate(report(2023).title(AGENCY + "2022年政府信息公开工作年度报告").build());
        assertThat(wrong.findings("META-YEAR")).singleElement().satisfies(f -> assertThat(f.message(Locale.CHINA))
                .isEqualTo("报告标题应载明报告年度“2023年”，实为“淮安市洪泽区统计局2022年政府信息公开工作年度报告”。"));
    }
}
