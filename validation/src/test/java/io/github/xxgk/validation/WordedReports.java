package io.github.xxgk.validation;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tests of narrative wordings share: the tables of a report, every cell 0 but those given, and a
 * report to build around sentences.
 */
final class WordedReports {

    private WordedReports() {
    }

    /** A report of a county department (某县财政局), the body most worded sentences are tried in. */
    static Report department() {
        return new Report().agency("某县财政局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);
    }

    /** The rules that read the text. */
    static final Set<String> NARRATIVE_RULES = Set.of("TXT-TABLE-CONSISTENCY", "T3-TEXT-LINK", "T4-TEXT-LINK",
            "TXT-LIST-SUM", "SEC6-FEE", "FEE-REPORT", "FEE-COLLECTED-LE-NOTIFIED", "FEE-UNIT", "T3-FEE-LINK",
            "LEG-FEE-TEXT", "SEC1-TOPICS", "SEC-GOV-ASSESS");

    /** An overview that names every topic, the assessment, the social evaluation and the accountability. */
    static final String OVERVIEW = "本年度扎实做好主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作，"
            + "政府信息公开工作纳入绩效考核，开展社会评议，落实责任追究。";

    /**
     * Adds every table of the form to the builder, each cell holding its value in {@code values} (by cell id,
     * {@code t3.r1.total}) or 0, but a subtotal the format implies and does not print (表三 （三）), blank unless given;
     * an amount cell in 万元.
     */
    static void tables(AnnualReport.Builder b, FormDefinition form, Map<String, Long> values) {
        for (TableDefinition td : form.tables()) {
            StatisticsTable.Builder tb = StatisticsTable.builder(td);
            for (CellDefinition c : td.cells()) {
                if (c.implied() && !values.containsKey(c.id().toString())) {
                    continue; // a subtotal the format implies is not printed, unless given
                }
                long v = values.getOrDefault(c.id().toString(), 0L);
                tb.set(c.id(), switch (c.kind()) {
                    case AMOUNT -> new Amount(BigDecimal.valueOf(v), MoneyUnit.TEN_THOUSAND_YUAN);
                    case SIGNED_COUNT -> SignedCount.of(v);
                    case COUNT -> Count.of(v);
                });
            }
            b.table(tb.build());
        }
    }

    /**
     * A report to build: its agency (a county government unless told), edition and year (2022), the sentences of
     * its sections (by the start of the section's id: {@code s3}, {@code leg_requests}), its cells. Section 一 (or
     * the legacy 主动公开 section) opens with {@link #OVERVIEW}; a section given no sentence has a plain one, section
     * 六 and the legacy fee section one saying that no fee was collected.
     */
    static final class Report {
        String agency = "某县人民政府";
        AgencyKind kind = AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT;
        Edition edition = Edition.STANDARD_2021;
        int year = 2022;
        final Map<String, List<String>> sentences = new LinkedHashMap<>();
        boolean feeSection = true;
        String overview = OVERVIEW;
        final Map<String, Long> cells = new HashMap<>();

        /** The overview that opens section 一 (or the legacy 主动公开 section), in place of {@link #OVERVIEW}. */
        Report overview(String text) {
            overview = text;
            return this;
        }

        Report agency(String name, AgencyKind k) {
            agency = name;
            kind = k;
            return this;
        }

        Report edition(Edition e, int y) {
            edition = e;
            year = y;
            return this;
        }

        /** The sentence of a section, the only one given there. */
        Report says(String section, String text) {
            sentences.put(section, List.of(text));
            return this;
        }

        /** One more paragraph of a section, after those given. */
        Report also(String section, String text) {
            List<String> old = sentences.getOrDefault(section, List.of());
            List<String> grown = new java.util.ArrayList<>(old);
            grown.add(text);
            sentences.put(section, List.copyOf(grown));
            return this;
        }

        /** A legacy report whose fee statement is only in the text given (no section （三）). */
        Report noFeeSection() {
            feeSection = false;
            return this;
        }

        Report cells(Object... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                cells.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
            }
            return this;
        }

        private List<String> sentencesOf(String id) {
            for (Map.Entry<String, List<String>> e : sentences.entrySet()) {
                if (id.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
            return List.of();
        }

        AnnualReport build() {
            FormDefinition form = edition.form();
            AnnualReport.Builder b = AnnualReport.builder(edition).agency(Agency.of(agency, kind)).year(year)
                    .title(agency + year + "年政府信息公开工作年度报告");
            for (SectionDefinition sd : form.sections()) {
                if (!feeSection && sd.id().equals("leg_fees")) {
                    continue;
                }
                Section.Builder sb = Section.builder(sd.numbering(), sd.title().zh()).form(sd.id());
                if (sd.id().equals("s1_overview") || sd.id().equals("leg_proactive")) {
                    sb.paragraph(overview);
                }
                List<String> mine = sentencesOf(sd.id());
                if (!mine.isEmpty()) {
                    mine.forEach(sb::paragraph);
                } else if (sd.id().equals("s6_other") || sd.id().equals("leg_fees")) {
                    sb.paragraph("本年度未收取信息处理费。");
                } else {
                    sb.paragraph("本年度持续规范相关工作。");
                }
                b.section(sb.build());
            }
            tables(b, form, cells);
            return b.build();
        }

        /** The findings of the rules that read the text. */
        List<Finding> findings() {
            return ReportValidator.standard().validate(build()).findings().stream()
                    .filter(f -> NARRATIVE_RULES.contains(f.ruleId())).toList();
        }
    }
}
