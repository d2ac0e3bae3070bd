package io.github.xxgk.validation;

import java.util.Objects;

/**
 * A place in a report's text: the part of the report ({@code preamble}, or a section by its path such
 * as {@code sections/2/subsections/0}), the paragraph in it ({@code -1} for the heading of a subsection),
 * and character offsets into that paragraph: of the figure or statement ({@code start}, {@code end}) and
 * of the sentence it stands in ({@code sentenceStart}, {@code sentenceEnd}). Offsets count UTF-16 chars,
 * end exclusive, as {@link String#substring(int, int)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path {@code preamble} or the section's path
 * @param paragraph the paragraph index, or {@code -1} for a subsection's heading
 * @param start the first char of the figure or statement
 * @param end the char after it
 * @param sentenceStart the first char of its sentence
 * @param sentenceEnd the char after its sentence (the sentence's closing mark included)
 */
public record TextPosition(String path, int paragraph, int start, int end, int sentenceStart, int sentenceEnd) {

    /** Creates a position; the offsets must nest: sentenceStart ≤ start ≤ end ≤ sentenceEnd. */
    public TextPosition {
        Objects.requireNonNull(path, "path");
        if (paragraph < -1 || sentenceStart < 0 || start < sentenceStart || end < start || sentenceEnd < end) {
            throw new IllegalArgumentException("bad text position " + paragraph + " " + start + "-" + end + " in "
                    + sentenceStart + "-" + sentenceEnd);
        }
    }
}
