package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.RuleCatalogue;
import io.github.xxgk.validation.RuleDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading notes as findings of the rule catalogue. Not API. */
public final class Findings {

    private Findings() {
    }

    /** The findings of the notes, in order. */
    public static List<Finding> of(List<Note> notes, Edition edition) {
        FormDefinition form = edition.form();
        return notes.stream().map(n -> of(n, form)).toList();
    }

    private static Finding of(Note n, FormDefinition form) {
        Label basis = RuleCatalogue.rule(n.ruleId()).map(RuleDescriptor::basis)
                .orElseThrow(() -> new IllegalStateException("rule " + n.ruleId() + " is not in the catalogue"));
        Location location;
        Optional<CellDefinition> cell = n.cell().flatMap(form::cell);
        Optional<TableDefinition> table = n.table().flatMap(form::table);
        if (cell.isPresent()) {
            location = Location.cell(cell.get());
        } else if (table.isPresent()) {
            location = Location.table(table.get());
        } else {
            location = Location.report(n.property().orElse(""));
        }
        Map<String, Label> args = new LinkedHashMap<>();
        args.put("where", location.name());
        args.put("actual", new Label(n.actualZh(), n.actual()));
        args.put("expected", new Label(n.expectedZh(), n.expected()));
        n.source().ifPresent(s -> args.put("source", new Label(s.describe(), s.describe())));
        return new Finding(n.ruleId(), n.severity(), location, basis,
                n.expected().isEmpty() ? Optional.empty() : Optional.of(n.expected()),
                n.actual().isEmpty() ? Optional.empty() : Optional.of(n.actual()), Map.of(), List.of(),
                n.messageKey(), args);
    }
}
