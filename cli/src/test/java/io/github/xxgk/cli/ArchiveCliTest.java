package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ArchiveGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xxgk archive}, {@code compare} and {@code rollup} end to end. */
class ArchiveCliTest {

    @TempDir
    static Path dir;
    static Path good;
    static Path bad;
    static List<AnnualReport> a;
    static List<AnnualReport> b;

    record Run(int code, String out, String err) {
    }

    static Run run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Xxgk.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(false, args);
    }

    @BeforeAll
    static void files() throws Exception {
        a = ArchiveGenerator.chain(Agency.of("甲市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT), 2022, 2023, 1);
        b = ArchiveGenerator.chain(Agency.of("甲市财政局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT), 2022, 2023, 2);
        good = Files.createDirectories(dir.resolve("good"));
        write(good.resolve("a/2022.json"), a.get(0));
        write(good.resolve("a/2023.json"), a.get(1));
        write(good.resolve("b/2022.json"), b.get(0));
        write(good.resolve("b/2023.json"), b.get(1));
        bad = Files.createDirectories(dir.resolve("bad"));
        write(bad.resolve("a/2022.json"), a.get(0));
        write(bad.resolve("a/2023.json"), ArchiveGenerator.breakCarry(a.get(1)));
        write(bad.resolve("b/2022.json"), b.get(0));
        Files.writeString(dir.resolve("register.csv"), "name,kind,parent_region\n甲市统计局,COUNTY_OR_ABOVE_DEPARTMENT,甲市\n"
                + "甲市财政局,COUNTY_OR_ABOVE_DEPARTMENT,甲市\n");
        Files.writeString(dir.resolve("bad-register.csv"), "name,kind,parent_region\n甲市统计局,部门,甲市\n");
    }

    private static void write(Path p, AnnualReport r) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, ReportJson.defaults().write(r), StandardCharsets.UTF_8);
    }

    @Test
    void aCompleteArchiveThatPassesExitsZero() {
        Run r = run("archive", "--lang", "en", good.toString(), "--agencies", dir.resolve("register.csv").toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("reports 4, passed 4, failed 0 (errors 0), agencies 2, missing years 0, duplicates 0, late 0, "
                + "unreadable 0, not in the register 0");
    }

    @Test
    void aMissingYearExitsOneAndIsListed() {
        Run r = run("archive", "--lang", "en", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("MISSING  甲市财政局  2023  no report for 2023").contains("missing years 1");
    }

    @Test
    void summariesAreWrittenInEveryFormat() throws Exception {
        Path json = dir.resolve("out/summary.json");
        Files.createDirectories(json.getParent());
        assertThat(run("archive", good.toString(), "--out", json.toString()).code()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertThat(j.get("format").asText()).isEqualTo("xxgk.archive/1");
        assertThat(j.get("reports")).hasSize(4);
        Path html = dir.resolve("out/summary.html");
        Run h = run("archive", good.toString(), "--out", html.toString(), "--year", "2023");
        assertThat(h.code()).isEqualTo(0);
        assertThat(Files.readString(html)).contains("<svg").contains("甲市统计局");
        try (var pages = Files.list(dir.resolve("out/summary-pages"))) {
            assertThat(pages.count()).isEqualTo(2); // the two reports of 2023
        }
        Path csv = dir.resolve("out/summary.csv");
        assertThat(run("archive", good.toString(), "--out", csv.toString()).code()).isEqualTo(0);
        assertThat(Files.readAllLines(csv)).hasSize(5);
        assertThat(Files.readString(dir.resolve("out/summary-agencies.csv"))).startsWith("key,names,kind,region,registered,years,missing");
        Path xlsx = dir.resolve("out/summary.xlsx");
        assertThat(run("archive", good.toString(), "--out", xlsx.toString()).code()).isEqualTo(0);
        assertThat(Files.readAllBytes(xlsx)).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void badUsageExitsTwo() {
        Run reg = run("archive", "--lang", "en", good.toString(), "--agencies", dir.resolve("bad-register.csv").toString());
        assertThat(reg.code()).isEqualTo(2);
        assertThat(reg.err()).contains("bad-register.csv:2").contains("Unknown agency kind");
        assertThat(run("archive", dir.resolve("nowhere").toString()).code()).isEqualTo(2);
        assertThat(run("archive", good.toString(), "--out", dir.resolve("x.pdf").toString()).code()).isEqualTo(2);
        assertThat(run("archive", Files.exists(dir.resolve("empty")) ? dir.resolve("empty").toString() : mkdir("empty")).code()).isEqualTo(2);
    }

    private static String mkdir(String name) {
        try {
            return Files.createDirectories(dir.resolve(name)).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void progressIsShownOnATerminalOnly() {
        assertThat(run(true, "archive", good.toString()).err()).contains("100% 8/8");
        assertThat(run(false, "archive", good.toString()).err()).doesNotContain("%");
    }

    @Test
    void compareGivesEachCellsChangeAndTheCrossYearFindings() throws Exception {
        Run ok = run("compare", good.resolve("a/2022.json").toString(), good.resolve("a/2023.json").toString());
        assertThat(ok.code()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(ok.out());
        assertThat(j.get("format").asText()).isEqualTo("xxgk.comparison/1");
        long before = ((Count) a.get(0).value(CellId.parse("t3.r1.total"))).value();
        long after = ((Count) a.get(1).value(CellId.parse("t3.r1.total"))).value();
        JsonNode r1 = null;
        for (JsonNode c : j.get("changes")) {
            if (c.get("laterCells").get(0).asText().equals("t3.r1.total")) {
                r1 = c;
            }
        }
        assertThat(r1.get("change").asLong()).isEqualTo(after - before);
        assertThat(j.get("crossYear")).isEmpty();
        Run broken = run("compare", bad.resolve("a/2022.json").toString(), bad.resolve("a/2023.json").toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("T3-CARRY-CHAIN");
        Path html = dir.resolve("compare.html");
        assertThat(run("compare", "--to", "html", "-o", html.toString(), bad.resolve("a/2022.json").toString(),
                bad.resolve("a/2023.json").toString()).code()).isEqualTo(1);
        assertThat(Files.readString(html)).contains("<table").contains("T3-CARRY-CHAIN");
        assertThat(run("compare", good.resolve("a/2022.json").toString(), dir.resolve("none.json").toString()).code()).isEqualTo(2);
    }

    @Test
    void rollupSumsTheAgenciesAndChecksASummary() throws Exception {
        Path total = dir.resolve("total.json");
        Run r = run("rollup", good.resolve("a/2023.json").toString(), good.resolve("b/2023.json").toString(), "-o", total.toString());
        assertThat(r.code()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(total.toFile());
        assertThat(j.get("format").asText()).isEqualTo("xxgk.rollup/1");
        long sum = ((Count) a.get(1).value(CellId.parse("t3.r1.total"))).value() + ((Count) b.get(1).value(CellId.parse("t3.r1.total"))).value();
        assertThat(j.get("total").get("t3.r1.total").get("lower").asLong()).isEqualTo(sum);
        assertThat(j.get("total").get("t3.r1.total").get("exact").asBoolean()).isTrue();
        assertThat(j.get("contributors")).hasSize(2);
        // a's report given as the region's 汇总 report does not state b's figures: a mismatch, exit 1
        Run check = run("rollup", "--lang", "en", good.resolve("b/2023.json").toString(), "--summary", good.resolve("a/2023.json").toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("states");
        // the same report as 本级 and 汇总: never summed into itself
        Run self = run("rollup", "--lang", "en", good.resolve("a/2023.json").toString(), "--summary", good.resolve("a/2023.json").toString());
        assertThat(self.code()).isEqualTo(2);
        assertThat(self.err()).contains("never summed into itself");
        assertThat(run("rollup", good.resolve("a/2022.json").toString(), good.resolve("a/2023.json").toString()).code()).isEqualTo(2);
    }
}
