package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.Edition;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.testing.ReportGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Hostile Word and Excel files: a typed ReadException within the limits, never an OutOfMemoryError or a crash. */
class HostileFilesTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /** A minimal Word package around a document part. */
    private static byte[] docx(String document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(TYPES.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(RELS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(document.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static ReadResult read(byte[] bytes, SourceKind kind) {
        return PublishedReports.read(bytes, ReadOptions.defaults().withKind(kind));
    }

    @Test
    void aWellFormedMinimalDocumentReads() throws IOException {
        byte[] ok = docx("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>某某镇人民政府2022年政府信息公开工作年度报告</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>");
        ReadResult r = read(ok, SourceKind.DOCX);
        assertThat(r.report().year()).isEqualTo(2022);
        assertThat(r.report().sections()).hasSize(1);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(TYPES.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 70; i++) {
                z.write(spaces);
            }
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(bomb, SourceKind.DOCX)).isInstanceOf(ReadException.class)
                .hasMessageContaining("zip bomb").hasMessageContaining("word/document.xml");
    }

    @Test
    void deeplyNestedTablesAreRefused() throws IOException {
        StringBuilder b = new StringBuilder("<w:document xmlns:w=\"" + W + "\"><w:body>");
        int depth = 200;
        b.append("<w:tbl><w:tr><w:tc>".repeat(depth)).append("<w:p/>").append("</w:tc></w:tr></w:tbl>".repeat(depth));
        b.append("</w:body></w:document>");
        byte[] nested = docx(b.toString());
        assertThatThrownBy(() -> read(nested, SourceKind.DOCX)).isInstanceOf(ReadException.class)
                .hasMessageContaining("deeper than");
    }

    @Test
    void aTableNestedInACellGivesItsTextToTheCell() throws IOException {
        String inner = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内层</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        byte[] doc = docx("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>某某镇人民政府2022年政府信息公开工作年度报告</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc>" + inner + "<w:p/></w:tc></w:tr></w:tbl></w:body></w:document>");
        ReadResult r = read(doc, SourceKind.DOCX);
        // a grid of no table of the form: its text is kept as a paragraph
        assertThat(r.report().preamble()).contains("内层");
    }

    @Test
    void aMalformedPartIsRefused() throws IOException {
        byte[] bad = docx("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>未闭合");
        assertThatThrownBy(() -> read(bad, SourceKind.DOCX)).isInstanceOf(ReadException.class)
                .hasMessageContaining("not well-formed");
        byte[] entity = docx("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");
        assertThatThrownBy(() -> read(entity, SourceKind.DOCX)).isInstanceOf(ReadException.class);
    }

    @Test
    void aFileThatIsNoZipOrATruncatedOneIsRefused() throws IOException {
        assertThatThrownBy(() -> read("<html>不是 Word</html>".getBytes(StandardCharsets.UTF_8), SourceKind.DOCX))
                .isInstanceOf(ReadException.class).hasMessageContaining("not a zip archive");
        assertThatThrownBy(() -> read(new byte[0], SourceKind.XLSX)).isInstanceOf(ReadException.class);
        byte[] whole = RoundTripTest.docx(RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).consistent(7)));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> read(half, SourceKind.DOCX)).isInstanceOf(ReadException.class);
        byte[] noWord = docx("<a/>");
        // an archive without a Word document part
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<a/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> read(out.toByteArray(), SourceKind.DOCX)).isInstanceOf(ReadException.class)
                .hasMessageContaining("word/document.xml");
        assertThatThrownBy(() -> read(noWord, SourceKind.DOCX)).isInstanceOf(ReadException.class);
    }

    @Test
    void aHugeImageIsNeverDecoded() throws Exception {
        // a PNG that claims 100,000 × 100,000 pixels: decoding it would take tens of gigabytes
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        png.write(new byte[] {0, 1, (byte) 0x86, (byte) 0xa0, 0, 1, (byte) 0x86, (byte) 0xa0, 8, 6, 0, 0, 0, 0, 0, 0, 0});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("某某镇人民政府2022年政府信息公开工作年度报告");
            d.createParagraph().createRun().setText("二、主动公开政府信息情况");
            d.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG,
                    "table2.png", 100_000, 100_000);
            d.write(out);
        }
        ReadResult r = read(out.toByteArray(), SourceKind.DOCX);
        assertThat(r.notes()).anyMatch(n -> n.ruleId().equals("READ-TABLE-IMAGE"));
    }

    @Test
    void aWorkbookOfAnotherShapeIsRefusedNotGuessed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("本年新收政府信息公开申请数量");
            wb.write(out);
        }
        assertThatThrownBy(() -> read(out.toByteArray(), SourceKind.XLSX)).isInstanceOf(ReadException.class)
                .hasMessageContaining("正文").hasMessageContaining("Sheet1");
    }

    @Test
    void aFormulaInAWorkbookIsRefusedNotComputed() throws IOException {
        byte[] written = RoundTripTest.xlsx(RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).consistent(3)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            wb.getSheet("表三").getRow(4).getCell(3).setCellFormula("1+1");
            wb.write(out);
        }
        assertThatThrownBy(() -> read(out.toByteArray(), SourceKind.XLSX)).isInstanceOf(ReadException.class)
                .hasMessageContaining("formula").hasMessageContaining("sheet 表三 row 5 column 4");
    }

    @Test
    void tooManyCellsAreRefused() {
        byte[] written = RoundTripTest.docx(RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).consistent(3)));
        assertThatThrownBy(() -> PublishedReports.read(written, ReadOptions.defaults().withKind(SourceKind.DOCX)
                .withLimits(ReadOptions.DEFAULT_MAX_BYTES, ReadOptions.DEFAULT_MAX_DEPTH, 50)))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 50 cells");
    }
}
