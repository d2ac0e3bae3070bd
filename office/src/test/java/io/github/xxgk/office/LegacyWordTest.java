package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word 97–2003 documents ({@code .doc}) kept in the project: a legacy (2008-regulation) report and a 2021
 * one, each with one figure made wrong on purpose, written as DOCX by this module's writer and turned into
 * {@code .doc} once by LibreOffice (see the README beside them), so that the build reads files that Word's
 * binary format holds (tables whose merged header cells are Word's, text in Word's own encoding). Each reads
 * as the report it was made from, and validating it finds the wrong figure.
 *
 * <p>{@code -Dxxgk.rewrite=true} writes the reports' JSON and the DOCX files (under {@code target/doc}) again;
 * the {@code .doc} files are then made with {@code soffice --headless --convert-to doc}.
 */
class LegacyWordTest {

    static final Path DIR = Path.of("src/test/resources/io/github/xxgk/office");

    /** The legacy report (on 2014) with 主动公开规范性文件数 40 more, beyond the 48 items disclosed in all. */
    static AnnualReport legacy() {
        AnnualReport r = RoundTripTest.withKind(ReportGenerator.of(Edition.LEGACY_2008).published(2017));
        return ReportGenerator.perturbed(RoundTripTest.printable(r), CellId.parse("stats.l2.value"), 40);
    }

    /** The 2021 report with 一、本年新收 of natural persons three more than its row total and the balance allow. */
    static AnnualReport standard() {
        AnnualReport r = RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).published(2021));
        return ReportGenerator.perturbed(RoundTripTest.printable(r), CellId.parse("t3.r1.natural_person"), 3);
    }

    static void rewrite() throws Exception {
        Path out = Path.of("target/doc");
        Files.createDirectories(out);
        for (var e : java.util.Map.of("legacy-2014", legacy(), "standard-2021", standard()).entrySet()) {
            Files.writeString(DIR.resolve(e.getKey() + ".json"), ReportJson.defaults().write(e.getValue()), StandardCharsets.UTF_8);
            Files.write(out.resolve(e.getKey() + ".docx"), RoundTripTest.docx(e.getValue()));
        }
    }

    private static ReadResult read(String name, AnnualReport expected) {
        return PublishedReports.read(DIR.resolve(name),
                ReadOptions.defaults().withAgencyKind(expected.agency().kind().orElseThrow()));
    }

    private static List<String> rules(AnnualReport report) {
        return ReportValidator.standard().validate(report).findings().stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    @Test
    void theLegacyDocReadsAsItsReportAndItsWrongFigureIsFound() throws Exception {
        if (Boolean.getBoolean("xxgk.rewrite")) {
            rewrite();
        }
        AnnualReport expected = ReportJson.defaults().read(DIR.resolve("legacy-2014.json"));
        assertThat(expected).isEqualTo(legacy());
        ReadResult doc = read("legacy-2014.doc", expected);
        assertThat(ReportJson.defaults().write(doc.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(doc.report().edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(doc.report().year()).isEqualTo(2014);
        // the figure made wrong, as put in: 51 normative documents of 48 items disclosed
        assertThat(doc.report().value(CellId.parse("stats.l1.value"))).isEqualTo(io.github.xxgk.core.Count.of(48));
        assertThat(doc.report().value(CellId.parse("stats.l2.value"))).isEqualTo(io.github.xxgk.core.Count.of(51));
        assertThat(rules(doc.report())).contains("LEG-NORM-DOC").isEqualTo(rules(expected));
        assertThat(doc.provenance().cells().values()).isNotEmpty().allMatch(l -> l instanceof SourceLocation.DocumentCell);
        assertThat(doc.provenance().texts().values()).allMatch(l -> l instanceof SourceLocation.DocumentParagraph);
        assertThat(doc.provenance().charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void the2021DocReadsAsItsReportWithItsMergedHeaderCellsAndItsWrongTotalIsFound() throws Exception {
        AnnualReport expected = ReportJson.defaults().read(DIR.resolve("standard-2021.json"));
        assertThat(expected).isEqualTo(standard());
        ReadResult doc = read("standard-2021.doc", expected);
        assertThat(ReportJson.defaults().write(doc.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(doc.report().edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(doc.report().tables()).containsOnlyKeys("t2", "t3", "t4");
        assertThat(rules(doc.report())).contains("T3-ROWTOTAL", "T3-BALANCE").isEqualTo(rules(expected));
        assertThat(doc.notes()).extracting(Finding::ruleId).doesNotContain("READ-TABLE-MISSING", "READ-CELL-UNREAD");
    }
}
