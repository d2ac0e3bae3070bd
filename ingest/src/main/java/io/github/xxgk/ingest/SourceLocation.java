package io.github.xxgk.ingest;

import java.util.Objects;

/**
 * Where something read from a published report was printed in its source, so that a person can find
 * the printed text or number.
 *
 * <p>Immutable, value equality, thread-safe.
 */
public sealed interface SourceLocation permits SourceLocation.HtmlElement, SourceLocation.HtmlCell,
        SourceLocation.TextRange, SourceLocation.PageBox, SourceLocation.DocumentParagraph,
        SourceLocation.DocumentCell, SourceLocation.SheetCell {

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

    /**
     * A box on a page of a PDF, in points from the page's top left corner.
     *
     * @param page the page number, from 1
     * @param left the box's left edge
     * @param top the box's top edge
     * @param right the box's right edge
     * @param bottom the box's bottom edge
     */
    record PageBox(int page, double left, double top, double right, double bottom) implements SourceLocation {
        /** Checks the page number and the box. */
        public PageBox {
            if (page < 1 || !(left <= right) || !(top <= bottom)) {
                throw new IllegalArgumentException("bad box on page " + page);
            }
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "page %d (%.1f,%.1f)-(%.1f,%.1f)", page, left, top, right,
                    bottom);
        }
    }

    /**
     * A paragraph of a word-processing document, by its position among the body's paragraphs.
     *
     * @param paragraph the paragraph's index in the body, from 0
     */
    record DocumentParagraph(int paragraph) implements SourceLocation {
        @Override
        public String describe() {
            return "paragraph " + paragraph;
        }
    }

    /**
     * A cell of a table in a word-processing document, in the table's grid (spans resolved).
     *
     * @param table the table's index in the body, from 0
     * @param row the grid row, from 0
     * @param column the grid column, from 0
     */
    record DocumentCell(int table, int row, int column) implements SourceLocation {
        @Override
        public String describe() {
            return "table " + table + " row " + row + " column " + column;
        }
    }

    /**
     * A cell of a spreadsheet.
     *
     * @param sheet the sheet's name
     * @param row the row, from 0
     * @param column the column, from 0
     */
    record SheetCell(String sheet, int row, int column) implements SourceLocation {
        /** Checks the sheet name. */
        public SheetCell {
            Objects.requireNonNull(sheet, "sheet");
        }

        @Override
        public String describe() {
            return "sheet " + sheet + " row " + (row + 1) + " column " + (column + 1);
        }
    }
}
