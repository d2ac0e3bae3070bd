package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import java.nio.file.Files;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A kept Word 97–2003 document with bytes changed or cut at random places is either read (a change in
 * text or padding) or refused with a {@link ReadException}: never another exception escaping from POI.
 */
class DamagedDocTest {

    @Test
    void aDocWithBytesChangedIsReadOrRefusedWithAReadException() throws Exception {
        byte[] doc = Files.readAllBytes(LegacyWordTest.DIR.resolve("standard-2021.doc"));
        qt().withExamples(150).forAll(longs().between(1, 1_000_000), integers().between(1, 64)).checkAssert((seed, changes) -> {
            SplittableRandom random = new SplittableRandom(seed);
            byte[] b = doc.clone();
            for (int i = 0; i < changes; i++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            if (random.nextBoolean()) {
                b = java.util.Arrays.copyOf(b, 512 + random.nextInt(b.length - 512));
            }
            try {
                ReadResult r = PublishedReports.read(b, ReadOptions.defaults());
                assertThat(r.report()).isNotNull();
            } catch (ReadException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }
}
