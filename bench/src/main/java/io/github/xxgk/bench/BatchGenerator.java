package io.github.xxgk.bench;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a directory of generated {@code STANDARD_2021} reports shaped like published ones, for timing
 * {@code xxgk validate} on a big batch: each a consistent report of {@link ReportGenerator} (seed = its
 * number), of a year from 2021 to 2024, with the six sections of the format holding a paragraph each, the subtotals the format implies
 * but does not print left blank, and every tenth one with a wrong cell (表三 一、 × 自然人 raised by 5).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.xxgk.bench.BatchGenerator DIR [COUNT]}
 * (COUNT defaults to 10,000; files {@code r00000.json} …).
 */
public final class BatchGenerator {

    private static final CellId WRONG = CellId.parse("t3.r1.natural_person");

    private BatchGenerator() {
    }

    /**
     * Writes the reports.
     *
     * @param args the directory, and optionally the count
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BatchGenerator DIR [COUNT]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] json = ReportJson.defaults().write(report(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format(java.util.Locale.ROOT, "r%05d.json", i)), json);
            bytes += json.length;
        }
        System.out.println(count + " reports, " + bytes + " bytes, in " + dir);
    }

    /**
     * The report number {@code i}.
     *
     * @param i its number (the generator's seed)
     * @return the report
     */
    public static AnnualReport report(int i) {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).consistent(i);
        List<Section> sections = new ArrayList<>();
        for (SectionDefinition d : Edition.STANDARD_2021.form().sections()) {
            Section.Builder s = Section.builder(d.numbering(), d.title().zh()).form(d.id());
            for (int p = 0; p < 1; p++) {
                s.paragraph("本年度持续推进主动公开、依申请公开、政府信息管理、平台建设和监督保障工作，全年主动公开政府信息"
                        + (i * 7 + p) % 500 + "条，发布政策解读" + (i + p) % 40 + "篇，存在的问题和改进措施如下："
                        + "一是公开内容的全面性还需提高，二是政策解读的形式还需丰富；下一步将进一步加强政府信息公开工作，"
                        + "规范依申请公开办理流程，本年度未收取信息处理费，落实年度工作要点。");
            }
            sections.add(s.build());
        }
        int year = 2021 + i % 4;
        String agency = "某市第" + (i % 97 + 1) + "区统计局";
        AnnualReport.Builder b = r.toBuilder().agency(Agency.of(agency, AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(year).title(agency + year + "年政府信息公开工作年度报告")
                .publicationDate(LocalDate.of(year + 1, 1, 20)).sections(sections);
        for (StatisticsTable t : r.tables().values()) {
            StatisticsTable.Builder tb = t.toBuilder();
            for (CellDefinition c : t.definition().cells()) {
                if (c.implied()) {
                    tb.set(c.id(), CellValue.BLANK);
                }
            }
            b.table(tb.build());
        }
        AnnualReport printed = b.build();
        return i % 10 == 9 ? ReportGenerator.perturbed(printed, WRONG, 5) : printed;
    }
}
