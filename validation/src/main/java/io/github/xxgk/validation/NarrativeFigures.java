package io.github.xxgk.validation;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.validation.internal.narrative.Extractor;
import java.util.List;
import java.util.Objects;

/**
 * Reads the figures and nil statements of a report's narrative: preamble, section
 * paragraphs, subsection headings and paragraphs, in document order. Each figure has its subject, number,
 * unit, position, and the cells it states when its subject is unambiguous; the phrases that name the
 * subjects and their cells are data of the form definitions
 * ({@link io.github.xxgk.core.form.FormDefinition#narrative()}). The validator checks these figures against
 * the tables (TXT-TABLE-CONSISTENCY, TXT-LIST-SUM, T3-TEXT-LINK, T4-TEXT-LINK, FEE-*); a consumer may read
 * them without validating.
 *
 * <pre>{@code
 * for (NarrativeFigure f : NarrativeFigures.of(report)) {
 *     f.subject();   // Optional[requests_received]
 *     f.value();     // 75
 *     f.cells();     // [t3.r1.total]
 * }
 * }</pre>
 *
 * <p>One pass over the text, linear in its length. Stateless and thread-safe.
 */
public final class NarrativeFigures {

    private NarrativeFigures() {
    }

    /**
     * The figures of a report's text, in document order.
     *
     * @param report the report
     * @return its figures and nil statements
     */
    public static List<NarrativeFigure> of(AnnualReport report) {
        return Extractor.of(Objects.requireNonNull(report, "report").form()).figures(report);
    }

    /**
     * The figures of one paragraph, read with the vocabulary of an edition.
     *
     * @param edition the edition whose vocabulary and cells to use
     * @param text the paragraph
     * @return its figures, with position path {@code text} and paragraph 0
     */
    public static List<NarrativeFigure> of(Edition edition, String text) {
        return Extractor.of(Objects.requireNonNull(edition, "edition").form()).figures(Objects.requireNonNull(text, "text"));
    }
}
