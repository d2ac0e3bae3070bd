package io.github.xxgk.ingest.spi;

import io.github.xxgk.ingest.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The neutral document every source produces: page metadata and a sequence of blocks, each with its
 * source location. Sources know nothing of the forms; the recogniser knows nothing of the sources.
 * Produced by the built-in readers (web pages, text dumps) and by every {@link SourceReader} (PDF,
 * Word, Excel in modules of their own).
 *
 * @param blocks the blocks in reading order
 * @param metadata the page's metadata by key ({@link #TITLE}, {@link #DATE}, {@link #PUBLISHER})
 * @param runTogether whether the source runs paragraphs, headings and table cells together (a text
 *     dump): the recogniser then finds headings and tables inside the text
 * @param charset the character set the source was decoded with
 * @param charsetNote how the charset was decided when it was guessed, empty when declared
 * @param furniture what the source printed but left out of the blocks as no part of the report, with
 *     where, in its order: page numbers, running headers and footers, text set at a slant (a watermark),
 *     a table's header rows printed again at the top of a new page (PDF); empty where a source has none
 */
public record SourceDocument(List<Block> blocks, Map<String, Located> metadata, boolean runTogether, String charset,
        String charsetNote, List<Located> furniture) {

    /** The page's title (its metadata or its article heading). */
    public static final String TITLE = "title";
    /** The page's publication date and time, as printed. */
    public static final String DATE = "date";
    /** The publishing office the page names. */
    public static final String PUBLISHER = "publisher";
    /** The page's address, as a dump's header or the page's metadata gives it. */
    public static final String URL = "url";

    public SourceDocument {
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
        Objects.requireNonNull(charset);
        Objects.requireNonNull(charsetNote);
        furniture = List.copyOf(furniture);
    }

    /**
     * A document of a source that leaves nothing out as page furniture.
     *
     * @param blocks the blocks in reading order
     * @param metadata the page's metadata by key
     * @param runTogether whether the source runs paragraphs, headings and table cells together
     * @param charset the character set the source was decoded with
     * @param charsetNote how the charset was decided when it was guessed, empty when declared
     */
    public SourceDocument(List<Block> blocks, Map<String, Located> metadata, boolean runTogether, String charset,
            String charsetNote) {
        this(blocks, metadata, runTogether, charset, charsetNote, List.of());
    }

    /** A text with its location. */
    public record Located(String text, SourceLocation location) {
    }

    /** A block of the document. */
    public sealed interface Block permits Para, Grid, Image {
        SourceLocation location();
    }

    /**
     * A paragraph or heading candidate: its text as printed (whitespace not yet normalised).
     *
     * @param text the text
     * @param location where it is
     * @param offsets for a text source, the source offset of each character of {@code text}; empty
     *     otherwise
     * @param heading the heading level the source marks ({@code <h2>} is 2), 0 when it marks none
     */
    public record Para(String text, SourceLocation location, int[] offsets, int heading) implements Block {
        /** A paragraph that is no marked heading. */
        public Para(String text, SourceLocation location, int[] offsets) {
            this(text, location, offsets, 0);
        }
    }

    /**
     * A table as printed: its rows of cells with their spans.
     *
     * @param index the table's position among the source's tables
     * @param rows the rows
     * @param location where it is
     */
    public record Grid(int index, List<List<Cell>> rows, SourceLocation location) implements Block {
        public Grid {
            rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        }
    }

    /**
     * A cell of a grid.
     *
     * @param text the cell's text (line breaks inside it as spaces)
     * @param rowspan rows it spans, at least 1
     * @param colspan columns it spans, at least 1
     * @param element the cell element's position in the source, -1 when it has none
     * @param at where the cell is, when the source knows better than its grid position (text offsets)
     */
    public record Cell(String text, int rowspan, int colspan, int element, java.util.Optional<SourceLocation> at) {
        /** A cell of an HTML grid. */
        public Cell(String text, int rowspan, int colspan, int element) {
            this(text, rowspan, colspan, element, java.util.Optional.empty());
        }
    }

    /**
     * An image standing where text could be (a table published as a picture).
     *
     * @param source the image's address as written
     * @param location where it is
     */
    public record Image(String source, SourceLocation location) implements Block {
    }
}
