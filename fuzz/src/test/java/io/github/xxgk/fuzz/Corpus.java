package io.github.xxgk.fuzz;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents the fuzz suite starts from: reports of every edition from {@link ReportGenerator}
 * (consistent, with blanks and “/”), with the sections of the form holding text and subsections, extra
 * rows, and the bundled seed report as published. Fixed: the same every run.
 */
final class Corpus {

    private Corpus() {
    }

    /** The seed report of the examples module, as JSON. */
    static final Path SEED = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.json");

    /** Reports of every edition. */
    static List<AnnualReport> reports() {
        List<AnnualReport> out = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(edition);
            for (long seed = 1; seed <= 3; seed++) {
                out.add(dressed(g.consistent(seed), seed));
                out.add(dressed(g.withBlanks(seed), seed));
                out.add(dressed(g.consistentWithBlanks(seed), seed));
            }
            out.add(dressed(g.withMaxCount(Long.MAX_VALUE / 1024).consistent(9), 9));
        }
        try {
            out.add(ReportJson.defaults().read(SEED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The documents: each report written. */
    static List<byte[]> documents() {
        return reports().stream().map(r -> ReportJson.defaults().write(r).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** A report with the form's sections holding paragraphs and a subsection, and an extra row in each table. */
    static AnnualReport dressed(AnnualReport r, long seed) {
        List<Section> sections = new ArrayList<>();
        for (SectionDefinition d : r.form().sections()) {
            sections.add(Section.builder(d.numbering(), d.title().zh()).form(d.id())
                    .paragraph("本年度主动公开政府信息" + (seed * 17) + "条，其中“/”表示不适用。")
                    .subsection(Section.builder("（一）", "小节").paragraph("小节内容 " + seed + "。").build())
                    .build());
        }
        AnnualReport.Builder b = r.toBuilder().agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .title("某市统计局" + r.year() + "年政府信息公开工作年度报告").preamble("根据《条例》规定，编制本报告。")
                .publicationDate(LocalDate.of(r.year() + 1, 1, 15)).sections(sections);
        for (StatisticsTable t : r.tables().values()) {
            ColumnDefinition column = t.definition().blocks().get(0).leafColumns().get(0);
            Map<String, CellValue> values = new LinkedHashMap<>();
            values.put(column.id(), seed % 2 == 0 ? CellValue.NOT_APPLICABLE : Count.of(seed));
            b.table(t.toBuilder().addExtraRow(new ExtraRow("其他事项" + seed, "件", values)).build());
        }
        return b.build();
    }
}
