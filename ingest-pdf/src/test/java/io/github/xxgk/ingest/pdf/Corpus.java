package io.github.xxgk.ingest.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus PDF (a public document kept outside the project, in {@code ../shared/corpus}; the
 * {@code corpus} Maven profile passes its folder when it exists) and the fixture typed from it (in the
 * project, {@code testing/src/test/resources/corpus}).
 */
final class Corpus {

    private Corpus() {
    }

    static final Path FIXTURES = Path.of("../testing/src/test/resources/corpus");

    /** A corpus file; the test is skipped, saying why, when the corpus is not there. */
    static Path file(String folder, String file) {
        String root = System.getProperty("xxgk.corpus", "");
        assumeTrue(!root.isEmpty() && Files.isDirectory(Path.of(root)),
                "SKIPPED: the corpus folder ../shared/corpus is not there (the corpus profile is off); "
                        + "the corpus PDF is not read");
        Path p = Path.of(root, folder, file);
        assumeTrue(Files.isRegularFile(p), "SKIPPED: corpus file " + p + " is not there");
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

    /** Writes a text under target/read/, for a person to diff when a test fails. */
    static void dump(String name, String text) {
        try {
            Path dir = Path.of("target/read");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
