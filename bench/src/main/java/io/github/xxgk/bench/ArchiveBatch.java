package io.github.xxgk.bench;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ArchiveGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes an archive for timing {@code xxgk archive}: AGENCIES agencies (default 1,000) × the years 2015 to
 * 2024, each agency's reports a chain of {@link ArchiveGenerator} (cross-year relations hold; the three
 * editions by year), in {@code DIR/aNNNN/YYYY.json}, and a register {@code DIR.csv} beside the directory
 * listing every agency (in ten regions) and one more that never reports (ten missing years). Every
 * 10th report of 2024 is broken (表三 二、 no longer carries on from 2023).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.xxgk.bench.ArchiveBatch DIR [AGENCIES]}, then
 * {@code /usr/bin/time -v java -jar cli/target/xxgk.jar archive DIR --agencies DIR.csv --out summary.json}.
 */
public final class ArchiveBatch {

    private ArchiveBatch() {
    }

    /**
     * Writes the archive.
     *
     * @param args the directory, and optionally the number of agencies
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ArchiveBatch DIR [AGENCIES]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int agencies = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        StringBuilder register = new StringBuilder("name,kind,parent_region\n");
        long bytes = 0;
        int files = 0;
        for (int i = 0; i < agencies; i++) {
            String region = "甲省第" + (i % 10 + 1) + "市";
            String name = region + "第" + (i + 1) + "局";
            register.append(name).append(",COUNTY_OR_ABOVE_DEPARTMENT,").append(region).append('\n');
            List<AnnualReport> chain = ArchiveGenerator.chain(Agency.of(name, AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT), 2015, 2024, i);
            for (AnnualReport r : chain) {
                AnnualReport out = r.year() == 2024 && i % 10 == 9 ? ArchiveGenerator.breakCarry(r) : r;
                byte[] json = ReportJson.defaults().write(out).getBytes(StandardCharsets.UTF_8);
                Path p = dir.resolve(String.format(Locale.ROOT, "a%04d/%d.json", i, r.year()));
                Files.createDirectories(p.getParent());
                Files.write(p, json);
                bytes += json.length;
                files++;
            }
        }
        register.append("甲省第1市审计局,COUNTY_OR_ABOVE_DEPARTMENT,甲省第1市\n");
        Path csv = dir.resolveSibling(dir.getFileName() + ".csv");
        Files.writeString(csv, register.toString(), StandardCharsets.UTF_8);
        System.out.println(files + " reports, " + bytes + " bytes, in " + dir + "; register " + csv);
    }
}
