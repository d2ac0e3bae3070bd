package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ArchiveGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive mixing formats: one year as JSON, the next as the web page the renderer writes. */
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
