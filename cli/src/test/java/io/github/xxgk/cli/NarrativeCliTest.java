package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The narrative wordings of the last round read end to end, from a published text dump through the command:
 * the synthetic 2023 city dump of the ingest tests (表三: 16 carried over, 32 to the next year; 表四: 9
 * reconsiderations, 6 + 3 suits), its overview replaced by sentences that state those figures, right or wrong.
 * Each expected line is read off the sentence and the dump's tables by hand.
 */
class NarrativeCliTest {

    private static final Path DUMP = Path.of("../ingest/src/test/resources/synthetic/robust/dump-spaces-2023.txt");

    @TempDir
    Path dir;

    private Path withOverview(String overview) throws Exception {
        List<String> lines = Files.readAllLines(DUMP, StandardCharsets.UTF_8);
        assertThat(lines.get(3)).isEqualTo("一、总体情况");
        lines.set(4, overview);
        Path p = dir.resolve("report.txt");
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theCarryOversAndTheFiguresOfEachAreReadAgainstTheTables() throws Exception {
        String agreeing = "2023年，我市新收政府信息公开申请370件，上年结转16件，办结354件，结转下年度继续办理32件。";
        CliTest.Run r = CliTest.run("validate", withOverview(agreeing).toString());
        assertThat(r.out()).doesNotContain("T3-TEXT-LINK").doesNotContain("T4-TEXT-LINK");

        String wrong = "2023年，我市新收政府信息公开申请370件，上年结转15件，办结354件，结转下年度继续办理30件。"
                + "本年度行政复议、行政诉讼数量均为0件。";
        r = CliTest.run("validate", withOverview(wrong).toString());
        assertThat(r.out())
                .contains("WARNING T3-TEXT-LINK  一、总体情况：“2023年，我市新收政府信息公开申请370件，上年结转15件，办结354件，"
                        + "结转下年度继续办理30件。”所称上年结转政府信息公开申请 15件 与 表三 二、上年结转政府信息公开申请数量 × 总计 的 16 不符。")
                .contains("所称结转下年度继续办理 30件 与 表三 四、结转下年度继续办理 × 总计 的 32 不符。")
                .contains("WARNING T4-TEXT-LINK  一、总体情况：“本年度行政复议、行政诉讼数量均为0件。”所称行政复议 0件 与 表四 案件数量 × 行政复议 总计 的 9 不符。")
                .contains("所称行政诉讼 0件 与 表四 案件数量 × 未经复议直接起诉 总计＋表四 案件数量 × 复议后起诉 总计 的 9 不符。")
                .contains("T3-TEXT-LINK  2").contains("T4-TEXT-LINK  2");
    }

    @Test
    void aNilStatementWithoutAVerbIsReadAgainstTheTable() throws Exception {
        CliTest.Run r = CliTest.run("validate", "--lang", "en", withOverview("本年度无政府信息公开申请。").toString());
        assertThat(r.out()).contains("WARNING T3-TEXT-LINK").contains("is 370");
    }
}
