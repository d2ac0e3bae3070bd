package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.internal.Messages;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FindingMessagesTest {

    /** A 2021 table 三 in which every row is zero but the new requests and their result (disclosed). */
    private static StatisticsTable.Builder table3(long natural) {
        StatisticsTable.Builder t = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3");
        List<ColumnDefinition> columns = Edition.STANDARD_2021.form().table("t3").orElseThrow().blocks().get(0).leafColumns();
        Edition.STANDARD_2021.form().table("t3").orElseThrow().cells().forEach(c -> t.set(c.id(), io.github.xxgk.core.Count.of(0)));
        for (String row : List.of("r1", "r3_1", "r3_7")) {
            t.set(row, "natural_person", natural).set(row, "total", natural);
        }
        assertThat(columns).hasSize(7);
        return t;
    }

    private static AnnualReport report(StatisticsTable t3) {
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(2022).publicationDate(LocalDate.of(2023, 1, 20)).table(t3).build();
    }

    @Test
    void theMessageNamesTheCellInTheOfficialWording() {
        AnnualReport r = report(table3(767).set("r3_7", "natural_person", 765).set("r3_7", "total", 765).build());
        Finding f = ReportValidator.standard().validate(r).findings("T3-TOTAL").get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().cell()).contains(CellId.parse("t3.r3_7.natural_person"));
        assertThat(f.expected()).contains("767");
        assertThat(f.actual()).contains("765");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("表三 三、（七）总计 × 自然人 为 765，应为 767（“（七）总计”等于（一）至（六）之和）。");
        assertThat(f.message(Locale.ENGLISH)).startsWith("Table 3 III. (7) Total × Natural persons is 765; it should be 767 (");
        assertThat(f.cells()).containsExactly(CellId.parse("t3.r3_7.natural_person"));
        assertThat(f.basis().zh()).contains("表三");
        assertThat(f.related()).contains(CellId.parse("t3.r3_1.natural_person"), CellId.parse("t3.r3_7.natural_person"));
    }

    @Test
    void aBlankTotalThatThePartsDetermineIsGivenItsDerivedValue() {
        AnnualReport r = report(table3(12).set("r3_7", "total", CellValue.BLANK).build());
        ValidationResult result = ReportValidator.standard().validate(r);
        assertThat(result.errors()).filteredOn(f -> f.location().kind() == Location.Kind.CELL).isEmpty();
        Finding blank = result.findings("CELL-BLANK").get(0);
        assertThat(blank.severity()).isEqualTo(Severity.WARNING);
        assertThat(blank.location().kind()).isEqualTo(Location.Kind.TABLE);
        assertThat(blank.derived()).containsEntry(CellId.parse("t3.r3_7.total"), "12");
        assertThat(blank.cells()).containsExactly(CellId.parse("t3.r3_7.total"));
        assertThat(blank.message(Locale.CHINA)).isEqualTo("表三 收到和处理政府信息公开申请情况 有 1 个单元格未填报（括注的值由其他单元格推出）："
                + "三、（七）总计：总计（由 自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 推出为 12）。空白不等于0，请填写数字或“/”。");
        assertThat(blank.message(Locale.ENGLISH)).isEqualTo("Table 3 Receipt and handling of disclosure requests has 1 blank cell(s) "
                + "(not reported; the other cells give the values in brackets): III. (7) Total: Total (Natural persons + Commercial enterprises"
                + " + Research institutions + Public-interest organisations + Legal service institutions + Other gives 12)."
                + " A blank is not 0: enter a number or “/”.");
    }

    @Test
    void partsThatExceedABlankableTotalAreAnErrorWithABound() {
        AnnualReport r = report(table3(12).set("r3_1", "commercial_enterprise", 50).set("r3_1", "research_institution", CellValue.BLANK)
                .build());
        Finding f = ReportValidator.standard().validate(r).findings("T3-ROWTOTAL").get(0);
        assertThat(f.location().id()).isEqualTo("t3.r3_1.total");
        // the blank is pinned to 0 by （七）总计 × 科研机构 = 0, so the parts are exactly 62
        assertThat(f.expected()).contains("62");
        assertThat(f.actual()).contains("12");
        assertThat(f.derived()).containsEntry(CellId.parse("t3.r3_1.research_institution"), "0");
    }

    @Test
    void notApplicableCountsAsZeroAndIsReported() {
        AnnualReport r = report(table3(3).set("r2", "natural_person", CellValue.NOT_APPLICABLE).build());
        ValidationResult result = ReportValidator.standard().validate(r);
        assertThat(result.errors()).filteredOn(f -> f.location().kind() == Location.Kind.CELL).isEmpty();
        assertThat(result.findings("CELL-BLANK")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().id()).isEqualTo("t3");
            assertThat(f.cells()).containsExactly(CellId.parse("t3.r2.natural_person"));
            assertThat(f.message(Locale.CHINA)).isEqualTo("表三 收到和处理政府信息公开申请情况 有 1 个单元格填写为“/”（不适用），按0计算："
                    + "二、上年结转政府信息公开申请数量：自然人。");
        });
    }

    @Test
    void countsNearTheLimitAreSummedExactly() {
        long big = Long.MAX_VALUE / 2 + 1;
        StatisticsTable t = table3(0).set("r1", "natural_person", big).set("r1", "commercial_enterprise", big)
                .set("r1", "total", Long.MAX_VALUE).build();
        Finding f = ReportValidator.standard().validate(report(t)).findings("T3-ROWTOTAL").get(0);
        assertThat(f.expected()).contains("9223372036854775808");
        assertThat(f.actual()).contains("9223372036854775807");
    }

    @Test
    void findingsComeInAStableOrder() {
        AnnualReport r = report(table3(5).set("r1", "natural_person", 6).build());
        List<Finding> findings = ReportValidator.standard().validate(r).findings();
        assertThat(findings).isEqualTo(ReportValidator.standard().validate(r).findings());
        // by severity first: the ERROR on the cell before the report-level INFO findings
        assertThat(findings).extracting(Finding::severity).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(findings.size() - 1).severity()).isEqualTo(Severity.INFO);
        // then by place: the missing sections before the cells of the tables
        assertThat(ReportValidator.standard().validate(r).errors()).extracting(f -> f.location().kind())
                .contains(Location.Kind.SECTION, Location.Kind.CELL).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void onlyAChineseLocaleGivesChinese() {
        AnnualReport r = report(table3(5).build());
        Finding f = ReportValidator.standard().validate(r).findings().get(0);
        assertThat(f.message(Locale.TRADITIONAL_CHINESE)).isEqualTo(f.message(Locale.SIMPLIFIED_CHINESE));
        assertThat(f.message(Locale.forLanguageTag("tr-TR"))).isEqualTo(f.message(Locale.ENGLISH));
        assertThat(f.message(Locale.ENGLISH)).isNotEqualTo(f.message(Locale.CHINESE));
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryRuleIsDescribed() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        en.load(new InputStreamReader(Messages.class.getResourceAsStream("/io/github/xxgk/validation/messages.properties"), StandardCharsets.UTF_8));
        zh.load(new InputStreamReader(Messages.class.getResourceAsStream("/io/github/xxgk/validation/messages_zh.properties"), StandardCharsets.UTF_8));
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (RuleDescriptor rule : RuleCatalogue.rules()) {
            assertThat(en.getProperty("rule." + rule.id())).as(rule.id()).isNotBlank().doesNotMatch(".*[\\u4e00-\\u9fff].*");
            assertThat(zh.getProperty("rule." + rule.id())).as(rule.id()).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(rule.basis().zh()).isNotBlank();
            assertThat(rule.basis().en()).isNotBlank();
        }
        assertThat(en.stringPropertyNames()).filteredOn(k -> k.startsWith("rule."))
                .allSatisfy(k -> assertThat(RuleCatalogue.rule(k.substring(5))).as(k).isPresent());
    }
}
