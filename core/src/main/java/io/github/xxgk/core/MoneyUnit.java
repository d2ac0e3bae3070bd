package io.github.xxgk.core;

import io.github.xxgk.core.form.Label;
import java.math.BigDecimal;

/** The unit an amount of money is written in: 元 or 万元 (ten thousand yuan). */
public enum MoneyUnit {
    /** 元. */
    YUAN("元", "yuan", BigDecimal.ONE),
    /** 万元: ten thousand yuan, the unit of 表二's fee column and of the legacy money rows. */
    TEN_THOUSAND_YUAN("万元", "10,000 yuan", BigDecimal.valueOf(10_000));

    private final Label label;
    private final BigDecimal yuan;

    MoneyUnit(String zh, String en, BigDecimal yuan) {
        this.label = new Label(zh, en);
        this.yuan = yuan;
    }

    /** The unit as printed and in English. */
    public Label label() {
        return label;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal inYuan() {
        return yuan;
    }

    /**
     * The unit printed as {@code symbol}.
     *
     * @param symbol {@code 元} or {@code 万元}
     * @return the unit
     * @throws IllegalArgumentException for any other text
     */
    public static MoneyUnit ofSymbol(String symbol) {
        for (MoneyUnit u : values()) {
            if (u.label.zh().equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("not a money unit: " + symbol);
    }
}
