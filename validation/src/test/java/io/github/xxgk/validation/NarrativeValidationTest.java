package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.NarrativeSubject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Narrative findings quote their sentence, point at it and at the cells, in both languages. */
class NarrativeValidationTest {

    private static final String SENTENCE = "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。";

    private static AnnualReport report(long newRequests) {
        StatisticsTable t3 = StatisticsTable.builder(Edition.STANDARD_2021.form().table("t3").orElseThrow())
                .set("r1", "total", newRequests).build();
        return AnnualReport.builder(Edition.STANDARD_2021).agency(io.github.xxgk.core.Agency.named("某区人民政府")).year(2022).title("某区2022年政府信息公开工作年度报告")
                .section(Section.builder("一、", "总体情况").form("s1_overview").paragraph("概述。").build())
                .section(Section.builder("三、", "收到和处理政府信息公开申请情况").form("s3_requests")
                        .subsection(Section.builder("（二）", "依申请公开方面").paragraph("一是畅通渠道。", SENTENCE).build()).build())
                .table(t3).build();
    }

    @Test
    void aFigureThatDiffersFromItsCellIsFoundAtItsSentence() {
        // 全区…75件 against 76: the whole area's figure below the table's is a contradiction whatever level 表三 counts
        List<Finding> found = ReportValidator.standard().validate(report(76)).findings("T3-TEXT-LINK");
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.location().id()).isEqualTo("sections/1/subsections/0");
        TextPosition at = f.location().text().orElseThrow();
        assertThat(at.paragraph()).isEqualTo(1);
        assertThat(SENTENCE.substring(at.start(), at.end())).isEqualTo("75件");
        assertThat(SENTENCE.substring(at.sentenceStart(), at.sentenceEnd())).isEqualTo(SENTENCE);
        assertThat(f.related()).containsExactly(CellId.parse("t3.r1.total"));
        assertThat(f.expected()).contains("76");
        assertThat(f.actual()).contains("75件");
        assertThat(f.message(Locale.CHINA)).startsWith("（二）依申请公开方面：“" + SENTENCE + "”所称收到政府信息公开申请 75件 与 表三")
                .contains("本年新收政府信息公开申请数量").endsWith("的 76 不符。");
        assertThat(f.message(Locale.ENGLISH)).contains("gives requests received as 75件").contains("is 76");
    }

    @Test
    void aFigureThatEqualsItsCellIsNoFinding() {
        assertThat(ReportValidator.standard().validate(report(75)).findings("T3-TEXT-LINK")).isEmpty();
    }

    @Test
    void figuresAreReadWithoutValidating() {
        List<NarrativeFigure> figures = NarrativeFigures.of(report(74));
        assertThat(figures).extracting(f -> f.value().intValue()).containsExactly(75, 72, 3);
        assertThat(figures.get(0).position().path()).isEqualTo("sections/1/subsections/0");
        assertThat(figures.get(0).position().paragraph()).isEqualTo(1);
        assertThat(figures.get(0).matched()).isTrue();
        assertThat(((Count) report(74).value(CellId.parse("t3.r1.total"))).value()).isEqualTo(74);
    }

    @Test
    void everyBindingNamesCellsOfItsFormAndEverySubject() {
        for (Edition e : Edition.values()) {
            var v = e.form().narrative();
            v.bindings().forEach(b -> {
                assertThat(v.subject(b.subject())).as(e + " " + b.subject()).isPresent();
                b.cells().forEach(c -> assertThat(e.form().cell(c)).as(e + " " + c).isPresent());
                b.widenedCells().forEach(c -> assertThat(e.form().cell(c)).as(e + " " + c).isPresent());
                b.otherOutcomes().forEach(c -> assertThat(e.form().cell(c)).as(e + " " + c).isPresent());
            });
            assertThat(v.statements("topics")).hasSize(5);
            assertThat(v.statements("assessment")).hasSize(3);
        }
    }

    @Test
    void noPhraseIsWrittenTwice() {
        for (Edition e : Edition.values()) {
            var v = e.form().narrative();
            List<String> phrases = new java.util.ArrayList<>();
            // the parts of two wholes named alike (维持 of 行政复议 and of 行政诉讼) share one list of phrases: counted once
            v.subjects().stream().filter(s -> s.partOf().isEmpty()).forEach(s -> phrases.addAll(s.phrases()));
            v.subjects().stream().filter(s -> s.partOf().isPresent()).map(NarrativeSubject::phrases).distinct()
                    .forEach(phrases::addAll);
            v.subjects().forEach(s -> phrases.addAll(s.nilPhrases()));
            v.statements().forEach(s -> phrases.addAll(s.phrases()));
            assertThat(phrases).as(e.toString()).doesNotHaveDuplicates();
        }
    }
}
