package io.github.xxgk.ingest;

import io.github.xxgk.core.form.CellId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every part of a read report came from: each cell value by cell id, and each text (title,
 * preamble paragraph, heading, paragraph, closing line) by its JSON pointer in the report's
 * {@code xxgk.report/2} form ({@code /title}, {@code /preamble/0}, {@code /sections/2/title},
 * {@code /sections/0/subsections/1/paragraphs/3}, {@code /closing/0}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source a description of the source (its file name, or {@code bytes}/{@code string})
 * @param charset the character set the source was decoded with
 * @param cells the location of each cell that was read, in reading order
 * @param texts the location of each text, by JSON pointer, in reading order
 * @param omitted what was read but left out of the report as the site's chrome (a text dump's
 *     breadcrumb, share buttons, download links), as printed and where, in reading order
 */
public record Provenance(String source, String charset, Map<CellId, SourceLocation> cells,
        Map<String, SourceLocation> texts, List<Omitted> omitted) {

    /** Creates a provenance. */
    public Provenance {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(charset, "charset");
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        omitted = List.copyOf(omitted);
    }

    /** Creates a provenance of a source of which nothing was left out. */
    public Provenance(String source, String charset, Map<CellId, SourceLocation> cells,
            Map<String, SourceLocation> texts) {
        this(source, charset, cells, texts, List.of());
    }

    /**
     * Text read from the source and left out of the report as the site's chrome.
     *
     * @param text the text, whitespace collapsed
     * @param location where it was
     */
    public record Omitted(String text, SourceLocation location) {
        /** Creates an omission. */
        public Omitted {
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(location, "location");
        }
    }

    /** Where a cell's value was printed, if it was read from the source. */
    public Optional<SourceLocation> of(CellId cell) {
        return Optional.ofNullable(cells.get(cell));
    }

    /** Where a text was printed, by its JSON pointer. */
    public Optional<SourceLocation> of(String pointer) {
        return Optional.ofNullable(texts.get(pointer));
    }
}
