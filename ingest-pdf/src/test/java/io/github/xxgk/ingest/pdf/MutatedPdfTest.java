package io.github.xxgk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutated PDFs (bytes changed, runs copied over other places, cut short, a chunk removed) give a report
 * or a {@link ReadException}, and nothing else: no other exception, no error, no hang. The time bound
 * is a guard against reading without end, far above any real reading time, not a speed figure (speed
 * is measured in {@code bench}).
 */
class MutatedPdfTest {

    /** PDFBox says what it repairs on the console; these inputs are broken on purpose. */
    private static final java.util.logging.Logger QUIET = quiet();

    static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("org.apache.pdfbox");
        l.setLevel(java.util.logging.Level.OFF);
        return l;
    }

    private static final byte[] SAMPLE = HostilePdfTest.sample();
    private static final ReadOptions OPTIONS = ReadOptions.defaults()
            .withAgencyKind(AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);
    private static final int EXAMPLES = Integer.getInteger("xxgk.pdf.mutations", 40);

    static byte[] mutate(byte[] source, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] b = source.clone();
        int kind = r.nextInt(4);
        switch (kind) {
            case 0 -> {
                for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> {
                int len = 1 + r.nextInt(2000);
                int from = r.nextInt(b.length - len);
                int to = r.nextInt(b.length - len);
                System.arraycopy(source, from, b, to, len);
            }
            case 2 -> b = java.util.Arrays.copyOf(b, 1 + r.nextInt(b.length - 1));
            default -> {
                int at = r.nextInt(b.length - 1);
                int len = 1 + r.nextInt(Math.min(5000, b.length - at - 1));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + len, out, at, b.length - at - len);
                b = out;
            }
        }
        // digits changed into other digits now and then: sizes, counts, offsets
        for (int i = 0; i < b.length && r.nextInt(3) == 0; i += 1 + r.nextInt(4000)) {
            if (b[i] >= '0' && b[i] <= '9') {
                b[i] = (byte) ('0' + r.nextInt(10));
            }
        }
        return b;
    }

    @Test
    void mutatedPdfsGiveAReportOrATypedError() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            byte[] input = mutate(SAMPLE, seed);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try {
                    ReadResult r = PublishedReports.read(input, OPTIONS);
                    assertThat(r.report()).isNotNull();
                } catch (ReadException e) {
                    assertThat(e.problem().zh()).isNotBlank();
                    assertThat(e.problem().en()).isNotBlank();
                }
            }, () -> "seed " + seed);
        });
    }
}
