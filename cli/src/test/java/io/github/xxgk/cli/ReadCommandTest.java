package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xxgk read}, and {@code validate}/{@code render} on published pages. */
class ReadCommandTest {

    @TempDir
    static Path dir;
    static Path page;
    static AnnualReport report;

    @BeforeAll
    static void pages() throws Exception {
        report = ReportGenerator.of(Edition.STANDARD_2021).consistent(7);
        page = Files.writeString(Files.createDirectories(dir.resolve("pages")).resolve("report.html"),
                HtmlRenderer.standard().render(report), StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/notes.txt"), "not a report", StandardCharsets.UTF_8);
    }

    @Test
    void readWritesTheReportAndPrintsTheNotes() throws Exception {
        Path out = dir.resolve("out.json");
        CliTest.Run r = CliTest.run("read", "--lang", "en", page.toString(), "-o", out.toString());
        assertThat(r.code()).isIn(0, 1);
        AnnualReport back = ReportJson.defaults().read(out);
        assertThat(back.year()).isEqualTo(report.year());
        assertThat(back.agency().name()).isEqualTo(report.agency().name());
        assertThat(back.table("t4")).isEqualTo(report.table("t4"));
        assertThat(r.out()).contains("READ-METADATA-INFERRED");
    }

    @Test
    void readOfADirectoryWritesOneJsonPerPage() throws Exception {
        Path outDir = dir.resolve("outdir");
        CliTest.Run r = CliTest.run("read", "--agency-kind", "COUNTY_OR_ABOVE_GOVERNMENT", "--out-dir",
                outDir.toString(), dir.resolve("pages").toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(Files.exists(outDir.resolve("report.json"))).isTrue();
    }

    @Test
    void readOfNothingReadableExitsTwo() {
        CliTest.Run r = CliTest.run("read", dir.resolve("empty").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("没有可读取的报告");
    }

    @Test
    void validateTakesAPageWithTheReadingNotesAmongTheFindings() {
        CliTest.Run r = CliTest.run("validate", "--lang", "en", page.toString());
        assertThat(r.out()).contains(page.toString()).contains("READ-METADATA-INFERRED");
        assertThat(r.code()).isIn(0, 1);
    }

    @Test
    void validateOfADirectoryWithNoReadableReportSaysSoAndExitsTwo() {
        CliTest.Run r = CliTest.run("validate", "--lang", "en", dir.resolve("empty").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no readable report");
        assertThat(r.out()).doesNotContain("passed");
    }

    @Test
    void renderTakesAPage() {
        CliTest.Run r = CliTest.run("render", page.toString(), "--to", "txt");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains(report.agency().name());
    }

    @Test
    void validateJsonGivesEachFindingOnAReadReportWhereItWasPrinted() throws Exception {
        // a page whose 表三 row 一 prints a natural-person figure 5 too high: the row total no longer holds
        io.github.xxgk.core.form.CellId cell = io.github.xxgk.core.form.CellId.parse("t3.r1.natural_person");
        AnnualReport wrong = ReportGenerator.perturbed(report, cell, 5);
        Path bad = Files.writeString(dir.resolve("wrong.html"), HtmlRenderer.standard().render(wrong), StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("validate", "--format", "json", "--lang", "en", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode findings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("files").get(0).get("findings");
        com.fasterxml.jackson.databind.JsonNode onCell = null;
        for (com.fasterxml.jackson.databind.JsonNode f : findings) {
            if (f.get("location").get("id").asText().equals(cell.toString())) {
                onCell = f;
            }
        }
        assertThat(onCell).as("a finding on %s in %s", cell, r.out()).isNotNull();
        com.fasterxml.jackson.databind.JsonNode source = onCell.get("source").get(0);
        assertThat(source.get("of").asText()).isEqualTo(cell.toString());
        assertThat(source.get("kind").asText()).isEqualTo("HtmlCell");
        // the element it names is the <td> that prints the figure
        org.jsoup.nodes.Element td = org.jsoup.Jsoup.parse(Files.readString(bad, StandardCharsets.UTF_8))
                .getAllElements().get(source.get("element").asInt());
        assertThat(td.normalName()).isEqualTo("td");
        assertThat(td.text().strip()).isEqualTo(String.valueOf(
                ((io.github.xxgk.core.Count) wrong.table("t3").orElseThrow().value(cell)).value()));
        assertThat(source.get("location").asText()).startsWith("html table ");
        // a reading note carries the place it was made at, a JSON report no source at all
        boolean noteWithPlace = false;
        for (com.fasterxml.jackson.databind.JsonNode f : findings) {
            noteWithPlace |= f.get("rule").asText().startsWith("READ-") && f.has("source")
                    && f.get("source").get(0).get("of").asText().equals("note");
        }
        assertThat(noteWithPlace).as(r.out()).isTrue();
        Path json = Files.writeString(dir.resolve("wrong.json"), ReportJson.defaults().write(wrong), StandardCharsets.UTF_8);
        assertThat(CliTest.run("validate", "--format", "json", json.toString()).out()).doesNotContain("\"source\"");
    }

    @Test
    void theMainJobReadsValidatesAndRendersTheBundledSeedTextInOneCommand() throws Exception {
        Path seed = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.txt");
        Path html = dir.resolve("seed-2017.html");
        CliTest.Run r = CliTest.run("validate", seed.toString(), "--render", html.toString());
        // the seed has warnings, no ERROR
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("通过  LEGACY_2008  北大湖镇  2017").contains("READ-TABLE-MISSING")
                .contains("LEG-FEE-TEXT").contains("文件 1，通过 1，未通过 0，无法读取 0");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("北大湖镇2017年政府信息公开工作年度报告").contains("LEG-FEE-TEXT").contains("READ-TABLE-MISSING");
    }

    @Test
    void renderTakesOneReport() {
        CliTest.Run r = CliTest.run("validate", page.toString(), page.toString(), "--render", dir.resolve("x.html").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--render");
        assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
    }
}
