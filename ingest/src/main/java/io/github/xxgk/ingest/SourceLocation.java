package io.github.xxgk.ingest;

import java.util.Objects;

/**
 * Where something read from a published report was printed in its source, so that a person can find
 * the printed text or number.
 *
 * <p>Immutable, value equality, thread-safe.
 */
public sealed interface SourceLocation permits SourceLocation.HtmlElement, SourceLocation.HtmlCell,
        SourceLocation.TextRange {

    /** A short description for a person, such as {@code html element #412 (p)} or {@code text 120–180}. */
    String describe();

    /**
     * An element of an HTML page.
     *
     * @param element the element's position in document order (0 is the root element)
     * @param tag the element's tag name, in lower case
     */
    record HtmlElement(int element, String tag) implements SourceLocation {
        /** Creates the location of an element. */
        public HtmlElement {
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public String describe() {
            return "html element #" + element + " (" + tag + ")";
        }
    }

    /**
     * A cell of an HTML table, in the table's source grid (spans expanded).
     *
     * @param table the table's position among the page's tables, from 0
     * @param row the row in the source grid, from 0
     * @param column the column in the source grid, from 0
     * @param element the cell element's position in document order
     */
    record HtmlCell(int table, int row, int column, int element) implements SourceLocation {
        @Override
        public String describe() {
            return "html table " + table + " row " + row + " column " + column + " (element #" + element + ")";
        }
    }

    /**
     * A range of characters of a text source (after decoding).
     *
     * @param start the offset of the first character
     * @param end the offset after the last character
     */
    record TextRange(int start, int end) implements SourceLocation {
        /** Creates a range; {@code 0 <= start <= end}. */
        public TextRange {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }

        @Override
        public String describe() {
            return "text " + start + "–" + end;
        }
    }
}
