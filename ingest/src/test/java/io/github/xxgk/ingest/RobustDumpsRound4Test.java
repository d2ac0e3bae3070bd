package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crawler dumps whose table rows run together, settled by the table's relations taken together. */
class RobustDumpsRound4Test {

    private static ReadResult read(String name) {
        try (InputStream in = RobustDumpsRound4Test.class.getResourceAsStream("/synthetic/robust/" + name)) {
            return PublishedReports.read(in.readAllBytes(), ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> APPLICANTS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "public_interest_org", "legal_service_org", "other_org", "total");

    private static List<Object> row(AnnualReport report, String row) {
        return APPLICANTS.stream().map(c -> (Object) report.value(new CellId("t3", row, c))).toList();
    }

    private static List<Object> counts(long... values) {
        return Arrays.stream(values).mapToObj(v -> (Object) Count.of(v)).toList();
    }

    /**
     * A dump that lost every space of its tables ({@code 一、本年新收政府信息公开申请数量310423267370}): five 表三 rows
     * have several splits each that the settled rows allow (一 as 31|0|4|2|326|7|370 or 310|42|3|2|6|7|370), but
     * only one combination of them satisfies the column totals and the 表三 balance together; they were left blank.
     */
    @Test
    void rowsAmbiguousAloneAreSettledByTheTablesRelationsTogether() {
        ReadResult r = read("dump-rows-run-2023.txt");
        AnnualReport report = r.report();
        assertThat(row(report, "r1")).isEqualTo(counts(310, 42, 3, 2, 6, 7, 370));
        assertThat(row(report, "r2")).isEqualTo(counts(12, 3, 0, 0, 0, 1, 16));
        assertThat(row(report, "r3_1")).isEqualTo(counts(120, 15, 1, 1, 2, 3, 142));
        assertThat(row(report, "r3_2")).isEqualTo(counts(35, 6, 0, 0, 1, 1, 43));
        assertThat(row(report, "r3_7")).isEqualTo(counts(300, 39, 2, 2, 5, 6, 354));
        assertThat(row(report, "r4")).isEqualTo(counts(22, 6, 1, 0, 1, 2, 32));
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS"))
                .extracting(n -> n.location().id()).containsExactly("t2");
        assertThat(ReportValidator.standard().validate(report).errors()).isEmpty();
    }

    /**
     * 表二's row 行政规范性文件143102 has seven splits into its three cells and no relation of the form binds them: left
     * blank and reported, never guessed.
     */
    @Test
    void aRowNoRelationBindsStaysBlankAndReported() {
        ReadResult r = read("dump-rows-run-2023.txt");
        AnnualReport report = r.report();
        for (String column : List.of("issued", "repealed", "in_force")) {
            assertThat(report.value(new CellId("t2", "normative_documents", column)).isBlank()).isTrue();
        }
        assertThat(report.value(new CellId("t2", "regulations", "in_force"))).isEqualTo(Count.of(9));
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS"))
                .extracting(n -> n.message(java.util.Locale.ROOT)).anySatisfy(m -> assertThat(m).contains("143102").contains("14|3|102"));
    }

    /**
     * 表二's 政府集中采购563456.78万元 (trial-dump-run-2019.txt): a count run into an amount with its decimals and unit.
     * The note said it had several splits and listed none ("cannot be split into 2 cells"); it lists the splits the
     * digits allow, the amount keeping its decimals and unit, and the cells stay blank (no relation binds them).
     */
    @Test
    void anAmountRunIntoACountListsItsSplitsAndStaysBlank() {
        ReadResult r = read("trial-dump-run-2019.txt");
        AnnualReport report = r.report();
        assertThat(report.value(new CellId("t2", "procurement", "procurement_count")).isBlank()).isTrue();
        assertThat(report.value(new CellId("t2", "procurement", "procurement_amount")).isBlank()).isTrue();
        assertThat(r.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS"))
                .extracting(n -> n.message(java.util.Locale.CHINA))
                .anySatisfy(m -> assertThat(m).contains("563456.78万元").contains("5|63456.78万元")
                        .contains("56|3456.78万元").contains("56345|6.78万元").contains("有多种拆分方式").contains("单元格留空")
                        .doesNotContain("无法拆").doesNotContain("过多"));
    }
}
