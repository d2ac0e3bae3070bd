package io.github.xxgk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.json.ReportJsonException;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.render.MarkdownRenderer;
import io.github.xxgk.render.TextRenderer;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Mutated JSON of every edition, read; whatever is read is validated, rendered in all three formats,
 * written, read again and compared. Anything but a typed error of the library is a failure, saved under
 * {@code target/fuzz-failures/} with its seed. The number of inputs is {@code -Dxxgk.fuzz.inputs} (small
 * in the build, {@code 200000} for a large run), the seed {@code -Dxxgk.fuzz.seed}; the figures (inputs,
 * outcomes, worst time per input, memory) go to standard output and {@code target/fuzz-figures.txt}.
 */
class FuzzTest {

    private static final int INPUTS = Integer.getInteger("xxgk.fuzz.inputs", 4_000);
    private static final long SEED = Long.getLong("xxgk.fuzz.seed", 13);
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @Test
    void mutatedDocumentsOfEveryEditionGiveAReportOrATypedError() throws IOException {
        Path failuresDir = Path.of("target/fuzz-failures");
        if (Files.isDirectory(failuresDir)) {
            try (var old = Files.list(failuresDir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long worstNanos = 0;
        long worstSeed = 0;
        long totalNanos = 0;
        long bytes = 0;
        List<Readers.Reader> readers = Readers.all();
        for (Readers.Reader reader : readers) {
            Mutator mutator = new Mutator(reader.corpus());
            for (int i = 0; i < INPUTS; i++) {
                long seed = SEED * 1_000_003L + i;
                byte[] input = mutator.mutate(new SplittableRandom(seed));
                bytes += input.length;
                long start = System.nanoTime();
                String outcome;
                try {
                    outcome = oneInput(reader, input);
                } catch (Throwable t) {
                    outcome = "FAILURE " + t.getClass().getSimpleName();
                    failures.add(seed + ": " + t);
                    save(seed, input, t);
                }
                long nanos = System.nanoTime() - start;
                totalNanos += nanos;
                if (nanos > worstNanos) {
                    worstNanos = nanos;
                    worstSeed = seed;
                }
                outcomes.merge(reader.name() + " " + outcome, 1, Integer::sum);
            }
        }
        String figures = String.format(Locale.ROOT, "fuzz: %d inputs (seed %d, %.1f MB), outcomes %s; mean %.3f ms, worst %.1f ms"
                + " (seed %d) per input; peak heap %d MB, max heap %d MB%n", INPUTS * readers.size(), SEED, bytes / 1e6,
                outcomes, totalNanos / 1e6 / (INPUTS * readers.size()), worstNanos / 1e6, worstSeed, peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.print(figures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-figures.txt"), figures, StandardCharsets.UTF_8);
        assertThat(failures).as("inputs that gave anything but a report or a typed error").isEmpty();
        assertThat(outcomes.keySet()).as("the mutations reach both outcomes").anyMatch(k -> k.endsWith(" read"))
                .anyMatch(k -> k.contains(" refused"));
    }

    /** Reads one input and takes whatever is read through everything; the outcome's name. */
    private static String oneInput(Readers.Reader reader, byte[] input) {
        AnnualReport r;
        try {
            r = reader.read().apply(input);
        } catch (ReportJsonException e) {
            return "refused " + kind(e);
        } catch (io.github.xxgk.ingest.ReadException e) {
            return "refused (read)";
        } catch (XxgkException e) {
            return "refused (model)";
        }
        everything(r);
        return "read";
    }

    /** Validates, renders, writes and reads again: no exception, and the same report and bytes back. */
    static void everything(AnnualReport r) {
        ValidationResult result = VALIDATOR.validate(r);
        assertThat(VALIDATOR.validate(r)).isEqualTo(result);
        for (Locale locale : new Locale[] {Locale.CHINA, Locale.ENGLISH}) {
            result.findings().forEach(f -> f.message(locale));
        }
        HtmlRenderer.standard().withFindings(result).render(r);
        MarkdownRenderer.standard().render(r);
        TextRenderer.standard().render(r);
        String written = ReportJson.defaults().write(r);
        AnnualReport back = ReportJson.defaults().read(written);
        assertThat(back).isEqualTo(r);
        assertThat(ReportJson.defaults().write(back)).isEqualTo(written);
    }

    private static String kind(ReportJsonException e) {
        String m = e.getMessage();
        if (m.contains("UTF-8")) {
            return "(UTF-8)";
        }
        if (m.contains("JSON syntax error")) {
            return "(syntax)";
        }
        if (m.contains("limit") || m.contains("deeper")) {
            return "(limit)";
        }
        return "(format)";
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static void save(long seed, byte[] input, Throwable t) {
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-failures"));
            Files.write(dir.resolve(seed + ".json"), input);
            java.io.StringWriter trace = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(trace));
            Files.writeString(dir.resolve(seed + ".txt"), trace.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
