package io.github.xxgk.render;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import io.github.xxgk.render.internal.FindingsView;
import io.github.xxgk.render.internal.Layout;
import io.github.xxgk.render.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a report as GitHub-flavoured Markdown: headings, paragraphs, and each statistics table as a
 * pipe table whose merged cells are flattened (a row label keeps its group, {@code （三）不予公开
 * 1.属于国家秘密}; a column is named by the end of its header path that makes it unique, {@code 行政复议
 * 总计}). Markdown control characters in the report's text are escaped. Deterministic; immutable and
 * thread-safe. {@link #withFindings} adds the findings after the report.
 */
public final class MarkdownRenderer {

    private static final MarkdownRenderer STANDARD = new MarkdownRenderer(Optional.empty(), Locale.SIMPLIFIED_CHINESE, false);

    private final Optional<ValidationResult> findings;
    private final Locale locale;
    private final boolean errorsOnly;

    private MarkdownRenderer(Optional<ValidationResult> findings, Locale locale, boolean errorsOnly) {
        this.findings = findings;
        this.locale = locale;
        this.errorsOnly = errorsOnly;
    }

    /** The renderer without findings. */
    public static MarkdownRenderer standard() {
        return STANDARD;
    }

    /**
     * The same renderer followed by the findings of a validation of the report: a summary line (passed
     * or failed, the count of each severity), then each finding with its severity, rule, place and
     * message, in the result's order.
     */
    public MarkdownRenderer withFindings(ValidationResult result) {
        return new MarkdownRenderer(Optional.of(Objects.requireNonNull(result, "result")), locale, errorsOnly);
    }

    /** The same renderer with the findings in a locale (Chinese for {@code zh}, else English). */
    public MarkdownRenderer withLocale(Locale locale) {
        return new MarkdownRenderer(findings, Objects.requireNonNull(locale, "locale"), errorsOnly);
    }

    /** The same renderer listing only the ERROR findings (the summary still counts them all). */
    public MarkdownRenderer withErrorsOnly() {
        return new MarkdownRenderer(findings, locale, true);
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the Markdown document
     */
    public String render(AnnualReport report) {
        StringBuilder out = new StringBuilder(16_384);
        Texts.title(report).ifPresent(title -> out.append("# ").append(esc(title)).append("\n\n"));
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
            @Override
            public void closing(String line) {
                out.append(esc(line)).append("\n\n");
            }
        });
        findings.ifPresent(r -> findings(out, new FindingsView(r, errorsOnly, locale)));
        return out.toString();
    }

    private static void findings(StringBuilder out, FindingsView v) {
        out.append("## ").append(v.heading()).append("\n\n").append(esc(v.summary())).append("\n\n");
        if (v.shown().isEmpty()) {
            out.append(esc(v.none())).append("\n");
            return;
        }
        for (Finding f : v.shown()) {
            out.append("- **").append(f.severity()).append("** `").append(f.ruleId()).append("` ")
                    .append(esc(f.message(v.locale()))).append('\n');
        }
        out.append('\n');
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
        out.append("**").append(esc(Texts.caption(t).zh())).append("**\n\n");
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
                    String v = row.heading() ? "——" : Texts.value(row.value(t, c), row.cell(c));
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
