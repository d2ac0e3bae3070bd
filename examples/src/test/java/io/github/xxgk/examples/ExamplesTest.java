package io.github.xxgk.examples;

import static io.github.xxgk.testing.XxgkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example, and shows the testing module's assertions on a report and its findings. */
class ExamplesTest {

    private static String stdout(Runnable main) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildAndValidate() {
        AnnualReport report = BuildAndValidate.report(2024, 1);
        assertThat(report).isOfEdition(Edition.STANDARD_2021).hasTable("t3").hasSection("s6_other")
                .hasCell("t3.r1.natural_person", 7).hasCell("t3.r4.total", 2).hasBlank("t3.r3_3.total");
        assertThat(ReportValidator.standard().validate(report)).hasNoErrors().hasNoFinding("CELL-BLANK").hasNoFinding("T3-BALANCE");
        assertThat(stdout(() -> BuildAndValidate.main(new String[0]))).startsWith("通过");
    }

    @Test
    void renderToHtml(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        RenderToHtml.main(new String[] {out.toString()});
        var page = Jsoup.parse(Files.readString(out));
        assertThat(page.title()).isEqualTo("某县统计局2024年政府信息公开工作年度报告");
        assertThat(page.select("table.stats")).hasSize(3);
        assertThat(page.selectFirst("td[data-cell=t3.r1.natural_person]").text()).isEqualTo("7");
    }

    @Test
    void seedFindingsInEnglish() {
        assertThat(SeedFindingsInEnglish.lines()).contains("WARNING LEG-FEE-TEXT: The report says nothing about fees and fee reductions or waivers.")
                .hasSize(5);
        assertThat(stdout(() -> SeedFindingsInEnglish.main(new String[0]))).contains("SEC-NUMBERING");
    }

    @Test
    void plainBeanValidation() {
        AnnualReport report = BuildAndValidate.report(2024, 1);
        assertThat(PlainBeanValidation.violations(report)).isEmpty();
        assertThat(stdout(() -> PlainBeanValidation.main(new String[0])))
                .contains("tables[t3].r3_7.total: T3-ROWTOTAL：表三 三、（七）总计 × 总计 为 9，应为 6（“总计”列等于各类申请人之和）。")
                .contains("tables[t3].r3_7.total: T3-ROWTOTAL: Table 3 III. (7) Total × Total is 9; it should be 6 (")
                .doesNotContain(" / ");
    }

    @Test
    void continuityCheck() {
        assertThat(ContinuityCheck.crossYear(BuildAndValidate.report(2024, 2), BuildAndValidate.report(2023, 0)))
                .as("2023 carried 2 over (8 − 6); the 2024 report took over 2").isEmpty();
        assertThat(stdout(() -> ContinuityCheck.main(new String[0])))
                .contains("T3-CARRY-CHAIN t3.r2.natural_person: Table 3 II. Requests carried over from the previous year × Natural persons is 1; with last year's report it should be 2 (");
    }

    @Test
    void assertionsOfTheTestingModule() {
        AnnualReport broken = BuildAndValidate.report(2024, 1).toBuilder()
                .table(BuildAndValidate.report(2024, 1).table("t3").orElseThrow().toBuilder().set("r1", "natural_person", 8).build())
                .build();
        assertThat(ReportValidator.standard().validate(broken)).hasErrors()
                .hasFinding("T3-ROWTOTAL").atCell("t3.r1.total").withSeverity(Severity.ERROR).expecting("8").hasCount(1);
        assertThat(ReportValidator.standard().validate(broken)).hasFinding("T3-BALANCE").atCell("t3.r1.natural_person");
        AnnualReport blank = BuildAndValidate.report(2024, 1).toBuilder()
                .table(BuildAndValidate.report(2024, 1).table("t3").orElseThrow().toBuilder()
                        .set("r4", "other_org", io.github.xxgk.core.CellValue.BLANK).build()).build();
        assertThat(ReportValidator.standard().validate(blank)).hasFinding("CELL-BLANK").at("t3").marking("t3.r4.other_org")
                .withSeverity(Severity.WARNING).hasCount(1);
    }
}
