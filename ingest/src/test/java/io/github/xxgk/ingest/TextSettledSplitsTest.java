package io.github.xxgk.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A run of digits that the table's relations leave several splits of, settled by what the report's own text
 * states of the row's cells: 表二 has no relation between 本年制发, 本年废止 and 现行有效, so a dump's
 * {@code 行政规范性文件143102} has seven splits (1|4|3102, 1|43|102, 1|431|02 is none: no leading zeros, …); the
 * text's figures keep only the splits that give every stated cell its figure. One left settles the row; two or
 * none leave it blank, as before.
 */
class TextSettledSplitsTest {

    private static final String PLAIN = "2023年，我市持续深化政务公开。";

    /** The synthetic dump of dump-rows-run-2023.txt with 一、总体情况's one sentence replaced. */
    private static ReadResult dumpSaying(String sentence) {
        try (InputStream in = TextSettledSplitsTest.class.getResourceAsStream("/synthetic/robust/dump-rows-run-2023.txt")) {
            String page = new String(in.readAllBytes(), UTF_8);
            assertThat(page).contains(PLAIN).contains("行政规范性文件143102");
            return PublishedReports.read(page.replace(PLAIN, sentence).getBytes(UTF_8), ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CellValue> normative(AnnualReport r) {
        return List.of("issued", "repealed", "in_force").stream()
                .map(c -> r.value(new CellId("t2", "normative_documents", c))).toList();
    }

    private static List<Finding> notes(ReadResult r, String rule, String digits) {
        return r.notes().stream().filter(n -> n.ruleId().equals(rule) && n.message(Locale.CHINA).contains(digits)).toList();
    }

    @Test
    void twoStatedFiguresLeaveOneSplitAndSettleTheRow() {
        String sentence = "2023年，我市持续深化政务公开，本年度制发行政规范性文件14件，现行有效行政规范性文件102件。";
        ReadResult r = dumpSaying(sentence);
        assertThat(normative(r.report())).containsExactly(Count.of(14), Count.of(3), Count.of(102));
        assertThat(notes(r, "READ-SPLIT-AMBIGUOUS", "143102")).isEmpty();
        assertThat(notes(r, "READ-SPLIT", "143102")).singleElement().satisfies(n -> {
            assertThat(n.severity()).isEqualTo(Severity.INFO);
            assertThat(n.message(Locale.CHINA)).isEqualTo("表二 主动公开政府信息情况：数字“143102”拆分为 行政规范性文件：14|3|102"
                    + "（本年制发件数 14、现行有效件数 102：“" + sentence + "”）：表格勾稽关系允许多种拆分，只有这一种与报告正文所述该行的数字相符。");
            assertThat(n.message(Locale.ENGLISH)).contains("14|3|102").contains("Issued this year 14, In force 102");
        });
        // each cell is located at its own digits of the run, as a split the relations settle is
        String dump = new String(readAll(), UTF_8).replace(PLAIN, sentence);
        int run = dump.indexOf("143102");
        assertThat(r.provenance().cells().get(new CellId("t2", "normative_documents", "in_force")))
                .isEqualTo(new SourceLocation.TextRange(run + 3, run + 6));
        // the text and the table now agree: no narrative finding on the row
        assertThat(ReportValidator.standard().validate(r.report()).findings())
                .noneMatch(f -> f.location().id().startsWith("t2.normative_documents"));
    }

    @Test
    void oneStatedFigureThatLeavesTwoSplitsSettlesNothing() {
        // 14|3|102 and 14|310|2 both have 本年制发 14
        ReadResult r = dumpSaying("2023年，本年度制发行政规范性文件14件。");
        assertThat(normative(r.report())).containsOnly(CellValue.BLANK);
        assertThat(notes(r, "READ-SPLIT-AMBIGUOUS", "143102")).singleElement()
                .satisfies(n -> assertThat(n.message(Locale.CHINA)).contains("14|3|102").contains("14|310|2"));
        assertThat(notes(r, "READ-SPLIT", "143102")).isEmpty();
    }

    @Test
    void aStatedFigureNoSplitGivesSettlesNothing() {
        ReadResult r = dumpSaying("2023年，本年度制发行政规范性文件15件，现行有效行政规范性文件102件。");
        assertThat(normative(r.report())).containsOnly(CellValue.BLANK);
        assertThat(notes(r, "READ-SPLIT-AMBIGUOUS", "143102")).hasSize(1);
        assertThat(notes(r, "READ-SPLIT", "143102")).isEmpty();
    }

    @Test
    void twoFiguresTheTextGivesOneCellThatDisagreeSettleNothing() {
        ReadResult r = dumpSaying("2023年，本年度制发行政规范性文件14件，现行有效行政规范性文件102件。"
                + "全年共制发行政规范性文件1件。");
        assertThat(normative(r.report())).containsOnly(CellValue.BLANK);
        assertThat(notes(r, "READ-SPLIT-AMBIGUOUS", "143102")).hasSize(1);
    }

    @Test
    void figuresOfAnotherYearSettleNothing() {
        // 1|4|3102 fits 1 and 3102: said of the report's year they settle the row, said of the year before not
        ReadResult same = dumpSaying("2023年，我市制发行政规范性文件1件，现行有效行政规范性文件3102件。");
        assertThat(normative(same.report())).containsExactly(Count.of(1), Count.of(4), Count.of(3102));
        ReadResult before = dumpSaying("2022年，我市制发行政规范性文件1件，现行有效行政规范性文件3102件。");
        assertThat(normative(before.report())).containsOnly(CellValue.BLANK);
        assertThat(notes(before, "READ-SPLIT-AMBIGUOUS", "143102")).hasSize(1);
    }

    /**
     * A web page whose 行政规范性文件 row prints its three figures in one merged cell ({@code 2011}: 2|0|11 or
     * 20|1|1); the text's 制发规范性文件2件 leaves one.
     */
    @Test
    void aMergedCellOfAPageIsSettledByTheTextToo() {
        String page = """
                <html><head><meta charset="utf-8"></head><body>
                <p>某某市民政局2023年政府信息公开工作年度报告</p>
                <p>一、总体情况</p><p>全年主动公开政府信息80条，本年度制发行政规范性文件2件。</p>
                <p>二、主动公开政府信息情况</p><table border=1><tr><td colspan="4">第二十条第（一）项</td></tr>
                <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
                <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
                <tr><td>行政规范性文件</td><td colspan="3">2011</td></tr>
                </table>
                </body></html>
                """;
        ReadResult r = PublishedReports.read(page.getBytes(UTF_8), ReadOptions.defaults());
        assertThat(normative(r.report())).containsExactly(Count.of(2), Count.of(0), Count.of(11));
        assertThat(notes(r, "READ-SPLIT", "2011")).singleElement()
                .satisfies(n -> assertThat(n.message(Locale.CHINA)).contains("行政规范性文件：2|0|11")
                        .contains("本年制发件数 2：“全年主动公开政府信息80条，本年度制发行政规范性文件2件。”"));
        assertThat(notes(r, "READ-SPLIT-AMBIGUOUS", "2011")).isEmpty();
        // without the sentence: both splits stay, the cells blank
        ReadResult silent = PublishedReports.read(page.replace("，本年度制发行政规范性文件2件", "").getBytes(UTF_8),
                ReadOptions.defaults());
        assertThat(normative(silent.report())).containsOnly(CellValue.BLANK);
        assertThat(notes(silent, "READ-SPLIT-AMBIGUOUS", "2011")).singleElement()
                .satisfies(n -> assertThat(n.message(Locale.CHINA)).contains("2|0|11").contains("20|1|1"));
    }

    private static byte[] readAll() {
        try (InputStream in = TextSettledSplitsTest.class.getResourceAsStream("/synthetic/robust/dump-rows-run-2023.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
