package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.validation.Finding;
import org.junit.jupiter.api.Test;

/** The blank 2021 template as offices receive it in Word reads as an empty 2021 report. */
class TemplateTest {

    @Test
    void theBlankTemplateReadsAsAnEmpty2021Report() {
        ReadResult r = PublishedReports.read(Corpus.file("template", "2021-blank-template.docx"), ReadOptions.defaults());
        assertEmpty2021(r);
        assertThat(r.report().sections()).allMatch(s -> s.paragraphs().isEmpty() && s.subsections().isEmpty());
        assertThat(r.hasWarnings()).isFalse();
    }

    /**
     * A reading of the blank 2021 template: the 2021 edition, 表二 to 表四 with every cell blank, the six sections
     * of the form, and no reading note but the inferred agency kind.
     */
    static void assertEmpty2021(ReadResult r) {
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(report.tables()).containsOnlyKeys("t2", "t3", "t4");
        for (StatisticsTable t : report.tables().values()) {
            for (CellDefinition c : t.definition().cells()) {
                assertThat(t.valueAt(c.index()).isBlank()).as(c.id().toString()).isTrue();
            }
        }
        assertThat(report.sections()).extracting(Section::form).allMatch(java.util.Optional::isPresent);
        assertThat(report.sections()).hasSize(6);
        assertThat(r.notes()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("READ-") && !id.equals("READ-METADATA-INFERRED"));
    }
}
