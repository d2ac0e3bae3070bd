package io.github.xxgk.core.form;

/** How the two sides of a relation compare. */
public enum Comparison {
    /** Left side equals right side. */
    EQUAL("=", "="),
    /** Left side is at most the right side. */
    AT_MOST("≤", "<="),
    /** Left side is at least the right side. */
    AT_LEAST("≥", ">=");

    private final String symbol;
    private final String ascii;

    Comparison(String symbol, String ascii) {
        this.symbol = symbol;
        this.ascii = ascii;
    }

    /** The mathematical symbol. */
    public String symbol() {
        return symbol;
    }

    /** The ASCII spelling. */
    public String ascii() {
        return ascii;
    }

    /** Whether {@code left} compared to {@code right} satisfies this comparison. */
    public boolean holds(int compareResult) {
        return switch (this) {
            case EQUAL -> compareResult == 0;
            case AT_MOST -> compareResult <= 0;
            case AT_LEAST -> compareResult >= 0;
        };
    }
}
