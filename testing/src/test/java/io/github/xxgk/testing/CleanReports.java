package io.github.xxgk.testing;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The base report of the rule cases: a consistent generated report of an edition, made lawful in every
 * respect the text rules look at (a State Council department published on 15 January; sections with the content the
 * format asks for), so that each case's edit is the only thing wrong with it.
 */
final class CleanReports {

    private CleanReports() {
    }

    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("s1_overview", "本年度持续推进主动公开、依申请公开、政府信息管理、平台建设和监督保障工作。"),
            Map.entry("s2_proactive", "主动公开情况见下表。"),
            Map.entry("s3_requests", "依申请公开情况见下表。"),
            Map.entry("s4_review", "行政复议、行政诉讼情况见下表。"),
            Map.entry("s5_problems", "存在的问题是公开深度不足。改进措施：加强培训，完善制度。"),
            Map.entry("s6_other", "本年度发出收费通知0件，收取信息处理费0元。落实年度政务公开工作要点，公开建议提案办理结果。"),
            Map.entry("leg_proactive", "本年度主动公开政府信息。"),
            Map.entry("leg_requests", "本年度依申请公开政府信息，不予公开情况如下。"),
            Map.entry("leg_fees", "本年度未收取政府信息公开费用，无减免情况。"),
            Map.entry("leg_review", "本年度未发生行政复议、行政诉讼。"),
            Map.entry("leg_problems", "存在的主要问题及改进情况如下。"),
            Map.entry("leg_other", "无其他需要报告的事项。"));

    /** A preamble with no figure and no statement the rules look for. */
    private static final String PREAMBLE = "本报告根据《中华人民共和国政府信息公开条例》编制。";

    static AnnualReport of(Edition edition, long seed) {
        AnnualReport r = ReportGenerator.of(edition).consistent(seed);
        AnnualReport.Builder b = r.toBuilder()
                .agency(Agency.of("某市统计局", AgencyKind.STATE_COUNCIL_DEPARTMENT))
                .title("某市统计局" + r.year() + "年政府信息公开工作年度报告")
                .publicationDate(LocalDate.of(r.year() + 1, 1, 15));
        List<Section> sections = edition.form().sections().stream()
                .map(d -> Section.builder(d.numbering(), d.title().zh()).form(d.id()).paragraph(TEXT.get(d.id())).build())
                .toList();
        b.sections(sections);
        // the (six) split row of 2021 counts requests dropped for unpaid fees: keep it at zero so that the
        // base's nil fee statement is true (T3-FEE-LINK)
        AnnualReport built = b.build();
        AnnualReport out = new AnnualReport(built.edition(), built.agency(), built.year(), built.publicationDate(),
                built.title(), List.of(PREAMBLE), built.sections(), built.tables());
        if (edition == Edition.STANDARD_2021) {
            out = zeroUnpaidFees(out);
        }
        if (edition == Edition.LEGACY_2008) {
            // the base's fee section says that no fee was collected (TXT-TABLE-CONSISTENCY): so does row 七
            out = ReportGenerator.withValue(out, io.github.xxgk.core.form.CellId.parse("stats.l53.value"),
                    io.github.xxgk.core.Amount.of("0", io.github.xxgk.core.MoneyUnit.TEN_THOUSAND_YUAN));
            // and its section on reconsideration and litigation says that there was none: so do rows 四 and 五
            for (int row = 44; row <= 51; row++) {
                out = ReportGenerator.withValue(out, io.github.xxgk.core.form.CellId.parse("stats.l" + row + ".value"),
                        io.github.xxgk.core.Count.of(0));
            }
        }
        return out;
    }

    private static AnnualReport zeroUnpaidFees(AnnualReport r) {
        // move the unpaid-fee requests to “3.其他” in every column: totals are unchanged
        var t = r.table("t3").orElseThrow().toBuilder();
        var table = r.table("t3").orElseThrow();
        for (var column : table.definition().blocks().get(0).leafColumns()) {
            long unpaid = ((io.github.xxgk.core.Count) table.value("r3_6_2", column.id())).value();
            long other = ((io.github.xxgk.core.Count) table.value("r3_6_3", column.id())).value();
            t.set("r3_6_2", column.id(), 0).set("r3_6_3", column.id(), other + unpaid);
        }
        return r.toBuilder().table(t.build()).build();
    }
}
