package io.github.xxgk.archive;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ArchiveGenerator;
import io.github.xxgk.testing.ReportGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated archive of 2021–2024 whose expected results follow from how it is made: the plan below
 * says which agency has which year, which chain is broken, which report is late, duplicated or wrong,
 * and the tests state what the archive must report from the plan alone.
 */
final class GeneratedArchive {

    static final AgencyKind DEPT = AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT;
    static final String A = "甲市统计局";          // every year, the chain holds
    static final String B = "甲市财政局";          // 2023 missing
    static final String C = "甲市教育局";          // 2023 does not carry on from 2022
    static final String D = "甲市民政局";          // 2022 published late
    static final String E = "甲市交通运输局";      // 2022 twice
    static final String F_OLD = "甲市旅游局";      // renamed in 2023 …
    static final String F_NEW = "甲市文化和旅游局"; // … to this
    static final String G_SHORT = "洪泽区统计局";  // 2021–2022 …
    static final String G_LONG = "淮安市洪泽区统计局"; // … 2023–2024 with its parent region
    static final String H = "甲市水利局";          // 2022 has a wrong cell
    static final String AUDIT = "甲市审计局";      // registered, never reported
    static final LocalDate LATE = LocalDate.of(2023, 2, 15);

    final Path root;
    final List<String> paths = new ArrayList<>();

    private GeneratedArchive(Path root) {
        this.root = root;
    }

    static GeneratedArchive write(Path root) throws IOException {
        GeneratedArchive g = new GeneratedArchive(root);
        g.plain(A, 1, List.of());
        g.plain(B, 2, List.of(2023));
        List<AnnualReport> c = ArchiveGenerator.chain(Agency.of(C, DEPT), 2021, 2024, 3);
        c.set(2, ArchiveGenerator.breakCarry(c.get(2)));
        g.all("c", c);
        List<AnnualReport> d = ArchiveGenerator.chain(Agency.of(D, DEPT), 2021, 2024, 4);
        d.set(1, d.get(1).toBuilder().publicationDate(LATE).build());
        g.all("d", d);
        List<AnnualReport> e = ArchiveGenerator.chain(Agency.of(E, DEPT), 2021, 2024, 5);
        g.all("e", e);
        g.file("e/2022-copy.json", e.get(1));
        List<AnnualReport> f = ArchiveGenerator.chain(Agency.of(F_OLD, DEPT), 2021, 2022, 6);
        f.add(ArchiveGenerator.next(f.get(1), Agency.of(F_NEW, DEPT), 61));
        f.add(ArchiveGenerator.next(f.get(2), Agency.of(F_NEW, DEPT), 62));
        g.all("f", f);
        List<AnnualReport> gg = ArchiveGenerator.chain(Agency.of(G_SHORT, DEPT), 2021, 2022, 7);
        gg.add(ArchiveGenerator.next(gg.get(1), Agency.of(G_LONG, DEPT), 71));
        gg.add(ArchiveGenerator.next(gg.get(2), Agency.of(G_LONG, DEPT), 72));
        g.all("g", gg);
        List<AnnualReport> h = ArchiveGenerator.chain(Agency.of(H, DEPT), 2021, 2024, 8);
        h.set(1, ReportGenerator.perturbed(h.get(1), CellId.parse("t3.r1.natural_person"), 5));
        g.all("h", h);
        Files.writeString(root.resolve("broken.json"), "{\"format\": \"xxgk.report/2\", \"edition\": ", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("notes.txt"), "说明：本目录为年度报告。", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("README.md"), "# reports", StandardCharsets.UTF_8);
        return g;
    }

    static String register() {
        return """
                name,kind,parent_region,former_names
                甲市统计局,COUNTY_OR_ABOVE_DEPARTMENT,甲市,
                甲市财政局,县级以上人民政府部门,甲市,
                甲市教育局,COUNTY_OR_ABOVE_DEPARTMENT,甲市,
                甲市民政局,COUNTY_OR_ABOVE_DEPARTMENT,甲市,
                "甲市交通运输局",COUNTY_OR_ABOVE_DEPARTMENT,甲市,
                甲市文化和旅游局,COUNTY_OR_ABOVE_DEPARTMENT,甲市,甲市旅游局
                淮安市洪泽区统计局,COUNTY_OR_ABOVE_DEPARTMENT,淮安市洪泽区,
                甲市审计局,COUNTY_OR_ABOVE_DEPARTMENT,甲市,
                """;
    }

    private void plain(String name, long seed, List<Integer> leaveOut) throws IOException {
        List<AnnualReport> chain = ArchiveGenerator.chain(Agency.of(name, DEPT), 2021, 2024, seed);
        for (AnnualReport r : chain) {
            if (!leaveOut.contains(r.year())) {
                file(dir(name) + "/" + r.year() + ".json", r);
            }
        }
    }

    private static String dir(String name) {
        return switch (name) {
            case A -> "a";
            case B -> "b";
            default -> "x";
        };
    }

    private void all(String dir, List<AnnualReport> reports) throws IOException {
        for (AnnualReport r : reports) {
            file(dir + "/" + r.year() + ".json", r);
        }
    }

    private void file(String path, AnnualReport r) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, ReportJson.defaults().write(r), StandardCharsets.UTF_8);
        paths.add(path);
    }
}
