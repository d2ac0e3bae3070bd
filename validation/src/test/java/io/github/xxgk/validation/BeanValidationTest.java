package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A host's plain {@code jakarta.validation.Validator} (Hibernate Validator; 9.x by default, 8.0.x with
 * {@code -Phv8}) reports the engine's ERROR findings as violations with paths to the cells.
 */
class BeanValidationTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static AnnualReport report(long natural, long total) {
        AnnualReport.Builder b = AnnualReport.builder(Edition.STANDARD_2021)
                .agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT)).year(2022)
                .publicationDate(LocalDate.of(2023, 2, 3))
                .title("某市统计局2022年政府信息公开工作年度报告");
        StatisticsTable.Builder t3 = b.tableBuilder("t3");
        Edition.STANDARD_2021.form().table("t3").orElseThrow().cells().forEach(c -> t3.set(c.id(), io.github.xxgk.core.Count.of(0)));
        b.table(t3.set("r1", "natural_person", natural).set("r1", "total", total).build());
        b.section(Section.builder("一、", "总体情况").form("s1_overview").paragraph("见下文{x}${1+1}")
                .subsection(Section.builder("（一）", "空").build()).build());
        return b.build();
    }

    /** A validator whose interpolator always works in one locale, as a host's does for a request. */
    private static Validator in(Locale locale) {
        ParameterMessageInterpolator interpolator = new ParameterMessageInterpolator();
        return FACTORY.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale l) {
                return interpolator.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    private static Finding payload(ConstraintViolation<?> v) {
        HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
        return h.getDynamicPayload(Finding.class);
    }

    private static ConstraintViolation<AnnualReport> rowTotal(Set<ConstraintViolation<AnnualReport>> violations) {
        return violations.stream()
                .filter(v -> v.getPropertyPath().toString().equals("tables[t3].r1.total")
                        && payload(v).ruleId().equals("T3-ROWTOTAL"))
                .findFirst().orElseThrow();
    }

    @Test
    void errorsBecomeViolationsWithPathsToTheCells() {
        Set<ConstraintViolation<AnnualReport>> violations = VALIDATOR.validate(report(3, 4));
        List<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
        assertThat(paths).contains("tables[t3].r1.total", "publicationDate", "sections");
        ConstraintViolation<AnnualReport> cell = rowTotal(violations);
        Finding finding = ReportValidator.standard().validate(report(3, 4)).findings("T3-ROWTOTAL").get(0);
        assertThat(payload(cell)).isEqualTo(finding);
        assertThat(cell.getMessageTemplate()).isEqualTo("{io.github.xxgk.validation.finding}");
        assertThat(cell.getRootBean()).isEqualTo(report(3, 4));
        assertThat(violations).hasSize(ReportValidator.standard().validate(report(3, 4)).errors().size());
    }

    @Test
    void theMessageIsTheHostInterpolatorsInItsLocaleFromTheBundles() {
        Finding finding = ReportValidator.standard().validate(report(3, 4)).findings("T3-ROWTOTAL").get(0);
        assertThat(rowTotal(in(Locale.SIMPLIFIED_CHINESE).validate(report(3, 4))).getMessage())
                .isEqualTo("T3-ROWTOTAL：" + finding.message(Locale.CHINESE))
                .contains("表三 一、本年新收政府信息公开申请数量 × 总计 为 4，应为 3");
        assertThat(rowTotal(in(Locale.ENGLISH).validate(report(3, 4))).getMessage())
                .isEqualTo("T3-ROWTOTAL: " + finding.message(Locale.ENGLISH));
        // a locale without a bundle of its own gets the default one (English), whatever the JVM's (tr here)
        assertThat(rowTotal(in(Locale.GERMAN).validate(report(3, 4))).getMessage())
                .isEqualTo("T3-ROWTOTAL: " + finding.message(Locale.ENGLISH));
        // every violation has its own finding's message, none glued in two languages
        Set<ConstraintViolation<AnnualReport>> all = in(Locale.ENGLISH).validate(report(3, 4));
        assertThat(all).allSatisfy(v -> {
            Finding f = payload(v);
            assertThat(v.getMessage()).isEqualTo(f.ruleId() + ": " + f.message(Locale.ENGLISH)).doesNotContain(" / ");
        });
    }

    @Test
    void sectionPathsLeadToTheSection() {
        AnnualReport r = report(3, 3);
        AnnualReport twoTables = r.toBuilder().table(AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t4").build()).build();
        Set<ConstraintViolation<AnnualReport>> violations = VALIDATOR.validate(twoTables);
        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).contains("sections", "publicationDate");
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessageTemplate()).doesNotContain("${"));
    }

    @Test
    void messagesAreNotInterpolated() {
        String escaped = io.github.xxgk.validation.beanvalidation.AnnualReportConstraintValidatorAccess.escape("a {b} ${c} \\d");
        assertThat(escaped).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
    }

    @Test
    void aReportWithoutErrorsHasNoViolation() {
        AnnualReport.Builder b = AnnualReport.builder(Edition.LEGACY_2008)
                .agency(Agency.of("某镇人民政府", AgencyKind.TOWNSHIP_OR_STREET)).year(2017)
                .publicationDate(LocalDate.of(2018, 1, 10)).title("某镇2017年政府信息公开工作年度报告");
        assertThat(VALIDATOR.validate(b.build())).isEmpty();
    }
}
