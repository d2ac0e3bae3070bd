package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.AgencyNames;
import io.github.xxgk.validation.PublicationDeadline;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.TextSimilarity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public faces of the pairing, the deadlines and the text similarity that the archive module uses. */
class ArchiveFacingApiTest {

    @Test
    void namesPairAsTheCrossYearRulesPairThem() {
        assertThat(AgencyNames.variant("洪泽区人民政府", "淮安市洪泽区人民政府")).contains(AgencyNames.Variant.PARENT_REGION);
        assertThat(AgencyNames.variant("淮安市（洪泽区）统计局", "淮安市(洪泽区)统计局")).contains(AgencyNames.Variant.WRITING);
        assertThat(AgencyNames.variant("市统计局", "淮安市统计局")).isEmpty();
        assertThat(AgencyNames.normalised("淮安市　第１局（本级）")).isEqualTo("淮安市第1局(本级)");
    }

    @Test
    void deadlinesAreThoseOfTheRegulations() {
        MonthDay township = MonthDay.of(2, 20);
        assertThat(PublicationDeadline.of(2017, Optional.empty(), township))
                .hasValue(new PublicationDeadline("PUB-DEADLINE-08", LocalDate.of(2018, 3, 31), Severity.ERROR));
        assertThat(PublicationDeadline.of(2023, Optional.of(AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT), township))
                .hasValue(new PublicationDeadline("PUB-DEADLINE-DEPT", LocalDate.of(2024, 1, 31), Severity.ERROR));
        assertThat(PublicationDeadline.of(2023, Optional.of(AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT), township))
                .hasValue(new PublicationDeadline("PUB-DEADLINE-GOV", LocalDate.of(2024, 3, 31), Severity.ERROR));
        assertThat(PublicationDeadline.of(2023, Optional.of(AgencyKind.TOWNSHIP_OR_STREET), township))
                .hasValue(new PublicationDeadline("PUB-DEADLINE-OTHER", LocalDate.of(2024, 2, 20), Severity.WARNING));
        assertThat(PublicationDeadline.of(2023, Optional.empty(), township)).isEmpty();
        assertThat(new PublicationDeadline("PUB-DEADLINE-DEPT", LocalDate.of(2024, 1, 31), Severity.ERROR)
                .missedBy(LocalDate.of(2024, 2, 1))).isTrue();
    }

    @Test
    void theValidatorReportsLatenessFromTheSameDeadline() {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).consistent(3).toBuilder()
                .agency(io.github.xxgk.core.Agency.of("甲市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)).year(2023)
                .publicationDate(LocalDate.of(2024, 2, 1)).build();
        assertThat(ReportValidator.standard().validate(r).findings("PUB-DEADLINE-DEPT")).singleElement()
                .satisfies(f -> assertThat(f.expected()).hasValue("≤ 2024-01-31"));
    }

    @Test
    void similarityIsOneForACopyWithOtherFiguresAndAbsentForShortTexts() {
        AnnualReport base = ReportGenerator.of(Edition.STANDARD_2021).consistent(4);
        String text = "本年度持续推进主动公开、依申请公开、政府信息管理、平台建设和监督保障工作，全年主动公开政府信息120条，"
                + "发布政策解读15篇，下一步将进一步加强政府信息公开工作，规范依申请公开办理流程。";
        AnnualReport a = base.toBuilder().sections(List.of(Section.builder("一、", "总体情况").paragraph(text).build())).build();
        AnnualReport b = base.toBuilder().sections(List.of(Section.builder("一、", "总体情况")
                .paragraph(text.replace("120", "7")).build())).build();
        assertThat(TextSimilarity.between(a, b)).hasValue(1.0);
        AnnualReport shortText = base.toBuilder().sections(List.of(Section.builder("一、", "总体情况").paragraph("无。").build())).build();
        assertThat(TextSimilarity.between(a, shortText)).isEmpty();
        assertThat(TextSimilarity.DUPLICATE_THRESHOLD).isEqualTo(0.9);
    }
}
