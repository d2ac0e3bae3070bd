package io.github.xxgk.core.form;

/** Which report a term of a relation reads: this year's, or the same agency's report of the year before. */
public enum Period {
    /** The report under examination (year N). */
    CURRENT,
    /** The same agency's report for year N−1, given explicitly by the caller. */
    PREVIOUS
}
