package io.github.xxgk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.ReportModelException;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.render.MarkdownRenderer;
import io.github.xxgk.render.TextRenderer;
import io.github.xxgk.validation.ReportValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every text field of a report of every edition: the HTML, Markdown and text outputs
 * are parsed and must have exactly the structure they have with harmless text in the same place (no
 * element, attribute, heading, table row or line injected), and the report goes through JSON unchanged.
 */
class HostileTextTest {

    /** Puts a text into one field of a report. */
    private static final Map<String, BiFunction<AnnualReport, String, AnnualReport>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("agency", (r, t) -> r.toBuilder().agency(Agency.of(t, AgencyKind.OTHER)).build());
        FIELDS.put("title", (r, t) -> r.toBuilder().title(t).build());
        FIELDS.put("preamble", (r, t) -> r.toBuilder().preamble(t, "第二段").build());
        FIELDS.put("numbering", (r, t) -> withSection(r, Section.builder(t, "标题").paragraph("段落").build()));
        FIELDS.put("section title", (r, t) -> withSection(r, Section.builder("一、", t).paragraph("段落").build()));
        FIELDS.put("paragraph", (r, t) -> withSection(r, Section.builder("一、", "标题").paragraph(t).build()));
        FIELDS.put("subsection", (r, t) -> withSection(r, Section.builder("一、", "标题")
                .subsection(Section.builder("（一）", t).paragraph(t).build()).build()));
        FIELDS.put("extra row label", (r, t) -> withExtraRow(r, t, "件"));
        FIELDS.put("extra row unit", (r, t) -> withExtraRow(r, "其他", t));
    }

    private static AnnualReport withSection(AnnualReport r, Section s) {
        List<Section> sections = new ArrayList<>(r.sections());
        sections.add(s);
        return r.toBuilder().sections(sections).build();
    }

    private static AnnualReport withExtraRow(AnnualReport r, String label, String unit) {
        AnnualReport.Builder b = r.toBuilder();
        StatisticsTable t = r.tables().values().iterator().next();
        Map<String, CellValue> values = Map.of(t.definition().blocks().get(0).leafColumns().get(0).id(), Count.of(1));
        b.table(t.toBuilder().addExtraRow(new ExtraRow(label, unit, values)).build());
        return b.build();
    }

    /** The shape of an HTML page: its elements and attributes, counted, and any script-like attribute value. */
    private static Map<String, Integer> htmlShape(String html) {
        Document d = Jsoup.parse(html);
        Map<String, Integer> shape = new TreeMap<>();
        for (Element e : d.getAllElements()) {
            shape.merge("<" + e.tagName() + ">", 1, Integer::sum);
            for (Attribute a : e.attributes()) {
                shape.merge("@" + a.getKey(), 1, Integer::sum);
                String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (v.startsWith("javascript:") || v.startsWith("data:")) {
                    shape.merge("script url", 1, Integer::sum);
                }
            }
        }
        return shape;
    }

    private static final Pattern MD_STRUCTURE = Pattern.compile("(?m)^(#+ |\\|)|(?<!\\\\)[<\\[]|(?<!\\\\)\\]\\(");

    /** The shape of Markdown: its lines, headings, table rows, and unescaped {@code <}, {@code [} and {@code ](}. */
    private static Map<String, Integer> markdownShape(String md) {
        Map<String, Integer> shape = new TreeMap<>();
        shape.put("lines", (int) md.chars().filter(c -> c == '\n').count());
        Matcher m = MD_STRUCTURE.matcher(md);
        while (m.find()) {
            shape.merge(m.group(), 1, Integer::sum);
        }
        return shape;
    }

    private static void noRawControls(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
            assertThat(control).as("%s: raw U+%04X at %d", what, (int) c, i).isFalse();
        }
    }

    @Test
    void payloadsInEveryTextFieldOfEveryEditionStayText() {
        int checked = 0;
        java.util.Set<String> refused = new java.util.TreeSet<>();
        List<AnnualReport> bases = List.of(Corpus.reports().get(0), Corpus.reports().get(10), Corpus.reports().get(20));
        // in the build each payload goes into each field of one edition in turn; a large run takes every edition
        boolean large = Integer.getInteger("xxgk.fuzz.inputs", 4_000) > 4_000;
        for (AnnualReport base : bases) {
            int combination = 0; // field × payload
            for (Map.Entry<String, BiFunction<AnnualReport, String, AnnualReport>> field : FIELDS.entrySet()) {
                for (String payload : Payloads.ALL) {
                    if (!large && combination++ % bases.size() != bases.indexOf(base)) {
                        continue;
                    }
                    String where = base.edition() + " " + field.getKey() + " ← " + shortly(payload);
                    AnnualReport harmless;
                    try {
                        harmless = field.getValue().apply(base, harmless(payload));
                    } catch (ReportModelException e) {
                        refused.add(field.getKey()); // the model's typed error: a blank agency name
                        continue;
                    }
                    Map<String, Integer> html = htmlShape(HtmlRenderer.standard()
                            .withFindings(ReportValidator.standard().validate(harmless)).render(harmless));
                    Map<String, Integer> md = markdownShape(MarkdownRenderer.standard().render(harmless));
                    int textLines = TextRenderer.standard().render(harmless).split("\n", -1).length;
                    AnnualReport r;
                    try {
                        r = field.getValue().apply(base, payload);
                    } catch (ReportModelException e) {
                        throw new AssertionError(where + ": refused although its harmless twin was not", e);
                    }
                    // findings may differ with the text (a heading can be wrong), so compare without them
                    assertThat(htmlShape(HtmlRenderer.standard().render(r))).as(where)
                            .isEqualTo(htmlShape(HtmlRenderer.standard().render(harmless)));
                    String withFindings = HtmlRenderer.standard().withFindings(ReportValidator.standard().validate(r)).render(r);
                    assertThat(htmlShape(withFindings).keySet()).as(where).isSubsetOf(html.keySet());
                    String markdown = MarkdownRenderer.standard().render(r);
                    assertThat(markdownShape(markdown)).as(where).isEqualTo(md);
                    noRawControls(where + " (md)", markdown);
                    String text = TextRenderer.standard().render(r);
                    assertThat(text.split("\n", -1)).as(where).hasSize(textLines);
                    noRawControls(where + " (txt)", text);
                    FuzzTest.everything(r);
                    checked++;
                }
            }
        }
        assertThat(refused).containsExactly("agency", "extra row label"); // blank ones: the model refuses them
        assertThat(checked).isGreaterThan((large ? 3 : 1) * (FIELDS.size() - 2) * Payloads.ALL.size());
    }

    /** A harmless twin of a text: the same length, white space where it has white space, 字 elsewhere. */
    private static String harmless(String payload) {
        StringBuilder sb = new StringBuilder(payload.length());
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            sb.append(Character.isWhitespace(c) ? c : '字');
        }
        return sb.toString();
    }

    private static String shortly(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(c -> sb.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format(Locale.ROOT, "\\u%04X", c)
                : new String(Character.toChars(c))));
        return sb.toString();
    }
}
