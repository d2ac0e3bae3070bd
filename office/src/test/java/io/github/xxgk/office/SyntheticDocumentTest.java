package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A Word document and a workbook kept in the project (written once by this module's writers from a
 * published-like 2021 report, kept beside the report's JSON), so that the build always reads files that
 * are not made in the same run. {@code -Dxxgk.rewrite=true} writes them again.
 */
class SyntheticDocumentTest {

    private static final Path DIR = Path.of("src/test/resources/io/github/xxgk/office");

    @Test
    void theKeptWordDocumentAndWorkbookReadAsTheirReport() throws Exception {
        if (Boolean.getBoolean("xxgk.rewrite")) {
            AnnualReport r = RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).published(2021));
            Files.writeString(DIR.resolve("synthetic-2021.json"), ReportJson.defaults().write(RoundTripTest.printable(r)),
                    StandardCharsets.UTF_8);
            Files.write(DIR.resolve("synthetic-2021.docx"), RoundTripTest.docx(r));
            Files.write(DIR.resolve("synthetic-2021.xlsx"), RoundTripTest.xlsx(r));
        }
        AnnualReport expected = ReportJson.defaults().read(DIR.resolve("synthetic-2021.json"));
        ReadOptions options = ReadOptions.defaults().withAgencyKind(expected.agency().kind().orElseThrow());
        ReadResult docx = PublishedReports.read(DIR.resolve("synthetic-2021.docx"), options);
        assertThat(ReportJson.defaults().write(docx.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(docx.provenance().cells().values()).isNotEmpty().allMatch(l -> l instanceof SourceLocation.DocumentCell);
        assertThat(docx.provenance().texts().values()).allMatch(l -> l instanceof SourceLocation.DocumentParagraph);
        ReadResult xlsx = PublishedReports.read(DIR.resolve("synthetic-2021.xlsx"), options);
        assertThat(ReportJson.defaults().write(xlsx.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(xlsx.provenance().cells().values()).isNotEmpty().allMatch(l -> l instanceof SourceLocation.SheetCell);
    }
}
