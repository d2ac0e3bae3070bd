package io.github.xxgk.archive;

import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.validation.ReportValidator;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an archive is read: the register of the agencies expected, the one year to check (its year
 * before is still read, to compare with), the deadline of townships and streets, the options of the
 * reader of published reports, where to write each report's rendered page, how many ERROR findings
 * of a report to keep, and how many threads to use.
 *
 * <p>Immutable and thread-safe.
 *
 * @param register the agencies expected
 * @param year the only reporting year to check, if one
 * @param townshipDeadline the deadline of townships, streets and other bodies (PUB-DEADLINE-OTHER)
 * @param readOptions how published reports (web pages, text dumps, PDF, Word) are read
 * @param pages the directory to write each report's HTML page into, if any
 * @param maxErrorsKept the most ERROR findings kept per report
 * @param threads the threads to read and validate with, at least 1
 */
public record ArchiveOptions(AgencyRegister register, OptionalInt year, MonthDay townshipDeadline, ReadOptions readOptions,
        Optional<Path> pages, int maxErrorsKept, int threads) {

    /** Creates options. */
    public ArchiveOptions {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(townshipDeadline, "townshipDeadline");
        Objects.requireNonNull(readOptions, "readOptions");
        Objects.requireNonNull(pages, "pages");
        if (maxErrorsKept < 0 || threads < 1) {
            throw new IllegalArgumentException("maxErrorsKept ≥ 0 and threads ≥ 1");
        }
    }

    /** No register, every year, the default township deadline, 20 errors kept, a thread per processor. */
    public static ArchiveOptions defaults() {
        return new ArchiveOptions(AgencyRegister.empty(), OptionalInt.empty(), ReportValidator.DEFAULT_TOWNSHIP_DEADLINE,
                ReadOptions.defaults(), Optional.empty(), 20, Runtime.getRuntime().availableProcessors());
    }

    /** The same options with a register. */
    public ArchiveOptions withRegister(AgencyRegister r) {
        return new ArchiveOptions(r, year, townshipDeadline, readOptions, pages, maxErrorsKept, threads);
    }

    /** The same options checking one year only. */
    public ArchiveOptions withYear(int y) {
        return new ArchiveOptions(register, OptionalInt.of(y), townshipDeadline, readOptions, pages, maxErrorsKept, threads);
    }

    /** The same options with another township deadline. */
    public ArchiveOptions withTownshipDeadline(MonthDay d) {
        return new ArchiveOptions(register, year, d, readOptions, pages, maxErrorsKept, threads);
    }

    /** The same options writing each report's page into a directory. */
    public ArchiveOptions withPages(Path dir) {
        return new ArchiveOptions(register, year, townshipDeadline, readOptions, Optional.of(dir), maxErrorsKept, threads);
    }

    /** The same options with a number of threads. */
    public ArchiveOptions withThreads(int n) {
        return new ArchiveOptions(register, year, townshipDeadline, readOptions, pages, maxErrorsKept, n);
    }
}
