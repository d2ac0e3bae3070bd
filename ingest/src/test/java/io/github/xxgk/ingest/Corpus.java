package io.github.xxgk.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus pages (public documents kept outside the project, in {@code ../shared/corpus}; the
 * {@code corpus} Maven profile passes their folder when it exists) and the fixtures typed from them
 * (in the project, {@code testing/src/test/resources/corpus}).
 */
final class Corpus {

    private Corpus() {
    }

    static final Path FIXTURES = Path.of("../testing/src/test/resources/corpus");

    /** A corpus page; the test is skipped, saying why, when the corpus is not there. */
    static Path page(String report, String file) {
        String root = System.getProperty("xxgk.corpus", "");
        assumeTrue(!root.isEmpty() && Files.isDirectory(Path.of(root)),
                "SKIPPED: the corpus folder ../shared/corpus is not there (the corpus profile is off); "
                        + "the corpus pages are not read");
        Path p = Path.of(root, "pingtan", report, file);
        assumeTrue(Files.isRegularFile(p), "SKIPPED: corpus page " + p + " is not there");
        return p;
    }

    static AnnualReport fixture(String name) {
        try {
            return ReportJson.defaults().read(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(AnnualReport report) {
        return ReportJson.defaults().write(report);
    }

    /** Writes a report's JSON under target/read/, for a person to diff when a test fails. */
    static String dump(String name, AnnualReport report) {
        String json = json(report);
        try {
            Path dir = Path.of("target/read");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), json, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json;
    }
}
