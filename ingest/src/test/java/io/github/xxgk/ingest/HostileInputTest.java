package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.xxgk.core.Edition;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No input makes the reader throw anything but its typed error. */
class HostileInputTest {

    private static final String PAGE = HtmlRenderer.standard().render(ReportGenerator.of(Edition.STANDARD_2021).consistent(3));
    private static final List<String> PIECES = List.of("<table>", "</table>", "<tr>", "<td rowspan=999>", "<td colspan=0>",
            "<td colspan=-3>", "</td>", "<p>", "</p>", "<br>", "一、总体情况", "三、收到和处理政府信息公开申请情况", "（一）",
            "1.", "2024年", "本年新收政府信息公开申请数量", "自然人", "总计", "0", "12345678901234567890", "/", "—", "见附件",
            "==== 正文 ====\n", "标题: 某县2024年政府信息公开工作年度报告\n", "<meta charset=\"gbk\">", "\u0000", "\uFFFD",
            "<!--[if gte mso 9]>", "<![endif]-->", "<?xml:namespace prefix = o />", "<o:p></o:p>", "&nbsp;", "\n");

    /** Reads, accepting a result or a ReadException and nothing else. */
    private static void survives(byte[] bytes, SourceKind kind) {
        try {
            ReadResult r = PublishedReports.read(bytes, ReadOptions.defaults().withKind(kind));
            assertThat(r.report()).isNotNull();
        } catch (ReadException expected) {
            assertThat(expected.where()).isNotBlank();
            assertThat(expected.problem().zh()).isNotBlank();
            assertThat(expected.problem().en()).isNotBlank();
        }
    }

    @Test
    void randomTextNeverThrowsAnythingElse() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 400)).checkAssert(s -> {
            survives(s.getBytes(StandardCharsets.UTF_8), SourceKind.AUTO);
            survives(s.getBytes(StandardCharsets.UTF_8), SourceKind.TEXT_DUMP);
            survives(s.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN);
        });
    }

    @Test
    void piecesOfReportsInAnyOrderNeverThrowAnythingElse() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 80))
                .checkAssert(picks -> {
                    StringBuilder b = new StringBuilder();
                    picks.forEach(i -> b.append(PIECES.get(i)));
                    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                    survives(bytes, SourceKind.HTML);
                    survives(bytes, SourceKind.TEXT_DUMP);
                    survives(bytes, SourceKind.MARKDOWN);
                });
    }

    @Test
    void aRenderedPageCutAnywhereNeverThrowsAnythingElse() {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        qt().withExamples(100).forAll(integers().between(0, page.length), integers().between(0, page.length))
                .checkAssert((a, b) -> {
                    byte[] cut = java.util.Arrays.copyOfRange(page, Math.min(a, b), Math.max(a, b));
                    survives(cut, SourceKind.AUTO);
                });
    }

    @Test
    void theMarkdownOfAReportCutAnywhereNeverThrowsAnythingElse() {
        byte[] md = io.github.xxgk.render.MarkdownRenderer.standard()
                .render(io.github.xxgk.testing.ReportGenerator.of(io.github.xxgk.core.Edition.STANDARD_2021).published(3))
                .getBytes(StandardCharsets.UTF_8);
        qt().withExamples(100).forAll(integers().between(0, md.length), integers().between(0, md.length))
                .checkAssert((a, b) -> survives(java.util.Arrays.copyOfRange(md, Math.min(a, b), Math.max(a, b)),
                        SourceKind.MARKDOWN));
    }

    /**
     * The plain-text source itself (the entry point turns any other exception into a ReadException, which
     * would hide a defect of the source) throws nothing but the typed error.
     */
    private static void plainTextSurvives(String text) {
        try {
            io.github.xxgk.ingest.internal.PlainTextSource.read(text,
                    new io.github.xxgk.ingest.internal.Charsets.Decoded(text, "UTF-16", ""), 20_000);
        } catch (ReadException expected) {
            assertThat(expected.where()).isNotBlank();
            assertThat(expected.problem().zh()).isNotBlank();
            assertThat(expected.problem().en()).isNotBlank();
        }
        survives(text.getBytes(StandardCharsets.UTF_8), SourceKind.PLAIN_TEXT);
    }

    @Test
    void thePlainTextOfAReportCutOrShuffledNeverThrowsAnythingElse() {
        String text = io.github.xxgk.render.TextRenderer.standard()
                .render(ReportGenerator.of(Edition.STANDARD_2021).published(3));
        List<String> lines = List.of(text.split("\n", -1));
        qt().withExamples(100).forAll(integers().between(0, text.length()), integers().between(0, text.length()))
                .checkAssert((a, b) -> plainTextSurvives(text.substring(Math.min(a, b), Math.max(a, b))));
        qt().withExamples(200).forAll(lists().of(integers().between(0, lines.size() - 1)).ofSizeBetween(0, 60))
                .checkAssert(picks -> {
                    StringBuilder sb = new StringBuilder();
                    picks.forEach(i -> sb.append(lines.get(i)).append('\n'));
                    plainTextSurvives(sb.toString());
                });
        qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 400))
                .checkAssert(HostileInputTest::plainTextSurvives);
    }

    @Test
    void aPlainTextCellWiderThanItsColumnIsATypedErrorSayingWhere() {
        // a character standing in the two spaces between columns: which column it belongs to is not guessed
        String text = "某县2024年政府信息公开工作年度报告\n某县  2024年度\n\n表二 主动公开政府信息情况\n"
                + "信息内容  本年制发件数\n----------------------\n规章规章规章规章规章规      3\n";
        assertThatThrownBy(() -> PublishedReports.read(text, ReadOptions.defaults().withKind(SourceKind.PLAIN_TEXT)))
                .isInstanceOf(ReadException.class).hasMessageContaining("between two columns")
                .hasMessageContaining("text table 0");
    }

    @Test
    void limitsGiveTypedErrors() {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PublishedReports.read(page, ReadOptions.defaults().withLimits(1000, 256, 20_000)))
                .isInstanceOf(ReadException.class).hasMessageContaining("too large");
        String deep = "<div>".repeat(5000) + PAGE;
        assertThatThrownBy(() -> PublishedReports.read(deep, ReadOptions.defaults()))
                .isInstanceOf(ReadException.class).hasMessageContaining("nests");
        assertThatThrownBy(() -> PublishedReports.read(page, ReadOptions.defaults().withLimits(1 << 24, 256, 50)))
                .isInstanceOf(ReadException.class).hasMessageContaining("cells");
        String text = io.github.xxgk.render.TextRenderer.standard()
                .render(ReportGenerator.of(Edition.STANDARD_2021).consistent(3));
        assertThatThrownBy(() -> PublishedReports.read(text, ReadOptions.defaults().withKind(SourceKind.PLAIN_TEXT)
                .withLimits(1 << 24, 256, 50))).isInstanceOf(ReadException.class).hasMessageContaining("cells");
        String huge = "<table><tr>" + "<td rowspan=1000 colspan=1000>1</td>".repeat(50) + "</tr></table>";
        assertThatThrownBy(() -> PublishedReports.read(huge, ReadOptions.defaults()))
                .isInstanceOf(ReadException.class).hasMessageContaining("cells");
    }

    @Test
    void noReportIsATypedError() {
        assertThatThrownBy(() -> PublishedReports.read("<html><body><p>你好</p></body></html>", ReadOptions.defaults()))
                .isInstanceOf(ReadException.class).hasMessageContaining("No reporting year");
    }
}
