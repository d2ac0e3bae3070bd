package io.github.xxgk.cli;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.RuleCatalogue;
import io.github.xxgk.validation.RuleDescriptor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xxgk rules}: the rule catalogue, as a table with a header row, in the chosen language. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the rules: id, severities, editions, status and what each checks.",
        footer = {"", "Examples:", "  xxgk rules", "  xxgk rules --lang en"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", defaultValue = "zh", description = "zh (default) or en.")
    private Language lang;

    @Override
    public Integer call() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {lang.pick("规则", "rule"), lang.pick("严重程度", "severity"), lang.pick("适用版本", "editions"),
            lang.pick("状态", "status"), lang.pick("检查内容", "what it checks")});
        for (RuleDescriptor r : RuleCatalogue.rules()) {
            String editions = r.editions().size() == Edition.values().length ? lang.pick("全部", "all")
                    : r.editions().stream().sorted().map(e -> e.label().in(lang.locale)).collect(Collectors.joining(lang.pick("、", ", ")));
            rows.add(new String[] {r.id(), r.severities().stream().map(Severity::name).collect(Collectors.joining("/")),
                editions, r.status().label().in(lang.locale), r.description().in(lang.locale)});
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], columns(row[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                sb.append(row[i]).append(" ".repeat(width[i] - columns(row[i]) + 2));
            }
            sb.append(Safe.text(row[4])).append('\n');
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(sb);
        out.flush();
        return Xxgk.PASSED;
    }

    /** The width of a text on a terminal: East Asian wide and full-width characters take two columns. */
    static int columns(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            n += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return n;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
