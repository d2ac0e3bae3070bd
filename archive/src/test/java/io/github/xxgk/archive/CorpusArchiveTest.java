package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.form.CellCorrespondence;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.json.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus fixtures (five years of 平潭综合实验区, typed from the published pages) as a small real
 * archive; what each report must get is the hand-decided expected-findings.json of the testing module.
 */
class CorpusArchiveTest {

    static final Path FIXTURES = Path.of("../testing/src/test/resources/corpus");
    static final List<String> FILES = List.of("pingtan-2013-syq.json", "pingtan-2016-syq.json", "pingtan-2019-syq.json",
            "pingtan-2022-syq.json", "pingtan-2024-syq.json");

    @TempDir
    static Path dir;
    static ArchiveSummary summary;

    @BeforeAll
    static void scan() throws IOException {
        for (String f : FILES) {
            Files.copy(FIXTURES.resolve(f), dir.resolve(f));
        }
        summary = Archive.scan(dir, ArchiveOptions.defaults().withThreads(2));
    }

    @Test
    void oneAgencyFiveYearsTheOthersMissing() {
        assertThat(summary.reports()).hasSize(5);
        assertThat(summary.agencies()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("平潭综合实验区");
            assertThat(a.years()).containsExactly(2013, 2016, 2019, 2022, 2024);
            assertThat(a.missing()).containsExactly(2014, 2015, 2017, 2018, 2020, 2021, 2023);
        });
        assertThat(summary.issues(ArchiveIssue.Kind.LATE)).isEmpty(); // a government: 31 March (2025-03-10 is in time)
        assertThat(summary.issues(ArchiveIssue.Kind.UNREADABLE)).isEmpty();
        assertThat(summary.reports()).allMatch(r -> r.previous().isEmpty()); // no two years follow each other
    }

    @Test
    void eachReportGetsTheFindingsDecidedByReadingIt() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve("expected-findings.json").toFile());
        for (ReportSummary r : summary.reports()) {
            Map<String, Integer> byRule = new TreeMap<>();
            int errors = 0;
            for (JsonNode f : expected.get(r.path())) {
                byRule.merge(f.get("rule").asText(), 1, Integer::sum);
                errors += f.get("severity").asText().equals("ERROR") ? 1 : 0;
            }
            assertThat(r.byRule()).as(r.path()).isEqualTo(byRule);
            assertThat(r.count(Severity.ERROR)).as(r.path()).isEqualTo(errors);
            assertThat(r.passed()).isEqualTo(errors == 0);
        }
    }

    @Test
    void keyFiguresComeFromTheCellsOfEachEdition() throws IOException {
        AnnualReport r2013 = ReportJson.defaults().read(FIXTURES.resolve("pingtan-2013-syq.json"));
        AnnualReport r2024 = ReportJson.defaults().read(FIXTURES.resolve("pingtan-2024-syq.json"));
        Map<Integer, Map<String, Bound>> figures = summary.keyFiguresByYear();
        assertThat(figures.get(2013).get("requests_received")).isEqualTo(bound(r2013.value(CellId.parse("stats.l21.value"))));
        assertThat(figures.get(2024).get("requests_received")).isEqualTo(bound(r2024.value(CellId.parse("t3.r1.total"))));
        assertThat(figures.get(2024).get("requests_carried_over")).isEqualTo(bound(r2024.value(CellId.parse("t3.r2.total"))));
        long lawsuits = ((Count) r2024.value(CellId.parse("t4.cases.direct_total"))).value()
                + ((Count) r2024.value(CellId.parse("t4.cases.after_review_total"))).value();
        assertThat(figures.get(2024).get("lawsuits")).isEqualTo(Bound.exact(lawsuits));
        // 主动公开 has no cell from 2019 on: the text states it (read by hand from the reports)
        ReportSummary y2022 = summary.reports().stream().filter(r -> r.year() == 2022).findFirst().orElseThrow();
        ReportSummary y2024 = summary.reports().stream().filter(r -> r.year() == 2024).findFirst().orElseThrow();
        ReportSummary y2019 = summary.reports().stream().filter(r -> r.year() == 2019).findFirst().orElseThrow();
        assertThat(y2022.keyFigures().get("proactive")).isEqualTo(Bound.exact(14571)); // “主动公开政府信息14571条”
        assertThat(y2024.keyFigures().get("proactive")).isEqualTo(Bound.exact(10407)); // “主动公开各类政府信息10407条”
        // 2019 names 主动公开 only inside a list (“其他应主动公开政府信息856条”): not the figure, so not stated
        assertThat(y2019.keyFigures()).doesNotContainKey("proactive");
        assertThat(figures.get(2019).get("proactive")).isEqualTo(Bound.atLeast(java.math.BigDecimal.ZERO));
        // the legacy table has no carried-over row: no such figure in 2013 or 2016
        assertThat(figures.get(2013)).doesNotContainKey("requests_carried_over");
    }

    private static Bound bound(CellValue v) {
        return v instanceof Count c ? Bound.exact(c.value()) : Bound.atLeast(java.math.BigDecimal.ZERO);
    }

    @Test
    void the2019ReportAgainstThe2022OneBridgesTheFormats() throws IOException {
        AnnualReport r2019 = ReportJson.defaults().read(FIXTURES.resolve("pingtan-2019-syq.json"));
        AnnualReport r2022 = ReportJson.defaults().read(FIXTURES.resolve("pingtan-2022-syq.json"));
        YearComparison c = YearComparison.of(r2019, r2022);
        // 2019's single （六）其他处理 row against the sum of 2021's three sub-rows, declared as data
        CellChange sixth = c.changes().stream().filter(ch -> ch.correspondence().kind() == CellCorrespondence.Kind.SUM
                && ch.correspondence().earlier().equals(List.of(CellId.parse("t3.r3_6.total")))).findFirst().orElseThrow();
        assertThat(sixth.correspondence().later()).containsExactly(CellId.parse("t3.r3_6_1.total"),
                CellId.parse("t3.r3_6_2.total"), CellId.parse("t3.r3_6_3.total"));
        assertThat(sixth.before()).isEqualTo(bound(r2019.value(CellId.parse("t3.r3_6.total"))));
        // 表二: 处理决定数量 (2019) against 本年处理决定数量 (2021)
        CellChange licensing = c.changes().stream().filter(ch -> ch.correspondence().later().equals(List.of(CellId.parse("t2.licensing.decisions"))))
                .findFirst().orElseThrow();
        assertThat(licensing.before()).isEqualTo(bound(r2019.value(CellId.parse("t2.licensing.decisions"))));
        assertThat(licensing.after()).isEqualTo(bound(r2022.value(CellId.parse("t2.licensing.decisions"))));
        // the fee items of 2019 and the fee amount of 2021 are not compared
        assertThat(c.notComparable()).anySatisfy(n -> assertThat(n.later()).containsExactly(CellId.parse("t2.fees.fee_amount")));
        assertThat(c.changes()).noneMatch(ch -> ch.correspondence().later().contains(CellId.parse("t2.fees.fee_amount")));
        // not the year before: the validator says so, and compares nothing across years
        assertThat(c.crossYear()).extracting(f -> f.ruleId()).containsExactly("META-PREVIOUS");
        assertThat(c.similarity()).isPresent();
    }
}
