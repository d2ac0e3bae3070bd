package io.github.xxgk.examples;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Example: build a {@code STANDARD_2021} report in code (three tables, six sections) and validate it.
 * Run with {@code java … io.github.xxgk.examples.BuildAndValidate}; it prints the findings.
 */
public final class BuildAndValidate {

    private BuildAndValidate() {
    }

    /**
     * A small but complete 2021 report of a county-level department: seven requests from natural persons,
     * five disclosed, one partly, one carried over; everything else zero.
     *
     * @param year the reporting year
     * @param carriedOver the requests carried over from the previous year (表三 二、)
     * @return the report
     */
    public static AnnualReport report(int year, long carriedOver) {
        AnnualReport.Builder b = AnnualReport.builder(Edition.STANDARD_2021)
                .agency(Agency.of("某县统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(year)
                .publicationDate(LocalDate.of(year + 1, 1, 20))
                .title("某县统计局" + year + "年政府信息公开工作年度报告");
        for (SectionDefinition s : Edition.STANDARD_2021.form().sections()) {
            b.section(Section.builder(s.numbering(), s.title().zh()).form(s.id()).paragraph(switch (s.id()) {
                case "s1_overview" -> "本年度推进主动公开、依申请公开、政府信息管理、平台建设和监督保障工作。";
                case "s5_problems" -> "存在的问题是政策解读形式单一。改进措施：丰富解读形式，加强培训。";
                case "s6_other" -> "本年度未发出收费通知，未收取信息处理费。落实年度政务公开工作要点。";
                default -> "详见下表。";
            }).build());
        }
        StatisticsTable.Builder t2 = b.tableBuilder("t2");
        t2.set("regulations", "issued", 0).set("regulations", "repealed", 0).set("regulations", "in_force", 0)
                .set("normative_documents", "issued", 2).set("normative_documents", "repealed", 1)
                .set("normative_documents", "in_force", 10 + (year - 2020)) // one more in force each year: +2 issued, −1 repealed
                .set("licensing", "decisions", 30).set("penalty", "decisions", 4).set("coercion", "decisions", 0)
                .set("fees", "fee_amount", Amount.of("0.00", MoneyUnit.TEN_THOUSAND_YUAN));
        StatisticsTable.Builder t3 = b.tableBuilder("t3");
        Edition.STANDARD_2021.form().table("t3").orElseThrow().cells().stream().filter(c -> !c.implied())
                .forEach(c -> t3.set(c.id(), io.github.xxgk.core.Count.of(0)));
        long received = 7 + 1 - carriedOver;
        for (String column : new String[] {"natural_person", "total"}) {
            t3.set("r1", column, received).set("r2", column, carriedOver).set("r3_1", column, 5).set("r3_2", column, 1)
                    .set("r3_7", column, 6).set("r4", column, received + carriedOver - 6);
        }
        StatisticsTable.Builder t4 = b.tableBuilder("t4");
        Edition.STANDARD_2021.form().table("t4").orElseThrow().cells().forEach(c -> t4.set(c.id(), io.github.xxgk.core.Count.of(0)));
        return b.table(t2.build()).table(t3.build()).table(t4.build()).build();
    }

    /** Builds the report, validates it and prints the findings in Chinese. */
    public static void main(String[] args) {
        ValidationResult result = ReportValidator.standard().validate(report(2024, 1));
        System.out.println(result.passed() ? "通过" : "未通过");
        for (Finding f : result.findings()) {
            System.out.println(f.severity() + " " + f.ruleId() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
        }
    }
}
