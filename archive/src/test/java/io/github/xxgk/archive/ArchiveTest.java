package io.github.xxgk.archive;

import static io.github.xxgk.archive.GeneratedArchive.A;
import static io.github.xxgk.archive.GeneratedArchive.AUDIT;
import static io.github.xxgk.archive.GeneratedArchive.B;
import static io.github.xxgk.archive.GeneratedArchive.C;
import static io.github.xxgk.archive.GeneratedArchive.D;
import static io.github.xxgk.archive.GeneratedArchive.E;
import static io.github.xxgk.archive.GeneratedArchive.F_NEW;
import static io.github.xxgk.archive.GeneratedArchive.F_OLD;
import static io.github.xxgk.archive.GeneratedArchive.G_LONG;
import static io.github.xxgk.archive.GeneratedArchive.G_SHORT;
import static io.github.xxgk.archive.GeneratedArchive.H;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.archive.ArchiveIssue.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    static Path dir;
    static GeneratedArchive generated;
    static ArchiveSummary plain;
    static ArchiveSummary registered;

    @BeforeAll
    static void scan() throws IOException {
        generated = GeneratedArchive.write(dir);
        plain = Archive.scan(dir, ArchiveOptions.defaults().withThreads(2));
        registered = Archive.scan(dir, ArchiveOptions.defaults().withThreads(2)
                .withRegister(AgencyRegister.parse("register.csv", GeneratedArchive.register())));
    }

    private static ReportSummary report(ArchiveSummary s, String agency, int year) {
        List<ReportSummary> found = s.reports().stream().filter(r -> r.agency().equals(agency) && r.year() == year && !r.duplicate()).toList();
        assertThat(found).as(agency + " " + year).hasSize(1);
        return found.get(0);
    }

    private static List<String> issues(ArchiveSummary s, Kind kind) {
        return s.issues(kind).stream().map(i -> i.agency() + (i.year().isPresent() ? " " + i.year().getAsInt() : "")).toList();
    }

    @Test
    void everyReadableFileIsOneReportAndTheOthersAreListed() {
        assertThat(plain.reports()).hasSize(generated.paths.size());
        assertThat(plain.reports()).extracting(ReportSummary::path).containsExactlyInAnyOrderElementsOf(generated.paths);
        assertThat(plain.issues(Kind.UNREADABLE)).singleElement().satisfies(i -> assertThat(i.paths()).containsExactly("broken.json"));
        assertThat(plain.ignored()).containsExactly("README.md", "notes.txt");
        assertThat(plain.firstYear()).hasValue(2021);
        assertThat(plain.lastYear()).hasValue(2024);
    }

    @Test
    void agenciesAreGroupedByNameAndItsUsualVariantsOnly() {
        assertThat(plain.agencies()).extracting(AgencySummary::key)
                .containsExactlyInAnyOrder(A, B, C, D, E, F_OLD, F_NEW, G_SHORT, H);
        AgencySummary g = plain.agencies().stream().filter(a -> a.key().equals(G_SHORT)).findFirst().orElseThrow();
        assertThat(g.names()).containsExactlyInAnyOrder(G_SHORT, G_LONG);
        assertThat(g.years()).containsExactly(2021, 2022, 2023, 2024);
        assertThat(report(plain, G_LONG, 2023).previous()).hasValue("g/2022.json");
        assertThat(report(plain, G_LONG, 2023).byRule()).containsKey("META-PREVIOUS");
    }

    @Test
    void missingYearsDuplicatesAndLatePublicationsFollowThePlan() {
        // B lacks 2023; without a register the renamed agency is two, the old name lacking the years after it
        assertThat(issues(plain, Kind.MISSING)).containsExactlyInAnyOrder(B + " 2023", F_OLD + " 2023", F_OLD + " 2024");
        assertThat(plain.issues(Kind.DUPLICATE)).singleElement().satisfies(i -> {
            assertThat(i.agency()).isEqualTo(E);
            assertThat(i.year()).hasValue(2022);
            assertThat(i.paths()).containsExactly("e/2022-copy.json", "e/2022.json");
        });
        assertThat(issues(plain, Kind.LATE)).containsExactly(D + " 2022");
        ReportSummary late = report(plain, D, 2022);
        assertThat(late.late()).isTrue();
        assertThat(late.published()).hasValue(GeneratedArchive.LATE);
        // 条例第四十九条第一款: departments publish by 31 January of the year after
        assertThat(late.deadline()).hasValue(java.time.LocalDate.of(2023, 1, 31));
        assertThat(late.byRule()).containsEntry("PUB-DEADLINE-DEPT", 1);
        assertThat(issues(plain, Kind.NOT_IN_REGISTER)).isEmpty();
    }

    @Test
    void theReportWithAWrongCellAndTheLateOneFail() {
        // a department published after 31 January breaks a legal deadline: an ERROR (FORMATS.md §4.1)
        assertThat(plain.reports().stream().filter(r -> !r.passed()).map(r -> r.agency() + " " + r.year()))
                .containsExactlyInAnyOrder(H + " 2022", D + " 2022");
        ReportSummary h = report(plain, H, 2022);
        assertThat(h.errors()).isNotEmpty().allSatisfy(f -> assertThat(f.messageZh()).isNotBlank());
        assertThat(h.byRule()).doesNotContainKey("PUB-DEADLINE-DEPT");
        assertThat(report(plain, D, 2022).errors()).extracting(FindingSummary::rule).containsExactly("PUB-DEADLINE-DEPT");
        assertThat(plain.failed()).isEqualTo(2);
    }

    @Test
    void everyReportIsComparedWithTheYearBeforeWhenThereIsOne() {
        Map<String, Optional<String>> previous = plain.reports().stream().filter(r -> !r.duplicate())
                .collect(Collectors.toMap(r -> r.path(), ReportSummary::previous));
        assertThat(previous.get("a/2021.json")).isEmpty();
        assertThat(previous.get("a/2022.json")).hasValue("a/2021.json");
        assertThat(previous.get("a/2024.json")).hasValue("a/2023.json");
        assertThat(previous.get("b/2024.json")).as("2023 is missing").isEmpty();
        // of the two 2022 reports of E, the first by path is the one 2023 is compared with
        assertThat(previous.get("x/2023.json") == null).isTrue();
        assertThat(report(plain, E, 2023).previous()).hasValue("e/2022-copy.json");
        assertThat(report(plain, F_NEW, 2023).previous()).as("a new name without a register").isEmpty();
    }

    @Test
    void chainsThatHoldGiveNoCarryFindingAndTheBrokenOneDoes() {
        List<String> carry = plain.reports().stream().filter(r -> r.byRule().containsKey("T3-CARRY-CHAIN"))
                .map(r -> r.agency() + " " + r.year()).toList();
        assertThat(carry).containsExactly(C + " 2023");
        assertThat(plain.reports()).noneMatch(r -> r.byRule().containsKey("T2-VALID-CARRY"));
    }

    @Test
    void theRegisterPairsTheRenamedAgencyAndNamesWhoIsMissingOrUnknown() {
        assertThat(registered.agencies()).extracting(AgencySummary::key)
                .containsExactlyInAnyOrder(A, B, C, D, E, F_NEW, G_LONG, H, AUDIT);
        assertThat(issues(registered, Kind.MISSING)).containsExactlyInAnyOrder(B + " 2023",
                AUDIT + " 2021", AUDIT + " 2022", AUDIT + " 2023", AUDIT + " 2024");
        assertThat(issues(registered, Kind.NOT_IN_REGISTER)).containsExactly(H);
        ReportSummary renamed = report(registered, F_NEW, 2023);
        assertThat(renamed.previous()).hasValue("f/2022.json");
        assertThat(renamed.byRule()).containsKey("META-PREVIOUS");
        assertThat(renamed.agencyKey()).isEqualTo(F_NEW);
        assertThat(report(registered, F_OLD, 2021).agencyKey()).isEqualTo(F_NEW);
        assertThat(report(registered, G_SHORT, 2021).region()).isEqualTo("淮安市洪泽区");
        assertThat(registered.byRegion()).extracting(ArchiveSummary.RegionTotals::region).containsExactly("", "淮安市洪泽区", "甲市");
    }

    @Test
    void oneYearIsCheckedWithTheYearBeforeStillRead() throws IOException {
        ArchiveSummary y = Archive.scan(dir, ArchiveOptions.defaults().withThreads(2).withYear(2023)
                .withRegister(AgencyRegister.parse("register.csv", GeneratedArchive.register())));
        assertThat(y.reports()).allMatch(r -> r.year() == 2023);
        assertThat(y.reports()).extracting(ReportSummary::agency).containsExactlyInAnyOrder(A, C, D, E, F_NEW, G_LONG, H);
        assertThat(issues(y, Kind.MISSING)).containsExactlyInAnyOrder(B + " 2023", AUDIT + " 2023");
        assertThat(report(y, C, 2023).byRule()).containsKey("T3-CARRY-CHAIN");
        assertThat(report(y, A, 2023).previous()).hasValue("a/2022.json");
        assertThat(y.issues(Kind.DUPLICATE)).isEmpty(); // 2022's duplicate is not a year checked
    }

    @Test
    void keyFiguresAreTheSumsOfTheReportsFigures() throws IOException {
        // every generated cell is a number: the year's sums are exact, and equal the sums of the reports' cells
        Map<Integer, Map<String, Bound>> byYear = plain.keyFiguresByYear();
        assertThat(byYear).containsOnlyKeys(2021, 2022, 2023, 2024);
        long expected = 0;
        for (String path : generated.paths) {
            io.github.xxgk.core.AnnualReport r = io.github.xxgk.core.json.ReportJson.defaults().read(dir.resolve(path));
            if (r.year() == 2022 && !path.equals("e/2022.json")) {
                expected += ((io.github.xxgk.core.Count) r.value(io.github.xxgk.core.form.CellId.parse("t3.r1.total"))).value();
            }
        }
        assertThat(byYear.get(2022).get("requests_received")).isEqualTo(Bound.exact(expected));
    }
}
