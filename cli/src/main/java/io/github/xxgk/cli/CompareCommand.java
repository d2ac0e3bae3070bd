package io.github.xxgk.cli;

import io.github.xxgk.archive.SummaryWriters;
import io.github.xxgk.archive.YearComparison;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk compare}: one agency's report against its report of the year before. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares a report with the same agency's report of the year before: each cell's change (absolute and relative; "
                + "2019 and 2021 formats bridged by declared correspondences), the cross-year rules and the texts' similarity.",
            "Exit code: 0 no cross-year finding of severity WARNING or ERROR, 1 such a finding, 2 bad usage or an unreadable input."},
        footer = {"", "Examples:",
            "  xxgk compare report-2023.json report-2024.json",
            "  xxgk compare --to html -o compare.html old.html new.html"})
final class CompareCommand implements Callable<Integer> {

    enum To { json, html }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "old", description = "The report of the year before.")
    private Path older;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "new", description = "This year's report.")
    private Path newer;

    @Option(names = "--to", defaultValue = "json", description = "json (default) or html.")
    private To to;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path outFile;

    @Option(names = "--pair", description = "Compare as the same agency's reports even when the names differ (a renamed agency).")
    private boolean pair;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the HTML page: zh (default) or en.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<AnnualReport> a = load(older, err);
        Optional<AnnualReport> b = a.isPresent() ? load(newer, err) : Optional.empty();
        if (a.isEmpty() || b.isEmpty()) {
            return Xxgk.UNUSABLE;
        }
        YearComparison c = YearComparison.of(a.get(), b.get(), ReportValidator.standard(), pair);
        StringWriter w = new StringWriter();
        if (to == To.json) {
            SummaryWriters.json(c, w);
        } else {
            SummaryWriters.html(c, lang.locale, w);
        }
        if (outFile != null) {
            try (Writer f = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                f.write(w.toString());
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(w);
            out.flush();
        }
        boolean findings = c.crossYear().stream().anyMatch(f -> f.severity() != Severity.INFO);
        return findings ? Xxgk.FAILED : Xxgk.PASSED;
    }

    private Optional<AnnualReport> load(Path file, PrintWriter err) {
        Optional<String> notAFile = Entries.notARegularFile(file, lang);
        if (notAFile.isPresent()) {
            err.println("xxgk compare: " + Safe.text(file + ": " + notAFile.get()));
            return Optional.empty();
        }
        try {
            return Optional.of(Reports.load(file, ReadOptions.defaults()).report());
        } catch (XxgkException e) {
            err.println("xxgk compare: " + Safe.text(file + ": " + e.message(lang.locale)));
        } catch (IOException | UncheckedIOException e) {
            err.println("xxgk compare: " + Safe.text(file + ": " + Entries.ioProblem(lang, e)));
        }
        return Optional.empty();
    }
}
