package io.github.xxgk.examples;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.validation.ReportValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Example: render a report as an HTML page with its findings marked; writes {@code report.html} or the path given. */
public final class RenderToHtml {

    private RenderToHtml() {
    }

    /**
     * Renders a report with its findings.
     *
     * @param report the report
     * @return the page
     */
    public static String html(AnnualReport report) {
        return HtmlRenderer.standard().withFindings(ReportValidator.standard().validate(report)).render(report);
    }

    /** Writes the example report of {@link BuildAndValidate} as HTML. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "report.html");
        Files.writeString(out, html(BuildAndValidate.report(2024, 1)), StandardCharsets.UTF_8);
        System.out.println(out.toAbsolutePath());
    }
}
