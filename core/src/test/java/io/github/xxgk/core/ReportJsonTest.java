package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.internal.json.SchemaGenerator;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.json.ReportJsonException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportJsonTest {

    private static final ReportJson JSON = ReportJson.defaults();

    private static final String MINIMAL = """
            {"format": "xxgk.report/1", "edition": "STANDARD_2021",
             "agency": {"name": "某市统计局", "kind": "COUNTY_OR_ABOVE_DEPARTMENT"}, "year": 2022,
             "tables": {"t3": {"cells": {"r1": {"natural_person": 7, "total": 7}}}}}
            """;

    @Test
    void readsTheDocumentedFormat() {
        AnnualReport r = JSON.read(MINIMAL);
        assertThat(r.edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(r.agency()).isEqualTo(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT));
        assertThat(r.value(CellId.parse("t3.r1.total"))).isEqualTo(Count.of(7));
        assertThat(r.value(CellId.parse("t3.r2.total"))).isSameAs(CellValue.BLANK);
        assertThat(r.table("t2")).isEmpty();
        assertThat(r.publicationDate()).isEmpty();
    }

    @Test
    void roundTripsEveryKindOfValueExactly() {
        AnnualReport.Builder b = AnnualReport.builder(Edition.TRIAL_2019)
                .agency(Agency.named("某区人民政府")).year(2019).publicationDate(LocalDate.of(2020, 1, 31))
                .title("某区2019年政府信息公开工作年度报告").preamble("根据《条例》……")
                .section(Section.builder("一、", "总体情况").form("s1_overview").paragraph("甲", "乙")
                        .subsection(Section.builder("（1）", "空").build()).build())
                .section(Section.builder("", "附件").build());
        b.table(b.tableBuilder("t2").set("licensing", "delta", -2).set("regulations", "new_made", CellValue.NOT_APPLICABLE)
                .set("procurement", "procurement_amount", Amount.of("394432.50", MoneyUnit.YUAN))
                .set("licensing", "previous_count", 0).build());
        AnnualReport r = b.build();
        String text = JSON.write(r);
        AnnualReport back = JSON.read(text);
        assertThat(back).isEqualTo(r);
        assertThat(JSON.write(back)).isEqualTo(text);
        assertThat(text).contains("\"amount\" : \"394432.50\"").contains("\"new_made\" : \"/\"")
                .contains("\"delta\" : -2").doesNotContain("\r");
    }

    @Test
    void acceptsExplicitNullAsBlank() {
        AnnualReport r = JSON.read(MINIMAL.replace("\"total\": 7", "\"total\": null"));
        assertThat(r.value(CellId.parse("t3.r1.total"))).isSameAs(CellValue.BLANK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown table        | "t3": {        | "t9": {                          | /tables/t9        | no table
            unknown row          | "r1": {        | "r9": {                          | /tables/t3/cells/r9 | no row
            heading row          | "r1": {        | "r3": {                          | /tables/t3/cells/r3 | no row
            unknown column       | "natural_person": 7 | "robots": 7                 | /tables/t3/cells/r1/robots | no column
            negative count       | "natural_person": 7 | "natural_person": -7        | /tables/t3/cells/r1/natural_person | cannot be negative
            fraction in count    | "natural_person": 7 | "natural_person": 7.5       | /tables/t3/cells/r1/natural_person | non-negative whole number
            string in count      | "natural_person": 7 | "natural_person": "7"       | /tables/t3/cells/r1/natural_person | non-negative whole number
            huge count           | "natural_person": 7 | "natural_person": 99999999999999999999 | /tables/t3/cells/r1/natural_person | out of range
            unknown edition      | STANDARD_2021  | STANDARD_2022                    | /edition          | Unknown edition
            unknown agency kind  | COUNTY_OR_ABOVE_DEPARTMENT | MINISTRY             | /agency/kind      | Unknown agency kind
            unknown field        | "year": 2022   | "year": 2022, "yaer": 2022       | /yaer             | Unknown field
            year out of range    | "year": 2022   | "year": 1999                     | /year             | out of range
            year as string       | "year": 2022   | "year": "2022"                   | /year             | whole number
            wrong format         | xxgk.report/1  | xxgk.report/9                    | /format           | Unsupported format
            blank agency         | 某市统计局       | "                               | /agency/name      | agency name is blank
            """)
    void refusesBadInputWithThePointerOfTheProblem(String what, String from, String to, String pointer, String message) {
        String doc = MINIMAL.replace(from.strip(), to.strip().equals("\"") ? " " : to.strip());
        ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> JSON.read(doc));
        assertThat(e).as(what).isNotNull();
        assertThat(e.pointer()).as(what).isEqualTo(pointer);
        assertThat(e.line()).as(what).isPositive();
        assertThat(e.message(Locale.ENGLISH)).as(what).contains(message);
        assertThat(e.message(Locale.CHINA)).as(what).isNotEqualTo(e.message(Locale.ENGLISH));
    }

    @Test
    void refusesMissingRequiredFields() {
        for (String field : new String[] {"format", "edition", "agency", "year"}) {
            String doc = MINIMAL.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\{[^}]*\\}|[0-9]+),", "");
            assertThat(doc).isNotEqualTo(MINIMAL);
            assertThatThrownBy(() -> JSON.read(doc)).as(field).isInstanceOf(ReportJsonException.class)
                    .hasMessageContaining("required field “" + field + "” is missing");
        }
    }

    @Test
    void refusesSyntaxErrorsWithLineAndColumn() {
        ReportJsonException e = catchThrowableOfType(ReportJsonException.class,
                () -> JSON.read("{\"format\": \"xxgk.report/1\",\n  \"edition\": STANDARD}"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isGreaterThan(1);
        assertThat(e.getMessage()).contains("JSON syntax error").contains("JSON 语法错误");
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> JSON.read("")).getMessage()).contains("empty");
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> JSON.read(MINIMAL + "{}")).getMessage())
                .contains("more content");
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> JSON.read("[1, 2]")).getMessage())
                .contains("must be a JSON object");
    }

    @Test
    void refusesDuplicateKeys() {
        ReportJsonException e = catchThrowableOfType(ReportJsonException.class,
                () -> JSON.read(MINIMAL.replace("\"year\": 2022", "\"year\": 2022, \"year\": 2023")));
        assertThat(e.pointer()).isEqualTo("/year");
        assertThat(e.getMessage()).contains("appears twice");
    }

    @Test
    void refusesDeeplyNestedAndOversizedInput() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> JSON.read(deep)).getMessage())
                .contains("exceeds a limit");
        String sections = "{\"numbering\": \"\", \"subsections\": [".repeat(20) + "]}".repeat(20);
        String nested = MINIMAL.replace("\"year\": 2022", "\"year\": 2022, \"sections\": [" + sections + "]");
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> JSON.read(nested)).getMessage())
                .contains("nested deeper");
        ReportJson small = ReportJson.withLimits(100, 64, 4);
        assertThat(catchThrowableOfType(ReportJsonException.class, () -> small.read(MINIMAL)).getMessage())
                .contains("more than the limit of 100");
        // white space between tokens does not count against the content limit, only against the input's
        byte[] big = new byte[ReportJson.DEFAULT_MAX_BYTES * ReportJson.INPUT_FACTOR + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(catchThrowableOfType(ReportJsonException.class,
                () -> JSON.read(new ByteArrayInputStream(big))).getMessage()).contains("larger than the limit");
    }

    @Test
    void refusesBadAmounts() {
        String t2 = """
                {"format": "xxgk.report/1", "edition": "STANDARD_2021", "agency": {"name": "x"}, "year": 2022,
                 "tables": {"t2": {"cells": {"fees": {"fee_amount": AMOUNT}}}}}
                """;
        assertThat(JSON.read(t2.replace("AMOUNT", "{\"amount\": \"18651.06\", \"unit\": \"万元\"}"))
                .value(CellId.parse("t2.fees.fee_amount"))).isEqualTo(Amount.of("18651.06", MoneyUnit.TEN_THOUSAND_YUAN));
        // six decimals, as real 2021-format reports print them, are kept exactly (and even in a /1 file)
        AnnualReport six = JSON.read(t2.replace("AMOUNT", "{\"amount\": \"12345.678901\", \"unit\": \"万元\"}"));
        Amount read = (Amount) six.value(CellId.parse("t2.fees.fee_amount"));
        assertThat(read.value().toPlainString()).isEqualTo("12345.678901");
        assertThat(JSON.write(six)).contains("\"amount\" : \"12345.678901\"").contains("\"format\" : \"xxgk.report/2\"");
        assertThat(JSON.read(JSON.write(six))).isEqualTo(six);
        String[][] bad = {
            {"5", "takes an amount object"},
            {"{\"amount\": \"-1\", \"unit\": \"万元\"}", "non-negative decimal digits"},
            {"{\"amount\": 1.5, \"unit\": \"万元\"}", "A string is expected"},
            {"{\"amount\": \"1.5\", \"unit\": \"美元\"}", "元” or “万元"},
            {"{\"amount\": \"1." + "2".repeat(40) + "\", \"unit\": \"万元\"}", "more than 40 digits"},
            {"{\"amount\": \"1" + "0".repeat(40) + "\", \"unit\": \"万元\"}", "more than 40 digits"},
            {"{\"amount\": \"1\"}", "required field “unit”"},
        };
        for (String[] b : bad) {
            ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> JSON.read(t2.replace("AMOUNT", b[0])));
            assertThat(e).as(b[0]).isNotNull();
            assertThat(e.pointer()).as(b[0]).startsWith("/tables/t2/cells/fees/fee_amount");
            assertThat(e.getMessage()).as(b[0]).contains(b[1]);
        }
    }

    @Test
    void theShippedSchemaIsTheOneGeneratedFromTheDefinitions() throws Exception {
        String generated = SchemaGenerator.generate();
        Path source = Path.of("src/main/resources" + ReportJson.SCHEMA_RESOURCE);
        boolean rewrite = Boolean.getBoolean("xxgk.rewrite");
        if (rewrite) {
            Files.writeString(source, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(source, StandardCharsets.UTF_8))
                .as("run the tests with -Dxxgk.rewrite=true to regenerate").isEqualTo(generated);
        if (!rewrite) {
            assertThat(ReportJson.schema()).as("the jar ships the source file").isEqualTo(generated);
        }
        assertThat(generated).contains("\"r3_3_3\"").contains("危及“三安全一稳定”").contains("\"l64\"");
    }
}
