package io.github.xxgk.spring.app;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A portal that takes reports, as one embedding xxgk would: the same sources run on Spring Boot 3.5
 * (module boot3) and 4.0 (module boot4), with nothing but the starter and the Jackson module of the
 * Boot's Jackson added.
 */
@SpringBootApplication
public class ReportsApplication {

    /** Starts the portal. */
    public static void main(String[] args) {
        SpringApplication.run(ReportsApplication.class, args);
    }

    /**
     * A filing: a note and the report it covers.
     *
     * @param note the note, not blank
     * @param report the report, valid
     */
    public record Filing(@NotBlank String note, @Valid AnnualReport report) {
    }

    /** The reports: filed with {@code @Valid}, read back, checked. */
    @RestController
    @RequestMapping("/reports")
    static class Reports {

        private final Map<Integer, AnnualReport> filed = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();
        private final ReportValidator validator;

        Reports(ReportValidator validator) {
            this.validator = validator;
        }

        /** Files a valid report. */
        @PostMapping
        ResponseEntity<Map<String, Object>> file(@Valid @RequestBody AnnualReport report) {
            int id = next.incrementAndGet();
            filed.put(id, report);
            return ResponseEntity.created(URI.create("/reports/" + id))
                    .body(Map.of("id", id, "agency", report.agency().name(), "year", report.year()));
        }

        /** Files a report with a note; both are validated. */
        @PostMapping("/filings")
        Map<String, Object> file(@Valid @RequestBody Filing filing) {
            return Map.of("note", filing.note(), "agency", filing.report().agency().name());
        }

        /** Reads a report without validating it, and says what was read. */
        @PostMapping("/read")
        Map<String, Object> read(@RequestBody AnnualReport report) {
            return Map.of("agency", report.agency().name(), "year", report.year(),
                    "tables", List.copyOf(report.tables().keySet()));
        }

        /** A filed report, as the module writes it. */
        @GetMapping("/{id}")
        ResponseEntity<AnnualReport> get(@PathVariable("id") int id) {
            AnnualReport r = filed.get(id);
            return r == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(r);
        }

        /** The findings of a report, by the configured validator. */
        @PostMapping("/check")
        ValidationResult check(@RequestBody AnnualReport report) {
            return validator.validate(report);
        }
    }
}
