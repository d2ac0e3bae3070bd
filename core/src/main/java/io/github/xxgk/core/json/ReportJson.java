package io.github.xxgk.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.internal.json.JsonTree;
import io.github.xxgk.core.internal.json.ReportReader;
import io.github.xxgk.core.internal.json.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes reports in the library's JSON format ({@code "format": "xxgk.report/1"}), whose keys
 * are the stable ids of the form definitions. The format is documented in the README and described
 * exactly by the JSON Schema {@link #SCHEMA_RESOURCE} shipped in this jar.
 *
 * <p>Reading refuses whatever the format does not allow (syntax errors, unknown ids, values of the
 * wrong kind, negative counts, missing required fields) with a {@link ReportJsonException} that gives
 * the JSON pointer, line and column of the problem; input size, nesting depth and string length are
 * limited. Writing is deterministic (same report, same bytes) and {@code read(write(r))} equals
 * {@code r} for every report.
 *
 * <p>Immutable and thread-safe; {@link #defaults()} is shared.
 */
public final class ReportJson {

    /** The class-path location of the JSON Schema of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/xxgk/core/report.schema.json";

    /** The default limit on the input size: 8 MiB. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    /** The default limit on JSON nesting depth. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** The default limit on the nesting of subsections. */
    public static final int DEFAULT_MAX_SECTION_DEPTH = 12;

    private static final ReportJson DEFAULTS = new ReportJson(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_SECTION_DEPTH);

    private final int maxBytes;
    private final JsonFactory factory;
    private final ReportReader reader;
    private final ReportWriter writer;

    private ReportJson(int maxBytes, int maxDepth, int maxSectionDepth) {
        this.maxBytes = maxBytes;
        this.factory = JsonTree.factory(maxDepth, maxBytes);
        this.reader = new ReportReader(maxSectionDepth);
        this.writer = new ReportWriter(factory);
    }

    /** The reader and writer with the default limits. */
    public static ReportJson defaults() {
        return DEFAULTS;
    }

    /**
     * A reader and writer with other limits.
     *
     * @param maxBytes the largest input accepted, in bytes
     * @param maxDepth the deepest JSON nesting accepted
     * @param maxSectionDepth the deepest nesting of subsections accepted
     * @return the configured instance
     */
    public static ReportJson withLimits(int maxBytes, int maxDepth, int maxSectionDepth) {
        if (maxBytes < 1 || maxDepth < 8 || maxSectionDepth < 1) {
            throw new IllegalArgumentException("limits too small");
        }
        return new ReportJson(maxBytes, maxDepth, maxSectionDepth);
    }

    /**
     * Reads a report from UTF-8 bytes.
     *
     * @param utf8 the document
     * @return the report
     * @throws ReportJsonException when the document is not a valid report
     */
    public AnnualReport read(byte[] utf8) {
        if (utf8.length > maxBytes) {
            throw new ReportJsonException("", 0, 0, "输入超过 " + maxBytes + " 字节的上限。",
                    "The input is larger than the limit of " + maxBytes + " bytes.", null);
        }
        return reader.read(JsonTree.parse(factory, utf8));
    }

    /**
     * Reads a report from a string.
     *
     * @param json the document
     * @return the report
     * @throws ReportJsonException when the document is not a valid report
     */
    public AnnualReport read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a report from a stream of UTF-8, reading at most the size limit.
     *
     * @param in the stream (not closed)
     * @return the report
     * @throws IOException when the stream fails
     * @throws ReportJsonException when the document is not a valid report or is too large
     */
    public AnnualReport read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return read(bytes);
    }

    /**
     * Reads a report from a file.
     *
     * @param file the file
     * @return the report
     * @throws IOException when the file cannot be read
     * @throws ReportJsonException when the document is not a valid report or is too large
     */
    public AnnualReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Writes a report as UTF-8 to a stream.
     *
     * @param report the report
     * @param out the stream (not closed)
     */
    public void write(AnnualReport report, OutputStream out) {
        writer.write(report, new NonClosing(out));
    }

    /**
     * Writes a report to a string.
     *
     * @param report the report
     * @return the document, ending with a newline
     */
    public String write(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The JSON Schema of the format, as shipped in the jar. */
    public static String schema() {
        try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
