package io.github.xxgk.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.Section;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.ReportValidator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text from the report is escaped: the parsed page holds only elements and attributes the renderer writes. */
class HtmlEscapingTest {

    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "main", "h1", "h2",
            "h3", "h4", "h5", "h6", "p", "span", "section", "table", "caption", "thead", "tbody", "tr", "th", "td", "ol",
            "li", "a", "strong", "div", "br", "#root");
    private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content", "class", "id", "colspan",
            "rowspan", "scope", "data-cell", "title", "href");

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg/onload=alert(1)>",
        "</title><script>alert(1)</script>",
        "</style><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=//evil></iframe>",
        "&lt;script&gt;",
        "<!-- --><script>x</script>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "\u0000\u0007<b>ctl</b>",
        "<![CDATA[<script>]]>"})
    void payloadsInEveryTextFieldStayText(String payload) {
        AnnualReport base = ReportGenerator.of(Edition.LEGACY_2008).consistent(3);
        AnnualReport r = base.toBuilder()
                .agency(Agency.of(payload, AgencyKind.OTHER))
                .title(payload)
                .preamble(payload)
                .sections(List.of(Section.builder(payload, payload).paragraph(payload)
                        .subsection(Section.builder(payload, payload).paragraph(payload).build()).build()))
                .table(base.table("stats").orElseThrow().toBuilder()
                        .addExtraRow(new ExtraRow(payload, payload, Map.of("value", Count.of(1)))).build())
                .build();
        for (String html : List.of(HtmlRenderer.standard().render(r),
                HtmlRenderer.standard().withFindings(ReportValidator.standard().validate(r)).render(r))) {
            Document d = Jsoup.parse(html);
            for (Element e : d.getAllElements()) {
                assertThat(ELEMENTS).as("element %s", e.tagName()).contains(e.tagName());
                for (Attribute a : e.attributes()) {
                    assertThat(ATTRIBUTES).as("attribute %s on %s", a.getKey(), e.tagName()).contains(a.getKey());
                    assertThat(a.getValue().toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("javascript:");
                }
            }
            assertThat(d.select("title")).hasSize(1);
            assertThat(d.select("style")).hasSize(1);
            assertThat(d.select("script")).isEmpty();
            String visible = payload.replace("\u0000", "\uFFFD").replace("\u0007", "\uFFFD");
            assertThat(d.selectFirst("h1").text()).isEqualTo(Jsoup.parse(visible).text().isEmpty() ? d.selectFirst("h1").text() : d.selectFirst("h1").text());
            assertThat(d.selectFirst("h1").wholeText()).isEqualTo(visible);
        }
    }
}
