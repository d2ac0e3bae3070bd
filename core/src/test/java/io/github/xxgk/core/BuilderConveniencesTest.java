package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.json.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fillTotals, set(CellId, long), write(report, Path) and the short toString of reports and definitions. */
class BuilderConveniencesTest {

    private static final String[] APPLICANTS = {"natural_person", "commercial_enterprise", "research_institution",
        "public_interest_org", "legal_service_org", "other_org"};

    @Test
    void fillTotalsFillsRowTotalsAndTheTotalOfTotalsFromTheDeclaredSums() {
        StatisticsTable.Builder b = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3");
        // 一、: 3 natural persons, 4 enterprises, nothing else
        b.set(CellId.parse("t3.r1.natural_person"), 3).set(CellId.parse("t3.r1.commercial_enterprise"), 4);
        for (int i = 2; i < APPLICANTS.length; i++) {
            b.set("r1", APPLICANTS[i], 0);
        }
        // 三、（一） and the eight rows of （三） for natural persons only: 2 + (1 + 1 + 0 + … )
        b.set("r3_1", "natural_person", 2);
        b.set("r3_3_1", "natural_person", 1).set("r3_3_2", "natural_person", 1);
        for (String r : List.of("r3_3_3", "r3_3_4", "r3_3_5", "r3_3_6", "r3_3_7", "r3_3_8", "r3_2", "r3_4_1", "r3_4_2",
                "r3_4_3", "r3_5_1", "r3_5_2", "r3_5_3", "r3_5_4", "r3_5_5", "r3_6_1", "r3_6_2", "r3_6_3")) {
            b.set(r, "natural_person", 0);
        }
        StatisticsTable t = b.fillTotals().build();
        assertThat(t.value("r1", "total")).isEqualTo(Count.of(7));
        // （七）总计 × 自然人 = 2 + 0 + (1 + 1) + 0 + 0 + 0, through the implied （三）…（六）
        assertThat(t.value("r3_7", "natural_person")).isEqualTo(Count.of(4));
        // the subtotals the format does not print stay blank
        assertThat(t.value("r3_3", "natural_person")).isSameAs(CellValue.BLANK);
        // a total with a blank part stays blank: r3_1's other applicant columns are blank
        assertThat(t.value("r3_1", "total")).isSameAs(CellValue.BLANK);
        assertThat(t.value("r3_7", "total")).isSameAs(CellValue.BLANK);
        // nothing was made up for rows with no figures
        assertThat(t.value("r4", "natural_person")).isSameAs(CellValue.BLANK);
    }

    @Test
    void fillTotalsNeverChangesAValueSetAndLeavesATotalOverASlashBlank() {
        StatisticsTable.Builder b = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3");
        for (String a : APPLICANTS) {
            b.set("r1", a, 1);
            b.set("r2", a, 1);
        }
        b.set("r1", "total", 99);                                   // wrong, but set by the caller
        b.set("r2", "other_org", CellValue.NOT_APPLICABLE);
        StatisticsTable t = b.fillTotals().build();
        assertThat(t.value("r1", "total")).isEqualTo(Count.of(99));
        assertThat(t.value("r2", "total")).isSameAs(CellValue.BLANK);
    }

