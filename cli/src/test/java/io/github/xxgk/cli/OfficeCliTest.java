package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --to docx|xlsx}, and read, validate and render taking {@code .docx} and {@code .xlsx}. */
class OfficeCliTest {

    @TempDir
    Path dir;

    private Path report(AnnualReport r) throws Exception {
        return Files.writeString(dir.resolve("report.json"), ReportJson.defaults().write(r));
    }

    private static AnnualReport good() {
        AnnualReport g = ReportGenerator.of(Edition.STANDARD_2021).consistent(1);
        return g.toBuilder().agency(Agency.of("某市统计局", AgencyKind.STATE_COUNCIL_DEPARTMENT))
                .publicationDate(java.time.LocalDate.of(g.year() + 1, 1, 10)).build();
    }

    @Test
    void renderWritesWordAndExcelThatReadAndValidateBack() throws Exception {
        Path json = report(good());
        Path docx = dir.resolve("report.docx");
        Path xlsx = dir.resolve("report.xlsx");
        CliTest.Run w = CliTest.run("render", json.toString(), "--to", "docx", "-o", docx.toString());
        assertThat(w.code()).as(w.err()).isEqualTo(0);
        assertThat(CliTest.run("render", json.toString(), "--to", "xlsx", "-o", xlsx.toString()).code()).isEqualTo(0);
        assertThat(Files.readAllBytes(docx)).startsWith('P', 'K', 3, 4);
        for (Path office : new Path[] {docx, xlsx}) {
            Path back = dir.resolve(office.getFileName() + ".json");
            CliTest.Run read = CliTest.run("read", "--agency-kind", "STATE_COUNCIL_DEPARTMENT", office.toString(), "-o", back.toString());
            assertThat(read.code()).as(read.err()).isEqualTo(0);
            AnnualReport got = ReportJson.defaults().read(back);
            assertThat(got.tables().get("t3").valueAt(got.form().cell(CellId.parse("t3.r1.total")).orElseThrow().index()))
                    .isEqualTo(good().tables().get("t3").valueAt(good().form().cell(CellId.parse("t3.r1.total")).orElseThrow().index()));
            CliTest.Run validate = CliTest.run("validate", office.toString());
            assertThat(validate.code()).as(validate.out() + validate.err()).isEqualTo(0);
            assertThat(validate.out()).contains("通过  STANDARD_2021  北京市海淀区人民政府");
            CliTest.Run html = CliTest.run("render", office.toString(), "--to", "txt");
            assertThat(html.code()).isEqualTo(0);
            assertThat(html.out()).startsWith(good().title());
        }
    }

