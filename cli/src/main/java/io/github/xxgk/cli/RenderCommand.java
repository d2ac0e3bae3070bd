package io.github.xxgk.cli;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.render.MarkdownRenderer;
import io.github.xxgk.render.TextRenderer;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationContext;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk render}: a report as HTML, Markdown or plain text. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders a report in the official layout as HTML, Markdown or plain text (UTF-8), or as Word (DOCX) or Excel (XLSX).",
        footer = {"", "Examples:",
            "  xxgk render report.json --to html --findings -o report.html",
            "  xxgk render report.json --to html --findings --errors-only --previous report-2023.json -o report.html",
            "  xxgk render report.json --to md --findings --lang en",
            "  xxgk render report.json --to docx -o report.docx"})
final class RenderCommand implements Callable<Integer> {

    enum To { html, md, txt, docx, xlsx }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file", description = "The report (.json, or as published: .html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht).")
    private Path file;

    @Option(names = "--to", required = true, description = "html, md, txt, or docx or xlsx (the official layout in Word or Excel; with -o).")
    private To to;

    @Option(names = "--findings", description = "Validate the report and show its findings: HTML marks them on their cells, "
            + "starts with a summary and lists them after the report; Markdown and text list them after the report.")
    private boolean findings;

    @Option(names = "--errors-only", description = "With --findings: show only the ERROR findings (the summary counts all).")
    private boolean errorsOnly;

    @Option(names = "--previous", paramLabel = "FILE", description = "With --findings: last year's report of the same agency, for the cross-year rules.")
    private Path previous;

    @Option(names = "--pair-previous", description = "Compare --previous as the same agency's report even when the names differ.")
    private boolean pairPrevious;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    private Path output;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the findings: zh (default) or en.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        AnnualReport report;
        java.io.PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<String> notAFile = Entries.notARegularFile(file, lang);
        if (notAFile.isPresent()) {
            err.println("xxgk render: " + Safe.text(file + ": " + notAFile.get()));
            return Xxgk.UNUSABLE;
        }
        Reports.Loaded loaded;
        try {
            loaded = Reports.load(file, ReadOptions.defaults());
            report = loaded.report();
        } catch (IOException | XxgkException | java.io.UncheckedIOException e) {
            err.println("xxgk render: " + Safe.text(file + ": "
                    + (e instanceof XxgkException x ? x.message(lang.locale) : Entries.ioProblem(lang, e))));
            return Xxgk.UNUSABLE;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("xxgk render: " + Safe.text(file + ": " + Entries.internal(lang, lang.pick("读取", "reading"), e)));
            return Xxgk.UNUSABLE;
        }
        ValidationResult result = null;
        if (findings) {
            ValidationContext context = ValidationContext.none();
            if (previous != null) {
                java.util.Optional<String> notAPrevious = Entries.notARegularFile(previous, lang);
                if (notAPrevious.isPresent()) {
                    err.println("xxgk render: " + Safe.text(previous + ": " + notAPrevious.get()));
                    return Xxgk.UNUSABLE;
                }
                try {
                    AnnualReport last = Reports.load(previous, ReadOptions.defaults()).report();
                    context = pairPrevious ? context.withPreviousForced(last) : context.withPrevious(last);
                } catch (IOException | XxgkException | java.io.UncheckedIOException e) {
                    err.println("xxgk render: " + Safe.text(previous + ": "
                            + (e instanceof XxgkException x ? x.message(lang.locale) : Entries.ioProblem(lang, e))));
                    return Xxgk.UNUSABLE;
                }
            }
            try {
                result = loaded.withNotes(ReportValidator.standard().validate(report, context));
            } catch (RuntimeException | StackOverflowError e) {
                err.println("xxgk render: " + Safe.text(file + ": " + Entries.internal(lang, lang.pick("校验", "validating"), e)));
                return Xxgk.UNUSABLE;
            }
        } else if (previous != null || errorsOnly || pairPrevious) {
            err.println("xxgk render: " + lang.pick("--previous、--pair-previous 和 --errors-only 须与 --findings 同用",
                    "--previous, --pair-previous and --errors-only go with --findings"));
            return Xxgk.UNUSABLE;
        }
        ValidationResult found = result;
        if (to == To.docx || to == To.xlsx) {
            return office(report, found, err);
        }
        String text;
        try {
            text = switch (to) {
                case html -> {
                    HtmlRenderer html = HtmlRenderer.standard().withLocale(lang.locale);
                    if (found != null) {
                        html = html.withFindings(found);
                        html = errorsOnly ? html.withErrorsOnly() : html;
                    }
                    yield html.render(report);
                }
                case md -> {
                    MarkdownRenderer md = MarkdownRenderer.standard().withLocale(lang.locale);
                    if (found != null) {
                        md = md.withFindings(found);
                        md = errorsOnly ? md.withErrorsOnly() : md;
                    }
                    yield md.render(report);
                }
                case docx, xlsx -> throw new IllegalStateException("written above");
                case txt -> {
                    TextRenderer txt = TextRenderer.standard().withLocale(lang.locale);
                    if (found != null) {
                        txt = txt.withFindings(found);
                        txt = errorsOnly ? txt.withErrorsOnly() : txt;
                    }
                    yield txt.render(report);
                }
            };
        } catch (RuntimeException | StackOverflowError e) {
            err.println("xxgk render: " + Safe.text(file + ": " + Entries.internal(lang, lang.pick("渲染", "rendering"), e)));
            return Xxgk.UNUSABLE;
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        return Xxgk.PASSED;
    }

    /** Writes a Word document or an Excel workbook; binary output needs a file. */
    private Integer office(AnnualReport report, ValidationResult found, java.io.PrintWriter err) throws java.io.IOException {
        if (output == null) {
            err.println("xxgk render: " + lang.pick("--to " + to + " 须用 -o 指定输出文件", "--to " + to + " needs -o OUT (a binary file)"));
            return Xxgk.UNUSABLE;
        }
        io.github.xxgk.office.OfficeOptions options = io.github.xxgk.office.OfficeOptions.defaults().withLocale(lang.locale);
        if (found != null) {
            options = options.withFindings(found);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            if (to == To.docx) {
                io.github.xxgk.office.OfficeDocuments.writeDocx(report, bytes, options);
            } else {
                io.github.xxgk.office.OfficeDocuments.writeXlsx(report, bytes, options);
            }
        } catch (RuntimeException | StackOverflowError e) {
            err.println("xxgk render: " + Safe.text(file + ": " + Entries.internal(lang, lang.pick("渲染", "rendering"), e)));
            return Xxgk.UNUSABLE;
        }
        Files.write(output, bytes.toByteArray());
        return Xxgk.PASSED;
    }
}
