package io.github.xxgk.core.form;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.internal.forms.Bridges;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the cells of two editions answer to each other, for comparing a year with the year before
 * across a change of format: the 2019 trial format against the 2021 format. The
 * correspondences are data: every cell that both editions define with the same id and the same
 * official address is {@link CellCorrespondence.Kind#SAME}; the rest is declared once beside the form
 * definitions (2019's single 表三 （六）其他处理 row against the sum of 2021's three sub-rows, 表二's
 * columns: 本年新制作数量 against 本年制发件数, 处理决定数量 against 本年处理决定数量, and the columns that have no
 * counterpart, such as 2019's count of fee items against 2021's amount of fees). A cell listed nowhere
 * has no counterpart; nothing is guessed. Between the legacy table and the 2019 format no cell is
 * declared to correspond.
 *
 * <p>Immutable and thread-safe.
 */
public final class EditionBridge {

    private final Edition earlier;
    private final Edition later;
    private final List<CellCorrespondence> correspondences;

    private EditionBridge(Edition earlier, Edition later, List<CellCorrespondence> correspondences) {
        this.earlier = earlier;
        this.later = later;
        this.correspondences = List.copyOf(correspondences);
    }

    /**
     * The bridge from an edition to another (or the same: every cell SAME).
     *
     * @param earlier the edition of the earlier report
     * @param later the edition of the later report
     * @return the bridge
     */
    public static EditionBridge between(Edition earlier, Edition later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        return new EditionBridge(earlier, later, Bridges.between(earlier, later));
    }

    /** The edition of the earlier report. */
    public Edition earlier() {
        return earlier;
    }

    /** The edition of the later report. */
    public Edition later() {
        return later;
    }

    /** Every correspondence, SAME ones in the later form's cell order first, then the declared ones. */
    public List<CellCorrespondence> correspondences() {
        return correspondences;
    }

    /** The correspondence that holds a cell of the later edition, if any. */
    public Optional<CellCorrespondence> ofLater(CellId cell) {
        return correspondences.stream().filter(c -> c.later().contains(cell)).findFirst();
    }

    /** The correspondence that holds a cell of the earlier edition, if any. */
    public Optional<CellCorrespondence> ofEarlier(CellId cell) {
        return correspondences.stream().filter(c -> c.earlier().contains(cell)).findFirst();
    }
}
