package io.github.xxgk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.testing.ReportGens;
import io.github.xxgk.validation.ReportValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RenderingTest {

    private static final Path SEED = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.json");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static List<Object[]> cases() throws Exception {
        AnnualReport seed = ReportJson.defaults().read(SEED);
        return List.of(
                new Object[] {"seed", seed},
                new Object[] {"legacy", ReportGenerator.of(Edition.LEGACY_2008).withBlanks(11)},
                new Object[] {"trial", ReportGenerator.of(Edition.TRIAL_2019).withBlanks(12)},
                new Object[] {"standard", ReportGenerator.of(Edition.STANDARD_2021).withBlanks(13)});
    }

    /** Golden files: run with {@code -Dxxgk.rewrite=true} to rewrite them, then review the diff. */
    @TestFactory
    Stream<DynamicTest> outputMatchesTheGoldenFiles() throws Exception {
        boolean rewrite = Boolean.getBoolean("xxgk.rewrite");
        return cases().stream().flatMap(c -> {
            AnnualReport r = (AnnualReport) c[1];
            String html = HtmlRenderer.standard().withFindings(ReportValidator.standard().validate(r)).render(r);
            return Stream.of(new String[] {c[0] + ".html", html}, new String[] {c[0] + ".md", MarkdownRenderer.standard().render(r)},
                    new String[] {c[0] + ".txt", TextRenderer.standard().render(r)});
        }).map(f -> DynamicTest.dynamicTest(f[0], () -> {
            Path file = GOLDEN.resolve(f[0]);
            if (rewrite) {
                Files.writeString(file, f[1], StandardCharsets.UTF_8);
            }
            assertThat(f[1]).as("%s (rewrite with -Dxxgk.rewrite=true)", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void outputIsDeterministicAndUsesLineFeeds() throws Exception {
        for (Object[] c : cases()) {
            AnnualReport r = (AnnualReport) c[1];
            String html = HtmlRenderer.standard().render(r);
            assertThat(HtmlRenderer.standard().render(ReportJson.defaults().read(ReportJson.defaults().write(r)))).isEqualTo(html);
            assertThat(html).doesNotContain("\r");
            assertThat(MarkdownRenderer.standard().render(r)).doesNotContain("\r");
            assertThat(TextRenderer.standard().render(r)).doesNotContain("\r");
        }
    }

    @Test
    void renderingNeverFailsOnAValidReport() {
        qt().withExamples(150).forAll(ReportGens.any()).checkAssert(r -> {
            assertThat(HtmlRenderer.standard().withFindings(ReportValidator.standard().validate(r)).render(r)).contains("</html>");
            assertThat(MarkdownRenderer.standard().render(r)).isNotEmpty();
            assertThat(TextRenderer.standard().render(r)).isNotEmpty();
        });
    }

    @Test
    void hugeCountsAndLongTextsRender() {
        qt().withExamples(40).forAll(longs().all(), strings().allPossible().ofLengthBetween(0, 5000)).checkAssert((seed, text) -> {
            Edition e = Edition.values()[(int) Math.floorMod(seed, 3L)];
            AnnualReport r = ReportGenerator.of(e).withMaxCount(1_000_000_000_000L).consistent(seed);
            AnnualReport withText = r.toBuilder().title(text).preamble(text)
                    .section(Section.builder(text, text).paragraph(text).build()).build();
            assertThat(HtmlRenderer.standard().render(withText)).endsWith("</html>\n");
            assertThat(TextRenderer.standard().render(withText)).contains("表");
            assertThat(MarkdownRenderer.standard().render(withText)).contains("|");
        });
    }

    @Test
    void markdownEscapesControlCharactersAndFlattensGroups() {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).consistent(2).toBuilder()
                .section(Section.builder("七、", "a|b *c* [d](e) <f>").paragraph("x|y").build()).build();
        String md = MarkdownRenderer.standard().render(r);
        assertThat(md).contains("## 七、a\\|b \\*c\\* \\[d\\]\\(e\\) \\<f\\>").contains("x\\|y")
                .contains("| （三）不予公开 1\\.属于国家秘密 |").contains("| 一、本年新收政府信息公开申请数量 |");
        String header = md.lines().filter(l -> l.startsWith("|  | 自然人")).findFirst().orElseThrow();
        assertThat(header.split(" \\| ")).hasSize(8);
    }

    @Test
    void plainTextColumnsAlignByDisplayWidth() {
        assertThat(TextRenderer.width("表三")).isEqualTo(4);
        assertThat(TextRenderer.width("ab")).isEqualTo(2);
        assertThat(TextRenderer.width("（一）")).isEqualTo(6);
        String text = TextRenderer.standard().render(ReportGenerator.of(Edition.STANDARD_2021).consistent(4));
        List<String> t3 = text.lines().dropWhile(l -> !l.startsWith("表三")).skip(1).takeWhile(l -> !l.isEmpty()).toList();
        int width = TextRenderer.width(t3.get(2));
        assertThat(t3.subList(2, t3.size())).allSatisfy(l -> assertThat(TextRenderer.width(l)).isEqualTo(width));
    }
}
