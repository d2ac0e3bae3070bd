package io.github.xxgk.fuzz;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.util.List;
import java.util.function.Function;

/**
 * The readers the fuzz suite drives, each from bytes to a report or its typed error. Every new reader of
 * published reports (HTML, text, PDF, Word) joins this list, with its corpus, and is fuzzed the same way.
 */
final class Readers {

    private Readers() {
    }

    /** A reader under test. */
    record Reader(String name, Function<byte[], AnnualReport> read) {
    }

    /** Every reader. */
    static List<Reader> all() {
        return List.of(new Reader("json", bytes -> ReportJson.defaults().read(bytes)));
    }
}