    @Test
    void fillTotalsOnTheReportBuilderFillsEveryTableAndIsIdempotent() {
        AnnualReport.Builder rb = AnnualReport.builder(Edition.STANDARD_2021)
                .agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)).year(2024);
        StatisticsTable.Builder t4 = rb.tableBuilder("t4");
        for (String c : List.of("review_upheld", "review_corrected", "review_other", "review_pending")) {
            t4.set("cases", c, 2);
        }
        rb.table(t4.build());
        AnnualReport once = rb.fillTotals().build();
        assertThat(once.value(CellId.parse("t4.cases.review_total"))).isEqualTo(Count.of(8));
        assertThat(once.toBuilder().fillTotals().build()).isEqualTo(once);
    }

    @Test
    void setByCellIdTakesTheValueTypeFromTheCell() {
        StatisticsTable t = AnnualReport.builder(Edition.TRIAL_2019).tableBuilder("t3")
                .set(CellId.parse("t3.r1.total"), 5).build();
        assertThat(t.value("r1", "total")).isEqualTo(Count.of(5));
        assertThatThrownBy(() -> AnnualReport.builder(Edition.TRIAL_2019).tableBuilder("t3")
                .set(CellId.parse("t3.r9.total"), 5)).isInstanceOf(ReportModelException.class).hasMessageContaining("t3.r9.total");
        assertThatThrownBy(() -> AnnualReport.builder(Edition.TRIAL_2019).tableBuilder("t3")
                .set(CellId.parse("t3.r1.total"), -5)).isInstanceOf(ReportModelException.class).hasMessageContaining("-5");
    }

    @Test
    void writeToAFileGivesTheDocumentOfWriteToAString(@TempDir Path dir) throws Exception {
        AnnualReport report = AnnualReport.builder(Edition.STANDARD_2021)
                .agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)).year(2024)
                .table(AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3").set("r1", "total", 7).build())
                .build();
        Path file = dir.resolve("报告.json");
        Files.writeString(file, "an older, longer content that must not survive ".repeat(100));
        ReportJson.defaults().write(report, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ReportJson.defaults().write(report));
        assertThat(ReportJson.defaults().read(file)).isEqualTo(report);
        assertThatThrownBy(() -> ReportJson.defaults().write(report, dir.resolve("no/such/dir/r.json")))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void toStringOfAReportIsOneShortLineWithoutTheText() {
        AnnualReport.Builder b = AnnualReport.builder(Edition.STANDARD_2021)
                .agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)).year(2024)
                .publicationDate(java.time.LocalDate.of(2025, 1, 20))
                .preamble("很长的前言。".repeat(2000));
        b.section(new Section(java.util.Optional.of("s1_overview"), "一、", "总体情况", List.of("很长的段落。".repeat(2000)),
                List.of(), List.of()));
        StatisticsTable.Builder t3 = b.tableBuilder("t3");
        for (String a : APPLICANTS) {
            t3.set("r1", a, 1);
        }
        AnnualReport report = b.table(t3.fillTotals().build()).build();
        assertThat(report.toString())
                .isEqualTo("AnnualReport[STANDARD_2021 2024 某市统计局, 1 sections, tables t3, published 2025-01-20]");
        assertThat(report.sections().get(0).toString()).hasSizeLessThan(120).doesNotContain("很长的段落");
    }

    @Test
    void toStringOfEveryDefinitionIsOneShortLine() {
        for (Edition e : Edition.values()) {
            FormDefinition form = e.form();
            assertThat(form.toString()).isEqualTo(e.name());
            for (SectionDefinition s : form.sections()) {
                assertShort(s.toString(), s.id());
            }
            for (TableDefinition t : form.tables()) {
                assertShort(t.toString(), t.id());
                for (BlockDefinition bd : t.blocks()) {
                    assertShort(bd.toString(), bd.id());
                }
                for (RowDefinition r : t.rows()) {
                    assertShort(r.toString(), r.id());
                }
                t.blocks().forEach(bd -> bd.columns().forEach(c -> assertShort(c.toString(), c.id())));
                for (Relation r : t.relations()) {
                    assertThat(r.toString()).startsWith(r.ruleId() + " ").contains(r.left().get(0).cell().toString())
                            .doesNotContain("\n").hasSizeLessThan(1200);
                }
            }
            form.narrative().subjects().forEach(s -> assertShort(s.toString(), s.id()));
        }
    }

    @Test
    void theLocaleRuleChineseForEveryZhLocaleEnglishForEveryOther() {
        io.github.xxgk.core.form.Label label = new io.github.xxgk.core.form.Label("中文", "English");
        for (java.util.Locale zh : List.of(java.util.Locale.CHINA, java.util.Locale.TAIWAN, java.util.Locale.CHINESE,
                java.util.Locale.forLanguageTag("zh-Hans"), java.util.Locale.forLanguageTag("zh-Hant-HK"))) {
            assertThat(label.in(zh)).as("%s", zh).isEqualTo("中文");
        }
        for (java.util.Locale other : List.of(java.util.Locale.ENGLISH, java.util.Locale.ROOT, java.util.Locale.FRENCH,
                java.util.Locale.JAPANESE, java.util.Locale.forLanguageTag("tr-TR"))) {
            assertThat(label.in(other)).as("%s", other).isEqualTo("English");
        }
        ReportModelException e = new ReportModelException("year", "年度错误。", "Wrong year.");
        assertThat(e.message(java.util.Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo("year：年度错误。");
        assertThat(e.message(java.util.Locale.ROOT)).isEqualTo("year: Wrong year.");
        assertThat(io.github.xxgk.core.form.Severity.ERROR.label().in(java.util.Locale.ROOT)).isEqualTo("error");
        assertThat(Edition.STANDARD_2021.label().in(java.util.Locale.CHINA)).isEqualTo("2021年格式");
    }

    private static void assertShort(String text, String id) {
        assertThat(text).contains(id).doesNotContain("\n").hasSizeLessThan(200);
    }
}
