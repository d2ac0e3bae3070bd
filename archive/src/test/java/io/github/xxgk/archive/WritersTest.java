package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.archive.ArchiveIssue.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {

    @TempDir
    static Path dir;
    static Path pages;
    static ArchiveSummary summary;

    @BeforeAll
    static void scan() throws IOException {
        Path root = Files.createDirectories(dir.resolve("archive"));
        GeneratedArchive.write(root);
        pages = dir.resolve("summary-pages");
        summary = Archive.scan(root, ArchiveOptions.defaults().withThreads(2).withPages(pages)
                .withRegister(AgencyRegister.parse("register.csv", GeneratedArchive.register())));
    }

    @Test
    void jsonHasTheDocumentedFieldsAndAgreesWithTheSummary() throws IOException {
        StringWriter w = new StringWriter();
        SummaryWriters.json(summary, w);
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertThat(j.get("format").asText()).isEqualTo("xxgk.archive/1");
        assertThat(j.get("firstYear").asInt()).isEqualTo(2021);
        assertThat(j.get("lastYear").asInt()).isEqualTo(2024);
        JsonNode totals = j.get("totals");
        assertThat(totals.get("reports").asInt()).isEqualTo(summary.reports().size());
        assertThat(totals.get("failed").asInt()).isEqualTo(2);
        assertThat(totals.get("missing").asInt()).isEqualTo(5);
        assertThat(totals.get("duplicates").asInt()).isEqualTo(1);
        assertThat(totals.get("late").asInt()).isEqualTo(1);
        assertThat(totals.get("unreadable").asInt()).isEqualTo(1);
        assertThat(totals.get("notInRegister").asInt()).isEqualTo(1);
        assertThat(totals.get("ignored").asInt()).isEqualTo(2);
        JsonNode late = null;
        for (JsonNode r : j.get("reports")) {
            if (r.get("late").asBoolean()) {
                late = r;
            }
        }
        assertThat(late).isNotNull();
        assertThat(late.get("agency").asText()).isEqualTo(GeneratedArchive.D);
        assertThat(late.get("deadline").asText()).isEqualTo("2023-01-31");
        assertThat(late.get("passed").asBoolean()).isFalse();
        assertThat(late.get("errors").get(0).get("rule").asText()).isEqualTo("PUB-DEADLINE-DEPT");
        assertThat(late.get("errors").get(0).get("message").get("zh").asText()).isNotBlank();
        assertThat(late.get("page").asText()).startsWith("summary-pages/");
        assertThat(late.get("keyFigures").get("requests_received").get("exact").asBoolean()).isTrue();
        JsonNode audit = null;
        for (JsonNode a : j.get("agencies")) {
            if (a.get("key").asText().equals(GeneratedArchive.AUDIT)) {
                audit = a;
            }
        }
        assertThat(audit.get("missing")).hasSize(4);
        assertThat(audit.get("years")).isEmpty();
        assertThat(j.get("issues").get(0).get("kind").asText()).isEqualTo("UNREADABLE");
    }

    @Test
    void csvHasALinePerReportAndAColumnPerRule() throws IOException {
        StringWriter w = new StringWriter();
        SummaryWriters.csv(summary, w);
        String[] lines = w.toString().split("\r\n");
        assertThat(lines).hasSize(summary.reports().size() + 1);
        assertThat(lines[0]).startsWith("path,agency,agency_key,region,year,edition,published,deadline,late,passed,duplicate,errors,warnings,infos,previous,page,");
        assertThat(lines[0]).contains("PUB-DEADLINE-DEPT", "T3-CARRY-CHAIN");
        assertThat(List.of(lines)).filteredOn(l -> l.contains(GeneratedArchive.D + ",") && l.contains(",2022,")).singleElement()
                .satisfies(l -> assertThat(l).contains(",2023-02-15,2023-01-31,true,false,"));
        StringWriter a = new StringWriter();
        SummaryWriters.agenciesCsv(summary, a);
        assertThat(a.toString()).startsWith("key,names,kind,region,registered,years,missing\r\n")
                .contains(GeneratedArchive.AUDIT + ",,COUNTY_OR_ABOVE_DEPARTMENT,甲市,true,,2021 2022 2023 2024\r\n")
                .contains(GeneratedArchive.F_NEW + "," + GeneratedArchive.F_NEW + "|" + GeneratedArchive.F_OLD + ",");
    }

    @Test
    void xlsxHoldsTheSameTables() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWriters.xlsx(summary, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            Sheet reports = wb.getSheetAt(0);
            assertThat(reports.getLastRowNum()).isEqualTo(summary.reports().size());
            assertThat(reports.getRow(0).getCell(0).getStringCellValue()).isEqualTo("path");
            ReportSummary first = summary.reports().get(0);
            assertThat(reports.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.path());
            assertThat(reports.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(first.year());
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(summary.agencies().size());
            assertThat(wb.getSheetAt(2).getLastRowNum()).isEqualTo(summary.issues().size());
            assertThat(wb.getSheetAt(3).getLastRowNum()).isEqualTo(summary.findingsByRule().size());
        }
    }

    @Test
    void htmlPageIsSelfContainedFailingReportsFirstWithChartsFiltersAndLinks() throws IOException {
        StringWriter w = new StringWriter();
        SummaryWriters.html(summary, Locale.CHINA, w);
        Document d = Jsoup.parse(w.toString());
        // nothing from elsewhere
        assertThat(d.select("script[src], link, img, iframe, object, embed")).isEmpty();
        assertThat(d.select("[href^=http], [src^=http]")).isEmpty();
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("html").attr("lang")).isEqualTo("zh-CN");
        // totals
        assertThat(d.select("#total-reports dd").text()).isEqualTo(Integer.toString(summary.reports().size()));
        assertThat(d.select("#total-failed dd").text()).isEqualTo("2");
        assertThat(d.select("#total-missing dd").text()).isEqualTo("5");
        // charts, drawn inline, each with a title
        for (String id : List.of("chart-rules", "chart-regions", "chart-requests_received", "chart-requests_carried_over",
                "chart-proactive", "chart-reconsiderations", "chart-lawsuits")) {
            Element svg = d.getElementById(id);
            assertThat(svg).as(id).isNotNull();
            assertThat(svg.tagName()).isEqualTo("svg");
            assertThat(svg.select("title")).isNotEmpty();
        }
        assertThat(d.select("#chart-rules g.bar")).hasSize(Math.min(25, summary.findingsByRule().size()));
        assertThat(d.select("#chart-requests_received rect")).hasSize(4);
        // failing reports first, with their errors
        List<Element> rows = new ArrayList<>(d.select("#reports tbody tr"));
        assertThat(rows).hasSize(summary.reports().size());
        assertThat(rows.get(0).hasClass("failed")).isTrue();
        assertThat(rows.get(1).hasClass("failed")).isTrue();
        assertThat(rows.get(2).hasClass("passed")).isTrue();
        assertThat(rows.get(0).select("ul.errors li")).isNotEmpty();
        // filters exist but are hidden until the script shows them: the page reads in full without script
        Element form = d.getElementById("filters");
        assertThat(form.hasAttr("hidden")).isTrue();
        assertThat(form.select("select[name=region] option")).extracting(Element::val).contains("", "甲市", "淮安市洪泽区");
        assertThat(form.select("select[name=rule] option")).extracting(Element::text).contains("PUB-DEADLINE-DEPT");
        assertThat(form.select("select[name=severity] option")).extracting(Element::text).contains("ERROR", "WARNING", "INFO");
        assertThat(rows).allSatisfy(r -> assertThat(r.attributes().hasKey("data-region")).isTrue());
        // every report links to its rendered page, which exists
        for (Element row : rows) {
            Element a = row.selectFirst("td a");
            assertThat(a).isNotNull();
            assertThat(Files.exists(dir.resolve(a.attr("href")))).as(a.attr("href")).isTrue();
        }
        // issues listed by kind
        assertThat(d.select("#issues tr[data-kind=LATE]")).hasSize(1);
        assertThat(d.select("#issues tr[data-kind=NOT_IN_REGISTER]")).hasSize(1);
        // print: the filters are hidden
        assertThat(d.select("style").html()).contains("@media print").contains("form#filters");
    }

    @Test
    void htmlInEnglishToo() throws IOException {
        StringWriter w = new StringWriter();
        SummaryWriters.html(summary, Locale.ENGLISH, w);
        Document d = Jsoup.parse(w.toString());
        assertThat(d.select("html").attr("lang")).isEqualTo("en");
        assertThat(d.select("h2").eachText()).contains("Totals", "Charts", "Reports (failing first)");
        assertThat(summary.issues(Kind.AMBIGUOUS_NAME)).isEmpty();
    }
}
