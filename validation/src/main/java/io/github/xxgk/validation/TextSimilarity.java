package io.github.xxgk.validation;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.validation.internal.CrossYearChecks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The similarity of two reports' texts as rule TXT-DUPLICATE measures it (RULES.md; the 2021
 * format's “内容雷同”): headings and paragraphs of every section, without white space and with every
 * run of digits and numerals replaced by one mark (so a copy with this year's figures is still a copy),
 * cut into overlapping 4-character shingles; the similarity is the share of distinct shingles the two
 * texts have in common (Jaccard), from 0 to 1. Texts too short to judge have no similarity.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextSimilarity {

    /** The similarity from which TXT-DUPLICATE reports a report as a copy of last year's (0.9). */
    public static final double DUPLICATE_THRESHOLD = CrossYearChecks.DUPLICATE;

    private TextSimilarity() {
    }

    /**
     * The similarity of two reports' texts.
     *
     * @param a one report
     * @param b the other
     * @return the similarity from 0 to 1, or empty when either text is too short to measure
     */
    public static OptionalDouble between(AnnualReport a, AnnualReport b) {
        double s = CrossYearChecks.similarity(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
        return s < 0 ? OptionalDouble.empty() : OptionalDouble.of(s);
    }
}
