package io.github.xxgk.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.internal.json.JsonBytes;
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
import java.util.Objects;

/**
 * Reads and writes reports in the library's JSON format ({@code "format": "xxgk.report/1"}), whose keys
 * are the stable ids of the form definitions. The format is documented in the README and described
 * exactly by the JSON Schema {@link #SCHEMA_RESOURCE} shipped in this jar.
 *
 * <p>Reading refuses whatever the format does not allow (syntax errors, unknown ids, values of the
 * wrong kind, negative counts, missing required fields) with a {@link ReportJsonException} that gives
 * the JSON pointer, line and column of the problem. The input must be strict UTF-8 (RFC 8259): overlong
 * forms, encoded surrogates, code points above U+10FFFF and UTF-16 or UTF-32 documents are refused
 * with their byte offset. Nesting depth, section depth and string length are limited, and so is size:
 * the document's content (its bytes without the white space between tokens) may take
 * {@code maxBytes}, the whole input {@link #INPUT_FACTOR} times that, and a report is read only when
 * its written form fits both limits too, so that whatever is read writes back and reads again.
 * Writing is deterministic (same report, same bytes) and {@code read(write(r))} equals {@code r} for
 * every report.
 *
 * <p>Immutable and thread-safe; {@link #defaults()} is shared.
 */
public final class ReportJson {

    /** The class-path location of the JSON Schema of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/xxgk/core/report.schema.json";

    /**
     * The default limit on the size of a document's content (its bytes without the white space between
     * tokens): 8 MiB.
     */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    /** The whole input, white space included, may take this many times the content limit. */
    public static final int INPUT_FACTOR = 4;

    /** The default limit on JSON nesting depth. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** The default limit on the nesting of subsections. */
    public static final int DEFAULT_MAX_SECTION_DEPTH = 12;

    private static final ReportJson DEFAULTS = new ReportJson(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_SECTION_DEPTH);

    private final int maxBytes;
    private final long maxInput;
    /** Inputs up to this size cannot write back beyond the limits (see {@link #read(byte[])}). */
    private final long surelyFits;
    private final JsonFactory factory;
    private final ReportReader reader;
    private final ReportWriter writer;

    private ReportJson(int maxBytes, int maxDepth, int maxSectionDepth) {
        this.maxBytes = maxBytes;
        this.maxInput = (long) maxBytes * INPUT_FACTOR;
        // The writer's output of a report read from n bytes is at most 25 n bytes of content (a section
        // written as {} gets its four fields) on at most 3 n lines, each indented by at most 2 per JSON
        // level plus a line end and the spaces around a colon: so at most (34 + 6 maxDepth) n bytes.
        this.surelyFits = Math.min(maxInput / (34L + 6L * maxDepth), maxBytes / 25L);
        this.factory = JsonTree.factory(maxDepth, maxBytes);
        // a section at level k has its lists at JSON depth 2k + 2, which the writer always writes
        this.reader = new ReportReader(Math.min(maxSectionDepth, (maxDepth - 2) / 2));
        this.writer = new ReportWriter(factory);
    }

    /** The reader and writer with the default limits. */
    public static ReportJson defaults() {
        return DEFAULTS;
    }

    /**
     * A reader and writer with other limits.
     *
     * @param maxBytes the largest content accepted, in bytes without the white space between tokens (the
     *     whole input may take {@link #INPUT_FACTOR} times as much)
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
        if (utf8.length > maxInput) {
            throw new ReportJsonException("", 0, 0, "输入超过 " + maxInput + " 字节的上限。",
                    "The input is larger than the limit of " + maxInput + " bytes.", null);
        }
        // the content is measured only when the whole input could exceed its limit
        long content = JsonBytes.check(utf8, utf8.length > maxBytes);
        if (content > maxBytes) {
            throw new ReportJsonException("", 0, 0, "输入的内容（不计记号间的空白）为 " + content + " 字节，超过 " + maxBytes
                    + " 字节的上限。", "The input's content (without the white space between tokens) takes " + content
                    + " bytes, more than the limit of " + maxBytes + ".", null);
        }
        AnnualReport report = reader.read(JsonTree.parse(factory, utf8));
        if (utf8.length > surelyFits) {
            JsonBytes.Counter written = new JsonBytes.Counter();
            writer.write(report, written);
            if (written.total() > maxInput || written.content() > maxBytes) {
                throw new ReportJsonException("", 0, 0, "该报告写回 JSON 时为 " + written.total() + " 字节（内容 "
                        + written.content() + " 字节），超过 " + maxInput + " 字节（内容 " + maxBytes + " 字节）的上限，无法再次读取。",
                        "Written back, the report takes " + written.total() + " bytes (content " + written.content()
                        + "), beyond the limits of " + maxInput + " bytes (content " + maxBytes
                        + ") and could not be read again.", null);
            }
        }
        return report;
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
     * Reads a report from a stream of UTF-8, reading at most the input limit.
     *
     * @param in the stream (not closed)
     * @return the report
     * @throws IOException when the stream fails
     * @throws ReportJsonException when the document is not a valid report or is too large
     */
    public AnnualReport read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInput + 1));
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
            long size = Files.size(file);
            if (size >= 0 && size <= maxInput) {
                byte[] bytes = new byte[(int) size]; // one buffer of the file's size, read into directly
                int n = in.readNBytes(bytes, 0, bytes.length);
                int next = n == bytes.length ? in.read() : -1;
                if (next < 0) {
                    return read(n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n));
                }
                // it grew while being read: the rest, up to the limit
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes);
                out.write(next);
                out.write(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInput - bytes.length)));
                return read(out.toByteArray());
            }
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
     * Writes a report as UTF-8 to a file, creating it or replacing its content.
     *
     * @param report the report
     * @param file the file
     * @throws IOException when the file cannot be written
     */
    public void write(AnnualReport report, Path file) throws IOException {
        Objects.requireNonNull(report, "report");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            write(report, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
