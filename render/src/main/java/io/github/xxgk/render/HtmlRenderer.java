package io.github.xxgk.render;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.render.internal.FindingsView;
import io.github.xxgk.render.internal.TableGrid;
import io.github.xxgk.render.internal.Texts;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a report as a complete, self-contained HTML5 page in the official layout: title, preamble,
 * sections with their numbering as printed, and each statistics table after the section that holds it,
 * with the merged headers, merged group labels and captions laid out from the form definitions
 * (semantic {@code <caption>} and {@code <th scope>} for screen readers). Zero prints as 0, BLANK as an
 * empty cell, NOT_APPLICABLE as “/”. The CSS is embedded: readable on screen, A4 in print, no table row
 * split across pages. Every text from the report is escaped.
 *
 * <p>Optionally with findings: the page starts with a summary (passed or failed, the count of each
 * severity); the cells an ERROR or WARNING is about are marked and carry its message (a blank cell of
 * CELL-BLANK, the printed parts of a subtotal the page does not print); the findings are listed after
 * the report in the result's order, each linking to its cells; messages in the renderer's locale.
 * {@link #withErrorsOnly()} shows only the ERRORs.
 *
 * <p>The output is byte-for-byte deterministic. Immutable and thread-safe.
 */
public final class HtmlRenderer {

    private static final String CSS = css();

    /** The most printed rows (header, captions and body) a table may have to be kept on one A4 page in print. */
    private static final int ONE_PAGE_ROWS = 40;

    private final Optional<ValidationResult> findings;
    private final Locale locale;
    private final boolean errorsOnly;

    private HtmlRenderer(Optional<ValidationResult> findings, Locale locale, boolean errorsOnly) {
        this.findings = findings;
        this.locale = locale;
        this.errorsOnly = errorsOnly;
    }

    /** The renderer without findings, messages in Chinese. */
    public static HtmlRenderer standard() {
        return new HtmlRenderer(Optional.empty(), Locale.SIMPLIFIED_CHINESE, false);
    }

    /** The same renderer marking the findings of a validation of the report. */
    public HtmlRenderer withFindings(ValidationResult result) {
        return new HtmlRenderer(Optional.of(Objects.requireNonNull(result, "result")), locale, errorsOnly);
    }

    /** The same renderer with findings' messages and headings in a locale (Chinese for {@code zh}, else English). */
    public HtmlRenderer withLocale(Locale locale) {
        return new HtmlRenderer(findings, Objects.requireNonNull(locale, "locale"), errorsOnly);
    }

    /** The same renderer marking and listing only the ERROR findings (the summary still counts them all). */
    public HtmlRenderer withErrorsOnly() {
        return new HtmlRenderer(findings, locale, true);
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the page
     */
    public String render(AnnualReport report) {
        StringBuilder out = new StringBuilder(32_768);
        Map<CellId, Finding> marks = new HashMap<>();
        Optional<FindingsView> view = findings.map(r -> new FindingsView(r, errorsOnly, locale));
        view.ifPresent(v -> {
            for (Finding f : v.shown()) {
                if (f.severity() != Severity.INFO) {
                    for (CellId cell : f.cells()) {
                        marks.merge(cell, f, (a, b) -> a.severity().compareTo(b.severity()) <= 0 ? a : b);
                    }
                }
            }
        });
        Optional<String> title = Texts.title(report);
        // the page's language is the chosen one; the report's own text stays marked as Chinese
        boolean chinese = Label.isChinese(locale);
        String pageLang = chinese ? "zh-CN" : "en";
        out.append("<!DOCTYPE html>\n<html lang=\"").append(pageLang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        // a report without a title gets none: the page is named by its byline, and has no <h1>
        esc(out, title.orElse(Texts.byline(report, " · "))).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main class=\"report\"").append(chinese ? "" : " lang=\"zh-CN\"").append(">\n");
        view.ifPresent(v -> summary(out, v, chinese ? "" : " lang=\"" + pageLang + "\""));
        title.ifPresent(t -> esc(out.append("<h1>"), t).append("</h1>\n"));
        out.append("<p class=\"meta\">");
        esc(out, Texts.byline(report, " · ")).append("</p>\n");
        for (String p : report.preamble()) {
            esc(out.append("<p class=\"preamble\">"), p).append("</p>\n");
        }
        Texts.walk(report, new Texts.Parts() {
            @Override
            public void section(int index, Section section) {
                HtmlRenderer.section(out, section, "s" + index, 2);
            }

            @Override
            public void table(StatisticsTable table) {
                HtmlRenderer.this.table(out, table, marks);
            }
            @Override
            public void closing(String line) {
                esc(out.append("<p class=\"closing\">"), line).append("</p>\n");
            }
        });
        view.ifPresent(v -> findingsList(out, v, report, chinese ? "" : " lang=\"" + pageLang + "\""));
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void section(StringBuilder out, Section s, String id, int level) {
        int h = Math.min(level, 6);
        out.append("<section id=\"").append(id).append("\">\n<h").append(h).append('>');
        if (!s.numbering().isEmpty()) {
            esc(out.append("<span class=\"num\">"), s.numbering().strip()).append("</span>");
        }
        esc(out, s.title()).append("</h").append(h).append(">\n");
        for (String p : s.paragraphs()) {
            esc(out.append("<p>"), p).append("</p>\n");
        }
        for (int k = 0; k < s.subsections().size(); k++) {
            section(out, s.subsections().get(k), id + "-" + k, level + 1);
        }
        out.append("</section>\n");
    }

    private static String cellAnchor(CellId id) {
        return "c-" + id.table() + "-" + id.row() + "-" + id.column();
    }

    private void table(StringBuilder out, StatisticsTable t, Map<CellId, Finding> marks) {
        TableGrid.Grid grid = TableGrid.of(t);
        // the wrapper scrolls a wide table sideways on a narrow screen; a table short enough for one A4 page
        // (表二, 表三, 表四) is kept on one printed page, a longer one (the legacy table) breaks between rows
        int printedRows = grid.parts().stream().mapToInt(p -> p.head().size() + p.body().size()).sum();
        out.append(printedRows <= ONE_PAGE_ROWS ? "<div class=\"table-wrap keep\">\n" : "<div class=\"table-wrap\">\n")
                .append("<table class=\"stats\" id=\"t-").append(t.id()).append("\">\n<caption>");
        esc(out, Texts.caption(t).zh()).append("</caption>\n");
        boolean many = grid.parts().size() > 1;
        for (TableGrid.Part part : grid.parts()) {
            out.append(many ? "<tbody>\n" : "<thead>\n");
            for (TableGrid.Row row : part.head()) {
                out.append("<tr>");
                for (TableGrid.Cell c : row.cells()) {
                    switch (c.kind()) {
                        case BLOCK_CAPTION -> esc(out.append("<th scope=\"colgroup\" class=\"block\" colspan=\"")
                                .append(c.colspan()).append("\">"), c.text()).append("</th>");
                        case STUB_NOTE -> esc(out.append("<td class=\"note\"").append(span(c.colspan(), c.rowspan()))
                                .append('>'), c.text()).append("</td>");
                        default -> {
                            out.append("<th scope=\"").append(c.kind() == TableGrid.Kind.COLUMN_GROUP ? "colgroup" : "col")
                                    .append('"').append(span(c.colspan(), c.rowspan())).append('>');
                            // the header broken into lines as the form prints it (商业 / 企业), from the definitions
                            for (int k = 0; k < c.lines().size(); k++) {
                                esc(out.append(k > 0 ? "<br>" : ""), c.lines().get(k));
                            }
                            out.append("</th>");
                        }
                    }
                }
                out.append("</tr>\n");
            }
            out.append(many ? "" : "</thead>\n<tbody>\n");
            for (TableGrid.Row row : part.body()) {
                out.append(row.extra() ? "<tr class=\"extra\">" : "<tr>");
                for (TableGrid.Cell c : row.cells()) {
                    switch (c.kind()) {
                        case ROW_GROUP, ROW -> {
                            out.append("<th scope=\"").append(c.kind() == TableGrid.Kind.ROW_GROUP ? "rowgroup" : "row")
                                    .append('"');
                            if (c.vertical()) {
                                out.append(" class=\"vertical\"");
                            }
                            esc(out.append(span(c.colspan(), c.rowspan())).append('>'), c.text()).append("</th>");
                        }
                        case UNIT -> esc(out.append("<td class=\"unit\">"), c.text()).append("</td>");
                        case VALUE -> valueCell(out, c.value().orElseThrow(), c.cell().orElseThrow(),
                                marks.get(c.cell().get().id()), c.colspan() - 1);
                        // a column the form lacks, kept as printed
                        case EXTRA_VALUE -> esc(out.append(row.extra() ? "<td" : "<td class=\"extra\"")
                                .append(span(c.colspan(), 1)).append('>'), c.text()).append("</td>");
                        default -> esc(out.append("<td").append(span(c.colspan(), 1)).append('>'), c.text())
                                .append("</td>");
                    }
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n</div>\n");
    }

    private void valueCell(StringBuilder out, CellValue v, CellDefinition cell, Finding mark, int fill) {
        out.append("<td");
        if (fill > 0) {
            out.append(" colspan=\"").append(1 + fill).append('"');
        }
        out.append(" data-cell=\"").append(cell.id()).append('"');
        if (mark != null) {
            out.append(" id=\"").append(cellAnchor(cell.id())).append("\" class=\"")
                    .append(mark.severity() == Severity.ERROR ? "error" : "warning").append("\" title=\"");
            esc(out, title(mark, v, cell)).append('"');
        }
        esc(out.append('>'), Texts.value(v, Optional.of(cell))).append("</td>");
    }

    /**
     * The tooltip of a marked cell: the finding's message, except for a blank cell of a table-wide
     * finding (the blank cells of CELL-BLANK): what the page shows there and the value the other cells
     * give it.
     */
    private String title(Finding mark, CellValue v, CellDefinition cell) {
        boolean own = mark.location().cell().map(cell.id()::equals).orElse(false);
        if (own || !v.isBlank() || mark.location().kind() != Location.Kind.TABLE) {
            return mark.message(locale);
        }
        boolean zh = Label.isChinese(locale);
        String derived = mark.derived().get(cell.id());
        return mark.ruleId() + " " + (zh ? "未填报" : "blank (not reported)")
                + (derived == null ? "" : zh ? "；由其他单元格推出为 " + derived : "; the other cells give " + derived)
                + (zh ? "（见检查结果）" : " (see the findings)");
    }

    private static void summary(StringBuilder out, FindingsView v, String lang) {
        out.append("<section class=\"summary ").append(v.result().passed() ? "passed" : "failed").append('"').append(lang)
                .append(">\n<p><strong>");
        esc(out, v.verdict()).append("</strong> ");
        esc(out, v.counts() + v.note()).append(" <a href=\"#findings\">").append(v.chinese() ? "查看检查结果" : "see the findings")
                .append("</a></p>\n</section>\n");
    }

    private void findingsList(StringBuilder out, FindingsView v, AnnualReport report, String lang) {
        out.append("<section class=\"findings\" id=\"findings\"").append(lang).append(">\n<h2>").append(v.heading()).append("</h2>\n<p class=\"summary\">");
        esc(out, v.summary()).append("</p>\n");
        List<Finding> shown = v.shown();
        if (shown.isEmpty()) {
            out.append("<p>").append(v.none()).append("</p>\n");
        } else {
            out.append("<ol>\n");
            for (Finding f : shown) {
                out.append("<li class=\"").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><span class=\"rule\">")
                        .append(f.ruleId()).append("</span> <span class=\"severity\">").append(f.severity().label().in(locale)).append("</span> ");
                boolean marked = f.severity() != Severity.INFO && !f.cells().isEmpty();
                if (marked) {
                    esc(out.append("<a href=\"#").append(cellAnchor(f.cells().get(0))).append("\">"),
                            f.location().name().in(locale)).append("</a> ");
                } else if (f.location().kind() == Location.Kind.TABLE && report.tables().containsKey(f.location().id())) {
                    esc(out.append("<a href=\"#t-").append(f.location().id()).append("\">"), f.location().name().in(locale)).append("</a> ");
                }
                esc(out, f.message(locale));
                Optional<CellId> at = f.location().cell();
                if (marked && at.isPresent() && !f.cells().contains(at.get())) {
                    // an unprinted subtotal: link the printed cells that make it up
                    out.append(" <span class=\"parts\">").append(v.chinese() ? "（见：" : "(see: ");
                    for (int k = 0; k < f.cells().size(); k++) {
                        CellId part = f.cells().get(k);
                        out.append(k > 0 ? (v.chinese() ? "、" : ", ") : "");
                        Label name = report.form().cell(part).map(CellDefinition::name).orElse(new Label(part.toString(), part.toString()));
                        esc(out.append("<a href=\"#").append(cellAnchor(part)).append("\">"), name.in(locale)).append("</a>");
                    }
                    out.append(v.chinese() ? "）" : ")").append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n");
    }

    private static String span(int colspan, int rowspan) {
        return (colspan > 1 ? " colspan=\"" + colspan + "\"" : "") + (rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "");
    }

    /** Appends text escaped for HTML content and attribute values; control characters become U+FFFD. */
    static StringBuilder esc(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' || (c >= 0x7f && c <= 0x9f) ? '\uFFFD' : c);
            }
        }
        return out;
    }

    private static String css() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
            return new String(Objects.requireNonNull(in, "report.css").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
