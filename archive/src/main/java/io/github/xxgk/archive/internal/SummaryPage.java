package io.github.xxgk.archive.internal;

import io.github.xxgk.archive.AgencySummary;
import io.github.xxgk.archive.ArchiveIssue;
import io.github.xxgk.archive.ArchiveSummary;
import io.github.xxgk.archive.Bound;
import io.github.xxgk.archive.CellChange;
import io.github.xxgk.archive.FindingSummary;
import io.github.xxgk.archive.ReportSummary;
import io.github.xxgk.archive.SummaryWriters;
import io.github.xxgk.archive.YearComparison;
import io.github.xxgk.core.form.CellCorrespondence;
import io.github.xxgk.core.form.KeyFigure;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The self-contained HTML pages of the archive module: the archive's summary and a comparison of two
 * years. One file each, its style and its small filter script inline, its charts inline SVG
 * ({@link Svg}); nothing loaded from elsewhere. Without script the page shows everything; printed, the
 * filters are hidden and tables break between rows. Not API.
 */
public final class SummaryPage {

    private SummaryPage() {
    }

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px;color:#111;max-width:1200px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:1px solid #999;padding-bottom:2px;margin-top:28px}
            .meta{color:#444;margin:0 0 12px}
            dl.totals{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px;margin:0}
            dl.totals div{border:1px solid #bbb;padding:6px 8px}dl.totals dt{font-size:12px;color:#444}dl.totals dd{margin:0;font-size:20px;font-weight:bold}
            dl.totals div.bad dd{color:#a00}
            .charts{display:flex;flex-wrap:wrap;gap:16px}.charts figure{margin:0}
            figcaption{font-weight:bold;margin-bottom:4px}
            svg.chart text{font-size:12px;fill:#111}svg.chart rect{fill:#3b6ea5}svg.chart rect.range{fill:#fff;stroke:#3b6ea5;stroke-width:1.5;stroke-dasharray:3 2}
            svg.chart .axis{stroke:#666}svg.chart .caption{font-weight:bold}svg.chart .tick{font-size:10px}svg.chart .value{font-size:9px}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#eee}tr.failed td.status{color:#a00;font-weight:bold}td.num{text-align:right}
            ul.errors{margin:2px 0;padding-left:18px}ul.errors li{margin:1px 0}
            .rule{font-family:monospace;font-size:12px}
            form#filters{display:flex;flex-wrap:wrap;gap:12px;align-items:end;border:1px solid #bbb;padding:8px;margin:8px 0}
            form#filters label{display:flex;flex-direction:column;font-size:12px}
            .shown{font-size:12px;color:#444}
            @media print{form#filters,.shown{display:none!important}body{margin:0;max-width:none}tr{break-inside:avoid}
            h2{break-after:avoid}figure{break-inside:avoid}table{font-size:10px}a{color:#111;text-decoration:none}svg.chart rect{fill:#666}svg.chart rect.range{fill:#fff;stroke:#333}
            @page{size:A4;margin:15mm}}
            """;

    private static final String SCRIPT = """
            (function(){var f=document.getElementById('filters');if(!f)return;f.hidden=false;
            var rows=document.querySelectorAll('#reports tbody tr');var out=document.getElementById('shown');
            function v(n){return f.elements[n].value;}
            function apply(){var region=v('region'),agency=v('agency').trim(),rule=v('rule'),sev=v('severity'),n=0;
            var failing=f.elements['failing'].checked;
            for(var i=0;i<rows.length;i++){var r=rows[i],d=r.dataset;
            var ok=(region===''||d.region===region)&&(agency===''||d.agency.indexOf(agency)>=0)
            &&(rule===''||(' '+d.rules+' ').indexOf(' '+rule+' ')>=0)&&(sev===''||(' '+d.severities+' ').indexOf(' '+sev+' ')>=0)
            &&(!failing||d.passed==='false');r.hidden=!ok;if(ok)n++;}
            out.textContent=n+' / '+rows.length;}
            f.addEventListener('input',apply);f.addEventListener('change',apply);apply();})();
            """;

    private static String t(boolean zh, String z, String e) {
        return zh ? z : e;
    }

    private static String esc(String s) {
        return Html.esc(s);
    }

    /**
     * The archive's summary page.
     *
     * @param s the summary
     * @param zh whether the page's own words are Chinese (else English)
     * @return the page
     */
    public static String archive(ArchiveSummary s, boolean zh) {
        StringBuilder sb = new StringBuilder(64 * 1024 + s.reports().size() * 600);
        String title = t(zh, "政府信息公开工作年度报告汇总", "Annual reports on government information disclosure: summary");
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"xxgk-archive ").append(ArchiveSummary.FORMAT).append("\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        sb.append("<header><h1>").append(esc(title)).append("</h1><p class=\"meta\">").append(esc(s.root()));
        if (s.firstYear().isPresent()) {
            int a = s.firstYear().getAsInt();
            int b = s.lastYear().getAsInt();
            sb.append(" · ").append(a == b ? Integer.toString(a) : a + "–" + b).append(t(zh, " 年度", ""));
        }
        sb.append(s.registered() ? t(zh, " · 按登记表核对", " · checked against the register") : "").append("</p></header>\n");

        // totals
        sb.append("<section id=\"totals\"><h2>").append(t(zh, "总体情况", "Totals")).append("</h2><dl class=\"totals\">");
        total(sb, "reports", t(zh, "报告", "Reports"), s.reports().size(), false);
        total(sb, "passed", t(zh, "通过", "Passed"), s.passed(), false);
        total(sb, "failed", t(zh, "未通过", "Failed"), s.failed(), s.failed() > 0);
        total(sb, "agencies", t(zh, "机构", "Agencies"), s.agencies().size(), false);
        for (ArchiveIssue.Kind k : ArchiveIssue.Kind.values()) {
            int n = s.issues(k).size();
            total(sb, SummaryWriters.issueField(k), kindName(k, zh), n, n > 0);
        }
        sb.append("</dl></section>\n");

        // charts
        sb.append("<section id=\"charts\"><h2>").append(t(zh, "图表", "Charts")).append("</h2><div class=\"charts\">");
        List<Svg.Bar> rules = new ArrayList<>();
        s.findingsByRule().forEach((rule, n) -> rules.add(new Svg.Bar(rule, n, rule)));
        rules.sort(Comparator.comparingLong(Svg.Bar::value).reversed().thenComparing(Svg.Bar::label));
        figure(sb, t(zh, "按规则统计的发现", "Findings by rule"), Svg.bars("chart-rules", t(zh, "按规则统计的发现", "Findings by rule"),
                rules.subList(0, Math.min(25, rules.size()))));
        List<Svg.Bar> regions = new ArrayList<>();
        for (ArchiveSummary.RegionTotals r : s.byRegion()) {
            regions.add(new Svg.Bar(r.region().isEmpty() ? t(zh, "（未登记地区）", "(no region)") : r.region(), r.failed(), r.region()));
        }
        figure(sb, t(zh, "按地区统计的未通过报告", "Failed reports by region"),
                Svg.bars("chart-regions", t(zh, "按地区统计的未通过报告", "Failed reports by region"), regions));
        Map<Integer, Map<String, Bound>> figures = s.keyFiguresByYear();
        for (KeyFigure f : KeyFigure.all()) {
            List<Svg.Column> cols = new ArrayList<>();
            figures.forEach((y, m) -> {
                if (m.containsKey(f.id())) {
                    cols.add(new Svg.Column(y, m.get(f.id())));
                }
            });
            String name = zh ? f.label().zh() : f.label().en();
            sb.append("<figure class=\"key-figure\" data-figure=\"").append(esc(f.id())).append("\">")
                    .append(Svg.columns("chart-" + f.id(), name, cols)).append("</figure>");
        }
        sb.append("</div><p class=\"note\">").append(t(zh, "虚线空心柱：有空白单元格或未说明的数字，只知其下限（“≥”）；当年格式没有该项的年度不画。", "Hollow dashed columns: blank cells or figures not stated, only a least value is known (“≥”); years whose format has no such figure are left out."))
                .append("</p></section>\n");

        // filters and reports, failing first
        sb.append("<section id=\"report-list\"><h2>").append(t(zh, "报告（未通过的在前）", "Reports (failing first)")).append("</h2>");
        sb.append("<form id=\"filters\" hidden>");
        sb.append("<label>").append(t(zh, "地区", "Region")).append("<select name=\"region\"><option value=\"\">")
                .append(t(zh, "全部", "all")).append("</option>");
        for (ArchiveSummary.RegionTotals r : s.byRegion()) {
            sb.append("<option value=\"").append(esc(r.region())).append("\">").append(esc(r.region().isEmpty()
                    ? t(zh, "（未登记地区）", "(no region)") : r.region())).append("</option>");
        }
        sb.append("</select></label><label>").append(t(zh, "机构", "Agency")).append("<input name=\"agency\" type=\"search\"></label>");
        sb.append("<label>").append(t(zh, "规则", "Rule")).append("<select name=\"rule\"><option value=\"\">").append(t(zh, "全部", "all"))
                .append("</option>");
        for (String rule : s.findingsByRule().keySet()) {
            sb.append("<option>").append(esc(rule)).append("</option>");
        }
        sb.append("</select></label><label>").append(t(zh, "严重程度", "Severity")).append("<select name=\"severity\"><option value=\"\">")
                .append(t(zh, "全部", "all")).append("</option>");
        for (Severity sev : Severity.values()) {
            sb.append("<option>").append(sev.name()).append("</option>");
        }
        sb.append("</select></label><label><span>").append(t(zh, "只看未通过", "Failing only"))
                .append("</span><input name=\"failing\" type=\"checkbox\"></label><span class=\"shown\" id=\"shown\"></span></form>");
        sb.append("<table id=\"reports\"><thead><tr><th>").append(t(zh, "机构", "Agency")).append("</th><th>").append(t(zh, "地区", "Region"))
                .append("</th><th>").append(t(zh, "年度", "Year")).append("</th><th>").append(t(zh, "格式", "Edition")).append("</th><th>")
                .append(t(zh, "发布日期", "Published")).append("</th><th>").append(t(zh, "结果", "Result")).append("</th><th>")
                .append(t(zh, "错误", "Errors")).append("</th><th>").append(t(zh, "警告", "Warnings")).append("</th><th>")
                .append(t(zh, "错误详情", "Errors in detail")).append("</th></tr></thead><tbody>");
        List<ReportSummary> ordered = new ArrayList<>(s.reports());
        ordered.sort(Comparator.comparing(ReportSummary::passed).thenComparing(ReportSummary::agencyKey)
                .thenComparingInt(ReportSummary::year).thenComparing(ReportSummary::path));
        for (ReportSummary r : ordered) {
            StringBuilder severities = new StringBuilder();
            for (Severity sev : Severity.values()) {
                if (r.count(sev) > 0) {
                    severities.append(severities.length() == 0 ? "" : " ").append(sev.name());
                }
            }
            sb.append("<tr class=\"").append(r.passed() ? "passed" : "failed").append("\" data-region=\"").append(esc(r.region()))
                    .append("\" data-agency=\"").append(esc(r.agency())).append("\" data-rules=\"")
                    .append(esc(String.join(" ", r.byRule().keySet()))).append("\" data-severities=\"").append(severities)
                    .append("\" data-passed=\"").append(r.passed()).append("\"><td>");
            if (r.page().isPresent()) {
                sb.append("<a href=\"").append(esc(r.page().get())).append("\">").append(esc(r.agency())).append("</a>");
            } else {
                sb.append(esc(r.agency()));
            }
            sb.append("<br><small>").append(esc(r.path())).append("</small></td><td>").append(esc(r.region())).append("</td><td class=\"num\">")
                    .append(r.year()).append("</td><td>").append(r.edition().name()).append("</td><td>")
                    .append(r.published().map(Object::toString).orElse("—"));
            if (r.late()) {
                sb.append(" <strong>").append(t(zh, "逾期", "late")).append("</strong>");
            }
            sb.append("</td><td class=\"status\">").append(r.passed() ? t(zh, "通过", "passed") : t(zh, "未通过", "FAILED"))
                    .append("</td><td class=\"num\">").append(r.count(Severity.ERROR)).append("</td><td class=\"num\">")
                    .append(r.count(Severity.WARNING)).append("</td><td>");
            if (!r.errors().isEmpty()) {
                sb.append("<ul class=\"errors\">");
                for (FindingSummary f : r.errors()) {
                    sb.append("<li><span class=\"rule\">").append(esc(f.rule())).append("</span> ")
                            .append(esc(zh ? f.messageZh() : f.messageEn())).append("</li>");
                }
                int more = r.count(Severity.ERROR) - r.errors().size();
                if (more > 0) {
                    sb.append("<li>").append(t(zh, "另有 " + more + " 个错误", more + " more errors")).append("</li>");
                }
                sb.append("</ul>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table></section>\n");

        // issues
        sb.append("<section id=\"issues\"><h2>").append(t(zh, "档案问题", "Issues of the archive")).append("</h2>");
        if (s.issues().isEmpty()) {
            sb.append("<p>").append(t(zh, "无。", "None.")).append("</p>");
        } else {
            sb.append("<table><thead><tr><th>").append(t(zh, "类别", "Kind")).append("</th><th>").append(t(zh, "机构", "Agency"))
                    .append("</th><th>").append(t(zh, "年度", "Year")).append("</th><th>").append(t(zh, "文件", "Files")).append("</th><th>")
                    .append(t(zh, "说明", "Detail")).append("</th></tr></thead><tbody>");
            for (ArchiveIssue i : s.issues()) {
                sb.append("<tr data-kind=\"").append(i.kind().name()).append("\"><td>").append(esc(kindName(i.kind(), zh))).append("</td><td>")
                        .append(esc(i.agency())).append("</td><td class=\"num\">").append(i.year().isPresent() ? Integer.toString(i.year().getAsInt()) : "")
                        .append("</td><td>").append(esc(String.join("\n", i.paths())).replace("\n", "<br>")).append("</td><td>")
                        .append(esc(zh ? i.detail() : i.detailEn())).append("</td></tr>\n");
            }
            sb.append("</tbody></table>");
        }
        sb.append("</section>\n");

        // agencies
        sb.append("<section id=\"agencies\"><h2>").append(t(zh, "机构与年度", "Agencies and years")).append("</h2><table><thead><tr><th>")
                .append(t(zh, "机构", "Agency")).append("</th><th>").append(t(zh, "地区", "Region")).append("</th><th>")
                .append(t(zh, "已有年度", "Years present")).append("</th><th>").append(t(zh, "缺少年度", "Years missing"))
                .append("</th></tr></thead><tbody>");
        for (AgencySummary a : s.agencies()) {
            sb.append("<tr").append(a.missing().isEmpty() ? "" : " class=\"incomplete\"").append("><td>").append(esc(a.key()));
            if (a.names().size() > 1 || (a.names().size() == 1 && !a.names().get(0).equals(a.key()))) {
                sb.append("<br><small>").append(esc(String.join("、", a.names()))).append("</small>");
            }
            if (!a.registered() && s.registered()) {
                sb.append(" <small>").append(t(zh, "（未登记）", "(not registered)")).append("</small>");
            }
            sb.append("</td><td>").append(esc(a.region())).append("</td><td>").append(years(a.years())).append("</td><td>")
                    .append(years(a.missing())).append("</td></tr>\n");
        }
        sb.append("</tbody></table></section>\n");
        if (!s.ignored().isEmpty()) {
            sb.append("<section id=\"ignored\"><h2>").append(t(zh, "未作为报告读取的文件", "Files not read as reports")).append("</h2><ul>");
            for (String p : s.ignored()) {
                sb.append("<li>").append(esc(p)).append("</li>");
            }
            sb.append("</ul></section>\n");
        }
        sb.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String years(List<Integer> years) {
        StringBuilder sb = new StringBuilder();
        for (int y : years) {
            sb.append(sb.length() == 0 ? "" : " ").append(y);
        }
        return sb.toString();
    }

    private static void total(StringBuilder sb, String id, String name, int n, boolean bad) {
        sb.append("<div id=\"total-").append(id).append("\"").append(bad ? " class=\"bad\"" : "").append("><dt>").append(esc(name))
                .append("</dt><dd>").append(n).append("</dd></div>");
    }

    private static void figure(StringBuilder sb, String caption, String svg) {
        sb.append("<figure><figcaption>").append(esc(caption)).append("</figcaption>").append(svg).append("</figure>");
    }

    /** An issue kind's name. */
    static String kindName(ArchiveIssue.Kind k, boolean zh) {
        return switch (k) {
            case UNREADABLE -> t(zh, "无法读取", "Unreadable");
            case MISSING -> t(zh, "缺少年度", "Missing years");
            case DUPLICATE -> t(zh, "重复", "Duplicates");
            case LATE -> t(zh, "逾期发布", "Published late");
            case NOT_IN_REGISTER -> t(zh, "未登记机构", "Not in the register");
            case AMBIGUOUS_NAME -> t(zh, "名称不明确", "Ambiguous names");
        };
    }

    /**
     * A comparison's page.
     *
     * @param c the comparison
     * @param zh whether the page's own words are Chinese
     * @return the page
     */
    public static String comparison(YearComparison c, boolean zh) {
        StringBuilder sb = new StringBuilder(32 * 1024);
        String title = c.later().agency() + " " + c.earlier().year() + " → " + c.later().year();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(esc(title))
                .append("</h1><p class=\"meta\">").append(esc(c.earlier().agency())).append(' ').append(c.earlier().year()).append(" (")
                .append(c.earlier().edition().name()).append(") → ").append(esc(c.later().agency())).append(' ').append(c.later().year())
                .append(" (").append(c.later().edition().name()).append(")");
        if (c.similarity().isPresent()) {
            sb.append(" · ").append(t(zh, "文字相似度 ", "text similarity ")).append(String.format(Locale.ROOT, "%.0f%%", c.similarity().getAsDouble() * 100));
        }
        sb.append("</p>\n<section id=\"cross-year\"><h2>").append(t(zh, "跨年度规则", "Cross-year rules")).append("</h2>");
        if (c.crossYear().isEmpty()) {
            sb.append("<p>").append(t(zh, "无发现。", "No findings.")).append("</p>");
        } else {
            sb.append("<ul>");
            for (Finding f : c.crossYear()) {
                sb.append("<li><span class=\"rule\">").append(esc(f.ruleId())).append("</span> ").append(f.severity().name()).append(' ')
                        .append(esc(f.message(zh ? Locale.CHINA : Locale.ENGLISH))).append("</li>");
            }
            sb.append("</ul>");
        }
        sb.append("</section>\n<section id=\"changes\"><h2>").append(t(zh, "逐项变化", "Cell by cell")).append("</h2><table><thead><tr><th>")
                .append(t(zh, "单元格", "Cell")).append("</th><th>").append(c.earlier().year()).append("</th><th>").append(c.later().year())
                .append("</th><th>").append(t(zh, "变化", "Change")).append("</th><th>").append(t(zh, "变化率", "Relative")).append("</th></tr></thead><tbody>");
        for (CellChange ch : c.changes()) {
            sb.append("<tr").append(ch.changed() ? " class=\"changed\"" : "").append(" data-kind=\"").append(ch.correspondence().kind().name())
                    .append("\"><td>").append(esc(zh ? ch.name().zh() : ch.name().en()));
            if (ch.correspondence().kind() != CellCorrespondence.Kind.SAME || !ch.correspondence().earlier().equals(ch.correspondence().later())) {
                sb.append("<br><small>").append(esc(zh ? ch.correspondence().note().zh() : ch.correspondence().note().en())).append("</small>");
            }
            sb.append("</td><td class=\"num\">").append(esc(ch.before().toString())).append("</td><td class=\"num\">")
                    .append(esc(ch.after().toString())).append("</td><td class=\"num\">")
                    .append(ch.change().map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString()).orElse("—")).append("</td><td class=\"num\">")
                    .append(ch.relative().map(r -> String.format(Locale.ROOT, "%+.1f%%", r.multiply(BigDecimal.valueOf(100)).doubleValue())).orElse("—"))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table></section>\n");
        if (!c.notComparable().isEmpty()) {
            sb.append("<section id=\"not-comparable\"><h2>").append(t(zh, "两年格式不可比的单元格", "Cells without a counterpart")).append("</h2><ul>");
            for (CellCorrespondence n : c.notComparable()) {
                List<String> ids = new ArrayList<>();
                n.earlier().forEach(x -> ids.add(c.earlier().year() + ": " + x));
                n.later().forEach(x -> ids.add(c.later().year() + ": " + x));
                sb.append("<li><span class=\"rule\">").append(esc(String.join(", ", ids))).append("</span> ")
                        .append(esc(zh ? n.note().zh() : n.note().en())).append("</li>");
            }
            sb.append("</ul></section>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }
}
