package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, through the same entry point as {@code java -jar xxgk.jar}. */
class CliTest {

    private static final Path SEED = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.json");

    @TempDir
    static Path dir;
    static Path valid;
    static Path invalid;
    static Path broken;
    static Path mixed;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Xxgk.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void files() throws Exception {
        mixed = Files.createDirectories(dir.resolve("mixed/sub")).getParent();
        var good = ReportGenerator.of(Edition.STANDARD_2021).consistent(1);
        good = good.toBuilder().agency(io.github.xxgk.core.Agency.of("某市统计局", io.github.xxgk.core.AgencyKind.STATE_COUNCIL_DEPARTMENT))
                .publicationDate(java.time.LocalDate.of(good.year() + 1, 1, 10)).build();
        valid = Files.writeString(dir.resolve("mixed/a-valid.json"), ReportJson.defaults().write(good));
        invalid = Files.writeString(dir.resolve("mixed/sub/b-invalid.json"), ReportJson.defaults().write(
                ReportGenerator.perturbed(good, CellId.parse("t3.r1.natural_person"), 5)));
        broken = Files.writeString(dir.resolve("mixed/c-broken.json"), "{\"format\": \"xxgk.report/1\", \"edition\": ");
        Files.writeString(dir.resolve("mixed/notes.txt"), "not a report");
    }

