package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files agencies attach that are not what their names say, and the Word 97–2003 and Excel 97–2003
 * files themselves: each is read by the reader its bytes call for, or refused with a typed error saying
 * in Chinese and English what it is.
 */
class LyingFilesTest {

    @TempDir
    Path dir;

    private static final Path DIR = LegacyWordTest.DIR;

    private static AnnualReport report() {
        return RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).published(77));
    }

    private static ReadOptions options(AnnualReport r) {
        return ReadOptions.defaults().withAgencyKind(r.agency().kind().orElseThrow());
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static String json(AnnualReport r) {
        return ReportJson.defaults().write(r);
    }

    @Test
    void theBlankTemplateSavedByWordAsDocReadsAsAnEmpty2021Report() {
        // the template of 国办公开办函〔2021〕30号 (its merged header cells as Word made them), saved as .doc
        TemplateTest.assertEmpty2021(PublishedReports.read(DIR.resolve("template-2021-blank.doc"), ReadOptions.defaults()));
    }

    @Test
    void aDocThatIsADocxIsReadAsTheDocx() throws Exception {
        AnnualReport r = report();
        ReadResult read = PublishedReports.read(file("年度报告.doc", RoundTripTest.docx(r)), options(r));
        assertThat(json(read.report())).isEqualTo(json(RoundTripTest.printable(r)));
    }

    @Test
    void aDocxThatIsAWord97DocumentIsReadAsTheDoc() throws Exception {
        AnnualReport expected = ReportJson.defaults().read(DIR.resolve("standard-2021.json"));
        byte[] doc = Files.readAllBytes(DIR.resolve("standard-2021.doc"));
        ReadResult read = PublishedReports.read(file("report.docx", doc), options(expected));
        assertThat(json(read.report())).isEqualTo(json(expected));
        // and bytes without a name are judged the same way
        assertThat(json(PublishedReports.read(doc, options(expected)).report())).isEqualTo(json(expected));
    }

    @Test
    void aDocThatIsAWordWebPageInGbkIsReadAsTheWebPage() throws Exception {
        AnnualReport r = report();
        // Word's "save as web page": its Office namespaces, a charset meta, GBK bytes
        String page = HtmlRenderer.standard().render(r)
                .replace("<meta charset=\"utf-8\">", "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">")
                .replaceFirst("<html ", "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                        + "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\" ")
                .replace("<!DOCTYPE html>\n", "");
        assertThat(page).startsWith("<html xmlns:v=").contains("charset=gb2312");
        byte[] gbk = page.getBytes(Charset.forName("GBK"));
        assertThat(gbk).isNotEqualTo(page.getBytes(StandardCharsets.UTF_8));
        ReadResult read = PublishedReports.read(file("2021年政府信息公开工作年度报告.doc", gbk), options(r));
        assertThat(json(read.report())).isEqualTo(json(RoundTripTest.printable(r)));
        assertThat(read.provenance().charset()).isEqualTo("GB18030");
        assertThat(read.provenance().cells().values()).isNotEmpty().noneMatch(l -> l instanceof SourceLocation.DocumentCell);
        // an Excel web page named .xls is a web page too
        ReadResult xls = PublishedReports.read(file("统计表.xls", gbk), options(r));
        assertThat(json(xls.report())).isEqualTo(json(RoundTripTest.printable(r)));
    }

    @Test
    void anXlsOfTheShapeXxgkWritesReadsAsItsReport() throws Exception {
        AnnualReport r = report();
        byte[] xls = toXls(RoundTripTest.xlsx(r));
        assertThat(Arrays.copyOf(xls, 4)).containsExactly(0xD0, 0xCF, 0x11, 0xE0);
        ReadResult read = PublishedReports.read(file("report.xls", xls), options(r));
        assertThat(json(read.report())).isEqualTo(json(RoundTripTest.printable(r)));
        assertThat(read.provenance().cells().values()).isNotEmpty().allMatch(l -> l instanceof SourceLocation.SheetCell);
        // named .doc or named nothing, the bytes decide
        assertThat(json(PublishedReports.read(file("report.doc", xls), options(r)).report())).isEqualTo(json(RoundTripTest.printable(r)));
        assertThat(json(PublishedReports.read(xls, options(r)).report())).isEqualTo(json(RoundTripTest.printable(r)));
        assertThat(json(PublishedReports.read(xls, options(r).withKind(SourceKind.XLS)).report()))
                .isEqualTo(json(RoundTripTest.printable(r)));
        // an .xls that is an .xlsx
        assertThat(json(PublishedReports.read(file("report2.xls", RoundTripTest.xlsx(r)), options(r)).report()))
                .isEqualTo(json(RoundTripTest.printable(r)));
    }

    @Test
    void anXlsOfAnotherShapeIsRefusedNotGuessed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("政府信息公开情况统计表");
            wb.write(out);
        }
        Path p = file("stats.xls", out.toByteArray());
        assertThatThrownBy(() -> PublishedReports.read(p, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("Sheet1").hasMessageContaining("这不是本库写出的工作簿");
    }

    @Test
    void anRtfNamedDocIsRefusedSayingItIsRtf() throws Exception {
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\\f0 \\'d2\\'bb\\par}"
                .getBytes(StandardCharsets.US_ASCII);
        Path p = file("2015年报告.doc", rtf);
        assertThatThrownBy(() -> PublishedReports.read(p, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("2015年报告.doc").hasMessageContaining("RTF（富文本）").hasMessageContaining("an RTF (rich text) file");
    }

    @Test
    void aSingleFileWebPageNamedDocIsReadAsItsPage() throws Exception {
        AnnualReport r = report();
        String page = HtmlRenderer.standard().render(r)
                .replace("<meta charset=\"utf-8\">", "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">");
        byte[] gbk = page.getBytes(Charset.forName("GBK"));
        String boundary = "----=_NextPart_01D7A1B2.C3D4E5F0";
        String head = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"" + boundary + "\"\r\n\r\n"
                + "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n";
        String part = "--" + boundary + "\r\nContent-Location: file:///C:/D0A1B2C3/report.htm\r\n";
        String image = "--" + boundary + "\r\nContent-Location: file:///C:/D0A1B2C3/report.files/image001.png\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n--" + boundary + "--\r\n";
        // Word's way: quoted-printable
        String qp = head + part + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
                + quotedPrintable(gbk) + "\r\n\r\n" + image;
        ReadResult read = PublishedReports.read(file("2021年报告.doc", qp.getBytes(Charset.forName("GBK"))), options(r));
        assertThat(json(read.report())).isEqualTo(json(RoundTripTest.printable(r)));
        assertThat(read.provenance().charset()).isEqualTo("GB18030");
        // a browser's: base64, named .mht
        String b64 = head + part + "Content-Transfer-Encoding: base64\r\nContent-Type: text/html\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(gbk) + "\r\n\r\n" + image;
        ReadResult mht = PublishedReports.read(file("report.mht", b64.getBytes(StandardCharsets.US_ASCII)), options(r));
        assertThat(json(mht.report())).isEqualTo(json(RoundTripTest.printable(r)));
        // one without a page
        Path none = file("images.doc", (head + image).getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> PublishedReports.read(none, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("images.doc").hasMessageContaining("没有 HTML 部分").hasMessageContaining("has no HTML part");
        // named a .doc it is not, the .doc reader says what it is
        assertThatThrownBy(() -> PublishedReports.read(qp.getBytes(Charset.forName("GBK")), ReadOptions.defaults().withKind(SourceKind.DOC)))
                .isInstanceOf(ReadException.class).hasMessageContaining("MHT").hasMessageContaining("single-file web page");
    }

    /** Quoted-printable as Word writes it: lines of at most 76 characters, soft breaks {@code =}. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            String e = v == '\n' ? "\r\n" : v == '\r' ? "" : v >= 33 && v <= 126 && v != '=' || v == ' ' ? String.valueOf((char) v)
                    : String.format(java.util.Locale.ROOT, "=%02X", v);
            if (e.equals("\r\n")) {
                out.append(e);
                line = 0;
                continue;
            }
            if (line + e.length() > 75) {
                out.append("=\r\n");
                line = 0;
            }
            out.append(e);
            line += e.length();
        }
        return out.toString();
    }

    @Test
    void aDamagedDocIsRefusedSayingSo() throws Exception {
        byte[] doc = Files.readAllBytes(DIR.resolve("legacy-2014.doc"));
        // cut off: the compound file's sectors are missing
        Path cut = file("cut.doc", Arrays.copyOf(doc, doc.length / 3));
        assertThatThrownBy(() -> PublishedReports.read(cut, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("cut.doc").hasMessageContaining("Word 97–2003 文档无法读取")
                .hasMessageContaining("The Word 97–2003 document cannot be read");
        // the signature and then noise
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        System.arraycopy(doc, 0, noise, 0, 8);
        Path junk = file("noise.doc", noise);
        assertThatThrownBy(() -> PublishedReports.read(junk, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("Word 97–2003").hasMessageContaining("无法读取");
        // a WordDocument stream whose text is cut short
        byte[] hollow = doc.clone();
        for (int i = 1024; i < hollow.length; i++) {
            hollow[i] = (byte) (i * 31);
        }
        Path h = file("hollow.doc", hollow);
        assertThatThrownBy(() -> PublishedReports.read(h, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("hollow.doc");
        // named .doc, neither Office nor a web page
        Path text = file("plain.doc", "2015年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PublishedReports.read(text, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("不是 Word 97–2003 文档").hasMessageContaining("D0 CF 11 E0");
    }

    @Test
    void anEncryptedDocIsRefusedSayingItIsEncrypted() throws Exception {
        byte[] plain = Files.readAllBytes(DIR.resolve("legacy-2014.doc"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Biff8EncryptionKey.setCurrentUserPassword("xxgk");
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(plain))) {
            doc.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Path p = file("secret.doc", out.toByteArray());
        assertThatThrownBy(() -> PublishedReports.read(p, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("已加密").hasMessageContaining("encrypted");
    }

    @Test
    void aDocThatIsAWordWebPageWithWordsMarkupIsReadAsTheWebPage() throws Exception {
        AnnualReport r = report();
        // what Word's "save as web page" adds: its XML island in the head, <o:p> in every paragraph and cell,
        // mso- styles, the hidden row of column widths at the end of each table
        String page = HtmlRenderer.standard().render(r)
                .replace("<meta charset=\"utf-8\">", "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
                        + "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 11\">\n"
                        + "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n </w:WordDocument>\n</xml><![endif]-->")
                .replaceFirst("<html ", "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" ")
                .replace("</td>", "<o:p></o:p></td>").replace("</p>", "<o:p></o:p></p>")
                .replace("<table", "<table class=MsoNormalTable style='border-collapse:collapse;mso-yfti-tbllook:1184'")
                .replace("</table>", "<![if !supportMisalignedColumns]><tr height=0><td width=120 style='border:none'></td>"
                        + "<td width=60 style='border:none'></td></tr><![endif]></table>")
                .replace("<!DOCTYPE html>\n", "");
        ReadResult read = PublishedReports.read(file("2021年报告.doc", page.getBytes(Charset.forName("GBK"))), options(r));
        assertThat(json(read.report())).isEqualTo(json(RoundTripTest.printable(r)));
    }

    @Test
    void aRealPublishedPageSavedInGbkAsDocReadsAsThePageDoes() throws Exception {
        // the 2013 legacy report of 平潭 as its portal served it (Word-generated markup), as the agency's
        // .doc attachment would hold it: in GBK, its charset meta saying so
        Path html = Corpus.file("pingtan/2013-syq", "page.html");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<meta charset=\"utf-8\"");
        byte[] gbk = page.replace("<meta charset=\"utf-8\"", "<meta charset=\"gb2312\"").getBytes(Charset.forName("GB18030"));
        ReadResult asPage = PublishedReports.read(html, ReadOptions.defaults());
        ReadResult asDoc = PublishedReports.read(file("平潭综合实验区2013年政府信息公开工作年度报告.doc", gbk), ReadOptions.defaults());
        assertThat(asDoc.report().edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(asDoc.report().year()).isEqualTo(2013);
        assertThat(json(asDoc.report())).isEqualTo(json(asPage.report()));
        assertThat(asDoc.provenance().charset()).isEqualTo("GB18030");
        assertThat(asDoc.notes()).extracting(Finding::ruleId).isEqualTo(asPage.notes().stream().map(Finding::ruleId).toList());
    }

    @Test
    void anEncryptedXlsIsRefusedSayingItIsEncrypted() throws Exception {
        byte[] xls = toXls(RoundTripTest.xlsx(report()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Biff8EncryptionKey.setCurrentUserPassword("xxgk");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Path p = file("secret.xls", out.toByteArray());
        assertThatThrownBy(() -> PublishedReports.read(p, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("secret.xls").hasMessageContaining("Excel 工作簿已加密").hasMessageContaining("encrypted");
    }

    @Test
    void word95AndExcel95FilesAreRefusedSayingTheirFormatIsTooOld() throws Exception {
        // the kept .doc with its file information block saying Word 6.0/95 (nFib 101)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                new ByteArrayInputStream(Files.readAllBytes(DIR.resolve("legacy-2014.doc"))))) {
            byte[] word;
            try (var in = fs.createDocumentInputStream("WordDocument")) {
                word = in.readAllBytes();
            }
            word[2] = 101;
            word[3] = 0;
            fs.getRoot().getEntry("WordDocument").delete();
            fs.createDocument(new ByteArrayInputStream(word), "WordDocument");
            fs.writeFilesystem(out);
        }
        Path doc = file("word95.doc", out.toByteArray());
        assertThatThrownBy(() -> PublishedReports.read(doc, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("Word 95 或更早版本").hasMessageContaining("Word 95 or older").hasMessageNotContaining("HWPF");
        // a workbook of Excel 5.0/95: its stream is Book, not Workbook
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0, 0, 0x05, 0x10, 0, 0, 0, 0, 0}), "Book");
            fs.writeFilesystem(book);
        }
        Path xls = file("excel95.xls", book.toByteArray());
        assertThatThrownBy(() -> PublishedReports.read(xls, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("Excel 95 或更早版本").hasMessageContaining("Excel 95 or older");
    }

    /** The workbook copied into the binary format, cell by cell, with its merged regions. */
    static byte[] toXls(byte[] xlsx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook from = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); HSSFWorkbook to = new HSSFWorkbook()) {
            for (Sheet s : from) {
                Sheet t = to.createSheet(s.getSheetName());
                for (Row row : s) {
                    Row r = t.createRow(row.getRowNum());
                    for (Cell c : row) {
                        Cell d = r.createCell(c.getColumnIndex());
                        switch (c.getCellType()) {
                            case STRING -> d.setCellValue(c.getStringCellValue());
                            case NUMERIC -> d.setCellValue(c.getNumericCellValue());
                            case BOOLEAN -> d.setCellValue(c.getBooleanCellValue());
                            default -> {
                            }
                        }
                    }
                }
                for (CellRangeAddress m : s.getMergedRegions()) {
                    t.addMergedRegion(m);
                }
            }
            to.write(out);
        }
        return out.toByteArray();
    }
}
