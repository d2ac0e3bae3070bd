package io.github.xxgk.render;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.render.internal.Layout;
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
 * <p>Optionally with findings: cells with an ERROR or WARNING are marked and carry the message, and the
 * findings are listed after the report, each linking to its cell; messages in the renderer's locale.
 *
 * <p>The output is byte-for-byte deterministic. Immutable and thread-safe.
 */
public final class HtmlRenderer {

    private static final String CSS = css();

    private final Optional<ValidationResult> findings;
    private final Locale locale;

    private HtmlRenderer(Optional<ValidationResult> findings, Locale locale) {
        this.findings = findings;
        this.locale = locale;
    }

    /** The renderer without findings, messages in Chinese. */
    public static HtmlRenderer standard() {
        return new HtmlRenderer(Optional.empty(), Locale.SIMPLIFIED_CHINESE);
    }

    /** The same renderer marking the findings of a validation of the report. */
    public HtmlRenderer withFindings(ValidationResult result) {
        return new HtmlRenderer(Optional.of(Objects.requireNonNull(result, "result")), locale);
    }

    /** The same renderer with findings' messages and headings in a locale (Chinese for {@code zh}, else English). */
    public HtmlRenderer withLocale(Locale locale) {
        return new HtmlRenderer(findings, Objects.requireNonNull(locale, "locale"));
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
        findings.ifPresent(r -> {
            for (Finding f : r.findings()) {
                if (f.severity() != Severity.INFO && f.location().kind() == Location.Kind.CELL) {
                    marks.merge(f.location().cell().orElseThrow(), f, (a, b) -> a.severity().compareTo(b.severity()) <= 0 ? a : b);
                }
            }
        });
        String title = Texts.title(report);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        esc(out, title).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main class=\"report\">\n<h1>");
        esc(out, title).append("</h1>\n<p class=\"meta\">");
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
        });
        findings.ifPresent(r -> findingsList(out, r));
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
        out.append("<table class=\"stats\" id=\"t-").append(t.id()).append("\">\n<caption>");
        esc(out, t.definition().number().zh() + " " + t.definition().title().zh()).append("</caption>\n");
        List<Layout.Block> blocks = Layout.of(t);
        int width = blocks.stream().mapToInt(b -> b.stubColumns() + (b.unitColumn() ? 1 : 0) + b.valueColumns()).max().orElse(1);
        for (Layout.Block b : blocks) {
            int stub = b.stubColumns() + (b.unitColumn() ? 1 : 0);
            int fill = width - stub - b.valueColumns();
            out.append(blocks.size() > 1 ? "<tbody>\n" : "<thead>\n");
            b.definition().caption().ifPresent(c -> esc(out.append("<tr><th scope=\"colgroup\" class=\"block\" colspan=\"")
                    .append(width).append("\">"), c.zh()).append("</th></tr>\n"));
            List<List<Layout.HeaderCell>> header = b.header();
            for (int r = 0; r < header.size(); r++) {
                out.append("<tr>");
                if (r == 0 && stub > 0) {
                    if (b.definition().stubNote().isPresent()) {
                        esc(out.append("<td class=\"note\"").append(span(stub, header.size())).append('>'),
                                b.definition().stubNote().get().zh()).append("</td>");
                    } else {
                        String label = b.definition().stub().map(Label::zh).orElse("");
                        esc(out.append("<th scope=\"col\"").append(span(b.stubColumns(), header.size())).append('>'), label).append("</th>");
                        if (b.unitColumn()) {
                            out.append("<th scope=\"col\"").append(span(1, header.size())).append(">单位</th>");
                        }
                    }
                }
                List<Layout.HeaderCell> cells = header.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Layout.HeaderCell h = cells.get(c);
                    int colspan = h.colspan() + (r == 0 && c == cells.size() - 1 ? fill : 0);
                    esc(out.append("<th scope=\"").append(h.group() ? "colgroup" : "col").append('"')
                            .append(span(colspan, h.rowspan())).append('>'), h.text().zh()).append("</th>");
                }
                out.append("</tr>\n");
            }
            out.append(blocks.size() > 1 ? "" : "</thead>\n<tbody>\n");
            for (Layout.BodyRow row : b.body()) {
                out.append(row.extra() ? "<tr class=\"extra\">" : "<tr>");
                for (Layout.StubCell s : row.stub()) {
                    out.append("<th scope=\"").append(s.group() ? "rowgroup" : "row").append('"');
                    if (s.vertical()) {
                        out.append(" class=\"vertical\"");
                    }
                    esc(out.append(span(s.colspan(), s.rowspan())).append('>'), s.text().zh()).append("</th>");
                }
                row.unit().ifPresent(u -> esc(out.append("<td class=\"unit\">"), u.zh()).append("</td>"));
                if (row.heading()) {
                    out.append("<td").append(span(b.valueColumns() + fill, 1)).append(">——</td>");
                } else if (row.extra()) {
                    for (int c = 0; c < row.extraValues().size(); c++) {
                        esc(out.append("<td").append(span(1 + (c == row.extraValues().size() - 1 ? fill : 0), 1)).append('>'),
                                Texts.value(row.extraValues().get(c), Optional.empty())).append("</td>");
                    }
                } else {
                    for (int c = 0; c < row.cells().size(); c++) {
                        CellDefinition cell = row.cells().get(c).orElseThrow();
                        valueCell(out, t.valueAt(cell.index()), cell, marks.get(cell.id()), c == row.cells().size() - 1 ? fill : 0);
                    }
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
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
            esc(out, mark.message(locale)).append('"');
        }
        esc(out.append('>'), Texts.value(v, Optional.of(cell))).append("</td>");
    }

    private void findingsList(StringBuilder out, ValidationResult result) {
        boolean zh = Label.isChinese(locale);
        out.append("<section class=\"findings\">\n<h2>").append(zh ? "检查结果" : "Findings").append("</h2>\n");
        if (result.findings().isEmpty()) {
            out.append("<p>").append(zh ? "未发现问题。" : "No findings.").append("</p>\n");
        } else {
            out.append("<ol>\n");
            for (Finding f : result.findings()) {
                out.append("<li class=\"").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><span class=\"rule\">")
                        .append(f.ruleId()).append("</span> <span class=\"severity\">").append(f.severity()).append("</span> ");
                if (f.location().kind() == Location.Kind.CELL && f.severity() != Severity.INFO) {
                    esc(out.append("<a href=\"#").append(cellAnchor(f.location().cell().orElseThrow())).append("\">"),
                            f.location().name().in(locale)).append("</a> ");
                }
                esc(out, f.message(locale)).append("</li>\n");
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
