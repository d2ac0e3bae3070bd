package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.json.ReportJson;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The seed report gets exactly the findings its text deserves: it says nothing of fees (LEG-FEE-TEXT,
 * and the fee figure of the table is missing: FEE-LEGACY), two subsections of part 一 are headings
 * without text (（八）, （九）), and part 二 numbers its first subsection （1） among （一）-style
 * siblings. It was published on 2018-01-10, within the 2008 deadline of 31 March; its arithmetic
 * holds (48 items through the channels cover the 20 unique items; 1 person = part-time 1 + full-time
 * not reported). Findings come by severity, then by place.
 */
class SeedValidationTest {

    private static final Path SEED = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.json");

    @Test
    void theSeedGetsExactlyTheFindingsItsTextDeserves() throws Exception {
        AnnualReport seed = ReportJson.defaults().read(SEED);
        ValidationResult result = ReportValidator.standard().validate(seed);
        assertThat(result.passed()).isTrue();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, f -> f.location().id()).containsExactly(
                tuple("LEG-FEE-TEXT", Severity.WARNING, ""),
                tuple("SEC-EMPTY", Severity.WARNING, "sections/0/subsections/7"),
                tuple("SEC-EMPTY", Severity.WARNING, "sections/0/subsections/8"),
                tuple("FEE-LEGACY", Severity.WARNING, "stats.l53.value"),
                tuple("SEC-NUMBERING", Severity.INFO, "sections/1/subsections/0"));
        assertThat(result.findings().get(1).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("章节“（八）推进重点领域政府信息公开情况。”只有标题，没有内容。");
        assertThat(result.findings().get(4).message(Locale.ENGLISH))
                .isEqualTo("The numbering “（1）” is out of line with its siblings; expected “（一）”.");
        assertThat(result.findings().get(0).basis().zh()).isEqualTo("《政府信息公开条例》（2008）第三十二条第（三）项");
    }
}
