package io.github.xxgk.render.internal;

import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every rendering shares: the title, how values print, which tables follow which section. Not API. */
public final class Texts {

    private Texts() {
    }

    /** The title as printed; empty when the report has none (no renderer makes one up). */
    public static Optional<String> title(AnnualReport r) {
        return r.title().isBlank() ? Optional.empty() : Optional.of(r.title());
    }

    /**
     * The line under the title: agency (kind), reporting year, publication date.
     *
     * @param r the report
     * @param separator what separates the parts
     * @return the line
     */
    public static String byline(AnnualReport r, String separator) {
        StringBuilder sb = new StringBuilder(r.agency().name());
        r.agency().kind().ifPresent(k -> sb.append("（").append(k.label().zh()).append("）"));
        sb.append(separator).append(r.year()).append("年度");
        r.publicationDate().ifPresent(d -> sb.append(separator).append("发布日期 ").append(d));
        return sb.toString();
    }

    /** What a renderer does with the parts of a report, in document order. */
    public interface Parts {
        /** A top-level section, with its index. */
        void section(int index, Section section);

        /** A statistics table, after the section that holds it or at the end. */
        void table(StatisticsTable table);

        /** A closing line (signature, date), after the last section and before the tables no section holds. */
        void closing(String line);
    }

    /**
     * Walks the report's top-level sections, each followed by its tables, then the closing lines, then the
     * tables no section holds.
     */
    public static void walk(AnnualReport r, Parts parts) {
        Map<Integer, List<StatisticsTable>> placement = placement(r);
        for (int i = 0; i < r.sections().size(); i++) {
            parts.section(i, r.sections().get(i));
            placement.getOrDefault(i, List.of()).forEach(parts::table);
        }
        r.closing().forEach(parts::closing);
        placement.getOrDefault(-1, List.of()).forEach(parts::table);
    }

    /**
     * A cell's value as printed: zero as 0, BLANK as nothing, NOT_APPLICABLE as “/”, a signed count with
     * its sign, an amount with its decimals (and its unit when it is not the column's).
     */
    public static String value(CellValue v, Optional<CellDefinition> cell) {
        if (v instanceof Amount a) {
            Unit column = cell.map(CellDefinition::unit).orElse(Unit.MONEY_AS_WRITTEN);
            boolean same = (column == Unit.YUAN && a.unit() == io.github.xxgk.core.MoneyUnit.YUAN)
                    || (column == Unit.TEN_THOUSAND_YUAN && a.unit() == io.github.xxgk.core.MoneyUnit.TEN_THOUSAND_YUAN);
            return same ? a.value().toPlainString() : a.toString();
        }
        if (v.isBlank()) {
            return "";
        }
        return v.isNotApplicable() ? "/" : v.toString();
    }

    /** The ids of the tables a section and its subsections hold, in document order. */
    private static List<String> held(Section s, List<String> into) {
        into.addAll(s.tables());
        s.subsections().forEach(k -> held(k, into));
        return into;
    }

    /** The caption of a table: the one the page printed, or the form's number and title. */
    public static Label caption(StatisticsTable t) {
        Optional<String> printed = t.printedShape().map(p -> p.caption()).filter(c -> !c.isBlank());
        if (printed.isPresent()) {
            return new Label(printed.get(), printed.get());
        }
        return new Label(t.definition().number().zh() + " " + t.definition().title().zh(),
                t.definition().number().en() + " " + t.definition().title().en());
    }

    /**
     * The tables printed after each top-level section (a form section that holds tables), by section
     * index; the tables no section holds come last, under the key -1.
     */
    private static Map<Integer, List<StatisticsTable>> placement(AnnualReport r) {
        FormDefinition form = r.form();
        Map<Integer, List<StatisticsTable>> out = new LinkedHashMap<>();
        List<String> placed = new ArrayList<>();
        // first the tables a section says it holds (printed inside it, or in one of its subsections)
        for (int i = 0; i < r.sections().size(); i++) {
            for (String t : held(r.sections().get(i), new ArrayList<>())) {
                if (r.tables().containsKey(t) && !placed.contains(t)) {
                    placed.add(t);
                    out.computeIfAbsent(i, k -> new ArrayList<>()).add(r.tables().get(t));
                }
            }
        }
        for (int i = 0; i < r.sections().size(); i++) {
            Section s = r.sections().get(i);
            Optional<SectionDefinition> d = s.form().flatMap(form::section)
                    .or(() -> form.sections().stream().filter(x -> x.accepts(s.title())).findFirst());
            if (d.isEmpty()) {
                continue;
            }
            for (String t : d.get().tables()) {
                if (r.tables().containsKey(t) && !placed.contains(t)) {
                    placed.add(t);
                    out.computeIfAbsent(i, k -> new ArrayList<>()).add(r.tables().get(t));
                }
            }
        }
        for (StatisticsTable t : r.tables().values()) {
            if (!placed.contains(t.id())) {
                out.computeIfAbsent(-1, k -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }
}
