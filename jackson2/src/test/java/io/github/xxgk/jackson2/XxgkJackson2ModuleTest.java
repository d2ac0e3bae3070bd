package io.github.xxgk.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.json.ReportJsonException;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import io.github.xxgk.validation.json.FindingJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XxgkJackson2ModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new XxgkJackson2Module());

    /** A holder, as a host's request body holds a report. */
    record Filing(String note, AnnualReport report) {
    }

    private static AnnualReport report(Edition edition, long seed) {
        return ReportGenerator.of(edition).withBlanks(seed);
    }

    @Test
    void everyFigureIsWrittenAsReportJsonWritesItAndReadBack() throws Exception {
        for (Edition edition : Edition.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                AnnualReport r = report(edition, seed);
                String written = MAPPER.writeValueAsString(r);
                assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(ReportJson.defaults().write(r)));
                assertThat(MAPPER.readValue(written, AnnualReport.class)).isEqualTo(r);
                String indented = MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r);
                assertThat(MAPPER.readValue(indented, AnnualReport.class)).isEqualTo(r);
            }
        }
    }

    @Test
    void aReportInsideAnotherDocumentRoundTrips() throws Exception {
        AnnualReport r = report(Edition.STANDARD_2021, 7);
        String json = MAPPER.writeValueAsString(new Filing("x", r));
        Filing back = MAPPER.readValue(json, Filing.class);
        assertThat(back.report()).isEqualTo(r);
        assertThat(back.note()).isEqualTo("x");
        List<AnnualReport> list = MAPPER.readValue(MAPPER.writeValueAsString(List.of(r, r)),
                MAPPER.getTypeFactory().constructCollectionType(List.class, AnnualReport.class));
        assertThat(list).containsExactly(r, r);
    }

    @Test
    void aRefusedReportIsAMappingExceptionAtThePlaceInTheHostsDocument() throws Exception {
        String report = ReportJson.defaults().write(report(Edition.STANDARD_2021, 2)).replace("\"natural_person\"", "\"natural_persn\"");
        String doc = "{\"note\": \"x\",\n \"report\": " + report + "}";
        // the reader names the value of the unknown key: its line and column in the host's document
        int offset = doc.indexOf(" : ", doc.indexOf("\"natural_persn\"")) + 3;
        int line = (int) doc.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - doc.lastIndexOf('\n', offset - 1);
        assertThatThrownBy(() -> MAPPER.readValue(doc, Filing.class))
                .isInstanceOfSatisfying(ReportMappingException.class, e -> {
                    assertThat(e.getLocation().getLineNr()).isEqualTo(line);
                    assertThat(e.getLocation().getColumnNr()).isEqualTo(column);
                    assertThat(e.getPathReference()).contains("report");
                    assertThat(e.getOriginalMessage()).startsWith("xxgk report /tables/t3/cells/").contains("natural_persn");
                    assertThat(e.problem()).isInstanceOf(ReportJsonException.class);
                    assertThat(((ReportJsonException) e.problem()).pointer()).startsWith("/tables/t3/cells/").endsWith("/natural_persn");
                    assertThat(e.problem().problem().zh()).isNotEmpty();
                    // the library's exception has the place in the host's document too
                    assertThat(((ReportJsonException) e.problem()).line()).isEqualTo(line);
                    assertThat(((ReportJsonException) e.problem()).column()).isEqualTo(column);
                });
    }

    @Test
    void aWholeReportProblemIsAtTheReportsStart() {
        String doc = "[1,\n  {\"format\": \"xxgk.report/1\"}]";
        assertThatThrownBy(() -> MAPPER.readValue(doc,
                MAPPER.getTypeFactory().constructCollectionType(List.class, AnnualReport.class)))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> MAPPER.readValue("\n  {\"format\": \"xxgk.report/1\"}", AnnualReport.class))
                .isInstanceOfSatisfying(ReportMappingException.class, e -> {
                    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
                    assertThat(e.getLocation().getColumnNr()).isEqualTo(3);
                    assertThat(e.getOriginalMessage()).startsWith("xxgk report /");
                });
    }

    @Test
    void duplicateKeysAndSyntaxErrorsAreRefusedWithTheirPlace() {
        String report = ReportJson.defaults().write(report(Edition.LEGACY_2008, 1));
        String duplicated = report.replaceFirst("\"year\"", "\"year\": 2000, \"year\"");
        assertThatThrownBy(() -> MAPPER.readValue(duplicated, AnnualReport.class))
                .isInstanceOfSatisfying(ReportMappingException.class, e ->
                        assertThat(e.getOriginalMessage()).startsWith("xxgk report /year").contains("twice"));
        String broken = report.substring(0, report.length() / 2);
        assertThatThrownBy(() -> MAPPER.readValue(broken, AnnualReport.class))
                .isInstanceOf(ReportMappingException.class)
                .satisfies(e -> assertThat(((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation()).isNotNull());
        // a syntax error inside the report is the host parser's, refused with its place
        assertThatThrownBy(() -> MAPPER.readValue("{\"format\":\n [}", AnnualReport.class))
                .isInstanceOfSatisfying(ReportMappingException.class, e -> {
                    assertThat(e.getOriginalMessage()).contains("JSON syntax error");
                    assertThat(e.getCause().getCause()).isInstanceOf(JsonParseException.class);
                    ReportJsonException located = (ReportJsonException) e.problem();
                    assertThat(located.line()).isEqualTo(2);
                    assertThat(located.column()).as("at or just after the '}', as the host parser puts it").isBetween(3, 4);
                    assertThat(located.problem().zh()).startsWith("JSON 语法错误");
                });
        assertThatThrownBy(() -> MAPPER.readValue("\"a report\"", AnnualReport.class))
                .isInstanceOf(ReportMappingException.class);
    }

    @Test
    void findingsAndResultsAreWrittenInTheCommandLinesFormInTheChosenLanguage() throws Exception {
        AnnualReport r = ReportGenerator.perturbed(report(Edition.STANDARD_2021, 3), CellId.parse("t3.r1.natural_person"), 5);
        ValidationResult result = ReportValidator.standard().validate(r);
        assertThat(result.passed()).isFalse();
        Finding f = result.errors().get(0);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(f))).isEqualTo(MAPPER.readTree(FindingJson.toJson(f, Locale.CHINESE)));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(result)))
                .isEqualTo(MAPPER.readTree(FindingJson.toJson(result, Locale.CHINESE)));
        JsonNode en = MAPPER.readTree(MAPPER.writer().withAttribute(XxgkJackson2Module.LOCALE_ATTRIBUTE, Locale.ENGLISH)
                .writeValueAsString(f));
        assertThat(en.get("message").asText()).isEqualTo(f.message(Locale.ENGLISH)).isNotEqualTo(f.message(Locale.CHINESE));
        ObjectMapper english = new ObjectMapper().registerModule(new XxgkJackson2Module().withLocale(Locale.UK));
        assertThat(english.readTree(english.writeValueAsString(Map.of("r", result))).get("r"))
                .isEqualTo(MAPPER.readTree(FindingJson.toJson(result, Locale.ENGLISH)));
    }

    @Test
    void theModuleIsFoundThroughTheServiceLoader() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).contains(XxgkJackson2Module.class.getName());
        AnnualReport r = report(Edition.TRIAL_2019, 4);
        assertThat(found.readValue(found.writeValueAsString(r), AnnualReport.class)).isEqualTo(r);
    }
}
