package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.form.CellId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static StatisticsTable.Builder t3() {
        return AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t3");
    }

    @Test
    void zeroBlankAndNotApplicableAreThreeDifferentValues() {
        StatisticsTable t = t3().set("r1", "natural_person", 0).set("r2", "natural_person", CellValue.NOT_APPLICABLE).build();
        assertThat(t.value("r1", "natural_person")).isEqualTo(Count.of(0));
        assertThat(t.value("r2", "natural_person")).isSameAs(CellValue.NOT_APPLICABLE);
        assertThat(t.value("r4", "natural_person")).isSameAs(CellValue.BLANK);
        assertThat(Count.of(0)).isNotEqualTo(CellValue.BLANK).isNotEqualTo(CellValue.NOT_APPLICABLE);
        assertThat(t).isNotEqualTo(t3().set("r1", "natural_person", CellValue.BLANK)
                .set("r2", "natural_person", CellValue.NOT_APPLICABLE).build());
        assertThat(t.reported()).containsOnlyKeys(CellId.parse("t3.r1.natural_person"), CellId.parse("t3.r2.natural_person"));
    }

    @Test
    void builderRefusesACellTheTableDoesNotHaveNamingIt() {
        assertThatThrownBy(() -> t3().set("r9", "total", 1))
                .isInstanceOf(ReportModelException.class)
                .hasMessageContaining("t3.r9.total");
        // the 2019 table has no split （六）
        assertThatThrownBy(() -> AnnualReport.builder(Edition.TRIAL_2019).tableBuilder("t3").set("r3_6_1", "total", 1))
                .isInstanceOf(ReportModelException.class).hasMessageContaining("t3.r3_6_1.total");
        assertThatThrownBy(() -> AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("stats"))
                .isInstanceOf(ReportModelException.class).hasMessageContaining("stats");
    }

    @Test
    void builderRefusesAValueOfTheWrongKindNamingTheCell() {
        assertThatThrownBy(() -> t3().set(CellId.parse("t3.r1.total"), SignedCount.of(3)))
                .isInstanceOf(ReportModelException.class)
                .hasMessageContaining("表三 一、本年新收政府信息公开申请数量 × 总计");
        StatisticsTable.Builder t2 = AnnualReport.builder(Edition.STANDARD_2021).tableBuilder("t2");
        ReportModelException e = org.junit.jupiter.api.Assertions.assertThrows(ReportModelException.class,
                () -> t2.set("fees", "fee_amount", 5));
        assertThat(e.message(Locale.ENGLISH)).contains("takes an amount of money");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("应填金额");
        assertThatThrownBy(() -> t3().set("r1", "total", -1)).isInstanceOf(ReportModelException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> Count.of(-1)).isInstanceOf(ReportModelException.class);
        assertThatThrownBy(() -> Amount.of("-0.5", MoneyUnit.YUAN)).isInstanceOf(ReportModelException.class);
        assertThatThrownBy(() -> Amount.of("1" + "0".repeat(40), MoneyUnit.YUAN)).isInstanceOf(ReportModelException.class)
                .hasMessageContaining("40");
        assertThatThrownBy(() -> Amount.of("0." + "1".repeat(40), MoneyUnit.YUAN)).isInstanceOf(ReportModelException.class);
        assertThatThrownBy(() -> new Amount(new java.math.BigDecimal("1E+1000000"), MoneyUnit.YUAN))
                .isInstanceOf(ReportModelException.class);
        assertThatThrownBy(() -> Amount.of("abc", MoneyUnit.YUAN)).isInstanceOf(ReportModelException.class);
    }

    @Test
    void signedCountsOnlyInThe2019ChangeColumn() {
        StatisticsTable t = AnnualReport.builder(Edition.TRIAL_2019).tableBuilder("t2")
                .set("licensing", "delta", -4).set("licensing", "previous_count", 10).build();
        assertThat(t.value("licensing", "delta")).isEqualTo(SignedCount.of(-4));
        assertThat(t.value("licensing", "previous_count")).isEqualTo(Count.of(10));
        assertThat(SignedCount.of(4)).hasToString("+4");
    }

    @Test
    void amountsCompareByValueAndUnitAndKeepTheirDecimals() {
        Amount a = Amount.of("0.50", MoneyUnit.TEN_THOUSAND_YUAN);
        assertThat(a).isEqualTo(Amount.of("0.5", MoneyUnit.TEN_THOUSAND_YUAN)).hasSameHashCodeAs(Amount.of("0.5", MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(a).isNotEqualTo(Amount.of("5000", MoneyUnit.YUAN));
        assertThat(a.value().toPlainString()).isEqualTo("0.50");
        assertThat(a.inYuan()).isEqualByComparingTo(new BigDecimal("5000"));
    }

    @Test
    void reportsHaveValueEqualityAndRefuseForeignParts() {
        AnnualReport a = minimal().build();
        AnnualReport b = minimal().build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.value(CellId.parse("t3.r1.total"))).isEqualTo(Count.of(7));
        assertThat(a.value(CellId.parse("t4.cases.review_total"))).isSameAs(CellValue.BLANK);
        assertThatThrownBy(() -> a.value(CellId.parse("stats.l1.value"))).isInstanceOf(ReportModelException.class);
        StatisticsTable legacy = AnnualReport.builder(Edition.LEGACY_2008).tableBuilder("stats").build();
        assertThatThrownBy(() -> minimal().table(legacy).build()).isInstanceOf(ReportModelException.class)
                .hasMessageContaining("stats");
        StatisticsTable t3of2019 = AnnualReport.builder(Edition.TRIAL_2019).tableBuilder("t3").build();
        assertThatThrownBy(() -> minimal().table(t3of2019).build()).isInstanceOf(ReportModelException.class);
        assertThatThrownBy(() -> minimal().section(Section.builder("一、", "x").form("leg_fees").build()).build())
                .isInstanceOf(ReportModelException.class).hasMessageContaining("leg_fees");
        assertThatThrownBy(() -> minimal().year(2007).build()).isInstanceOf(ReportModelException.class);
        assertThatThrownBy(() -> AnnualReport.builder(Edition.STANDARD_2021).year(2022).build())
                .isInstanceOf(ReportModelException.class).hasMessageContaining("agency");
        assertThatThrownBy(() -> Agency.named(" ")).isInstanceOf(ReportModelException.class);
    }

    @Test
    void amountsKeepEveryPrintedDecimal() {
        Amount six = Amount.of("12345.678901", MoneyUnit.TEN_THOUSAND_YUAN);
        assertThat(six.value().toPlainString()).isEqualTo("12345.678901");
        assertThat(six.toString()).isEqualTo("12345.678901万元");
        assertThat(Amount.of("0.50", MoneyUnit.YUAN).value().scale()).isEqualTo(2);
        assertThat(Amount.of("1" + "2".repeat(39), MoneyUnit.YUAN).value().precision()).isEqualTo(40);
    }

    @Test
    void emptySectionsAreKeptAsEmpty() {
        Section empty = Section.builder("（八）", "推进重点领域政府信息公开情况。").build();
        AnnualReport r = minimal().section(Section.builder("一、", "总体情况").form("s1_overview").subsection(empty).build()).build();
        assertThat(r.sections().get(0).subsections()).containsExactly(empty);
        assertThat(empty.isEmpty()).isTrue();
    }

    @Test
    void legacyTablesKeepExtraIndicatorsAndCumulativeValues() {
        StatisticsTable t = AnnualReport.builder(Edition.LEGACY_2008).tableBuilder("stats")
                .set("l1", "value", 72804).set("l1", "cumulative", 76424)
                .addExtraRow(new ExtraRow("其中：1、网站公开", "条", java.util.Map.of("value", Count.of(72804))))
                .build();
        assertThat(t.value("l1", "cumulative")).isEqualTo(Count.of(76424));
        assertThat(t.extraRows()).singleElement().satisfies(x -> assertThat(x.label()).isEqualTo("其中：1、网站公开"));
        assertThatThrownBy(() -> AnnualReport.builder(Edition.LEGACY_2008).tableBuilder("stats")
                .addExtraRow(new ExtraRow("x", "", java.util.Map.of("year", Count.of(1)))).build())
                .isInstanceOf(ReportModelException.class).hasMessageContaining("year");
    }

    @Test
    void exactSumsNeverOverflow() {
        ExactSum s = new ExactSum().add(Long.MAX_VALUE).add(Long.MAX_VALUE).add(2);
        assertThat(s.value()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.TWO));
        ExactSum f = new ExactSum().add(Long.MAX_VALUE, 3);
        assertThat(f.value()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(3)));
        assertThat(new ExactSum().add(5).compareTo(new ExactSum().add(Long.MAX_VALUE).add(1))).isNegative();
        assertThat(new ExactSum().add(-3).add(3).value()).isZero();
    }

    private static AnnualReport.Builder minimal() {
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(2022).table(t3().set("r1", "total", 7).build());
    }
}
