package io.github.xxgk.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import io.github.xxgk.validation.json.FindingJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal on a started server on localhost, spoken to over HTTP as a client would: the report read
 * by Spring's own mapper through the module, {@code @Valid} answered with a problem document listing
 * the findings with their cell paths in the request's language, the report written back exactly as
 * ReportJson writes it, and a malformed report answered with its place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xxgk.validation.township-deadline=03-31")
class ReportsApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ReportValidator validator;

    private HttpResponse<String> send(String method, String path, String body, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json");
        if (language != null) {
            b.header("Accept-Language", language);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static AnnualReport valid() {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).consistent(11);
        assertThat(ReportValidator.standard().validate(r).passed()).as("the generated report passes").isTrue();
        return r;
    }

    @Test
    void aReportIsReadFiledAndWrittenBackAsReportJsonWritesIt() throws Exception {
        AnnualReport r = valid();
        String json = ReportJson.defaults().write(r);
        HttpResponse<String> read = send("POST", "/reports/read", json, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Json.object(read.body())).containsEntry("agency", r.agency().name()).containsEntry("year", (long) r.year())
                .containsEntry("tables", List.copyOf(r.tables().keySet()));

        HttpResponse<String> filed = send("POST", "/reports", json, null);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String location = filed.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> got = send("GET", URI.create(location).getPath(), null, null);
        assertThat(got.statusCode()).isEqualTo(200);
        // every figure, in the format's own JSON (the mapper may indent differently, the content is the same)
        assertThat(Json.parse(got.body())).isEqualTo(Json.parse(json));
        assertThat(ReportJson.defaults().read(got.body())).isEqualTo(r);
    }

    @Test
    void aReportThatFailsValidIsAProblemDocumentWithItsCellsInTheRequestsLanguage() throws Exception {
        CellId cell = CellId.parse("t3.r1.natural_person");
        AnnualReport wrong = ReportGenerator.perturbed(valid(), cell, 7);
        List<Finding> errors = ReportValidator.standard().validate(wrong).errors();
        assertThat(errors).isNotEmpty();
        String json = ReportJson.defaults().write(wrong);
        for (String language : List.of("zh-CN,zh;q=0.9,en;q=0.5", "en-GB,en;q=0.8")) {
            Locale locale = language.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            HttpResponse<String> answer = send("POST", "/reports", json, language);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("Content-Language")).contains(locale.getLanguage());
            Map<String, Object> problem = Json.object(answer.body());
            assertThat(problem).containsEntry("status", 400L).containsEntry("instance", "/reports")
                    .containsEntry("type", "https://github.com/xxgk/xxgk#problem-documents");
            assertThat(problem.get("title")).isEqualTo(locale == Locale.ENGLISH ? "The report failed validation" : "报告未通过校验");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> findings = (List<Map<String, Object>>) problem.get("findings");
            assertThat(findings).hasSize(errors.size());
            for (Finding f : errors) {
                Map<String, Object> expected = new java.util.LinkedHashMap<>();
                expected.put("rule", f.ruleId());
                expected.put("severity", "ERROR");
                f.location().cell().ifPresent(c -> expected.put("field", "tables[" + c.table() + "]." + c.row() + "." + c.column()));
                f.location().cell().ifPresent(c -> expected.put("cell", c.toString()));
                expected.put("message", f.message(locale));
                assertThat(findings).anySatisfy(e -> assertThat(e).containsAllEntriesOf(expected));
            }
            assertThat(findings).anySatisfy(e -> assertThat(e.get("cell")).isEqualTo(cell.toString()));
        }
    }

    @Test
    void aReportInsideABodyHasItsPathPrefixedAndTheBodysOtherViolationsAreListedToo() throws Exception {
        AnnualReport wrong = ReportGenerator.perturbed(valid(), CellId.parse("t3.r1.natural_person"), 3);
        String body = "{\"note\": \" \", \"report\": " + ReportJson.defaults().write(wrong) + "}";
        HttpResponse<String> answer = send("POST", "/reports/filings", body, "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) Json.object(answer.body()).get("findings");
        assertThat(findings).anySatisfy(e -> assertThat(e).containsEntry("field", "report.tables[t3].r1.natural_person")
                .containsEntry("cell", "t3.r1.natural_person").containsKey("rule"));
        assertThat(findings).anySatisfy(e -> assertThat(e).containsEntry("field", "note").doesNotContainKey("rule")
                .containsKey("message"));
        // a body whose only violations are not a report's is left to Spring: a 400, not this document
        String validReport = "{\"note\": \" \", \"report\": " + ReportJson.defaults().write(valid()) + "}";
        HttpResponse<String> other = send("POST", "/reports/filings", validReport, "en");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).doesNotContain("https://github.com/xxgk/xxgk#problem-documents");
    }

    @Test
    void aMalformedReportIsABadRequestNamingItsPlace() throws Exception {
        String json = ReportJson.defaults().write(valid());
        String unknown = json.replaceFirst("\"natural_person\"", "\"natural_persn\"");
        HttpResponse<String> answer = send("POST", "/reports", unknown, "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        Map<String, Object> problem = Json.object(answer.body());
        int offset = unknown.indexOf(" : ", unknown.indexOf("\"natural_persn\"")) + 3;
        long line = unknown.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        assertThat(problem).containsEntry("title", "The report cannot be read").containsEntry("line", line)
                .containsEntry("column", (long) (offset - unknown.lastIndexOf('\n', offset - 1)));
        assertThat((String) problem.get("pointer")).startsWith("/tables/t3/cells/").endsWith("/natural_persn");
        assertThat((String) problem.get("detail")).contains("natural_persn").doesNotContain("表三");

        HttpResponse<String> broken = send("POST", "/reports", json.substring(0, json.length() / 2), "zh");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        Map<String, Object> syntax = Json.object(broken.body());
        assertThat(syntax).containsEntry("title", "无法读取报告").containsKey("line").containsKey("column");
        assertThat((String) syntax.get("detail")).contains("JSON 语法错误");
    }

    @Test
    void aResultIsWrittenInTheRequestsLanguageAndTheValidatorIsConfigured() throws Exception {
        assertThat(validator.townshipDeadline()).isEqualTo(MonthDay.of(3, 31));
        AnnualReport wrong = ReportGenerator.perturbed(valid(), CellId.parse("t3.r1.natural_person"), 2);
        ValidationResult result = validator.validate(wrong);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            HttpResponse<String> answer = send("POST", "/reports/check", ReportJson.defaults().write(wrong),
                    locale.toLanguageTag());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(Json.parse(answer.body())).isEqualTo(Json.parse(FindingJson.toJson(result, locale)));
        }
    }
}
