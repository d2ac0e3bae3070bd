package io.github.xxgk.cli;

import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.RuleCatalogue;
import io.github.xxgk.validation.RuleDescriptor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xxgk rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rules: id, severity, status and what each checks.",
        footer = {"", "Examples:", "  xxgk rules", "  xxgk rules --lang en"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", defaultValue = "zh", description = "zh (default) or en.")
    private Language lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (RuleDescriptor r : RuleCatalogue.rules()) {
            out.println(r.id() + "  " + r.severities().stream().map(Severity::name).collect(Collectors.joining("/"))
                    + "  " + r.status().name().toLowerCase(java.util.Locale.ROOT) + "  " + r.description().in(lang.locale));
        }
        out.flush();
        return Xxgk.PASSED;
    }
}
