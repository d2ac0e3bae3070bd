package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.AnnualReport;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the writer emits conforms to the JSON Schema shipped in the core jar, and the schema is strict. */
class SchemaConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ReportJson.schema());

    /** The seed report as shipped by the examples module (read as a file: examples depends on this module). */
    private static final Path SEED = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.json");

    private static Set<ValidationMessage> validate(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static AnnualReport seed() throws Exception {
        return ReportJson.defaults().read(SEED);
    }

    @Test
    void theSeedConforms() throws Exception {
        assertThat(validate(ReportJson.defaults().write(seed()))).isEmpty();
    }

    @Test
    void generatedReportsOfEveryEditionConform() {
        qt().withExamples(100).forAll(ReportGens.any())
                .checkAssert(r -> assertThat(validate(ReportJson.defaults().write(r))).as(r.edition().name()).isEmpty());
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        String ok = ReportJson.defaults().write(seed());
        assertThat(validate(ok.replace("\"l64\" : {", "\"l65\" : {"))).isNotEmpty();
        assertThat(validate(ok.replace("\"value\" : 20", "\"value\" : -20"))).isNotEmpty();
        assertThat(validate(ok.replace("\"value\" : 20", "\"value\" : 2.5"))).isNotEmpty();
        assertThat(validate(ok.replace("\"form\" : \"leg_proactive\"", "\"form\" : \"s2_proactive\""))).isNotEmpty();
        assertThat(validate(ok.replace("\"unit\" : \"万元\"", "\"unit\" : \"美元\""))).isNotEmpty();
        assertThat(validate(ok.replace("\"year\" : 2017", "\"yaer\" : 2017"))).isNotEmpty();
    }
}
