package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The file names portals publish reports under besides .html: .shtml pages, and .doc attachments that are
 * Word pages saved as HTML (a binary .doc cut short is refused with a typed error). The .doc was read as JSON
 * (a JSON syntax error), the .shtml too.
 */
class WordPageCliTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"report.doc", "report.shtml"})
    void aPageUnderAnotherNameIsReadAsThePage(String name) throws Exception {
        AnnualReport report = ReportGenerator.of(Edition.STANDARD_2021).consistent(11);
        Path page = Files.writeString(dir.resolve(name), HtmlRenderer.standard().render(report), StandardCharsets.UTF_8);
        Path out = dir.resolve(name + ".json");
        CliTest.Run r = CliTest.run("read", "--lang", "en", page.toString(), "-o", out.toString());
        assertThat(r.code()).isIn(0, 1);
        AnnualReport back = ReportJson.defaults().read(out);
        assertThat(back.year()).isEqualTo(report.year());
        assertThat(back.table("t4")).isEqualTo(report.table("t4"));
        for (String row : java.util.List.of("r1", "r2", "r3_1", "r3_4_1", "r3_7", "r4")) {
            io.github.xxgk.core.form.CellId total = new io.github.xxgk.core.form.CellId("t3", row, "total");
            assertThat(back.value(total)).as(row).isEqualTo(report.value(total));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aBinaryWordFileIsRefusedWithWhatItIs(String lang) throws Exception {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        Path doc = Files.write(dir.resolve("binary-" + lang + ".doc"), ole);
        CliTest.Run r = CliTest.run("validate", "--lang", lang, doc.toString());
        assertThat(r.code()).isNotZero();
        // the office module is on the command line's class path: its Word 97–2003 reader takes the file and says it is cut short
        assertThat(r.out() + r.err()).contains("Word 97–2003").contains(lang.equals("en") ? "damaged or truncated" : "已损坏或不完整");
        assertThat(r.out() + r.err()).doesNotContain("JSON");
    }
}
