package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.Severity;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which last-year report is compared with this one, and what the result says about the pairing. */
class PreviousPairingTest {

    private static AnnualReport report(String agency, int year, long carried) {
        StatisticsTable.Builder t = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3");
        Edition.STANDARD_2021.form().table("t3").orElseThrow().cells().forEach(c -> t.set(c.id(), Count.of(0)));
        // 二、上年结转 this year; 四、结转下年度 last year: they differ, so T3-CARRY-CHAIN fires when compared
        t.set("r2", "natural_person", carried).set("r2", "total", carried).set("r3_1", "natural_person", carried)
                .set("r3_1", "total", carried).set("r3_7", "natural_person", carried).set("r3_7", "total", carried);
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.of(agency, AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT))
                .year(year).publicationDate(LocalDate.of(year + 1, 3, 1)).title(agency + year + "年政府信息公开工作年度报告")
                .table(t.build()).build();
    }

    @Test
    void aParentRegionBeforeTheNameIsPairedAndSaidSo() {
        ValidationResult r = ReportValidator.standard().validate(report("洪泽区人民政府", 2024, 3),
                ValidationContext.none().withPrevious(report("淮安市洪泽区人民政府", 2023, 0)));
        assertThat(r.findings("META-PREVIOUS")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message(Locale.CHINA)).isEqualTo("上年报告“淮安市洪泽区人民政府 2023”与本报告“洪泽区人民政府 2024”的机构名称"
                    + "只差上级行政区划名，按同一机构进行跨年度核对。");
        });
        assertThat(r.findings("T3-CARRY-CHAIN")).isNotEmpty();
    }

    @Test
    void bracketWidthsArePairedAndSaidSo() {
        ValidationResult r = ReportValidator.standard().validate(report("淮安市洪泽区人民政府办公室（区政务服务管理办公室）", 2024, 3),
                ValidationContext.none().withPrevious(report("淮安市洪泽区人民政府办公室(区政务服务管理办公室)", 2023, 0)));
        assertThat(r.findings("META-PREVIOUS")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageKey()).isEqualTo("meta.previous_writing");
        });
        assertThat(r.findings("T3-CARRY-CHAIN")).isNotEmpty();
    }

    @Test
    void theSameNameSaysNothingAboutThePairing() {
        ValidationResult r = ReportValidator.standard().validate(report("洪泽区人民政府", 2024, 3),
                ValidationContext.none().withPrevious(report("洪泽区人民政府", 2023, 0)));
        assertThat(r.findings("META-PREVIOUS")).isEmpty();
        assertThat(r.findings("T3-CARRY-CHAIN")).isNotEmpty();
    }

    @Test
    void namesThatReallyDifferGiveAWarningAndNoCrossYearRule() {
        ValidationResult r = ReportValidator.standard().validate(report("洪泽区人民政府", 2024, 3),
                ValidationContext.none().withPrevious(report("淮阴区人民政府", 2023, 0)));
        assertThat(r.findings("META-PREVIOUS")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message(Locale.CHINA)).isEqualTo("所给上年报告为“淮阴区人民政府 2023”，应为“洪泽区人民政府 2023”：机构名称不同（也不是同一名称的常见写法），"
                    + "跨年度核对未进行。如确为同一机构（例如更名），可强制按同一机构核对。");
        });
        assertThat(r.findings("T3-CARRY-CHAIN")).isEmpty();
    }

    @Test
    void aForcedPairingComparesAndSaysSo() {
        ValidationResult r = ReportValidator.standard().validate(report("洪泽区人民政府", 2024, 3),
                ValidationContext.none().withPreviousForced(report("洪泽县人民政府", 2023, 0)));
        assertThat(r.findings("META-PREVIOUS")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message(Locale.CHINA)).isEqualTo("上年报告“洪泽县人民政府 2023”与本报告“洪泽区人民政府 2024”的机构名称不同，"
                    + "按调用方要求作为同一机构进行跨年度核对。");
        });
        assertThat(r.findings("T3-CARRY-CHAIN")).isNotEmpty();
    }

    @Test
    void aForcedPairingStillNeedsTheYearBefore() {
        ValidationResult r = ReportValidator.standard().validate(report("洪泽区人民政府", 2024, 3),
                ValidationContext.none().withPreviousForced(report("洪泽区人民政府", 2022, 0)));
        assertThat(r.findings("META-PREVIOUS")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(r.findings("T3-CARRY-CHAIN")).isEmpty();
    }
}
