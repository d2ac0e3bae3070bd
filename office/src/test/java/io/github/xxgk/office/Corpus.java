package io.github.xxgk.office;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus (public documents kept outside the project, in {@code ../shared/corpus}; the {@code corpus}
 * Maven profile passes its folder when it exists), as ingest's tests find it.
 */
final class Corpus {

    private Corpus() {
    }

    /** A corpus file; the test is skipped, saying why, when the corpus is not there. */
    static Path file(String folder, String file) {
        String root = System.getProperty("xxgk.corpus", "");
        assumeTrue(!root.isEmpty() && Files.isDirectory(Path.of(root)),
                "SKIPPED: the corpus folder ../shared/corpus is not there (the corpus profile is off); "
                        + "the corpus files are not read");
        Path p = Path.of(root, folder, file);
        assumeTrue(Files.isRegularFile(p), "SKIPPED: corpus file " + p + " is not there");
        return p;
    }
}
