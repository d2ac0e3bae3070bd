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
