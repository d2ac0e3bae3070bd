package io.github.xxgk.ingest;

import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.spi.SourceReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A source reader for the tests of the service interface: a "PDF" whose bytes are {@code %FAKE} and
 * then lines of UTF-8 text, the first the title; each line a paragraph located on page 1.
 */
public final class FakeSourceReader implements SourceReader {

    static final String MAGIC = "%FAKE\n";

    @Override
    public SourceKind kind() {
        return SourceKind.PDF;
    }

    @Override
    public boolean accepts(String fileName, byte[] bytes) {
        return fileName.endsWith(".fake") || new String(bytes, 0, Math.min(bytes.length, MAGIC.length()),
                StandardCharsets.US_ASCII).equals(MAGIC);
    }

    @Override
    public SourceDocument read(byte[] bytes, String source, ReadOptions options) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(MAGIC)) {
            throw new ReadException(source, "不是测试文件。", "Not a test file.");
        }
        String[] lines = text.substring(MAGIC.length()).split("\n");
        List<SourceDocument.Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            blocks.add(new SourceDocument.Para(lines[i], new SourceLocation.PageBox(1, 0, 20 * i, 500, 20 * i + 18),
                    new int[0]));
        }
        return new SourceDocument(blocks, Map.of(SourceDocument.TITLE, new SourceDocument.Located(lines[0],
                new SourceLocation.PageBox(1, 0, 0, 500, 18))), false, "UTF-8", "");
    }
}
