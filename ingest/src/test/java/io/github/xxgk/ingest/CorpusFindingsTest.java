package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each corpus page, read, gets the validation findings of its hand-typed fixture (whose findings
 * testing's CorpusFixturesTest proves against the findings decided by reading the page): rule id,
 * severity, location and marked cells, READ-* notes aside. Where the dump truly cannot give a cell
 * (the blank cells listed and justified in CorpusTextTest and CorpusLegacyTest), the findings that
 * rest on those cells are set aside, and only those.
 */
class CorpusFindingsTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static List<String> findings(AnnualReport report, Set<CellId> undecided) {
        return VALIDATOR.validate(report).findings().stream()
                .filter(f -> !f.ruleId().startsWith("READ-"))
                .filter(f -> !touches(f, undecided))
                .map(f -> f.ruleId() + " " + f.severity() + " @" + f.location().id() + " " + f.cells())
                .sorted().toList();
    }

    private static boolean touches(Finding f, Set<CellId> cells) {
        return Stream.of(f.cells().stream(), f.related().stream(), f.derived().keySet().stream(),
                f.location().cell().stream()).flatMap(s -> s).anyMatch(cells::contains);
    }

    private static void sameFindings(String report, String file, String fixture, Set<CellId> undecided) {
        AnnualReport read = PublishedReports.read(Corpus.page(report, file), ReadOptions.defaults()).report();
        AnnualReport typed = Corpus.fixture(fixture);
        List<String> want = findings(typed, undecided);
        assertThat(want).as("the fixture has findings to compare").isNotEmpty();
        assertThat(findings(read, undecided)).as(report + "/" + file).isEqualTo(want);
    }

    private static Set<CellId> cells(String table, String row, String... columns) {
        return Stream.of(columns).map(c -> new CellId(table, row, c)).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void pingtan2013PageAndDump() {
        sameFindings("2013-syq", "page.html", "pingtan-2013-syq.json", Set.of());
        sameFindings("2013-syq", "page.txt", "pingtan-2013-syq.json", cells("stats", "l5", "value"));
    }

    @Test
    void pingtan2016Dump() {
        Set<CellId> undecided = new java.util.HashSet<>(cells("stats", "l1", "value", "cumulative"));
        undecided.addAll(cells("stats", "l6", "value", "cumulative"));
        sameFindings("2016-syq", "page.txt", "pingtan-2016-syq.json", undecided);
    }

    @Test
    void pingtan2019Dump() {
        // the fixture itself leaves the seven ambiguous 表二 rows absent: nothing to set aside
        sameFindings("2019-syq", "page.txt", "pingtan-2019-syq.json", Set.of());
    }

    @Test
    void pingtan2022Dump() {
        sameFindings("2022-syq", "page.txt", "pingtan-2022-syq.json",
                cells("t2", "normative_documents", "issued", "repealed", "in_force"));
    }

    @Test
    void pingtan2024PageAndDump() {
        sameFindings("2024-syq", "page.html", "pingtan-2024-syq.json", Set.of());
        sameFindings("2024-syq", "page.txt", "pingtan-2024-syq.json",
                cells("t2", "normative_documents", "issued", "repealed", "in_force"));
    }

    @Test
    void aFindingOnTheTextOfADumpPointsAtThePrintedText() throws Exception {
        java.nio.file.Path file = Corpus.page("2013-syq", "page.txt");
        ReadResult result = PublishedReports.read(file, ReadOptions.defaults());
        String page = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        // 二（一） says 4970 items where the table prints 72804 (NOTES-legacy.md, defect 1)
        Finding f = VALIDATOR.validate(result.report()).findings().stream()
                .filter(x -> x.ruleId().equals("TXT-TABLE-CONSISTENCY")).findFirst().orElseThrow();
        List<Provenance.Place> places = result.provenance().of(f);
        // the table's cell it contradicts, then the paragraph that says it
        assertThat(places).extracting(Provenance.Place::of).containsExactly("stats.l1.value",
                "/sections/1/subsections/0/paragraphs/0");
        SourceLocation.TextRange cell = (SourceLocation.TextRange) places.get(0).location();
        assertThat(page.substring(cell.start(), cell.end())).isEqualTo("72804");
        SourceLocation.TextRange at = (SourceLocation.TextRange) places.get(1).location();
        assertThat(page.substring(at.start(), at.end())).contains("2013年主动公开政府信息4970条");
        // a note on a cell: the place the digits were printed
        Finding split = result.notes().stream().filter(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS")).findFirst()
                .orElseThrow();
        SourceLocation.TextRange noted = (SourceLocation.TextRange) result.provenance().of(split).get(0).location();
        assertThat(page.substring(noted.start(), noted.end())).contains("0");
        assertThat(page.substring(Math.max(0, noted.start() - 12), noted.end())).contains("政府公报公开");
    }

    @Test
    void everyCountReadFromADumpIsLocatedAtItsDigits() throws Exception {
        for (String report : new String[] {"2013-syq", "2016-syq", "2019-syq", "2022-syq", "2024-syq"}) {
            java.nio.file.Path file = Corpus.page(report, "page.txt");
            String page = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            ReadResult result = PublishedReports.read(file, ReadOptions.defaults());
            int checked = 0;
            for (io.github.xxgk.core.StatisticsTable t : result.report().tables().values()) {
                for (java.util.Map.Entry<CellId, io.github.xxgk.core.CellValue> e : t.reported().entrySet()) {
                    if (e.getValue() instanceof io.github.xxgk.core.Count c) {
                        SourceLocation.TextRange at = (SourceLocation.TextRange) result.provenance().of(e.getKey()).orElseThrow();
                        assertThat(page.substring(at.start(), at.end())).as(report + " " + e.getKey())
                                .isEqualTo(String.valueOf(c.value()));
                        checked++;
                    }
                }
            }
            assertThat(checked).as(report).isGreaterThan(10);
        }
    }
}
