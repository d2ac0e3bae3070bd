package io.github.xxgk.examples;

import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.util.List;
import java.util.Locale;

/** Example: load the seed report and list its findings in English. */
public final class SeedFindingsInEnglish {

    private SeedFindingsInEnglish() {
    }

    /** The seed's findings, one line each: severity, rule id, message in English. */
    public static List<String> lines() {
        return ReportValidator.standard().validate(SeedReport.load()).findings().stream()
                .map((Finding f) -> f.severity() + " " + f.ruleId() + ": " + f.message(Locale.ENGLISH))
                .toList();
    }

    /** Prints the seed's findings in English. */
    public static void main(String[] args) {
        lines().forEach(System.out::println);
    }
}
