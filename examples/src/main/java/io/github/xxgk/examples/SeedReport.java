package io.github.xxgk.examples;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The seed report of the project: the 2017 annual report of 北大湖镇 (永吉县, Jilin), a township report
 * of the legacy edition whose figures are given in sentences only, shipped as a JSON file in the
 * library's format ({@value #RESOURCE}).
 *
 * <p>Stateless and thread-safe.
 */
public final class SeedReport {

    /** The class-path location of the seed report. */
    public static final String RESOURCE = "/io/github/xxgk/examples/seed-2017-beidahu.json";

    private SeedReport() {
    }

    /** The seed report, read from the jar. */
    public static AnnualReport load() {
        try (InputStream in = SeedReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return ReportJson.defaults().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