    @Test
    void aPassingReportExitsZero() {
        Run r = run("validate", valid.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains(valid.toString() + "  通过  STANDARD_2021").contains("文件 1，通过 1，未通过 0，无法读取 0");
        Run seed = run("validate", "--lang", "en", SEED.toString());
        assertThat(seed.code()).isEqualTo(0);
        assertThat(seed.out()).contains("PASSED  LEGACY_2008").contains("WARNING LEG-FEE-TEXT  The report says nothing about fees")
                .contains("files 1, passed 1, failed 0, unreadable 0");
    }

    /** The main-job sample output of README.md is what the command prints on the seed. */
    @Test
    void theReadmeSampleOutputIsTrue() throws Exception {
        // the main job: the seed's published text read, validated and rendered in one command
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```\n", readme.indexOf("It prints the reading notes")) + 4;
        String sample = readme.substring(start, readme.indexOf("```", start));
        Path seedText = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.txt");
        Path html = dir.resolve("seed-2017.html");
        Run r = run("validate", seedText.toString(), "--render", html.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out().replace("../examples/", "examples/")).isEqualTo(sample);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("北大湖镇2017年政府信息公开工作年度报告");
    }

    @Test
    void aReportWithAnErrorExitsOne() {
        Run r = run("validate", "--lang", "en", invalid.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED").contains("ERROR T3-ROWTOTAL");
        Run zh = run("validate", invalid.toString());
        assertThat(zh.out()).contains("未通过").contains("ERROR T3-ROWTOTAL  表三 一、本年新收政府信息公开申请数量 × 总计 为 ");
    }

    @Test
    void aDirectoryWithValidInvalidAndUnreadableFilesReportsEachAndExitsTwo() throws Exception {
        Run r = run("validate", "--format", "json", "--lang", "en", mixed.toString());
        assertThat(r.code()).isEqualTo(2);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("format").asText()).isEqualTo("xxgk.validation/1");
        JsonNode files = doc.get("files");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("path").asText()).endsWith("a-valid.json");
        assertThat(files.get(0).get("passed").asBoolean()).isTrue();
        assertThat(files.get(0).get("edition").asText()).isEqualTo("STANDARD_2021");
        assertThat(files.get(1).get("path").asText()).endsWith("c-broken.json");
        assertThat(files.get(1).get("readable").asBoolean()).isFalse();
        assertThat(files.get(1).get("error").asText()).contains("JSON syntax error").contains("line 1");
        JsonNode bad = files.get(2);
        assertThat(bad.get("passed").asBoolean()).isFalse();
        JsonNode finding = null;
        for (JsonNode f : bad.get("findings")) {
            if (f.get("rule").asText().equals("T3-ROWTOTAL")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("location").get("kind").asText()).isEqualTo("CELL");
        assertThat(finding.get("location").get("id").asText()).isEqualTo("t3.r1.total");
        assertThat(finding.get("message").asText()).startsWith("Table 3 I. New requests received this year × Total is "
                + finding.get("actual").asText() + "; it should be " + finding.get("expected").asText() + " (");
        assertThat(finding.get("expected").asText()).matches("\\d+");
        assertThat(finding.get("cells")).extracting(JsonNode::asText).containsExactly("t3.r1.total");
        assertThat(finding.get("related")).extracting(JsonNode::asText).contains("t3.r1.total", "t3.r1.natural_person");
        assertThat(bad.get("counts").get("ERROR").asInt()).isPositive();
        assertThat(bad.get("counts").get("ERROR").asInt() + bad.get("counts").get("WARNING").asInt() + bad.get("counts").get("INFO").asInt())
                .isEqualTo(bad.get("findings").size());
        assertThat(bad.get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
        JsonNode summary = doc.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(3);
        assertThat(summary.get("passed").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
        assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
        assertThat(summary.get("findingsByRule").get("T3-ROWTOTAL").asInt()).isPositive();
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillChecked() {
        Run r = run("validate", dir.resolve("nope.json").toString(), valid.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("nope.json  无法读取  文件不存在").contains(valid + "  通过");
    }

    @Test
    void errorsOnlyListsOnlyTheFailingFilesAndTheirErrors() throws Exception {
        Run r = run("validate", "--errors-only", "--lang", "en", invalid.toString(), SEED.toString(), valid.toString(),
                broken.toString());
        assertThat(r.out()).contains("ERROR T3-ROWTOTAL").doesNotContain("WARNING").doesNotContain("INFO ")
                .contains(invalid + "  FAILED").contains(broken + "  UNREADABLE")
                .doesNotContain(SEED.toString()).doesNotContain(valid.toString())
                .contains("files 4, passed 2, failed 1, unreadable 1");
        JsonNode doc = new ObjectMapper().readTree(run("validate", "--errors-only", "--format", "json", invalid.toString(),
                valid.toString()).out());
        assertThat(doc.get("files")).hasSize(1);
        assertThat(doc.get("files").get(0).get("path").asText()).isEqualTo(invalid.toString());
        assertThat(doc.get("summary").get("files").asInt()).isEqualTo(2);
        assertThat(doc.get("summary").get("passed").asInt()).isEqualTo(1);
    }

    @Test
    void deadlineInputsComeFromTheOptions() throws Exception {
        var r = ReportJson.defaults().read(valid);
        Path undated = Files.writeString(dir.resolve("undated.json"), ReportJson.defaults().write(new io.github.xxgk.core.AnnualReport(
                r.edition(), io.github.xxgk.core.Agency.named(r.agency().name()), r.year(), java.util.Optional.empty(), r.title(),
                r.preamble(), r.sections(), r.tables())));
        Run late = run("validate", "--lang", "en", "--agency-kind", "COUNTY_OR_ABOVE_DEPARTMENT", "--published", (r.year() + 1) + "-02-10",
                undated.toString());
        assertThat(late.code()).isEqualTo(1);
        assertThat(late.out()).contains("ERROR PUB-DEADLINE-DEPT");
        Run township = run("validate", "--lang", "en", "--agency-kind", "TOWNSHIP_OR_STREET", "--published", (r.year() + 1) + "-02-10",
                "--township-deadline", "02-20", undated.toString());
        assertThat(township.out()).doesNotContain("PUB-DEADLINE");
        Run previous = run("validate", "--lang", "en", "--previous", valid.toString(), valid.toString());
        assertThat(previous.out()).contains("META-PREVIOUS");
    }

    @Test
    void jsonGivesTheBlankCellsOfCellBlankAndTheirInferredValues() throws Exception {
        var r = ReportJson.defaults().read(valid);
        var t3 = r.table("t3").orElseThrow().toBuilder().set("r3_7", "total", io.github.xxgk.core.CellValue.BLANK).build();
        Path blank = Files.writeString(dir.resolve("blank.json"), ReportJson.defaults().write(r.toBuilder().table(t3).build()));
        JsonNode file = new ObjectMapper().readTree(run("validate", "--format", "json", blank.toString()).out()).get("files").get(0);
        JsonNode finding = null;
        for (JsonNode f : file.get("findings")) {
            if (f.get("rule").asText().equals("CELL-BLANK")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.get("location").get("kind").asText()).isEqualTo("TABLE");
        assertThat(finding.get("location").get("id").asText()).isEqualTo("t3");
        assertThat(finding.get("cells")).extracting(JsonNode::asText).containsExactly("t3.r3_7.total");
        assertThat(finding.get("derived").get("t3.r3_7.total").asText()).isEqualTo(r.value(io.github.xxgk.core.form.CellId.parse("t3.r3_7.total")).toString());
        assertThat(file.get("counts").get("WARNING").asInt()).isPositive();
    }

    @Test
    void lastYearsReportIsPairedAcrossNameVariantsOrForced() throws Exception {
        var r = ReportJson.defaults().read(valid);
        Path region = Files.writeString(dir.resolve("previous-region.json"), ReportJson.defaults().write(r.toBuilder().year(r.year() - 1)
                .agency(io.github.xxgk.core.Agency.of("江苏省某市统计局", io.github.xxgk.core.AgencyKind.STATE_COUNCIL_DEPARTMENT)).build()));
        Path other = Files.writeString(dir.resolve("previous-other.json"), ReportJson.defaults().write(r.toBuilder().year(r.year() - 1)
                .agency(io.github.xxgk.core.Agency.of("某县统计局", io.github.xxgk.core.AgencyKind.STATE_COUNCIL_DEPARTMENT)).build()));
        assertThat(run("validate", "--previous", region.toString(), valid.toString()).out())
                .contains("INFO META-PREVIOUS  上年报告“江苏省某市统计局 " + (r.year() - 1) + "”与本报告“某市统计局 " + r.year()
                        + "”的机构名称只差上级行政区划名，按同一机构进行跨年度核对。");
        assertThat(run("validate", "--previous", other.toString(), valid.toString()).out()).contains("WARNING META-PREVIOUS  所给上年报告为“某县统计局");
        assertThat(run("validate", "--previous", other.toString(), "--pair-previous", valid.toString()).out())
                .contains("INFO META-PREVIOUS  上年报告“某县统计局 " + (r.year() - 1) + "”与本报告“某市统计局 " + r.year() + "”的机构名称不同，按调用方要求");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("validate").code()).isEqualTo(2);
        assertThat(run("validate", "--format", "xml", valid.toString()).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        Run r = run("validate", "--previous", broken.toString(), valid.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("c-broken.json");
    }

    @Test
    void renderWritesEachFormat() throws Exception {
        Path html = dir.resolve("seed.html");
        assertThat(run("render", SEED.toString(), "--to", "html", "--findings", "-o", html.toString()).code()).isEqualTo(0);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("北大湖镇2017年政府信息公开工作年度报告")
                .contains("LEG-FEE-TEXT");
        assertThat(run("render", SEED.toString(), "--to", "md").out()).startsWith("# 北大湖镇2017年政府信息公开工作年度报告");
        assertThat(run("render", SEED.toString(), "--to", "txt").out()).contains("统计指标");
        assertThat(run("render", broken.toString(), "--to", "txt").code()).isEqualTo(2);
        // findings in Markdown and text too, errors only, last year's report
        assertThat(run("render", SEED.toString(), "--to", "md", "--findings").out()).contains("## 检查结果\n\n检查结果：通过（错误 0，警告 4，提示 1）")
                .contains("- **WARNING** `LEG-FEE-TEXT` 报告未说明政府信息公开的收费及减免情况。");
        assertThat(run("render", SEED.toString(), "--to", "txt", "--findings", "--lang", "en").out())
                .contains("Findings: PASSED (0 errors, 4 warnings, 1 info)\n  WARNING LEG-FEE-TEXT  ");
        assertThat(run("render", invalid.toString(), "--to", "txt", "--findings", "--errors-only").out()).contains("  ERROR T3-ROWTOTAL  ")
                .doesNotContain("  WARNING ").doesNotContain("  INFO ");
        String withPrevious = run("render", valid.toString(), "--to", "html", "--findings", "--previous", valid.toString()).out();
        assertThat(withPrevious).contains("META-PREVIOUS").contains("<section class=\"summary");
        assertThat(run("render", SEED.toString(), "--to", "txt", "--errors-only").code()).isEqualTo(2);
        assertThat(run("render", SEED.toString()).code()).isEqualTo(2);
    }

    @Test
    void rulesHaveAHeaderRowAndEditionsAndStatusesInTheChosenLanguage() {
        String en = run("rules", "--lang", "en").out();
        assertThat(en.lines().findFirst().orElseThrow()).matches("rule +severity +editions +status +what it checks");
        assertThat(en).containsPattern("\nT3-BALANCE +ERROR +2019 trial format, 2021 format +relation +item I plus item II equals item III plus item IV\n")
                .containsPattern("\nFEE-LEGACY +WARNING +2008 regulation +checked ");
        String zh = run("rules").out();
        assertThat(zh.lines().findFirst().orElseThrow()).matches("规则 +严重程度 +适用版本 +状态 +检查内容");
        assertThat(zh).containsPattern("\nT3-BALANCE +ERROR +2019年试行格式、2021年格式 +表内关系 +第一项加第二项之和等于第三项加第四项之和\n")
                .containsPattern("\nMETA-FORMAT +WARNING +全部 +检查 ");
        // the columns line up by display width: every field after the first starts at the same column in every line
        for (String out : List.of(zh, en)) {
            List<List<Integer>> starts = out.lines().map(CliTest::fieldStarts).distinct().toList();
            assertThat(starts).as("field starts of every line").hasSize(1);
            assertThat(starts.get(0)).hasSize(5);
        }
        assertThat(zh).doesNotContain("relation").doesNotContain("checked");
    }

    /** The display columns at which the fields of a line (separated by two spaces or more) start; the last field's length ignored. */
    private static List<Integer> fieldStarts(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+(?: \\S+)*").matcher(line);
        List<Integer> starts = new java.util.ArrayList<>();
        while (m.find() && starts.size() < 5) {
            starts.add(RulesCommand.columns(line.substring(0, m.start())));
        }
        return starts;
    }

    @Test
    void helpIsChineseByDefaultAndEnglishWithLangEn() {
        for (String command : new String[] {"read", "validate", "render", "rules"}) {
            Run zh = run(command, "--help");
            assertThat(zh.code()).isEqualTo(0);
            assertThat(zh.out()).startsWith("用法： xxgk " + command).contains("示例：").contains("显示本帮助并退出。")
                    .doesNotContain("Examples:").doesNotContain("Show this help");
            Run en = run(command, "--help", "--lang", "en");
            assertThat(en.out()).startsWith("Usage: xxgk " + command).contains("Examples:").doesNotContain("示例：");
            assertThat(run("help", command).out()).startsWith("用法： xxgk " + command);
        }
        assertThat(run("--help").out()).contains("命令：").contains("validate").contains("render").contains("rules").contains("read");
        assertThat(run("--help", "--lang", "en").out()).contains("Commands:");
        assertThat(run("--version").out()).startsWith("xxgk ");
    }

    @Test
    void usageErrorsAreInTheChosenLanguageWithoutJavaClassNames() {
        String[][] wrong = {
            {"validate"}, {"validate", "--format", "xml", "x.json"}, {"validate", "--published", "2024-13-01", "x.json"},
            {"validate", "--bogus", "x.json"}, {"frobnicate"}, {"render", "x.json"}, {"rules", "--lang", "fr"}, {},
            {"read", "--agency-kind", "MINISTRY", "x.html"}, {"validate", "--township-deadline", "13-40", valid.toString()},
            {"render", "x.json", "--to", "pdf"}, {"validate", "--format", "text", "--format", "json", "x.json"},
        };
        for (String[] args : wrong) {
            Run zh = run(args);
            assertThat(zh.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(zh.err()).as(String.join(" ", args)).containsPattern("\\p{IsHan}")
                    .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*").doesNotContain("Exception")
                    .doesNotContain("Usage:").doesNotContain("Unknown").doesNotContain("Missing");
            String[] withEn = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", "en"))
                    .toArray(String[]::new);
            if (args.length > 2 && args[1].equals("--lang")) {
                continue; // --lang fr given: the English run would give --lang twice
            }
            Run en = run(withEn);
            assertThat(en.code()).as(String.join(" ", withEn)).isEqualTo(2);
            assertThat(en.err()).as(String.join(" ", withEn)).doesNotContainPattern("\\p{IsHan}").doesNotContain("Exception")
                    .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*");
        }
        assertThat(run("validate", "--format", "xml", "x.json").err()).contains("--format").contains("xml").contains("text, json");
        assertThat(run("validate", "--published", "x", "x.json", "--lang", "en").err())
                .contains("invalid value “x” for --published: expected a date YYYY-MM-DD");
    }

    @Test
    void errorsOfReadingAndOfTheLibraryNameNoJavaClass() throws Exception {
        Path dirAsFile = Files.createDirectories(dir.resolve("a-dir.json"));
        Files.writeString(dirAsFile.resolve("inner.json"), "[]");
        Path notUtf8 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
        for (String lang : new String[] {"zh", "en"}) {
            for (Run r : List.of(
                    run("validate", "--lang", lang, dir.resolve("nope.json").toString(), broken.toString(), notUtf8.toString(),
                            dirAsFile.toString()),
                    run("validate", "--lang", lang, "--format", "json", dir.resolve("nope.json").toString(), broken.toString(),
                            notUtf8.toString()),
                    run("render", broken.toString(), "--to", "html", "--lang", lang),
                    run("render", dir.resolve("nope.json").toString(), "--to", "html", "--lang", lang),
                    run("read", dir.resolve("nope.html").toString(), "--lang", lang),
                    run("validate", "--previous", dir.resolve("nope.json").toString(), valid.toString(), "--lang", lang))) {
                assertThat(r.code()).isEqualTo(2);
                assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("java.")
                        .doesNotContainPattern("\\b[A-Z][a-z]+[A-Z]\\w*(Exception|Error)\\b");
            }
        }
        assertThat(Safe.withoutClassNames("java.lang.IllegalStateException: simulated defect")).isEqualTo("simulated defect");
        assertThat(Safe.withoutClassNames("cannot convert (java.time.format.DateTimeParseException: Text 'x')"))
                .isEqualTo("cannot convert (Text 'x')");
        assertThat(Safe.withoutClassNames("NoSuchFileException")).isEmpty();
    }
}
