package io.github.xxgk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AgencyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The agency's kind inferred from the names real titles give. */
class AgencyKindsTest {

    @ParameterizedTest
    @CsvSource({
        "某某区某某街道办事处, TOWNSHIP_OR_STREET",
        // the short form many street offices print; it was read as a department (the ending 办)
        "某某区某某街道办, TOWNSHIP_OR_STREET",
        "某某县某某镇人民政府, TOWNSHIP_OR_STREET",
        "某某县人民政府, COUNTY_OR_ABOVE_GOVERNMENT",
        // a government named without 人民; it was OTHER
        "某某市政府, COUNTY_OR_ABOVE_GOVERNMENT",
        "某某县人民政府办公室, COUNTY_OR_ABOVE_DEPARTMENT",
        "某某市财政局, COUNTY_OR_ABOVE_DEPARTMENT"})
    void theKindFollowsTheEndingOfTheName(String name, AgencyKind kind) {
        assertThat(AgencyKinds.infer(name).kind()).isEqualTo(kind);
    }
}
