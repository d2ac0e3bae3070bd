package io.github.xxgk.validation.internal;

/** Test access to the numeral speller of the numbering rules. */
public final class NumeralsAccess {

    private NumeralsAccess() {
    }

    /** {@code n} as a Chinese numeral. */
    public static String chinese(long n) {
        return NumberingChecks.chinese(n);
    }
}
