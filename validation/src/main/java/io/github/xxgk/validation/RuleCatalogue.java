package io.github.xxgk.validation;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.internal.Rules;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue of rules: every rule id of the format and the ids the library adds in the same
 * style, with severities, basis, description in both languages, editions and status. The repository's
 * {@code RULES.md} is generated from it by {@link #markdown()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** Every rule, sorted by id. */
    public static List<RuleDescriptor> rules() {
        return List.copyOf(Rules.catalogue().values());
    }

    /** The rule with an id, if there is one. */
    public static Optional<RuleDescriptor> rule(String id) {
        return Optional.ofNullable(Rules.catalogue().get(id));
    }

    /** The catalogue as the Markdown document {@code RULES.md}. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# xxgk rule catalogue / 规则目录\n\n")
                .append("Generated from the code by `RuleCatalogue.markdown()`; a test keeps this file current ")
                .append("(`./mvnw -B -pl validation -am test -Dxxgk.rewrite=true` rewrites it).\n\n")
                .append("Status: **checked** — the validator reports it; **relation** — declared as data in the form ")
                .append("definitions and checked by the arithmetic engine; **model** — the model's types make a ")
                .append("violation impossible and the JSON reader refuses such input; **calculator** — checked by ")
                .append("`FeeCalculator` on source data; **reading** — a note given while a published report is read ")
                .append("(`xxgk-ingest`), among the findings; **deferred** — not checked yet (none at present).\n\n")
                .append("| id | severity | editions | status | basis | 说明 | description |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (RuleDescriptor r : rules()) {
            md.append("| `").append(r.id()).append("` | ")
                    .append(r.severities().stream().map(Severity::name).collect(Collectors.joining(" / "))).append(" | ")
                    .append(r.editions().size() == Edition.values().length ? "all"
                            : r.editions().stream().sorted().map(Edition::name).collect(Collectors.joining(", ")))
                    .append(" | ").append(r.status().label().en())
                    .append(" | ").append(cell(r.basis().zh())).append(" | ").append(cell(r.description().zh()))
                    .append(" | ").append(cell(r.description().en())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
