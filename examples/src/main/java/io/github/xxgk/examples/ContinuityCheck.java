package io.github.xxgk.examples;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationContext;
import java.util.List;
import java.util.Locale;

/**
 * Example: check this year's report against last year's (T3-CARRY-CHAIN: this year's 上年结转 equals
 * last year's 结转下年度; T2-VALID-CARRY: the documents in force continue).
 */
public final class ContinuityCheck {

    private ContinuityCheck() {
    }

    /**
     * The cross-year findings of a report given last year's.
     *
     * @param thisYear this year's report
     * @param lastYear last year's report of the same agency
     * @return the findings of the cross-year rules, in English
     */
    public static List<String> crossYear(AnnualReport thisYear, AnnualReport lastYear) {
        return ReportValidator.standard().validate(thisYear, ValidationContext.none().withPrevious(lastYear)).findings().stream()
                .filter((Finding f) -> f.ruleId().equals("T3-CARRY-CHAIN") || f.ruleId().equals("T2-VALID-CARRY"))
                .map(f -> f.ruleId() + " " + f.location().id() + ": " + f.message(Locale.ENGLISH))
                .toList();
    }

    /** 2023 carried two requests over; the 2024 report says it took over one. */
    public static void main(String[] args) {
        crossYear(BuildAndValidate.report(2024, 1), BuildAndValidate.report(2023, 0)).forEach(System.out::println);
    }
}
