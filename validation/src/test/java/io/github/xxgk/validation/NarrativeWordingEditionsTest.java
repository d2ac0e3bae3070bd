package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on wordings of the second round: the body a figure is of (县政府办公室 in the county
 * government's report, 区政府本级 beside 全区), reconsiderations decided by the reporting body, fees not
 * collected under the measures; then legacy reports (2009–2018), the 2019 trial format, townships,
 * ministries and city governments summing their districts. Each sentence is in a report whose tables agree
 * with what it says (no finding), and its plain contradictions are still found. Every expected value is read
 * off the sentence and the table by hand.
 */
class NarrativeWordingEditionsTest {

    private static final Set<String> NARRATIVE_RULES = Set.of("TXT-TABLE-CONSISTENCY", "T3-TEXT-LINK", "T4-TEXT-LINK",
            "TXT-LIST-SUM", "SEC6-FEE", "FEE-REPORT", "FEE-COLLECTED-LE-NOTIFIED", "FEE-UNIT", "T3-FEE-LINK",
            "LEG-FEE-TEXT", "SEC1-TOPICS", "SEC-GOV-ASSESS");

    private static final String OVERVIEW = "本年度扎实做好主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作，"
            + "政府信息公开工作纳入绩效考核，开展社会评议，落实责任追究。";

    private static final String COUNTY = "某县人民政府";

    /** A report to build: its agency, edition, year, the sentence of one section, its cells. */
    private static final class R {
        String agency = COUNTY;
        AgencyKind kind = AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT;
        Edition edition = Edition.STANDARD_2021;
        int year = 2022;
        String section = "s3";
        String sentence = "";
        boolean feeSection = true;
        final Map<String, Long> cells = new HashMap<>();

        R agency(String name, AgencyKind k) {
            agency = name;
            kind = k;
            return this;
        }

        R edition(Edition e, int y) {
            edition = e;
            year = y;
            return this;
        }

        R says(String s, String text) {
            section = s;
            sentence = text;
            return this;
        }

        /** A legacy report whose fee statement is only in the text given (no section （三）). */
        R noFeeSection() {
            feeSection = false;
            return this;
        }

        R cells(Object... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                cells.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
            }
            return this;
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
                    sb.paragraph(OVERVIEW);
                }
                if (sd.id().startsWith(section)) {
                    sb.paragraph(sentence);
                } else if (sd.id().equals("s6_other") || sd.id().equals("leg_fees")) {
                    sb.paragraph("本年度未收取信息处理费。");
                } else {
                    sb.paragraph("本年度持续规范相关工作。");
                }
                b.section(sb.build());
            }
            for (TableDefinition td : form.tables()) {
                StatisticsTable.Builder tb = StatisticsTable.builder(td);
                for (CellDefinition c : td.cells()) {
                    long v = cells.getOrDefault(c.id().toString(), 0L);
                    tb.set(c.id(), switch (c.kind()) {
                        case AMOUNT -> new Amount(BigDecimal.valueOf(v), MoneyUnit.TEN_THOUSAND_YUAN);
                        case SIGNED_COUNT -> SignedCount.of(v);
                        case COUNT -> Count.of(v);
                    });
                }
                b.table(tb.build());
            }
            return b.build();
        }

        List<Finding> findings() {
            return ReportValidator.standard().validate(build()).findings().stream()
                    .filter(f -> NARRATIVE_RULES.contains(f.ruleId())).toList();
        }
    }

    private static R r() {
        return new R();
    }

    private static R legacy() {
        return new R().edition(Edition.LEGACY_2008, 2016);
    }

    private static R trial() {
        return new R().edition(Edition.TRIAL_2019, 2019);
    }

    private static final Object[] T3_36 = {"t3.r1.total", 36, "t3.r3_7.total", 36};

    // ------------------------------------------------------------ the body a figure is of

    @Test
    void theOfficeOfTheGovernmentIsNotTheGovernment() {
        String s = "县政府办公室收到政府信息公开申请10件。";
        assertThat(r().says("s3", s).cells(T3_36).findings()).isEmpty();
        // the office's own report: its figure is the report's
        R office = r().agency("某县人民政府办公室", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).says("s3", s);
        assertThat(office.cells("t3.r1.total", 10, "t3.r3_7.total", 10).findings()).isEmpty();
        List<Finding> f = r().agency("某县人民政府办公室", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).says("s3", s)
                .cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("10件");
        assertThat(f.get(0).expected()).contains("36");
    }

    @Test
    void anotherDepartmentIsNotTheReportingDepartment() {
        R stats = r().agency("某县统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)
                .says("s3", "县财政局收到政府信息公开申请10件。").cells(T3_36);
        assertThat(stats.findings()).isEmpty();
        List<Finding> f = r().agency("某县财政局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)
                .says("s3", "县财政局收到政府信息公开申请10件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
    }

    @Test
    void theReportingBodyNamedByItselfIsStillChecked() {
        for (String s : List.of("我局收到政府信息公开申请30件。", "本机关全年共收到政府信息公开申请30件。")) {
            List<Finding> f = r().agency("某县财政局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).says("s3", s)
                    .cells(T3_36).findings();
            assertThat(f).as(s).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
            assertThat(f.get(0).actual()).contains("30件");
        }
        List<Finding> f = r().says("s3", "县政府收到政府信息公开申请30件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        f = r().agency("某镇人民政府", AgencyKind.TOWNSHIP_OR_STREET).says("s3", "镇政府收到政府信息公开申请3件。")
                .cells("t3.r1.total", 2, "t3.r3_7.total", 2).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T3-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("3件");
    }

    @Test
    void theLevelOfTheReportIsNotTold() {
        // 156 is the district's, 36 the government's own: which one 表三 counts is not told
        String s = "全区共收到政府信息公开申请156件，其中区政府本级36件。";
        assertThat(r().says("s3", s).cells(T3_36).findings()).isEmpty();
        assertThat(r().says("s3", s).cells("t3.r1.total", 156, "t3.r3_7.total", 156).findings()).isEmpty();
        assertThat(r().says("s3", "全区共收到政府信息公开申请156件，区本级36件，各街道和区直部门120件。").cells(T3_36).findings())
                .isEmpty();
        assertThat(r().says("s3", "区本级收到政府信息公开申请36件，全区共收到政府信息公开申请156件。")
                .cells("t3.r1.total", 156, "t3.r3_7.total", 156).findings()).isEmpty();
        // the parts still add up to the whole
        List<Finding> f = r().says("s3", "全区共收到政府信息公开申请156件，其中区本级36件，各街道100件。").cells(T3_36).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("TXT-LIST-SUM");
        assertThat(f.get(0).actual()).contains("136件");
    }

    // ------------------------------------------------------------ reconsiderations the body decides

    @Test
    void reconsiderationsDecidedByTheGovernmentAreNotTable4s() {
        Object[] t4 = {"t4.cases.review_total", 1, "t4.cases.review_upheld", 1};
        assertThat(r().says("s4", "全年共办理行政复议案件150件。").cells(t4).findings()).isEmpty();
        assertThat(r().says("s4", "作为复议机关，全年共受理行政复议案件150件，审结142件。").cells(t4).findings()).isEmpty();
        assertThat(r().says("s4", "县政府全年新收行政复议案件150件，因政府信息公开被申请行政复议1件，维持1件。").cells(t4).findings())
                .isEmpty();
        assertThat(legacy().says("leg_review", "全年共审理各类行政复议案件150件，因政府信息公开申请行政复议2件。")
                .cells("stats.l44.value", 2, "stats.l45.value", 2).findings()).isEmpty();
        // the reconsiderations of the body's disclosure are still checked
        List<Finding> f = r().says("s4", "县政府全年新收行政复议案件150件，因政府信息公开被申请行政复议2件。").cells(t4).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("T4-TEXT-LINK");
        assertThat(f.get(0).actual()).contains("2件");
        assertThat(f.get(0).expected()).contains("1");
    }

    // ------------------------------------------------------------ fees not collected under the measures

    @Test
    void noFeeCollectedUnderTheMeasures() {
        assertThat(r().says("s6", "本机关未按照《政府信息公开信息处理费管理办法》收取信息处理费。").findings()).isEmpty();
        assertThat(r().says("s6", "本年度未按《政府信息公开信息处理费管理办法》收取信息处理费。").findings()).isEmpty();
        assertThat(trial().says("s6", "本机关未按照《政府信息公开信息处理费管理办法》收取信息处理费。").findings()).isEmpty();
        // 未按 before anything else still states no zero: 办结 36, not 0
        assertThat(r().says("s3", "个别申请未按规定时限办结政府信息公开申请，已督促整改。").cells(T3_36).findings()).isEmpty();
        // 表三 （六）2. counts a request dropped for a fee not paid: a notice was sent, which the text does not say
        assertThat(r().says("s6", "本机关未按照《政府信息公开信息处理费管理办法》收取信息处理费。").cells("t3.r3_6_2.total", 1)
                .findings()).extracting(Finding::ruleId).containsExactly("T3-FEE-LINK");
    }
}
