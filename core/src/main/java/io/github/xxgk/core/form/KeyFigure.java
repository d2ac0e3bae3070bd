package io.github.xxgk.core.form;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.internal.forms.Bridges;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a supervising office follows over the years (applications received, carried over, items
 * proactively disclosed, reconsiderations, lawsuits), declared as data beside the form definitions: for
 * each edition, the cells whose sum it is, or, where the edition's tables hold no such cell (the 2019 and
 * 2021 tables count no proactively disclosed items), the narrative subject whose figure the text states
 * ({@link NarrativeSubject}). An edition listed in neither has no such figure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable id ({@code requests_received}, …)
 * @param label its name in both languages
 * @param cells per edition, the cells whose sum it is
 * @param narrative per edition without cells, the narrative subject id that states it
 */
public record KeyFigure(String id, Label label, Map<Edition, List<CellId>> cells, Map<Edition, String> narrative) {

    /** Creates a key figure. */
    public KeyFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        cells = Map.copyOf(cells);
        narrative = Map.copyOf(narrative);
    }

    /** The key figures, in the order they are shown. */
    public static List<KeyFigure> all() {
        return Bridges.keyFigures();
    }

    /** The cells of an edition whose sum the figure is, if the edition's tables hold it. */
    public Optional<List<CellId>> cellsOf(Edition edition) {
        return Optional.ofNullable(cells.get(edition));
    }

    /** The narrative subject that states the figure in an edition without cells for it. */
    public Optional<String> narrativeOf(Edition edition) {
        return Optional.ofNullable(narrative.get(edition));
    }
}
