package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Regression tests of issue 13 for validation: every failure found by hostile input. */
class HostileInputTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static AnnualReport withSections(List<Section> sections) {
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.of("某市统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(2022).sections(sections).build();
    }

    private static List<Section> numbered(int count) {
        List<Section> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(Section.builder(io.github.xxgk.validation.internal.NumeralsAccess.chinese(i) + "、", "第" + i + "节")
                    .paragraph("文字。").build());
        }
        return out;
    }

    @Test
    void ninetyNineThenOneExpectsOneHundred() {
        List<Section> sections = new ArrayList<>(numbered(99));
        sections.add(Section.builder("一、", "又从一开始").paragraph("文字。").build());
        ValidationResult result = VALIDATOR.validate(withSections(sections));
        List<Finding> numbering = result.findings("SEC-NUMBERING");
        assertThat(numbering).hasSize(1);
        assertThat(numbering.get(0).expected()).contains("一百、");
        assertThat(numbering.get(0).actual()).contains("一、");
    }

    @Test
    void aHundredAndOneSectionsAndAThousandAndOneAreNumberedWithoutFindings() {
        assertThat(VALIDATOR.validate(withSections(numbered(101))).findings("SEC-NUMBERING")).isEmpty();
        assertThat(VALIDATOR.validate(withSections(numbered(1001))).findings("SEC-NUMBERING")).isEmpty();
        // a gap after 一百一十 expects 一百一十一
        List<Section> gap = new ArrayList<>(numbered(110));
        gap.add(Section.builder("一百一十二、", "跳号").paragraph("文字。").build());
        assertThat(VALIDATOR.validate(withSections(gap)).findings("SEC-NUMBERING").get(0).expected()).contains("一百一十一、");
    }

    @Test
    void manyParenthesisedSubsectionsToo() {
        Section.Builder parent = Section.builder("一、", "总体情况");
        for (int i = 1; i <= 150; i++) {
            parent.subsection(Section.builder("（" + io.github.xxgk.validation.internal.NumeralsAccess.chinese(i) + "）", "小节")
                    .paragraph("文字。").build());
        }
        parent.subsection(Section.builder("（一）", "又从一开始").paragraph("文字。").build());
        List<Finding> f = VALIDATOR.validate(withSections(List.of(parent.build()))).findings("SEC-NUMBERING");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).expected()).contains("（一百五十一）");
    }

    @Test
    void beanValidationTakesTheSamePathWithoutCrashing() {
        List<Section> sections = new ArrayList<>(numbered(99));
        sections.add(Section.builder("一、", "又从一开始").paragraph("文字。").build());
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            // one violation per ERROR of the engine; before the fix this threw StringIndexOutOfBoundsException
            AnnualReport r = withSections(sections);
            assertThat(factory.getValidator().validate(r)).hasSize(VALIDATOR.validate(r).errors().size());
        }
    }

    private static AnnualReport t3(long received, long carried, long backlog) {
        AnnualReport.Builder b = AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.named("某局")).year(2022);
        StatisticsTable.Builder t = b.tableBuilder("t3");
        t.set("r1", "total", Count.of(received)).set("r2", "total", Count.of(carried)).set("r4", "total", Count.of(backlog));
        return b.table(t.build()).build();
    }

    @Test
    void carryPlausibilityIsExactNearTheLimit() {
        long max = Long.MAX_VALUE;
        // 一 + 二 = 2^64 − 2 overflows a long; 四 = max is not more than half of it: no finding
        assertThat(VALIDATOR.validate(t3(max, max, max)).findings("T3-CARRY-PLAUS")).isEmpty();
        // 一 + 二 = max + 1 (overflows to negative); 四 = max is more than half: a finding with the exact bound
        List<Finding> f = VALIDATOR.validate(t3(max, 1, max)).findings("T3-CARRY-PLAUS");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).expected()).contains("≤ " + BigInteger.valueOf(max).add(BigInteger.ONE).shiftRight(1));
        assertThat(VALIDATOR.validate(t3(10, 10, 11)).findings("T3-CARRY-PLAUS")).hasSize(1);
        assertThat(VALIDATOR.validate(t3(10, 10, 10)).findings("T3-CARRY-PLAUS")).isEmpty();
    }

    private static AnnualReport withText(int year, String text) {
        return AnnualReport.builder(Edition.STANDARD_2021).agency(Agency.named("某局")).year(year)
                .sections(List.of(Section.builder("一、", "总体情况").form("s1_overview").paragraph(text).build())).build();
    }

    @Test
    void duplicateTextOfTwoMillionCharactersIsCompared() {
        StringBuilder sb = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(13);
        String words = "政府信息公开主动依申请平台建设监督保障考核评议责任追究政策解读";
        while (sb.length() < 2_000_000) {
            sb.append(words.charAt(random.nextInt(words.length())));
        }
        String text = sb.toString();
        ValidationResult same = VALIDATOR.validate(withText(2022, text), ValidationContext.none().withPrevious(withText(2021, text)));
        assertThat(same.findings("TXT-DUPLICATE")).hasSize(1);
        assertThat(same.findings("TXT-DUPLICATE").get(0).actual()).contains("100%");
    }

    /** The similarity as the rule first computed it: sets of 4-character strings, after two regular expressions. */
    private static double reference(String a, String b) {
        Set<String> x = shingles(a.replaceAll("[0-9０-９〇一二三四五六七八九十百千万.．%％]+", "#").replaceAll("\\s+", ""));
        Set<String> y = shingles(b.replaceAll("[0-9０-９〇一二三四五六七八九十百千万.．%％]+", "#").replaceAll("\\s+", ""));
        if (x.size() < 50 || y.size() < 50) {
            return -1;
        }
        long common = x.stream().filter(y::contains).count();
        return (double) common / (x.size() + y.size() - common);
    }

    private static Set<String> shingles(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= text.length(); i++) {
            out.add(text.substring(i, i + 4));
        }
        return out;
    }

    @Test
    void duplicateFindsWhatTheFirstVersionFound() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String alphabet = "公开信息政府申请本年度 12３.%\t\n一十百";
        for (int round = 0; round < 300; round++) {
            StringBuilder a = new StringBuilder();
            int length = 40 + random.nextInt(400);
            for (int i = 0; i < length; i++) {
                a.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder b = new StringBuilder(a);
            for (int k = random.nextInt(length / 4 + 1); k > 0; k--) {
                b.setCharAt(random.nextInt(b.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // the heading 总体情况 is part of the compared text too
            double expected = reference("总体情况" + b, "总体情况" + a);
            ValidationResult r = VALIDATOR.validate(withText(2022, b.toString()),
                    ValidationContext.none().withPrevious(withText(2021, a.toString())));
            assertThat(r.findings("TXT-DUPLICATE")).as("round " + round).hasSize(expected >= 0.9 ? 1 : 0);
        }
    }

    @Test
    void feesAreExactAndImmediateForEveryInt() {
        // by brute force for the small counts
        BigInteger piece = BigInteger.ZERO;
        BigInteger volume = BigInteger.ZERO;
        for (int n = 0; n <= 2_000; n++) {
            if (n >= 11) {
                piece = piece.add(BigInteger.valueOf(n <= 30 ? 100 : 100L * (2 + (n - 31) / 10)));
            }
            if (n >= 31) {
                volume = volume.add(BigInteger.valueOf(n <= 100 ? 10 : n <= 200 ? 20 : 40));
            }
            assertThat(FeeCalculator.perPiece(n)).as("perPiece(%d)", n).isEqualByComparingTo(new BigDecimal(piece));
            assertThat(FeeCalculator.perVolume(n)).as("perVolume(%d)", n).isEqualByComparingTo(new BigDecimal(volume));
        }
        // 1,500,000,000 requests: 2,000 元 for 11–30, then 149,999,997 full blocks of ten at 100 × (2 + k) 元,
        // 1000 × (2·b + b·(b − 1)/2) with b = 149,999,997
        assertThat(FeeCalculator.perPiece(1_500_000_000)).isEqualByComparingTo("11249999775000002000");
        assertThat(FeeCalculator.perPiece(Integer.MAX_VALUE)).isEqualByComparingTo("23058429748539558100");
        // 2,700 元 for the first 200 pages, then 40 元 a page
        assertThat(FeeCalculator.perVolume(Integer.MAX_VALUE))
                .isEqualByComparingTo(BigDecimal.valueOf(2_700L + 40L * (Integer.MAX_VALUE - 200L)));
    }

    @Test
    void editionsComeInTheirDeclaredOrder() {
        for (RuleDescriptor d : RuleCatalogue.rules()) {
            List<Edition> editions = List.copyOf(d.editions());
            assertThat(editions).as(d.id()).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        }
        RuleDescriptor d = new RuleDescriptor("X-Y", List.of(io.github.xxgk.core.form.Severity.INFO),
                new io.github.xxgk.core.form.Label("依据", "basis"), new io.github.xxgk.core.form.Label("说明", "what"),
                Set.of(Edition.STANDARD_2021, Edition.LEGACY_2008, Edition.TRIAL_2019), RuleDescriptor.Status.CHECKED);
        assertThat(List.copyOf(d.editions())).containsExactly(Edition.LEGACY_2008, Edition.TRIAL_2019, Edition.STANDARD_2021);
        assertThat(d.editions()).isEqualTo(EnumSet.allOf(Edition.class));
        for (var def : Edition.LEGACY_2008.form().sections()) {
            assertThat(List.copyOf(def.requiredFor())).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        }
    }
}
