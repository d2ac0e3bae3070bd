package io.github.xxgk.cli;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.render.MarkdownRenderer;
import io.github.xxgk.render.TextRenderer;
import io.github.xxgk.validation.ReportValidator;
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
        description = "Renders a report in the official layout as HTML, Markdown or plain text (UTF-8).",
        footer = {"", "Examples:",
            "  xxgk render report.json --to html --findings -o report.html",
            "  xxgk render report.json --to txt"})
final class RenderCommand implements Callable<Integer> {

    enum To { html, md, txt }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The report (.json, or as published: .html, .htm, .txt).")
    private Path file;

    @Option(names = "--to", required = true, description = "html, md or txt.")
    private To to;

    @Option(names = "--findings", description = "HTML: mark the findings on their cells and list them after the report.")
    private boolean findings;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    private Path output;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the findings: zh (default) or en.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        AnnualReport report;
        Reports.Loaded loaded;
        try {
            loaded = Reports.load(file, ReadOptions.defaults());
            report = loaded.report();
        } catch (IOException | XxgkException e) {
            spec.commandLine().getErr().println("xxgk render: " + file + ": "
                    + (e instanceof XxgkException x ? x.message(lang.locale) : e.getClass().getSimpleName() + " " + e.getMessage()));
            return Xxgk.UNUSABLE;
        }
        String text = switch (to) {
            case html -> {
                HtmlRenderer html = HtmlRenderer.standard().withLocale(lang.locale);
                yield (findings ? html.withFindings(loaded.withNotes(ReportValidator.standard().validate(report))) : html)
                        .render(report);
            }
            case md -> MarkdownRenderer.standard().render(report);
            case txt -> TextRenderer.standard().render(report);
        };
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        return Xxgk.PASSED;
    }
}
