package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xxgk read}, {@code validate} and {@code render} take {@code .pdf} files (read by the
 * ingest-pdf module): a scanned report (pictures only, its title in the metadata) and a damaged file.
 */
class PdfCommandTest {

    @TempDir
    static Path dir;
    static Path scan;
    static Path damaged;

    @BeforeAll
    static void files() throws Exception {
        Files.createDirectories(dir.resolve("pdfs"));
        scan = dir.resolve("pdfs/scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB)),
                            72, 72, 450, 700);
                }
            }
            doc.getDocumentInformation().setTitle("某县人民政府2022年政府信息公开工作年度报告");
            doc.save(scan.toFile());
        }
        damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\nnot really", StandardCharsets.ISO_8859_1);
    }

    @Test
    void readTakesAPdfAndSaysItsTablesArePictures() throws Exception {
        Path out = dir.resolve("scan.json");
        CliTest.Run r = CliTest.run("read", "--lang", "en", scan.toString(), "-o", out.toString());
        assertThat(r.code()).isIn(0, 1);
        AnnualReport back = ReportJson.defaults().read(out);
        assertThat(back.year()).isEqualTo(2022);
        assertThat(back.agency().name()).isEqualTo("某县人民政府");
        assertThat(r.out()).contains("READ-TABLE-IMAGE").contains("ACCESS-MACHINE-READABLE");
    }

    @Test
    void validateTakesAPdfAndTheScanDoesNotPass() {
        CliTest.Run r = CliTest.run("validate", "--lang", "en", scan.toString());
        assertThat(r.out()).contains(scan.toString()).contains("READ-TABLE-IMAGE");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void validateFindsPdfsInADirectory() {
        CliTest.Run r = CliTest.run("validate", "--lang", "en", dir.resolve("pdfs").toString());
        assertThat(r.out()).contains("scan.pdf");
        assertThat(r.out()).doesNotContain("not a report file");
    }

    @Test
    void renderTakesAPdf() {
        CliTest.Run r = CliTest.run("render", scan.toString(), "--to", "txt");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("某县人民政府");
    }

    @Test
    void aDamagedPdfIsATypedErrorThatSaysSo() {
        CliTest.Run r = CliTest.run("read", "--lang", "en", damaged.toString(), "-o", dir.resolve("d.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("damaged.pdf").contains("PDF");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
