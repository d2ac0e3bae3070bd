package io.github.xxgk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationContext;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk validate}: validates reports and prints their findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates reports in the xxgk JSON format or as published (.html, .htm, .txt; directories are read recursively) and prints their findings, the reading notes first.",
            "Exit code: 0 every report passes, 1 a report has an ERROR, 2 bad usage or an unreadable input."},
        footer = {"", "Examples:",
            "  xxgk validate report.json",
            "  xxgk validate --lang en --errors-only reports/",
            "  xxgk validate --format json --previous report-2023.json report-2024.json",
            "  xxgk validate --agency-kind TOWNSHIP_OR_STREET --published 2025-02-01 report.json"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Reports (.json, .html, .htm, .txt) or directories of reports.")
    private List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    private Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the messages: zh (default) or en.")
    private Language lang;

    @Option(names = "--agency-kind", description = "Agency kind when a report lacks it: ${COMPLETION-CANDIDATES}.")
    private AgencyKind agencyKind;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date when a report lacks it.")
    private LocalDate published;

    @Option(names = "--previous", paramLabel = "FILE", description = "Last year's report of the same agency, for the cross-year rules.")
    private Path previous;

    @Option(names = "--township-deadline", paramLabel = "MM-DD", defaultValue = "01-31",
            description = "Deadline of townships, streets and other bodies in the following year (default 01-31).")
    private String townshipDeadline;

    @Option(names = "--errors-only", description = "Print only ERROR findings.")
    private boolean errorsOnly;

    boolean terminal;

    /** One input's outcome. */
    private record Outcome(Path path, AnnualReport report, ValidationResult result, String problem) {
        boolean readable() {
            return problem == null;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MonthDay deadline;
        try {
            deadline = MonthDay.parse("--" + townshipDeadline);
        } catch (java.time.format.DateTimeParseException e) {
            err.println("xxgk validate: " + lang.pick("时限应写成 MM-DD：", "the deadline is written MM-DD: ") + townshipDeadline);
            return Xxgk.UNUSABLE;
        }
        ValidationContext context = ValidationContext.none();
        if (agencyKind != null) {
            context = context.withAgencyKind(agencyKind);
        }
        if (published != null) {
            context = context.withPublicationDate(published);
        }
        if (previous != null) {
            try {
                context = context.withPrevious(ReportJson.defaults().read(previous));
            } catch (IOException | XxgkException e) {
                err.println("xxgk validate: " + previous + ": " + problem(e));
                return Xxgk.UNUSABLE;
            }
        }
        List<Path> files = new ArrayList<>();
        List<Outcome> missing = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> Files.isRegularFile(p) && Reports.supportedInDirectory(p)).sorted().forEach(files::add);
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                missing.add(new Outcome(input, null, null, lang.pick("文件不存在", "no such file")));
            }
        }
        if (files.isEmpty() && missing.isEmpty()) {
            err.println("xxgk validate: " + lang.pick("没有可读取的报告（.json、.html、.htm、.txt）",
                    "no readable report (.json, .html, .htm, .txt)"));
            return Xxgk.UNUSABLE;
        }
        ReportValidator validator = ReportValidator.withTownshipDeadline(deadline);
        ValidationContext ctx = context;
        AtomicInteger done = new AtomicInteger();
        Progress progress = new Progress(terminal && format == Format.text, files.size(), err);
        List<Outcome> outcomes = new ArrayList<>(missing);
        outcomes.addAll(files.parallelStream().map(p -> {
            Outcome o = check(p, validator, ctx);
            progress.update(done.incrementAndGet());
            return o;
        }).toList());
        progress.finish();
        if (format == Format.json) {
            json(outcomes, out);
        } else {
            text(outcomes, out);
        }
        out.flush();
        boolean unreadable = outcomes.stream().anyMatch(o -> !o.readable());
        boolean failed = outcomes.stream().anyMatch(o -> o.readable() && !o.result().passed());
        return unreadable ? Xxgk.UNUSABLE : failed ? Xxgk.FAILED : Xxgk.PASSED;
    }

    private Outcome check(Path p, ReportValidator validator, ValidationContext ctx) {
        try {
            Reports.Loaded loaded = Reports.load(p, agencyKind == null ? ReadOptions.defaults()
                    : ReadOptions.defaults().withAgencyKind(agencyKind));
            AnnualReport r = loaded.report();
            return new Outcome(p, r, loaded.withNotes(validator.validate(r, ctx)), null);
        } catch (IOException | XxgkException | UncheckedIOException e) {
            return new Outcome(p, null, null, problem(e));
        }
    }

    private String problem(Exception e) {
        if (e instanceof XxgkException x) {
            return x.message(lang.locale);
        }
        return lang.pick("无法读取：", "cannot read: ") + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private List<Finding> shown(ValidationResult r) {
        return errorsOnly ? r.errors() : r.findings();
    }

    private void text(List<Outcome> outcomes, PrintWriter out) {
        for (Outcome o : outcomes) {
            if (!o.readable()) {
                out.println(o.path() + "  " + lang.pick("无法读取", "UNREADABLE") + "  " + o.problem());
                continue;
            }
            AnnualReport r = o.report();
            out.println(o.path() + "  " + (o.result().passed() ? lang.pick("通过", "PASSED") : lang.pick("未通过", "FAILED"))
                    + "  " + r.edition() + "  " + r.agency().name() + "  " + r.year());
            for (Finding f : shown(o.result())) {
                out.println("  " + f.severity() + " " + f.ruleId() + "  " + f.message(lang.locale));
            }
        }
        Summary s = summary(outcomes);
        out.println();
        out.println(lang.pick("文件 " + s.files + "，通过 " + s.passed + "，未通过 " + s.failed + "，无法读取 " + s.unreadable,
                "files " + s.files + ", passed " + s.passed + ", failed " + s.failed + ", unreadable " + s.unreadable));
        if (!s.byRule.isEmpty()) {
            out.println(lang.pick("按规则统计：", "findings by rule:"));
            s.byRule.forEach((rule, n) -> out.println("  " + rule + "  " + n));
        }
    }

    private record Summary(int files, int passed, int failed, int unreadable, Map<String, Integer> byRule) {
    }

    private Summary summary(List<Outcome> outcomes) {
        int passed = 0;
        int failed = 0;
        int unreadable = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (!o.readable()) {
                unreadable++;
                continue;
            }
            if (o.result().passed()) {
                passed++;
            } else {
                failed++;
            }
            for (Finding f : shown(o.result())) {
                byRule.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        return new Summary(outcomes.size(), passed, failed, unreadable, byRule);
    }

    private void json(List<Outcome> outcomes, PrintWriter out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeStringField("format", "xxgk.validation/1");
            g.writeArrayFieldStart("files");
            for (Outcome o : outcomes) {
                g.writeStartObject();
                g.writeStringField("path", o.path().toString());
                g.writeBooleanField("readable", o.readable());
                if (!o.readable()) {
                    g.writeStringField("error", o.problem());
                    g.writeEndObject();
                    continue;
                }
                AnnualReport r = o.report();
                g.writeStringField("edition", r.edition().name());
                g.writeStringField("agency", r.agency().name());
                g.writeNumberField("year", r.year());
                g.writeBooleanField("passed", o.result().passed());
                g.writeArrayFieldStart("findings");
                for (Finding f : shown(o.result())) {
                    g.writeStartObject();
                    g.writeStringField("rule", f.ruleId());
                    g.writeStringField("severity", f.severity().name());
                    g.writeObjectFieldStart("location");
                    g.writeStringField("kind", f.location().kind().name());
                    g.writeStringField("id", f.location().id());
                    g.writeStringField("name", f.location().name().in(lang.locale));
                    g.writeEndObject();
                    g.writeStringField("message", f.message(lang.locale));
                    optional(g, "expected", f.expected());
                    optional(g, "actual", f.actual());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            Summary s = summary(outcomes);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.files);
            g.writeNumberField("passed", s.passed);
            g.writeNumberField("failed", s.failed);
            g.writeNumberField("unreadable", s.unreadable);
            g.writeObjectFieldStart("findingsByRule");
            for (Map.Entry<String, Integer> e : s.byRule.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    /** A progress bar on standard error, shown only on a terminal. */
    private static final class Progress {
        private final boolean on;
        private final int total;
        private final PrintWriter err;
        private int shown = -1;

        Progress(boolean on, int total, PrintWriter err) {
            this.on = on && total > 1;
            this.total = total;
            this.err = err;
        }

        synchronized void update(int done) {
            if (!on) {
                return;
            }
            int percent = done * 100 / total;
            if (percent != shown) {
                shown = percent;
                int bar = percent / 4;
                err.print("\r[" + "#".repeat(bar) + " ".repeat(25 - bar) + "] " + percent + "% " + done + "/" + total);
                err.flush();
            }
        }

        void finish() {
            if (on) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }
}
