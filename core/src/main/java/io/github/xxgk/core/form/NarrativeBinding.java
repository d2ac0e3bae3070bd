package io.github.xxgk.core.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cells of one edition that a narrative subject means: a figure of the subject equals the sum of
 * {@code cells} ({@code 行政诉讼} = 未经复议直接起诉 总计 + 复议后起诉 总计), or of {@code cells} and
 * {@code widenedCells} when its clause has one of the {@code widening} phrases ({@code 含上年结转}: 表三 一、
 * + 二、; not after 不: 不含上年结转). When another clause of its sentence names one of the {@code mayWiden} words
 * ({@code 结转}: 共受理申请36件，包括上年结转2件), the figure may be either sum; without {@code widenedCells} (表四 has no
 * row of the cases carried over), the figure may then be of the new cases only, and the cells may count the carried-over
 * ones too (新发生行政复议案件2件，上年结转1件: 表四 may hold 3). {@code otherOutcomes} are the cells
 * that a statement {@code 均获维持} about the subject contradicts when they are not zero (纠正, 其他, 尚未审结).
 * {@code standsFor}: the subject whose parts a list after a figure of this one may name too, compared only when some
 * cells hold 0 (收到申请12件，其中予以公开8件: the results of the requests concluded, which are the requests received
 * when 表三 二、 and 四、 are 0).
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the subject id
 * @param cells the cells the figure sums
 * @param widening phrases that widen the figure to {@code widenedCells} as well
 * @param widenedCells the cells added by a widening phrase
 * @param otherOutcomes the cells that “all upheld” contradicts when not zero
 * @param mayWiden words that, elsewhere in the figure's sentence, make it either sum
 * @param standsFor the whole this subject stands for in a list of that whole's parts, if any
 */
public record NarrativeBinding(String subject, List<CellId> cells, List<String> widening, List<CellId> widenedCells,
        List<CellId> otherOutcomes, List<String> mayWiden, Optional<StandIn> standsFor) {

    /**
     * A subject standing for another in a list of the other's parts: the other's id, and the cells that must hold 0
     * for the parts to be compared with their cells.
     *
     * @param whole the subject whose parts the list names
     * @param whenZero the cells that must all hold 0 (a blank, “/” or any other number: the parts are not compared)
     */
    public record StandIn(String whole, List<CellId> whenZero) {

        /** Creates a stand-in. */
        public StandIn {
            Objects.requireNonNull(whole, "whole");
            whenZero = List.copyOf(whenZero);
        }
    }

    /** Creates a binding that stands for no other subject. */
    public NarrativeBinding(String subject, List<CellId> cells, List<String> widening, List<CellId> widenedCells,
            List<CellId> otherOutcomes, List<String> mayWiden) {
        this(subject, cells, widening, widenedCells, otherOutcomes, mayWiden, Optional.empty());
    }

    /** Creates a binding. */
    public NarrativeBinding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(standsFor, "standsFor");
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a binding needs a cell: " + subject);
        }
        widening = List.copyOf(widening);
        widenedCells = List.copyOf(widenedCells);
        otherOutcomes = List.copyOf(otherOutcomes);
        mayWiden = List.copyOf(mayWiden);
    }
}
