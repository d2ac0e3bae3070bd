package io.github.xxgk.cli;

import io.github.xxgk.archive.Rollup;
import io.github.xxgk.archive.RollupException;
import io.github.xxgk.archive.RollupResult;
import io.github.xxgk.archive.SummaryWriters;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.ingest.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk rollup}: the regional total of a set of reports. */
@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = {"Sums the tables of reports of one year and edition into a regional total, exact over blanks (a total over a blank "
                + "part is a range: lower and upper, no upper when unbounded). Reports given with --summary are 汇总 reports: kept apart, "
                + "never summed into the total, and each checked against it.",
            "Exit code: 0 the total is computed and every 汇总 report agrees with it, 1 a 汇总 report states a figure its agencies' "
                + "reports do not allow, 2 bad usage, an unreadable input, or reports that cannot be summed together."},
        footer = {"", "Examples:",
            "  xxgk rollup district/*.json -o total.json",
            "  xxgk rollup --summary city-summary.json district/*.json"})
final class RollupCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "files", description = "本级 reports (.json, or as published: .html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--summary", paramLabel = "FILE", description = "A 汇总 report of the region, checked against the total (repeatable).")
    private List<Path> summaries = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the JSON total to FILE instead of standard output.")
    private Path outFile;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the messages: zh (default) or en.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("xxgk rollup: " + lang.pick("请给出至少一份本级报告", "give at least one own (本级) report"));
            return Xxgk.UNUSABLE;
        }
        List<Rollup.Input> inputs = new ArrayList<>();
        for (Path p : files) {
            if (!add(inputs, p, Rollup.Scope.OWN, err)) {
                return Xxgk.UNUSABLE;
            }
        }
        for (Path p : summaries) {
            if (!add(inputs, p, Rollup.Scope.SUMMARY, err)) {
                return Xxgk.UNUSABLE;
            }
        }
        RollupResult r;
        try {
            r = Rollup.of(inputs);
        } catch (RollupException e) {
            err.println("xxgk rollup: " + Safe.text(e.message(lang.locale)));
            return Xxgk.UNUSABLE;
        }
        StringWriter w = new StringWriter();
        SummaryWriters.json(r, w);
        if (outFile != null) {
            try (Writer f = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                f.write(w.toString());
            }
        } else {
            spec.commandLine().getOut().print(w);
            spec.commandLine().getOut().flush();
        }
        for (RollupResult.Check c : r.checks()) {
            for (RollupResult.Mismatch m : c.mismatches()) {
                err.println("xxgk rollup: " + Safe.text(c.summary().source() + ": " + m.name().in(lang.locale) + " "
                        + lang.pick("填报 ", "states ") + m.stated() + lang.pick("，所属机构合计 ", ", its agencies sum to ") + m.sum()));
            }
        }
        return r.checks().stream().allMatch(RollupResult.Check::consistent) ? Xxgk.PASSED : Xxgk.FAILED;
    }

    private boolean add(List<Rollup.Input> inputs, Path p, Rollup.Scope scope, PrintWriter err) {
        var notAFile = Entries.notARegularFile(p, lang);
        if (notAFile.isPresent()) {
            err.println("xxgk rollup: " + Safe.text(p + ": " + notAFile.get()));
            return false;
        }
        try {
            inputs.add(new Rollup.Input(p.toString(), Reports.load(p, ReadOptions.defaults()).report(), scope));
            return true;
        } catch (XxgkException e) {
            err.println("xxgk rollup: " + Safe.text(p + ": " + e.message(lang.locale)));
        } catch (IOException | UncheckedIOException e) {
            err.println("xxgk rollup: " + Safe.text(p + ": " + Entries.ioProblem(lang, e)));
        }
        return false;
    }
}
