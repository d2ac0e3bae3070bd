package io.github.xxgk.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.ValidationResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingJsonTest {

    private static final Finding LATE = new Finding("PUB-DEADLINE", Severity.ERROR, Location.report("publicationDate"),
            new Label("条例第五十条", "Art. 50"), Optional.of("2023-01-31"), Optional.of("2023-02-03"),
            Map.of(CellId.parse("t3.r1.total"), "7"), List.of(CellId.parse("t3.r1.natural_person")), "pub.late",
            Map.of("actual", new Label("2023年2月3日", "3 February 2023"), "expected", new Label("2023年1月31日", "31 January 2023")));

    private static final Finding BARE = new Finding("META-TITLE", Severity.INFO, Location.report(""),
            new Label("格式", "format"), Optional.empty(), Optional.empty(), Map.of(), List.of(), "meta.title",
            Map.of("year", new Label("2022", "2022")));

    @Test
    void aFindingHasItsFieldsInTheCliOrderInTheCallersLanguage() {
        assertThat(FindingJson.toJson(LATE, Locale.ENGLISH)).isEqualTo("""
                {
                  "rule" : "PUB-DEADLINE",
                  "severity" : "ERROR",
                  "location" : {
                    "kind" : "REPORT",
                    "id" : "publicationDate",
                    "name" : "publication date"
                  },
                  "message" : "The report was published on 3 February 2023, after the deadline (31 January 2023).",
                  "expected" : "2023-01-31",
                  "actual" : "2023-02-03",
                  "derived" : {
                    "t3.r1.total" : "7"
                  },
                  "related" : [
                    "t3.r1.natural_person"
                  ]
                }""");
        assertThat(FindingJson.toJson(LATE, Locale.CHINA)).contains("\"name\" : \"发布日期\"")
                .contains("\"message\" : \"" + LATE.message(Locale.CHINA) + "\"").contains("2023年2月3日");
    }

    @Test
    void emptyOptionalFieldsAreLeftOut() {
        String json = FindingJson.toJson(BARE, Locale.ENGLISH);
        assertThat(json).contains("\"rule\" : \"META-TITLE\"", "\"id\" : \"\"", "\"name\" : \"report\"")
                .doesNotContain("expected", "actual", "derived", "related", "cells");
    }

    @Test
    void aResultHasPassedCountsAndEveryFinding() {
        String json = FindingJson.toJson(new ValidationResult(List.of(LATE, BARE)), Locale.ENGLISH);
        assertThat(json).startsWith("""
                {
                  "passed" : false,
                  "counts" : {
                    "ERROR" : 1,
                    "WARNING" : 0,
                    "INFO" : 1
                  },
                  "findings" : [
                    {
                      "rule" : "PUB-DEADLINE",""");
        assertThat(json).contains("\"rule\" : \"META-TITLE\"");
        assertThat(FindingJson.toJson(new ValidationResult(List.of(BARE)), Locale.ENGLISH)).contains("\"passed\" : true");
    }
}
