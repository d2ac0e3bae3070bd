package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The five real reports of the corpus, typed by hand from their published pages, read, write back
 * unchanged, and validate with exactly the findings {@code corpus/expected-findings.json} lists (each
 * with the reason it is true of the report).
 */
class CorpusFixturesTest {

    private static final ReportJson JSON = ReportJson.defaults();

    private static String resource(String name) throws IOException {
        try (InputStream in = CorpusFixturesTest.class.getResourceAsStream("/corpus/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureGetsExactlyItsExpectedFindings() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(resource("expected-findings.json"));
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("about")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                AnnualReport report = JSON.read(resource(e.getKey()));
                assertThat(JSON.read(JSON.write(report))).isEqualTo(report);
                List<String> want = new ArrayList<>();
                e.getValue().forEach(f -> want.add(f.get("rule").asText() + " " + f.get("severity").asText() + " @"
                        + f.get("at").asText()));
                List<String> got = ReportValidator.standard().validate(report).findings().stream()
                        .map((Finding f) -> f.ruleId() + " " + f.severity() + " @" + f.location().id()).toList();
                assertThat(got).as(e.getKey()).containsExactlyInAnyOrderElementsOf(want);
            }));
        }
        assertThat(tests).hasSize(5);
        return tests.stream();
    }
}
