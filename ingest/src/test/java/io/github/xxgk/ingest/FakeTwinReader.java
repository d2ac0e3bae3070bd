package io.github.xxgk.ingest;

import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.spi.SourceReader;

/**
 * A second source reader for the tests of the service interface, taking only files named {@code .twin}: a
 * {@link FakeSourceReader} file of that name is taken by both, which the reader choice refuses.
 */
public final class FakeTwinReader implements SourceReader {

    @Override
    public SourceKind kind() {
        return SourceKind.DOC;
    }

    @Override
    public boolean accepts(String fileName, byte[] bytes) {
        return fileName.endsWith(".twin");
    }

    @Override
    public SourceDocument read(byte[] bytes, String source, ReadOptions options) {
        throw new ReadException(source, "不应读取。", "Never read.");
    }
}