    @Test
    void wordWithFindingsAndWithoutAnOutputFile() throws Exception {
        AnnualReport bad = ReportGenerator.perturbed(good(), CellId.parse("t3.r1.natural_person"), 5);
        Path json = report(bad);
        Path docx = dir.resolve("bad.docx");
        assertThat(CliTest.run("render", json.toString(), "--to", "docx", "--findings", "-o", docx.toString()).code()).isEqualTo(0);
        byte[] bytes = Files.readAllBytes(docx);
        try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            java.util.zip.ZipEntry e;
            String comments = null;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().equals("word/comments.xml")) {
                    comments = new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            assertThat(comments).isNotNull().contains("T3-ROWTOTAL");
        }
        CliTest.Run noOut = CliTest.run("render", json.toString(), "--to", "xlsx");
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err()).contains("-o");
    }

    /** The Word 97–2003 files kept by the office module's tests (a 2021 report with 一、 of natural persons 3 too many). */
    private static final Path KEPT = Path.of("../office/src/test/resources/io/github/xxgk/office");

    @Test
    void validateReadsAWord97DocumentAndFindsItsWrongFigure() throws Exception {
        Path doc = Files.copy(KEPT.resolve("standard-2021.doc"), dir.resolve("2021年政府信息公开工作年度报告.doc"));
        CliTest.Run v = CliTest.run("validate", "--lang", "en", doc.toString());
        assertThat(v.code()).as(v.out() + v.err()).isEqualTo(1);
        assertThat(v.out()).contains("2021年政府信息公开工作年度报告.doc  FAILED  STANDARD_2021  国家某某局  2021")
                .contains("ERROR T3-ROWTOTAL").contains("ERROR T3-BALANCE").doesNotContain("READ-TABLE-MISSING");
        Path back = dir.resolve("doc.json");
        CliTest.Run read = CliTest.run("read", "--agency-kind", "COUNTY_OR_ABOVE_GOVERNMENT", doc.toString(), "-o", back.toString());
        assertThat(read.code()).as(read.err()).isEqualTo(0);
        assertThat(ReportJson.defaults().read(back)).isEqualTo(ReportJson.defaults().read(KEPT.resolve("standard-2021.json")));
    }

    @Test
    void aDirectoryOfDocsReadsEachByWhatItIsAndSaysWhyAnRtfIsNotRead() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(KEPT.resolve("legacy-2014.doc"), reports.resolve("a-2014.doc"));
        Files.write(reports.resolve("b-2021.doc"), docx(good()));   // a DOCX named .doc
        Files.writeString(reports.resolve("d-2016.mht"), "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html><body><h1>某县2016年政府信息公开工作年度报告</h1></body></html>\r\n--B--\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("c-2015.doc"), "{\\rtf1\\ansi\\ansicpg936 \\'d2\\'bb\\par}", java.nio.charset.StandardCharsets.US_ASCII);
        CliTest.Run v = CliTest.run("validate", "--lang", "en", reports.toString());
        assertThat(v.out()).contains("a-2014.doc  FAILED  LEGACY_2008  平潭综合实验区管委会  2014").contains("ERROR LEG-NORM-DOC")
                .contains("b-2021.doc  PASSED  STANDARD_2021")
                .contains("c-2015.doc  UNREADABLE").contains("an RTF (rich text) file")
                .contains("d-2016.mht  ").contains("LEGACY_2008  某县  2016")
                .contains("files 4, ").contains("unreadable 1");
    }

    @Test
    void aPdfNamedDocGoesToThePdfReaderAndADocNamedPdfToTheWordReader() throws Exception {
        Path pdfAsDoc = Files.writeString(dir.resolve("report.doc"), "%PDF-1.7\nnot really", java.nio.charset.StandardCharsets.ISO_8859_1);
        CliTest.Run r = CliTest.run("read", "--lang", "en", pdfAsDoc.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("report.doc").contains("PDF").doesNotContain("Word");
        // the bytes of a Word 97–2003 file named .pdf: the PDF reader steps aside (no %PDF- signature, an OLE2 file)
        Path docAsPdf = Files.copy(KEPT.resolve("standard-2021.doc"), dir.resolve("report.pdf"));
        CliTest.Run a = CliTest.run("read", "--lang", "en", docAsPdf.toString());
        Path doc = Files.copy(KEPT.resolve("standard-2021.doc"), dir.resolve("same.doc"));
        CliTest.Run b = CliTest.run("read", "--lang", "en", doc.toString());
        assertThat(a.code()).isEqualTo(b.code());
        assertThat(a.out()).isEqualTo(b.out()).contains("STANDARD_2021");
        // named .pdf, no signature, no other format's bytes: the PDF reader says what is wrong
        Path damaged = Files.writeString(dir.resolve("cut.pdf"), "PDF-1.7 cut before its header", java.nio.charset.StandardCharsets.ISO_8859_1);
        CliTest.Run c = CliTest.run("read", "--lang", "en", damaged.toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("cut.pdf").contains("PDF").doesNotContain("ambiguous");
    }

    private static byte[] docx(AnnualReport r) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        io.github.xxgk.office.OfficeDocuments.writeDocx(r, out, io.github.xxgk.office.OfficeOptions.defaults());
        return out.toByteArray();
    }
}
