package io.github.xxgk.validation.internal.narrative;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.validation.internal.narrative.Extractor.Fig;
import java.util.EnumMap;
import java.util.Map;

/**
 * Whether a figure is of the whole area of a government (全市共收到政府信息公开申请1560件): a word of the
 * area ({@code Grammar.areas}: 全市, 全区, 我县) stands in its sentence before its subject. Such a figure may be
 * the sum of every body of the area where the tables count the reporting body's own level only; it is
 * at least the body's own figure, never less. Looked at only for a figure that disagrees with its cells.
 * Immutable and thread-safe. Not API.
 */
public final class AreaScope {

    private static final Map<Edition, AreaScope> BY_EDITION = new EnumMap<>(Edition.class);

    static {
        for (Edition e : Edition.values()) {
            BY_EDITION.put(e, new AreaScope(e.form()));
        }
    }

    private final Words areas;

    private AreaScope(FormDefinition form) {
        areas = new Words(form.narrative().grammar().areas());
    }

    /** The scope of a form's edition. */
    public static AreaScope of(FormDefinition form) {
        return BY_EDITION.get(form.edition());
    }

    /** Whether a word of the whole area stands in the figure's sentence before its subject (or its number). */
    public boolean wholeArea(Fig fig) {
        String t = fig.para.text;
        int before = fig.subject >= 0 ? fig.phraseStart : fig.start;
        for (int k = fig.sentenceStart; k < before; k++) {
            if (areas.mayStart(t.charAt(k)) && areas.startsWithin(t, k, before)) {
                return true;
            }
        }
        return false;
    }
}
