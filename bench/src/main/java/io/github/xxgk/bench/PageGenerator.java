package io.github.xxgk.bench;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.testing.ReportGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a directory of web pages for timing {@code xxgk validate} on published reports: each the HTML
 * renderer's page of a generated {@code STANDARD_2021} report shaped like a published one
 * ({@link ReportGenerator#published}: blanks, “/”, printed shapes, text quoting the figures; seed = its
 * number).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.xxgk.bench.PageGenerator DIR [COUNT]}
 * (COUNT defaults to 1,000; files {@code p0000.html} …), then
 * {@code time java -jar cli/target/xxgk.jar validate --errors-only DIR > /dev/null}.
 */
public final class PageGenerator {

    private PageGenerator() {
    }

    /**
     * Writes the pages.
     *
     * @param args the directory, and optionally the count
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PageGenerator DIR [COUNT]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        ReportGenerator generator = ReportGenerator.of(Edition.STANDARD_2021);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            AnnualReport report = generator.published(i + 1);
            byte[] page = HtmlRenderer.standard().render(report).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format(java.util.Locale.ROOT, "p%04d.html", i)), page);
            bytes += page.length;
        }
        System.out.println(count + " pages, " + bytes + " bytes, in " + dir);
    }
}
