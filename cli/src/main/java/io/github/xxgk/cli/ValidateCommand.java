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
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.json.FindingJson;
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
import io.github.xxgk.cli.Outcome.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk validate}: validates reports and prints their findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates reports in the xxgk JSON format or as published (.html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht; directories are read recursively) and prints their findings, the reading notes first.",
            "Exit code: 0 every report passes, 1 a report has an ERROR, 2 bad usage or an unreadable input."},
        footer = {"", "Examples:",
            "  xxgk validate report.json",
            "  xxgk validate published-report.txt --render report.html",
            "  xxgk validate --lang en --errors-only reports/",
            "  xxgk validate --format json --previous report-2023.json report-2024.json",
            "  xxgk validate --agency-kind TOWNSHIP_OR_STREET --published 2025-02-01 report.json"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "inputs", description = "Reports (.json, .html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht) or directories of reports.")
    private List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    private Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the messages: zh (default) or en.")
    private Language lang;

    @Option(names = "--agency-kind", description = "Agency kind when a report lacks it: ${COMPLETION-CANDIDATES}.")
    private AgencyKind agencyKind;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date when a report lacks it.")
    private LocalDate published;

    @Option(names = "--previous", paramLabel = "FILE", description = "Last year's report of the same agency, for the cross-year rules "
            + "(compared when its agency's name is this year's or a usual variant of it).")
    private Path previous;

    @Option(names = "--pair-previous", description = "Compare --previous as the same agency's report even when the names differ.")
    private boolean pairPrevious;

    @Option(names = "--township-deadline", paramLabel = "MM-DD", defaultValue = "01-31",
            description = "Deadline of townships, streets and other bodies in the following year (default 01-31).")
    private String townshipDeadline;

    @Option(names = "--errors-only", description = "List only the failing files (an ERROR, unreadable) and only their ERROR findings; the summary counts every file.")
    private boolean errorsOnly;

    @Option(names = "--render", paramLabel = "OUT.html", description = "With one report: also write it as an HTML page in the "
            + "official layout, a summary at the top and the findings (the reading notes among them) marked on their cells.")
    private Path render;

    /** The one report validated and its result, kept for --render. */
    private volatile AnnualReport toRender;
    private volatile ValidationResult renderedResult;

    boolean terminal;

    /** A test seam: when set, validation runs this instead (to prove that a defect stays one file's problem). */
    static volatile java.util.function.Function<AnnualReport, ValidationResult> faultForTests;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<MonthDay> parsed = Safe.deadline(townshipDeadline, "validate", lang, err);
        if (parsed.isEmpty()) {
            return Xxgk.UNUSABLE;
        }
        MonthDay deadline = parsed.get();
        ValidationContext context = ValidationContext.none();
        if (agencyKind != null) {
            context = context.withAgencyKind(agencyKind);
        }
        if (published != null) {
            context = context.withPublicationDate(published);
        }
        if (previous != null) {
            Optional<String> notAFile = Entries.notARegularFile(previous, lang);
            if (notAFile.isPresent()) {
                err.println("xxgk validate: " + Safe.text(previous + ": " + notAFile.get()));
                return Xxgk.UNUSABLE;
            }
            try {
                AnnualReport last = Reports.load(previous, ReadOptions.defaults()).report();
                context = pairPrevious ? context.withPreviousForced(last) : context.withPrevious(last);
            } catch (IOException | XxgkException | UncheckedIOException e) {
                err.println("xxgk validate: " + Safe.text(previous + ": " + problem(e)));
                return Xxgk.UNUSABLE;
            } catch (RuntimeException | StackOverflowError e) {
                err.println("xxgk validate: " + Safe.text(previous + ": " + Entries.internal(lang, lang.pick("读取", "reading"), e)));
                return Xxgk.UNUSABLE;
            }
        }
        List<Path> files = new ArrayList<>();
        List<Outcome> missing = new ArrayList<>(); // and skipped
        for (Path input : inputs) {
            Entries.collect(input, lang, files, missing);
        }
        if (render != null && files.size() != 1) {
            err.println("xxgk validate: " + lang.pick("--render 只用于一份报告，这里有 " + files.size() + " 份",
                    "--render takes one report, here are " + files.size()));
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
        if (render != null && toRender != null) {
            HtmlRenderer html = HtmlRenderer.standard().withLocale(lang.locale).withFindings(renderedResult);
            Files.writeString(render, (errorsOnly ? html.withErrorsOnly() : html).render(toRender),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        if (files.isEmpty()) {
            // never “0 files, passed”: nothing here was a report to read
            err.println("xxgk validate: " + lang.pick("没有可读取的报告（.json、.html、.htm、.txt、.pdf、.doc、.docx、.xls、.xlsx、.mht）",
                    "no readable report (.json, .html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht)"));
            return Xxgk.UNUSABLE;
        }
        boolean unreadable = outcomes.stream().anyMatch(o -> o.status() == Status.UNREADABLE || o.status() == Status.INTERNAL_ERROR);
        boolean failed = outcomes.stream().anyMatch(o -> o.readable() && !o.passed());
        return unreadable ? Xxgk.UNUSABLE : failed ? Xxgk.FAILED : Xxgk.PASSED;
    }

    private Outcome check(Path p, ReportValidator validator, ValidationContext ctx) {
        AnnualReport r;
        Reports.Loaded loaded;
        try {
            loaded = Reports.load(p, agencyKind == null ? ReadOptions.defaults()
                    : ReadOptions.defaults().withAgencyKind(agencyKind));
            r = loaded.report();
        } catch (IOException | XxgkException | UncheckedIOException e) {
            return Outcome.unreadable(p, problem(e));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.internal(p, Entries.internal(lang, lang.pick("读取", "reading"), e));
        }
        try {
            ValidationResult result = loaded.withNotes(faultForTests != null ? faultForTests.apply(r) : validator.validate(r, ctx));
            if (render != null) {
                toRender = r;
                renderedResult = result;
            }
            List<Finding> shown = shown(result);
            return new Outcome(p, Status.READ, r.edition().name(), r.agency().name(), r.year(), result.passed(),
                    shown, result.counts(), null, loaded.sources(shown));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.internal(p, Entries.internal(lang, lang.pick("验证", "validation"), e));
        }
    }

    private String problem(Exception e) {
        if (e instanceof XxgkException x) {
            return x.message(lang.locale);
        }
        return Entries.ioProblem(lang, e);
    }

    /** Whether a file is listed: with --errors-only only the failing ones (an ERROR, unreadable, internal error). */
    private boolean listed(Outcome o) {
        if (!errorsOnly) {
            return true;
        }
        return switch (o.status()) {
            case READ -> !o.passed();
            case SKIPPED -> false;
            case UNREADABLE, INTERNAL_ERROR -> true;
        };
    }

    private List<Finding> shown(ValidationResult r) {
        return errorsOnly ? r.errors() : r.findings();
    }

    private void text(List<Outcome> outcomes, PrintWriter out) {
        StringBuilder sb = new StringBuilder(outcomes.size() * 96);
        for (Outcome o : outcomes) {
            if (!listed(o)) {
                continue;
            }
            sb.append(Safe.text(o.path().toString())).append("  ");
            switch (o.status()) {
                case UNREADABLE -> sb.append(lang.pick("无法读取", "UNREADABLE"));
                case INTERNAL_ERROR -> sb.append(lang.pick("内部错误", "INTERNAL ERROR"));
                case SKIPPED -> sb.append(lang.pick("跳过", "SKIPPED"));
                case READ -> sb.append(o.passed() ? lang.pick("通过", "PASSED") : lang.pick("未通过", "FAILED"))
                        .append("  ").append(o.edition()).append("  ").append(Safe.text(o.agency())).append("  ").append(o.year());
            }
            if (!o.readable()) {
                sb.append("  ").append(Safe.text(o.problem())).append('\n');
                continue;
            }
            sb.append('\n');
            for (Finding f : o.shown()) {
                sb.append("  ").append(f.severity()).append(' ').append(f.ruleId()).append("  ")
                        .append(Safe.text(f.message(lang.locale))).append('\n');
            }
        }
        Summary s = summary(outcomes);
        sb.append('\n');
        if (s.files == 0) {
            // nothing was a report: no pass or fail to count
            sb.append(lang.pick("文件 0", "files 0"));
        } else {
            sb.append(lang.pick("文件 " + s.files + "，通过 " + s.passed + "，未通过 " + s.failed + "，无法读取 " + s.unreadable,
                    "files " + s.files + ", passed " + s.passed + ", failed " + s.failed + ", unreadable " + s.unreadable));
        }
        if (s.internal > 0) {
            sb.append(lang.pick("，内部错误 " + s.internal, ", internal errors " + s.internal));
        }
        if (s.skipped > 0) {
            sb.append(lang.pick("，跳过 " + s.skipped, ", skipped " + s.skipped));
        }
        sb.append('\n');
        if (!s.byRule.isEmpty()) {
            sb.append(lang.pick("按规则统计：", "findings by rule:")).append('\n');
            s.byRule.forEach((rule, n) -> sb.append("  ").append(rule).append("  ").append(n).append('\n'));
        }
        out.print(sb);
    }

    private record Summary(int files, int passed, int failed, int unreadable, int internal, int skipped,
            Map<String, Integer> byRule) {
    }

    private Summary summary(List<Outcome> outcomes) {
        int passed = 0;
        int failed = 0;
        int unreadable = 0;
        int internal = 0;
        int skipped = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        for (Outcome o : outcomes) {
            switch (o.status()) {
                case UNREADABLE -> unreadable++;
                case INTERNAL_ERROR -> internal++;
                case SKIPPED -> skipped++;
                case READ -> {
                    if (o.passed()) {
                        passed++;
                    } else {
                        failed++;
                    }
                    for (Finding f : o.shown()) {
                        byRule.merge(f.ruleId(), 1, Integer::sum);
                    }
                }
            }
        }
        return new Summary(outcomes.size() - skipped, passed, failed, unreadable, internal, skipped, byRule);
    }

    private void json(List<Outcome> outcomes, PrintWriter out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.setCharacterEscapes(new Safe.JsonEscapes());
            g.writeStartObject();
            g.writeStringField("format", "xxgk.validation/1");
            g.writeArrayFieldStart("files");
            for (Outcome o : outcomes) {
                if (o.status() == Status.SKIPPED || !listed(o)) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("path", o.path().toString());
                g.writeBooleanField("readable", o.readable());
                if (!o.readable()) {
                    if (o.status() == Status.INTERNAL_ERROR) {
                        g.writeBooleanField("internalError", true);
                    }
                    g.writeStringField("error", o.problem());
                    g.writeEndObject();
                    continue;
                }
                g.writeStringField("edition", o.edition());
                g.writeStringField("agency", o.agency());
                g.writeNumberField("year", o.year());
                g.writeBooleanField("passed", o.passed());
                g.writeObjectFieldStart("counts");
                for (Map.Entry<io.github.xxgk.core.form.Severity, Integer> e : o.counts().entrySet()) {
                    g.writeNumberField(e.getKey().name(), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("findings");
                for (int i = 0; i < o.shown().size(); i++) {
                    Finding f = o.shown().get(i);
                    g.writeStartObject();
                    FindingJson.writeFields(g, f, lang.locale);
                    JsonOutput.source(g, o.sources().isEmpty() ? List.of() : o.sources().get(i));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (Outcome o : outcomes) {
                if (o.status() == Status.SKIPPED && listed(o)) {
                    g.writeStartObject();
                    g.writeStringField("path", o.path().toString());
                    g.writeStringField("reason", o.problem());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            Summary s = summary(outcomes);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.files);
            g.writeNumberField("passed", s.passed);
            g.writeNumberField("failed", s.failed);
            g.writeNumberField("unreadable", s.unreadable);
            g.writeNumberField("internalErrors", s.internal);
            g.writeNumberField("skipped", s.skipped);
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
