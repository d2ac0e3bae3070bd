package io.github.xxgk.cli;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads a report from any file the command line accepts: the xxgk JSON format ({@code .json}) or a
 * published report ({@code .html}, {@code .htm}, {@code .txt}, {@code .pdf}, {@code .doc}, {@code .docx}, {@code .xls}, {@code .xlsx}, {@code .mht}), read with its reading notes;
 * what a file is is decided by its bytes where its name lies (a {@code .doc} that is a web page).
 */
final class Reports {

    private Reports() {
    }

    /** A loaded report, the notes made reading it (none for JSON) and where its parts were printed (for a published report). */
    record Loaded(AnnualReport report, List<Finding> notes, java.util.Optional<io.github.xxgk.ingest.Provenance> provenance) {

        /** Where in the source each finding's subject was printed: empty lists for a JSON report. */
        List<List<io.github.xxgk.ingest.Provenance.Place>> sources(List<Finding> findings) {
            return findings.stream().map(f -> provenance.map(p -> p.of(f)).orElse(List.of())).toList();
        }

        /** The validation result with the reading notes first. */
        ValidationResult withNotes(ValidationResult result) {
            if (notes.isEmpty()) {
                return result;
            }
            List<Finding> all = new ArrayList<>(notes);
            all.addAll(result.findings());
            return new ValidationResult(all);
        }
    }

    /** Whether a file is a published report (read by the ingest module). */
    static boolean isPublished(Path file) {
        String name = name(file);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt")
                || name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".xlsx")
                // .doc and .xls: Word 97–2003 and Excel files, or web pages saved under those names (the bytes decide);
                // .shtml: portals' pages
                || name.endsWith(".doc") || name.endsWith(".xls") || name.endsWith(".mht") || name.endsWith(".shtml");
    }

    /**
     * Whether a file found in a directory is taken: JSON, and what {@link io.github.xxgk.ingest.PublishedReports#isReport}
     * takes (as the archive does): web pages, PDF, Word and Excel files, a {@code .txt} file only when it is a
     * crawler's dump (its {@code 正文} marker line among the first lines), so that notes lying beside the reports are
     * not read as reports.
     */
    static boolean supportedInDirectory(Path file) {
        return name(file).endsWith(".json") || io.github.xxgk.ingest.PublishedReports.isReport(file);
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Loads a report.
     *
     * @param file the file
     * @param options the reading options for a published report
     * @return the report and its reading notes
     * @throws IOException when a JSON file cannot be read
     */
    static Loaded load(Path file, ReadOptions options) throws IOException {
        if (isPublished(file)) {
            ReadResult r = PublishedReports.read(file, options);
            return new Loaded(r.report(), r.notes(), java.util.Optional.of(r.provenance()));
        }
        return new Loaded(ReportJson.defaults().read(file), List.of(), java.util.Optional.empty());
    }
}
