package io.github.xxgk.examples;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.SectionDefinition;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The main job for now: loads the bundled seed report and prints a summary of it (agency, year,
 * edition, its sections with the form section each one covers, and every figure it reports with the
 * cell's official address). Run it with {@code ./mvnw -q -pl examples -am compile exec:java}; pass
 * {@code en} as the first argument for English.
 */
public final class SeedSummary {

    private SeedSummary() {
    }

    /**
     * Prints the summary of the seed report to standard output, in UTF-8.
     *
     * @param args {@code en} for English, otherwise Chinese
     */
    public static void main(String[] args) {
        Locale locale = args.length > 0 && args[0].equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        print(SeedReport.load(), locale, out);
    }

    /**
     * Prints the summary of a report.
     *
     * @param report the report
     * @param locale the language of the labels
     * @param out where to print
     */
    public static void print(AnnualReport report, Locale locale, PrintStream out) {
        boolean zh = Label.isChinese(locale);
        out.println(report.title().isEmpty() ? report.agency().name() : report.title());
        out.println((zh ? "机构：" : "Agency: ") + report.agency().name()
                + report.agency().kind().map(k -> "（" + k.label().in(locale) + "）").orElse(""));
        out.println((zh ? "年度：" : "Year: ") + report.year() + (zh ? "　版本：" : "   Edition: ") + report.edition()
                + report.publicationDate().map(d -> (zh ? "　发布日期：" : "   Published: ") + d).orElse(""));
        out.println();
        out.println(zh ? "章节：" : "Sections:");
        printSections(report, report.sections(), "  ", locale, out);
        out.println();
        for (StatisticsTable t : report.tables().values()) {
            out.println(t.definition().title().in(locale) + (zh ? "（已填报的指标）：" : " (reported figures):"));
            for (CellDefinition c : t.definition().cells()) {
                CellValue v = t.valueAt(c.index());
                if (!v.isBlank()) {
                    out.println("  " + c.name().in(locale) + " = " + v
                            + (v.isNumber() && !c.unit().isMoney() ? c.unit().label().zh() : ""));
                }
            }
        }
    }

    private static void printSections(AnnualReport report, List<Section> sections, String indent, Locale locale,
            PrintStream out) {
        for (Section s : sections) {
            String form = s.form().flatMap(id -> report.form().section(id)).map(SectionDefinition::title)
                    .map(l -> "  → " + l.in(locale)).orElse("");
            String size = s.isEmpty() ? (Label.isChinese(locale) ? "  [空]" : "  [empty]")
                    : "  [" + s.paragraphs().size() + "¶]";
            out.println(indent + s.heading() + size + form);
            printSections(report, s.subsections(), indent + "  ", locale, out);
        }
    }
}
