package io.github.xxgk.render;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.render.internal.Layout;
import io.github.xxgk.render.internal.Texts;
import java.util.Optional;

/**
 * Renders a report as GitHub-flavoured Markdown: headings, paragraphs, and each statistics table as a
 * pipe table whose merged cells are flattened (a row label keeps its group, {@code （三）不予公开
 * 1.属于国家秘密}; a column is named by the end of its header path that makes it unique, {@code 行政复议
 * 总计}). Markdown control characters in the report's text are escaped. Deterministic; immutable and
 * thread-safe.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** The renderer. */
    public static MarkdownRenderer standard() {
        return new MarkdownRenderer();
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the Markdown document
     */
    public String render(AnnualReport report) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("# ").append(esc(Texts.title(report))).append("\n\n");
        out.append(esc(Texts.byline(report, " · "))).append("\n\n");
        for (String p : report.preamble()) {
            out.append(esc(p)).append("\n\n");
        }
        Texts.walk(report, new Texts.Parts() {
            @Override
            public void section(int index, Section section) {
                MarkdownRenderer.section(out, section, 2);
            }

            @Override
            public void table(StatisticsTable table) {
                MarkdownRenderer.table(out, table);
            }
        });
        return out.toString();
    }

    private static void section(StringBuilder out, Section s, int level) {
        out.append("#".repeat(Math.min(level, 6))).append(' ').append(esc(s.numbering().strip() + s.title())).append("\n\n");
        for (String p : s.paragraphs()) {
            out.append(esc(p)).append("\n\n");
        }
        for (Section k : s.subsections()) {
            section(out, k, level + 1);
        }
    }

    private static void table(StringBuilder out, StatisticsTable t) {
        TableDefinition def = t.definition();
        out.append("**").append(def.number().zh()).append(' ').append(def.title().zh()).append("**\n\n");
        for (Layout.Block b : Layout.of(t)) {
            b.definition().caption().ifPresent(c -> out.append(c.zh()).append("\n\n"));
            out.append("| ").append(b.definition().stub().map(Label::zh).orElse(""));
            if (b.unitColumn()) {
                out.append(" | 单位");
            }
            for (Label name : b.columnNames()) {
                out.append(" | ").append(esc(name.zh()));
            }
            out.append(" |\n|---");
            if (b.unitColumn()) {
                out.append("|---");
            }
            out.append("|---:".repeat(b.valueColumns())).append("|\n");
            for (Layout.BodyRow row : b.body()) {
                out.append("| ").append(esc(row.flatLabel().zh().strip()));
                row.unit().ifPresent(u -> out.append(" | ").append(esc(u.zh())));
                for (int c = 0; c < b.valueColumns(); c++) {
                    String v = row.heading() ? "——" : row.extra() ? Texts.value(row.extraValues().get(c), Optional.empty())
                            : Texts.value(t.valueAt(row.cells().get(c).orElseThrow().index()), row.cells().get(c));
                    out.append(" | ").append(esc(v));
                }
                out.append(" |\n");
            }
            out.append('\n');
        }
    }

    /** Escapes Markdown control characters (and the table delimiter); line breaks become spaces. */
    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_{}[]()#+-.!|<>~&".indexOf(c) >= 0) {
                sb.append('\\');
            }
            // line breaks become spaces; other control characters (C0, DEL, C1) never reach the output raw
            sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c < 0x20 || (c >= 0x7F && c <= 0x9F) ? '\uFFFD' : c);
        }
        return sb.toString();
    }
}
