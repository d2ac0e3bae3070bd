package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.l;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.FormDefinition;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The registry of the three form definitions, built once on first use. Not API. */
public final class Forms {

    private Forms() {
    }

    private static final class Holder {
        static final Map<Edition, FormDefinition> FORMS = build();
    }

    /**
     * The form definition of an edition.
     *
     * @param edition the edition
     * @return its definition
     */
    public static FormDefinition of(Edition edition) {
        return Holder.FORMS.get(edition);
    }

    private static Map<Edition, FormDefinition> build() {
        Map<Edition, FormDefinition> forms = new EnumMap<>(Edition.class);
        forms.put(Edition.LEGACY_2008, new FormDefinition(Edition.LEGACY_2008,
                l("《中华人民共和国政府信息公开条例》（国务院令第492号）", "OGI Regulations (State Council Decree No. 492)"),
                Bases.REG_2008_CONTENT, Sections.legacySections(), List.of(LegacyTable.table()),
                Narrative.of(Edition.LEGACY_2008)));
        forms.put(Edition.TRIAL_2019, new FormDefinition(Edition.TRIAL_2019, Bases.FORMAT_2019,
                Bases.REG_2019_CONTENT, Sections.formatSections(),
                List.of(Table2.table2019(), Table3.table(false), Table4.table()), Narrative.of(Edition.TRIAL_2019)));
        forms.put(Edition.STANDARD_2021, new FormDefinition(Edition.STANDARD_2021, Bases.FORMAT_2021,
                Bases.REG_2019_CONTENT, Sections.formatSections(),
                List.of(Table2.table2021(), Table3.table(true), Table4.table()), Narrative.of(Edition.STANDARD_2021)));
        return forms;
    }
}
