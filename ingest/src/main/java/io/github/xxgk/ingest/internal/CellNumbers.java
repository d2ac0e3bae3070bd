package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.Amount;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.core.form.ValueKind;

/** A printed number to the value of a form cell of its kind and unit. Not API. */
final class CellNumbers {

    private CellNumbers() {
    }

    /**
     * The value a printed number gives a cell of a kind, or null when it cannot be one (a fraction or a sign
     * in a count, a count past a long, a negative amount).
     *
     * @param p the printed number
     * @param kind the cell's kind
     * @param unit the form's unit of the cell
     * @param rowUnit the unit the row's unit cell prints, empty for none
     * @param header the headers' text, which may name the unit of money
     * @return the value, or null
     */
    static CellValue of(Values.Parsed p, ValueKind kind, Unit unit, String rowUnit, String header) {
        String digits = kind == ValueKind.AMOUNT ? p.digits() : Values.whole(p.digits());
        try {
            switch (kind) {
                case COUNT -> {
                    if (digits.contains(".") || digits.startsWith("-") || digits.length() > 18) {
                        return null;
                    }
                    return Count.of(Long.parseLong(digits));
                }
                case SIGNED_COUNT -> {
                    if (digits.contains(".") || digits.length() > 18) {
                        return null;
                    }
                    return SignedCount.of(Long.parseLong(digits));
                }
                case AMOUNT -> {
                    if (digits.startsWith("-")) {
                        return null;
                    }
                    return Amount.of(digits, moneyUnit(p.unit().isEmpty() ? rowUnit : p.unit(), unit, header));
                }
                default -> {
                    return null;
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The unit of money of an amount: as printed beside it, else the form's, else the larger one the headers name. */
    private static MoneyUnit moneyUnit(String printed, Unit unit, String header) {
        for (MoneyUnit m : MoneyUnit.values()) {
            if (m.label().zh().equals(printed)) {
                return m;
            }
        }
        if (unit == Unit.TEN_THOUSAND_YUAN) {
            return MoneyUnit.TEN_THOUSAND_YUAN;
        }
        if (unit == Unit.YUAN) {
            return MoneyUnit.YUAN;
        }
        // written in the table: the larger unit named in the headers, else yuan
        MoneyUnit best = MoneyUnit.YUAN;
        for (MoneyUnit m : MoneyUnit.values()) {
            if (header.contains(m.label().zh()) && m.inYuan().compareTo(best.inYuan()) > 0) {
                best = m;
            }
        }
        return best;
    }
}
