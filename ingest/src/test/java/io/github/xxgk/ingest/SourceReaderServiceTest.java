package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers of further sources are found on the class path and their documents go through the recogniser. */
class SourceReaderServiceTest {

    private static final byte[] FAKE = (FakeSourceReader.MAGIC + "2019年北大湖镇政府信息公开工作年度报告\n"
            + "一、总体情况\n本年度主动公开政府信息。\n二、主动公开政府信息情况\n见下表。")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aReaderOnTheClassPathIsFoundByItsSignatureAndItsDocumentIsRecognised() {
        ReadResult r = PublishedReports.read(FAKE, ReadOptions.defaults());
        assertThat(r.report().year()).isEqualTo(2019);
        assertThat(r.report().sections()).extracting(Section::heading)
                .containsExactly("一、总体情况", "二、主动公开政府信息情况");
        assertThat(r.report().sections().get(0).paragraphs()).containsExactly("本年度主动公开政府信息。");
        assertThat(r.provenance().texts().values()).allMatch(l -> l instanceof SourceLocation.PageBox);
        assertThat(PublishedReports.readableKinds()).contains(SourceKind.PDF, SourceKind.HTML, SourceKind.TEXT_DUMP);
    }

    @Test
    void aFileIsDispatchedByItsNameAndTheSourceIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.fake");
        Files.write(file, FAKE);
        ReadResult r = PublishedReports.read(file, ReadOptions.defaults());
        assertThat(r.provenance().source()).isEqualTo(file.toString());
        assertThat(r.report().year()).isEqualTo(2019);
    }

    @Test
    void aFileInATreeIsAReportWhenAPageADumpOrTakenByAReaderOnTheClassPath(@TempDir Path dir) throws IOException {
        // by the name: pages; by the name or the first bytes: what a reader takes (the fake one: .fake, %FAKE)
        assertThat(PublishedReports.isReport(Files.writeString(dir.resolve("2023.html"), "<p>x</p>"))).isTrue();
        assertThat(PublishedReports.isReport(Files.writeString(dir.resolve("2023.MHT"), "x"))).isTrue();
        assertThat(PublishedReports.isReport(Files.writeString(dir.resolve("a.fake"), "x"))).isTrue();
        assertThat(PublishedReports.isReport(Files.write(dir.resolve("report.bin"), FAKE))).isTrue();
        assertThat(PublishedReports.isReport(Files.writeString(dir.resolve("photo.jpg"), "not a report"))).isFalse();
        assertThat(PublishedReports.isReport(Files.writeString(dir.resolve("README.md"), "# notes"))).isFalse();
        // a .txt only when a crawler's dump
        assertThat(PublishedReports.isReport(Files.writeString(dir.resolve("notes.txt"), "今年的报告见网站。"))).isFalse();
        assertThat(PublishedReports.isReport(Files.writeString(dir.resolve("dump.txt"),
                "标题：某县2023年政府信息公开工作年度报告\n==================== 正文 ====================\n一、总体情况\n"))).isTrue();
        // a file that cannot be opened is taken, so that reading it says why
        assertThat(PublishedReports.isReport(dir.resolve("gone.fake"))).isTrue();
        assertThat(PublishedReports.isReport(dir.resolve("gone.bin"))).isTrue();
    }

    @Test
    void aKindWhoseModuleIsAbsentIsRefusedNamingTheModule() {
        assertThatThrownBy(() -> PublishedReports.read(FAKE, ReadOptions.defaults().withKind(SourceKind.DOCX)))
                .isInstanceOf(ReadException.class).hasMessageContaining("xxgk-office");
        assertThatThrownBy(() -> PublishedReports.read("<p>x</p>", ReadOptions.defaults().withKind(SourceKind.PDF)))
                .isInstanceOf(ReadException.class);
    }

    @Test
    void aFileTwoReadersTakeIsRefusedNotGivenToTheFirst(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("report.twin"), FAKE);
        assertThatThrownBy(() -> PublishedReports.read(file, ReadOptions.defaults())).isInstanceOf(ReadException.class)
                .hasMessageContaining("report.twin").hasMessageContaining("[PDF, DOC]").hasMessageContaining("无法确定文件的类型");
        // named otherwise, the one reader its bytes call for takes it
        assertThat(PublishedReports.read(Files.write(dir.resolve("report.bin"), FAKE), ReadOptions.defaults()).report().year())
                .isEqualTo(2019);
    }

    @Test
    void aSingleFileWebPageIsReadAsItsPage(@TempDir Path dir) throws IOException {
        String page = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
                + "<h1>2019年北大湖镇政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>本年度主动公开政府信息。</p></body></html>";
        StringBuilder qp = new StringBuilder();
        for (byte b : page.getBytes(java.nio.charset.Charset.forName("GBK"))) {
            int v = b & 0xFF;
            qp.append(v < 128 && v != '=' ? String.valueOf((char) v) : String.format(java.util.Locale.ROOT, "=%02X", v));
            if (qp.length() % 70 == 0) {
                qp.append("=\r\n");
            }
        }
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_X\"\r\n\r\n"
                + "------=_NextPart_X\r\nContent-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + qp + "\r\n------=_NextPart_X--\r\n";
        ReadResult r = PublishedReports.read(Files.writeString(dir.resolve("report.doc"), mht, StandardCharsets.US_ASCII),
                ReadOptions.defaults());
        assertThat(r.report().year()).isEqualTo(2019);
        assertThat(r.report().sections()).extracting(Section::heading).containsExactly("一、总体情况");
        assertThat(r.report().sections().get(0).paragraphs()).containsExactly("本年度主动公开政府信息。");
        assertThat(r.provenance().charset()).isEqualTo("GB18030");
        String broken = "MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html></html>";
        assertThatThrownBy(() -> PublishedReports.read(broken.getBytes(StandardCharsets.US_ASCII), ReadOptions.defaults()))
                .isInstanceOf(ReadException.class).hasMessageContaining("boundary");
    }
}
