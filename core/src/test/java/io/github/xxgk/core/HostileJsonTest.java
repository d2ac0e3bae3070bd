package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.json.ReportJsonException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regression tests of issue 13 for the JSON reader: strict UTF-8, and whatever is read writes back and reads again. */
class HostileJsonTest {

    private static final ReportJson JSON = ReportJson.defaults();

    /** A document whose agency name is {@code 某<hex bytes>局}, at a known byte offset. */
    private static byte[] withName(String hexBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PREFIX.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hexBytes));
        out.writeBytes("\"}, \"year\": 2022}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static final String PREFIX = "{\"format\": \"xxgk.report/1\", \"edition\": \"STANDARD_2021\",\n \"agency\": {\"name\": \"";
    private static final int OFFSET = PREFIX.getBytes(StandardCharsets.UTF_8).length;

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "c0af, overlong slash (C0 AF), overlong",
        "e080af, overlong slash in three bytes, overlong",
        "f08080af, overlong slash in four bytes, overlong",
        "eda080, encoded high surrogate U+D800, surrogate",
        "edbfbf, encoded low surrogate U+DFFF, surrogate",
        "eda0bdedb880, a surrogate pair encoded as two sequences (CESU-8), surrogate",
        "f4908080, U+110000, beyond U+10FFFF",
        "f5808080, lead byte F5, beyond U+10FFFF",
        "ff, byte FF, beyond U+10FFFF",
        "80, stray continuation byte, stray continuation",
        "e4b8, truncated sequence, truncated"
    })
    void invalidUtf8IsRefusedWithItsByteOffset(String bytes, String what, String reason) {
        ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> JSON.read(withName(bytes)));
        assertThat(e).as(what).isNotNull();
        assertThat(e.getMessage()).contains("byte offset " + OFFSET).contains(reason).contains("UTF-8");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(OFFSET - PREFIX.indexOf('\n'));
    }

    @Test
    void theOverlongSlashNoLongerBecomesNotApplicable() {
        String doc = "{\"format\": \"xxgk.report/1\", \"edition\": \"STANDARD_2021\", \"agency\": {\"name\": \"x\"}, \"year\": 2022,"
                + " \"tables\": {\"t3\": {\"cells\": {\"r1\": {\"total\": \"#\"}}}}}";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        List<Byte> withOverlong = new ArrayList<>();
        for (byte b : bytes) {
            if (b == '#') {
                withOverlong.add((byte) 0xC0);
                withOverlong.add((byte) 0xAF);
            } else {
                withOverlong.add(b);
            }
        }
        byte[] hostile = new byte[withOverlong.size()];
        for (int i = 0; i < hostile.length; i++) {
            hostile[i] = withOverlong.get(i);
        }
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> JSON.read(hostile)).getMessage()).contains("overlong");
    }

    @Test
    void validUtf8OfEveryLengthIsRead() {
        String name = "A\u00e9\u4e2d\ud83d\ude00\udbff\udfff"; // 1, 2, 3 and 4 bytes, up to U+10FFFF
        AnnualReport r = JSON.read(new String(withName(HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8));
        assertThat(r.agency().name()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
    void utf16And32AreRefused(String charset) {
        String doc = "{\"format\": \"xxgk.report/1\", \"edition\": \"STANDARD_2021\", \"agency\": {\"name\": \"某局\"}, \"year\": 2022}";
        byte[] bytes = doc.getBytes(Charset.forName(charset));
        ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> JSON.read(bytes));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("UTF-8").containsAnyOf("UTF-16", "byte offset");
        // the same document in UTF-8 is read
        assertThat(JSON.read(doc.getBytes(StandardCharsets.UTF_8)).agency().name()).isEqualTo("某局");
    }

    /** Sections nested {@code depth} levels, the innermost without subsections. */
    private static AnnualReport nested(int depth) {
        Section s = Section.builder("（一）", "最深").paragraph("文字").build();
        for (int level = depth - 1; level >= 1; level--) {
            s = Section.builder("（一）", "第" + level + "层").subsection(s).build();
        }
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.named("某局")).year(2022).sections(List.of(s)).build();
    }

    @Test
    void aKeyLongerThanAThousandCharactersIsRefusedWhereItIs() {
        // checked by the reader itself, whatever the jackson-core (2.15 has no limit on names)
        String doc = "{\"format\": \"xxgk.report/1\",\n \"agency\": {\"" + "k".repeat(1001) + "\": 1}}";
        ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> JSON.read(doc));
        assertThat(e.pointer()).isEqualTo("/agency");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(13); // the key's opening quote
        assertThat(e.problem().en()).isEqualTo("A key of 1001 characters is longer than the limit of 1000 characters.");
        assertThat(e.problem().zh()).isEqualTo("键长 1001 个字符，超过 1000 个字符的上限。");
        // a key of 1000 characters is read, and refused as unknown
        ReportJsonException unknown = catchThrowableOfType(ReportJsonException.class,
                () -> JSON.read(doc.replace("k".repeat(1001), "k".repeat(1000))));
        assertThat(unknown.problem().en()).doesNotContain("longer than the limit");
    }

    @Test
    void twelveNestedSectionsWriteBackAndReadAgain() {
        AnnualReport r = JSON.read(JSON.write(nested(ReportJson.DEFAULT_MAX_SECTION_DEPTH)));
        String written = JSON.write(r);
        assertThat(written).contains("\"subsections\" : [ ]"); // on the innermost, at the 13th level
        assertThat(JSON.read(written)).isEqualTo(r);
        // a thirteenth level with a section in it is still refused
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> JSON.read(JSON.write(nested(13)))).getMessage())
                .contains("nested deeper than 12");
    }

    @Test
    void aCompactDocumentThatIsReadWritesBackWithinTheLimits() {
        // about 2.6 MB compact: 200,000 short paragraphs ten levels deep, so each is indented by 44 spaces
        // when pretty-printed, which makes the written form over 11 MB, beyond the 8 MiB of old
        Section.Builder deepest = Section.builder("（一）", "最深");
        for (int i = 0; i < 200_000; i++) {
            deepest.paragraph("第" + i + "段");
        }
        Section s = deepest.build();
        for (int level = 9; level >= 1; level--) {
            s = Section.builder("（一）", "第" + level + "层").subsection(s).build();
        }
        AnnualReport report = AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.named("某局")).year(2022)
                .sections(List.of(s)).build();
        String compact = JSON.write(report).replaceAll("\n *", "").replace("\" : ", "\":");
        assertThat(compact.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2_500_000);
        AnnualReport read = JSON.read(compact);
        String pretty = JSON.write(read);
        assertThat(pretty.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ReportJson.DEFAULT_MAX_BYTES);
        assertThat(JSON.read(pretty)).isEqualTo(read);
    }

    @Test
    void underSmallLimitsAReportWhoseWrittenFormWouldNotFitIsRefusedWhenRead() {
        // 300 sections given as {} take 3 bytes each; written, each takes its four fields on six lines
        String sections = String.join(",", java.util.Collections.nCopies(300, "{}"));
        String doc = "{\"format\":\"xxgk.report/1\",\"edition\":\"STANDARD_2021\",\"agency\":{\"name\":\"x\"},\"year\":2022,"
                + "\"sections\":[" + sections + "]}";
        ReportJson small = ReportJson.withLimits(2_000, 64, 12);
        ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> small.read(doc));
        assertThat(e.getMessage()).contains("Written back").contains("could not be read again");
        // with room enough it is read, and what it writes is read again
        ReportJson roomy = ReportJson.withLimits(40_000, 64, 12);
        AnnualReport r = roomy.read(doc);
        assertThat(roomy.read(roomy.write(r))).isEqualTo(r);
    }

    @Test
    void sectionsTooDeepForTheJsonDepthLimitAreRefusedWhenRead() {
        // JSON depth 9 allows sections down to level 3 (their lists at depth 8), whatever maxSectionDepth says
        ReportJson shallow = ReportJson.withLimits(1_000_000, 9, 12);
        String three = JSON.write(nested(3));
        assertThat(shallow.read(shallow.write(shallow.read(three)))).isEqualTo(nested(3));
        String four = "{\"format\":\"xxgk.report/1\",\"edition\":\"STANDARD_2021\",\"agency\":{\"name\":\"x\"},\"year\":2022,"
                + "\"sections\":[{\"subsections\":[{\"subsections\":[{\"subsections\":[{\"title\":\"4\"}]}]}]}]}";
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> shallow.read(four)).getMessage())
                .contains("nested deeper than 3");
    }
}
