package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.testing.ArchiveGenerator;
import io.github.xxgk.testing.ReportGenerator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearComparisonTest {

    private static final Agency AGENCY = Agency.of("甲市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);

    private static long n(AnnualReport r, String cell) {
        return ((Count) r.value(CellId.parse(cell))).value();
    }

    @Test
    void eachCellsChangeAbsoluteAndRelative() {
        List<AnnualReport> chain = ArchiveGenerator.chain(AGENCY, 2022, 2023, 11);
        AnnualReport before = chain.get(0);
        AnnualReport after = chain.get(1);
        YearComparison c = YearComparison.of(before, after);
        CellChange r1 = c.changes().stream().filter(ch -> ch.correspondence().later().equals(List.of(CellId.parse("t3.r1.total"))))
                .findFirst().orElseThrow();
        long a = n(before, "t3.r1.total");
        long b = n(after, "t3.r1.total");
        assertThat(r1.before()).isEqualTo(Bound.exact(a));
        assertThat(r1.after()).isEqualTo(Bound.exact(b));
        assertThat(r1.change()).hasValue(BigDecimal.valueOf(b - a));
        if (a != 0) {
            assertThat(r1.relative().orElseThrow().doubleValue()).isCloseTo((double) (b - a) / a, org.assertj.core.data.Offset.offset(0.0001));
        } else {
            assertThat(r1.relative()).isEmpty();
        }
        // every printed cell of the three tables, implied subtotals left out
        long printed = after.form().tables().stream().flatMap(t -> t.cells().stream()).filter(d -> !d.implied() && !d.extension()).count();
        assertThat(c.changes()).hasSize((int) printed);
        assertThat(c.crossYear()).isEmpty(); // the chain holds and the names are the same
    }

    @Test
    void aBrokenCarryIsACrossYearFinding() {
        List<AnnualReport> chain = ArchiveGenerator.chain(AGENCY, 2022, 2023, 12);
        YearComparison c = YearComparison.of(chain.get(0), ArchiveGenerator.breakCarry(chain.get(1)));
        assertThat(c.crossYear()).extracting(f -> f.ruleId()).contains("T3-CARRY-CHAIN").allMatch(id -> id.equals("T3-CARRY-CHAIN"));
    }

    @Test
    void aBlankIsARangeAndNoChangeIsStated() {
        List<AnnualReport> chain = ArchiveGenerator.chain(AGENCY, 2022, 2023, 13);
        AnnualReport after = ReportGenerator.withValue(chain.get(1), CellId.parse("t3.r1.natural_person"), CellValue.BLANK);
        YearComparison c = YearComparison.of(chain.get(0), after);
        CellChange np = c.changes().stream().filter(ch -> ch.correspondence().later().equals(List.of(CellId.parse("t3.r1.natural_person"))))
                .findFirst().orElseThrow();
        // the row's 总计 and the other applicant columns known: the blank is determined
        long derived = n(after, "t3.r1.total") - n(after, "t3.r1.commercial_enterprise") - n(after, "t3.r1.research_institution")
                - n(after, "t3.r1.public_interest_org") - n(after, "t3.r1.legal_service_org") - n(after, "t3.r1.other_org");
        assertThat(np.after()).isEqualTo(Bound.exact(derived));
    }

    @Test
    void identicalTextsAreFullySimilar() {
        AnnualReport base = ArchiveGenerator.first(AGENCY, 2022, 14);
        List<io.github.xxgk.core.Section> sections = base.form().sections().stream().map(d -> io.github.xxgk.core.Section
                .builder(d.numbering(), d.title().zh()).form(d.id())
                .paragraph("本年度持续推进主动公开、依申请公开、政府信息管理、平台建设和监督保障工作，全年主动公开政府信息120条，"
                        + "发布政策解读15篇，下一步将进一步加强政府信息公开工作，规范依申请公开办理流程。").build()).toList();
        AnnualReport r = base.toBuilder().sections(sections).build();
        // the next year's report copies the text, with other figures: the same text once numbers are masked
        List<io.github.xxgk.core.Section> copied = sections.stream().map(s -> io.github.xxgk.core.Section.builder(s.numbering(), s.title())
                .form(s.form().orElseThrow()).paragraph(s.paragraphs().get(0).replace("120", "95").replace("15", "8")).build()).toList();
        AnnualReport same = r.toBuilder().year(2023).title(AGENCY.name() + "2023年政府信息公开工作年度报告").sections(copied).build();
        YearComparison c = YearComparison.of(r, same);
        assertThat(c.similarity()).hasValue(1.0);
        assertThat(c.crossYear()).extracting(f -> f.ruleId()).contains("TXT-DUPLICATE");
    }
}
