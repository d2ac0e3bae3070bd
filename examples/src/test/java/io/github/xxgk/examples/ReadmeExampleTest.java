package io.github.xxgk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The code sample of README.md, as written there, so the README stays true. */
class ReadmeExampleTest {

    @Test
    void theReadmeSampleRunsAsDescribed() {
        AnnualReport.Builder b = AnnualReport.builder(Edition.STANDARD_2021)
                .agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(2024)
                .publicationDate(LocalDate.of(2025, 1, 20));
        b.table(b.tableBuilder("t3")
                .set("r1", "natural_person", 7).set("r1", "total", 7)         // 一、本年新收政府信息公开申请数量
                .set("r2", "natural_person", CellValue.NOT_APPLICABLE)          // “/”
                .build());
        AnnualReport report = b.build();

        CellDefinition cell = report.form().cell(CellId.parse("t3.r1.total")).orElseThrow();
        assertThat(cell.name().zh()).isEqualTo("表三 一、本年新收政府信息公开申请数量 × 总计");
        String json = ReportJson.defaults().write(report);
        AnnualReport back = ReportJson.defaults().read(json);   // equals report
        assertThat(back).isEqualTo(report);
    }
}
