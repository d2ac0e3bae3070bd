package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.office.OfficeDocuments;
import io.github.xxgk.office.OfficeOptions;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ArchiveGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive mixing formats: JSON, the web page the renderer writes, Word, Excel and PDF files. */
class PublishedArchiveTest {

    @Test
    void aPublishedPageIsReadAndComparedWithTheJsonOfTheYearBefore(@TempDir Path dir) throws IOException {
        List<AnnualReport> chain = ArchiveGenerator.chain(Agency.of("甲市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT), 2022, 2023, 21);
        Files.writeString(dir.resolve("2022.json"), ReportJson.defaults().write(chain.get(0)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2023.html"), HtmlRenderer.standard().render(chain.get(1)), StandardCharsets.UTF_8);
        ArchiveSummary s = Archive.scan(dir, ArchiveOptions.defaults().withThreads(1));
        assertThat(s.issues(ArchiveIssue.Kind.UNREADABLE)).isEmpty();
        assertThat(s.agencies()).singleElement().satisfies(a -> assertThat(a.years()).containsExactly(2022, 2023));
        ReportSummary page = s.reports().stream().filter(r -> r.path().equals("2023.html")).findFirst().orElseThrow();
        assertThat(page.previous()).hasValue("2022.json");
        assertThat(page.byRule()).doesNotContainKey("T3-CARRY-CHAIN");
    }

    @Test
    void wordExcelAndPdfFilesAreReadWhenTheirModulesAreOnTheClassPath(@TempDir Path dir) throws IOException {
        List<AnnualReport> chain = ArchiveGenerator.chain(Agency.of("甲市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT), 2022, 2024, 23);
        try (var out = Files.newOutputStream(dir.resolve("2022.docx"))) {
            OfficeDocuments.writeDocx(chain.get(0), out, OfficeOptions.defaults());
        }
        try (var out = Files.newOutputStream(dir.resolve("2023.xlsx"))) {
            OfficeDocuments.writeXlsx(chain.get(1), out, OfficeOptions.defaults());
        }
        Files.writeString(dir.resolve("2024.json"), ReportJson.defaults().write(chain.get(2)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "各年度报告见下。", StandardCharsets.UTF_8);
        // a PDF that is no report: read, and listed as unreadable
        Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\n", StandardCharsets.US_ASCII);
        Path pdf = Path.of("../../shared/corpus/pdf/2023-hongze/report.pdf");
        boolean corpus = Files.isRegularFile(pdf);
        if (corpus) {
            Files.copy(pdf, dir.resolve("hongze-2023.pdf"));
        }
        ArchiveSummary s = Archive.scan(dir, ArchiveOptions.defaults().withThreads(1));
        assertThat(s.ignored()).containsExactly("notes.txt");
        assertThat(s.issues(ArchiveIssue.Kind.UNREADABLE)).singleElement()
                .satisfies(i -> assertThat(i.paths()).containsExactly("broken.pdf"));
        AgencySummary stats = s.agencies().stream().filter(a -> a.names().contains("甲市统计局")).findFirst().orElseThrow();
        assertThat(stats.years()).containsExactly(2022, 2023, 2024);
        assertThat(s.reports().stream().filter(r -> r.path().equals("2023.xlsx")).findFirst().orElseThrow().previous())
                .hasValue("2022.docx");
        if (corpus) {
            assertThat(s.agencies()).flatExtracting(AgencySummary::names).contains("洪泽区人民政府");
        }
    }

    @Test
    void aReportBrokenAfterItsAgencyAndYearIsUnreadableAndItsYearMissing(@TempDir Path dir) throws IOException {
        List<AnnualReport> chain = ArchiveGenerator.chain(Agency.of("甲市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT), 2022, 2024, 22);
        Files.writeString(dir.resolve("2022.json"), ReportJson.defaults().write(chain.get(0)), StandardCharsets.UTF_8);
        String whole = ReportJson.defaults().write(chain.get(1));
        // agency and year come first, then the document breaks off
        Files.writeString(dir.resolve("2023.json"), whole.substring(0, whole.indexOf("\"year\"") + 20), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2024.json"), ReportJson.defaults().write(chain.get(2)), StandardCharsets.UTF_8);
        ArchiveSummary s = Archive.scan(dir, ArchiveOptions.defaults().withThreads(1));
        assertThat(s.issues(ArchiveIssue.Kind.UNREADABLE)).singleElement().satisfies(i -> {
            assertThat(i.paths()).containsExactly("2023.json");
            assertThat(i.detailEn()).isNotBlank();
        });
        assertThat(s.agencies()).singleElement().satisfies(a -> {
            assertThat(a.years()).containsExactly(2022, 2024);
            assertThat(a.missing()).containsExactly(2023);
        });
        assertThat(s.reports()).extracting(ReportSummary::path).containsExactly("2022.json", "2024.json");
        assertThat(s.reports().get(1).previous()).isEmpty();
    }
}
