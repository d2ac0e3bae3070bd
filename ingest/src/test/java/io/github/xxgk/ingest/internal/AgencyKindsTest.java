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
        "某某市财政局, COUNTY_OR_ABOVE_DEPARTMENT",
        // ministries and other State Council departments (the first two were OTHER, the others local departments)
        "交通运输部, STATE_COUNCIL_DEPARTMENT",
        "中华人民共和国教育部, STATE_COUNCIL_DEPARTMENT",
        "国家税务总局, STATE_COUNCIL_DEPARTMENT",
        "国家市场监督管理总局, STATE_COUNCIL_DEPARTMENT",
        "国家发展和改革委员会, STATE_COUNCIL_DEPARTMENT",
        "国务院国有资产监督管理委员会, STATE_COUNCIL_DEPARTMENT",
        "国务院办公厅, STATE_COUNCIL_DEPARTMENT",
        "中华人民共和国海关总署, STATE_COUNCIL_DEPARTMENT",
        // local offices of national agencies, and local organs ending in 部, stay what they were
        "国家税务总局某某市税务局, COUNTY_OR_ABOVE_DEPARTMENT",
        "国家统计局某某调查队, OTHER",
        "某某省公安厅, COUNTY_OR_ABOVE_DEPARTMENT",
        "某某县人民武装部, OTHER",
        "某某省人民政府办公厅, COUNTY_OR_ABOVE_DEPARTMENT"})
    void theKindFollowsTheEndingOfTheName(String name, AgencyKind kind) {
        assertThat(AgencyKinds.infer(name).kind()).isEqualTo(kind);
    }
}
