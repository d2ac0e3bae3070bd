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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a report as plain text for an e-mail or a terminal: headings and paragraphs indented by
 * level, and each statistics table with its columns aligned by display width (East Asian wide and
 * full-width characters count two columns; the ambiguous ones, such as “ and ”, one). Merged cells are
 * flattened as in Markdown. {@link #withFindings} adds the findings after the report. Deterministic;
 * immutable and thread-safe.
 *
 * <p>The layout reads back unambiguously (the ingest module's plain-text source): the title and the
 * byline are the first lines; a line after a blank line is a heading, its indent (two spaces a level)
 * giving its level, and the lines under it without a blank line are its paragraphs; a paragraph outside
 * every section (the preamble, the closing lines) starts with two ideographic spaces (U+3000),
 * the customary indent of a Chinese paragraph, so that it cannot be taken for a heading; a table
 * is its caption, each block's caption, its header line, a line of {@code -} and its rows.
 */
public final class TextRenderer {

    /**
     * What a paragraph outside every section starts with: two ideographic spaces (U+3000), the
     * customary indent of a Chinese paragraph, which tells it from a heading with nothing under it.
     */
    private static final String PARAGRAPH_MARK = "\u3000\u3000";

    private static final TextRenderer STANDARD = new TextRenderer(Optional.empty(), Locale.SIMPLIFIED_CHINESE, false);

    private final Optional<ValidationResult> findings;
    private final Locale locale;
    private final boolean errorsOnly;

    private TextRenderer(Optional<ValidationResult> findings, Locale locale, boolean errorsOnly) {
        this.findings = findings;
        this.locale = locale;
        this.errorsOnly = errorsOnly;
    }

    /** The renderer without findings. */
    public static TextRenderer standard() {
        return STANDARD;
    }

    /**
     * The same renderer followed by the findings of a validation of the report: a summary line (passed
     * or failed, the count of each severity), then each finding with its severity, rule, place and
     * message, in the result's order.
     */
    public TextRenderer withFindings(ValidationResult result) {
        return new TextRenderer(Optional.of(Objects.requireNonNull(result, "result")), locale, errorsOnly);
    }

    /** The same renderer with the findings in a locale (Chinese for {@code zh}, else English). */
    public TextRenderer withLocale(Locale locale) {
        return new TextRenderer(findings, Objects.requireNonNull(locale, "locale"), errorsOnly);
    }

    /** The same renderer listing only the ERROR findings (the summary still counts them all). */
    public TextRenderer withErrorsOnly() {
        return new TextRenderer(findings, locale, true);
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the text
     */
    public String render(AnnualReport report) {
        StringBuilder out = new StringBuilder(16_384);
        Texts.title(report).ifPresent(title -> out.append(clean(title)).append('\n'));
        out.append(clean(Texts.byline(report, "  "))).append("\n\n");
        for (String p : report.preamble()) {
            out.append(PARAGRAPH_MARK).append(clean(p)).append("\n\n");
        }
        Texts.walk(report, new Texts.Parts() {
            @Override
            public void section(int index, Section section) {
                TextRenderer.section(out, section, 0);
            }

            @Override
            public void table(StatisticsTable table) {
                TextRenderer.table(out, table);
            }
            @Override
            public void closing(String line) {
                out.append(PARAGRAPH_MARK).append(clean(line)).append("\n\n");
            }
        });
        findings.ifPresent(r -> findings(out, new FindingsView(r, errorsOnly, locale)));
        return out.toString();
    }

    private static void findings(StringBuilder out, FindingsView v) {
        out.append(v.summary()).append('\n');
        if (v.shown().isEmpty()) {
            out.append("  ").append(v.none()).append('\n');
            return;
        }
        for (Finding f : v.shown()) {
            out.append("  ").append(f.severity()).append(' ').append(f.ruleId()).append("  ")
                    .append(clean(f.message(v.locale()))).append('\n');
        }
    }

    private static void section(StringBuilder out, Section s, int level) {
        String indent = "  ".repeat(level);
        out.append(indent).append(clean(s.numbering().strip() + s.title())).append('\n');
        for (String p : s.paragraphs()) {
            out.append(indent).append("  ").append(clean(p)).append('\n');
        }
        out.append('\n');
        for (Section k : s.subsections()) {
            section(out, k, level + 1);
        }
    }

    private static void table(StringBuilder out, StatisticsTable t) {
        out.append(clean(Texts.caption(t).zh())).append('\n');
        for (Layout.Block b : Layout.of(t)) {
            b.definition().caption().ifPresent(c -> out.append(c.zh()).append('\n'));
            List<String[]> lines = new ArrayList<>();
            int n = 1 + (b.unitColumn() ? 1 : 0) + b.valueColumns();
            String[] head = new String[n];
            int k = 0;
            head[k++] = b.definition().stub().map(Label::zh).orElse("");
            if (b.unitColumn()) {
                head[k++] = "单位";
            }
            for (Label name : b.columnNames()) {
                head[k++] = name.zh();
            }
            lines.add(head);
            for (Layout.BodyRow row : b.body()) {
                String[] line = new String[n];
                int j = 0;
                line[j++] = clean(row.flatLabel().zh().strip());
                if (b.unitColumn()) {
                    line[j++] = clean(row.unit().map(Label::zh).orElse(""));
                }
                for (int c = 0; c < b.valueColumns(); c++) {
                    line[j++] = clean(row.heading() ? "——" : Texts.value(row.value(t, c), row.cell(c)));
                }
                lines.add(line);
            }
            int[] widths = new int[n];
            for (String[] line : lines) {
                for (int c = 0; c < n; c++) {
                    widths[c] = Math.min(MAX_PADDED_WIDTH, Math.max(widths[c], width(line[c])));
                }
            }
            for (int l = 0; l < lines.size(); l++) {
                String[] line = lines.get(l);
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < n; c++) {
                    int pad = Math.max(0, widths[c] - width(line[c]));
                    boolean right = c >= n - b.valueColumns() && l > 0;
                    if (c > 0) {
                        sb.append("  ");
                    }
                    if (right) {
                        sb.append(" ".repeat(pad)).append(line[c]);
                    } else {
                        sb.append(line[c]).append(" ".repeat(pad));
                    }
                }
                out.append(sb.toString().stripTrailing()).append('\n');
                if (l == 0) {
                    int total = 0;
                    for (int w : widths) {
                        total += w;
                    }
                    out.append("-".repeat(total + 2 * (n - 1))).append('\n');
                }
            }
            out.append('\n');
        }
    }

    /**
     * Columns are padded to their widest cell up to this width; a wider cell overflows its column rather
     * than widening every line of the table (which made the output quadratic in the input).
     */
    private static final int MAX_PADDED_WIDTH = 160;

    /** Line breaks and other control characters become spaces. */
    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString();
    }

    /**
     * The display width of a text in a terminal: two columns for East Asian wide and full-width
     * characters (Unicode East_Asian_Width W and F), one otherwise.
     *
     * @param text the text
     * @return its width
     */
    public static int width(String text) {
        return io.github.xxgk.core.DisplayWidth.of(text);
    }
}
