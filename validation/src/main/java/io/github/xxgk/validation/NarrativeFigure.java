package io.github.xxgk.validation;

import io.github.xxgk.core.form.CellId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure that a report's text states: a number with its unit after it and, when it
 * is recognised, its subject before it ({@code 收到政府信息公开申请75件}), or a nil statement
 * ({@code 未收到政府信息公开申请}: zero). When the subject is unambiguous and means cells of the report's
 * edition, the figure carries those cells: it states their sum.
 *
 * <p>Not figures: years, dates, percentages, ordinals and list markers, document and article numbers,
 * phone numbers, postcodes, addresses, URLs and e-mail addresses (no unit follows them, or
 * {@code 第} precedes them). Chinese numerals count ({@code 两件} is 2) when a unit follows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the subject id ({@link io.github.xxgk.core.form.NarrativeSubject}), when recognised
 * @param phrase the subject phrase as the text writes it ({@code 收到政府信息公开申请}), or empty
 * @param value the number, exactly as written (money in the unit written); zero for a nil statement
 * @param unit the measure word or unit as written ({@code 件}, {@code 人次}, {@code 万元}); empty for a nil statement
 * @param nil whether the figure is a nil statement
 * @param part whether the figure is one part of a listed whole ({@code 其中…}, a share {@code 占…})
 * @param position where the figure is: section, paragraph, offsets of the figure (or nil statement) and of its sentence
 * @param sentence the sentence, quoted
 * @param cells the cells whose sum the figure states, when its subject is unambiguous (else empty)
 */
public record NarrativeFigure(Optional<String> subject, String phrase, BigDecimal value, String unit, boolean nil,
        boolean part, TextPosition position, String sentence, List<CellId> cells) {

    /** Creates a figure. */
    public NarrativeFigure {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(sentence, "sentence");
        cells = List.copyOf(cells);
    }

    /** Whether the figure is matched to cells of the report. */
    public boolean matched() {
        return !cells.isEmpty();
    }

    /** Whether the figure is an amount of money (元 or 万元). */
    public boolean isMoney() {
        return unit.equals("元") || unit.equals("万元");
    }
}
