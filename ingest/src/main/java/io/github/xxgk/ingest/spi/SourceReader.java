package io.github.xxgk.ingest.spi;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;

/**
 * A reader of one kind of source (PDF, Word, Excel) into the neutral {@link SourceDocument}, found by
 * {@link java.util.ServiceLoader} when its module is on the class path. The one recogniser of
 * {@code ingest} then maps the document onto the forms, so a source reader knows nothing of the forms.
 *
 * <p>Implementations are stateless and thread-safe. They read no default charset, locale or time zone,
 * keep within the limits of the {@link ReadOptions}, and fail only with a {@link ReadException} saying
 * where and what.
 */
public interface SourceReader {

    /**
     * The kind of source this reader reads.
     *
     * @return the kind, never {@link SourceKind#AUTO}, {@link SourceKind#HTML} or
     *     {@link SourceKind#TEXT_DUMP}
     */
    SourceKind kind();

    /**
     * Whether this reader takes a source, judged by its file name or its first bytes (a signature such as
     * {@code %PDF-} or a zip archive's entries).
     *
     * @param fileName the file name in lower case ({@code ""} when the source has none)
     * @param bytes the whole source
     * @return whether to read it with this reader
     */
    boolean accepts(String fileName, byte[] bytes);

    /**
     * Reads a source into the neutral document.
     *
     * @param bytes the whole source
     * @param source how to name the source in errors (a path, or {@code "bytes"})
     * @param options the options, with their limits
     * @return the document
     * @throws ReadException when the source cannot be read
     */
    SourceDocument read(byte[] bytes, String source, ReadOptions options);
}
