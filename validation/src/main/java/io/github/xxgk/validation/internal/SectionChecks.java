package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.ValidationContext;
import io.github.xxgk.validation.internal.narrative.Extractor;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules on sections: SEC-PRESENT, SEC-TABLES, SEC5-CONTENT, SEC6-OTHER, LEG-SEC (the statements the text must make, and its
 * figures, are {@link NarrativeChecks}). Not API.
 */
final class SectionChecks {

    private SectionChecks() {
    }

    private static Collector.F f(String rule, Severity severity, Location at, String key) {
        return new Collector.F(rule, severity, at, Rules.basis(rule), key);
    }

    /** Whether a section (its paragraphs, its subsections with their headings) makes a statement of a group. */
    private static boolean statesAny(Extractor x, String group, Section s) {
        for (int st : x.group(group)) {
            if (NarrativeChecks.states(x, st, s)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the form section a printed section is, or -1. */
    static int formSection(FormDefinition form, Section s) {
        return formSection(form, s, -1);
    }

    /** As {@link #formSection(FormDefinition, Section)}, trying the form section at {@code hint} first. */
    static int formSection(FormDefinition form, Section s, int hint) {
        List<SectionDefinition> defs = form.sections();
        if (s.form().isPresent()) {
            String id = s.form().get();
            if (hint >= 0 && hint < defs.size() && defs.get(hint).id().equals(id)) {
                return hint;
            }
            for (int d = 0; d < defs.size(); d++) {
                if (defs.get(d).id().equals(id)) {
                    return d;
                }
            }
            return -1;
        }
        if (form.edition() == Edition.LEGACY_2008) {
            return -1;
        }
        for (int d = 0; d < defs.size(); d++) {
            if (defs.get(d).accepts(s.title())) {
                return d;
            }
        }
        return -1;
    }

    static Label heading(Section s) {
        return new Label(s.heading(), s.heading());
    }

    private static Location sectionAt(SectionDefinition def, int index, Section printed) {
        return index < 0
                ? Location.section(def.id(), new Label(def.numbering() + def.title().zh(), def.numbering() + def.title().en()))
                : Location.section("sections/" + index, heading(printed));
    }

    private static long sectionOrder(int index) {
        return index < 0 ? Collector.SECTIONS : Collector.SECTIONS + index;
    }

    static void sections(AnnualReport r, ValidationContext ctx, Collector out) {
        FormDefinition form = r.form();
        List<SectionDefinition> defs = form.sections();
        List<Section> top = r.sections();
        int[] foundAt = new int[defs.size()];
        java.util.Arrays.fill(foundAt, -1);
        int[] defOf = new int[top.size()];
        int lastFormIndex = -1;
        boolean legacy = form.edition() == Edition.LEGACY_2008;
        for (int i = 0; i < top.size(); i++) {
            Section s = top.get(i);
            int d = formSection(form, s, i);
            defOf[i] = d;
            if (d < 0 || foundAt[d] >= 0) {
                continue;
            }
            foundAt[d] = i;
            if (!legacy) {
                SectionDefinition def = defs.get(d);
                if (d < lastFormIndex) {
                    out.add(Collector.SECTIONS + i, f("SEC-PRESENT", Severity.WARNING, Location.section("sections/" + i, heading(s)),
                            "sec.order").arg("section", def.title()).done());
                }
                lastFormIndex = Math.max(lastFormIndex, d);
                if (!def.accepts(s.title()) || !s.numbering().strip().equals(def.numbering())) {
                    out.add(Collector.SECTIONS + i, f("SEC-PRESENT", Severity.WARNING, Location.section("sections/" + i, heading(s)),
                            "sec.wording").expected(def.numbering() + def.title().zh()).actual(s.heading()).done());
                }
            }
        }
        if (legacy) {
            legacySections(r, foundAt, out);
        } else {
            formatSections(r, ctx, form, foundAt, out);
        }
        NumberingChecks.emptyAndNumbering(r, form, defOf, out);
    }

    private static void formatSections(AnnualReport r, ValidationContext ctx, FormDefinition form, int[] foundAt,
            Collector out) {
        boolean standard = form.edition() == Edition.STANDARD_2021;
        List<SectionDefinition> defs = form.sections();
        for (int d = 0; d < defs.size(); d++) {
            SectionDefinition def = defs.get(d);
            int index = foundAt[d];
            Section s = index < 0 ? null : r.sections().get(index);
            long order = sectionOrder(index);
            if (index < 0) {
                out.add(order, f("SEC-PRESENT", Severity.ERROR, sectionAt(def, index, s), "sec.missing")
                        .arg("section", def.title()).done());
            }
            for (String table : def.tables()) {
                if (!r.tables().containsKey(table)) {
                    out.add(order, f("SEC-TABLES", Severity.ERROR, sectionAt(def, index, s), "sec.table")
                            .arg("table", form.table(table).orElseThrow().number()).done());
                }
            }
            if (s == null) {
                continue;
            }
            switch (def.id()) {
                case "s5_problems" -> {
                    Extractor x = Extractor.of(form);
                    boolean problems = statesAny(x, "problems", s);
                    boolean measures = statesAny(x, "measures", s);
                    if (!problems || !measures) {
                        out.add(order, f("SEC5-CONTENT", Severity.WARNING, sectionAt(def, index, s), "sec.problems")
                                .arg("what", Messages.label(!problems ? "word.problems" : "word.measures")).done());
                    }
                }
                case "s6_other" -> {
                    if (standard) {
                        otherMatters(Extractor.of(form), s, def, index, order, out);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void otherMatters(Extractor x, Section s, SectionDefinition def, int index, long order, Collector out) {
        if (!statesAny(x, "other_matters", s) && !isNil(s)) {
            out.add(order, f("SEC6-OTHER", Severity.INFO, sectionAt(def, index, s), "sec.other").done());
        }
    }

    private static boolean isNil(Section s) {
        if (s.paragraphs().size() != 1 || !s.subsections().isEmpty()) {
            return false;
        }
        String t = s.paragraphs().get(0).strip();
        if (t.endsWith("。") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.equals("无") || (t.startsWith("本年度无") && t.indexOf('，') < 0 && t.indexOf(',') < 0);
    }

    /** A section's paragraphs and its subsections' headings and paragraphs, not its own heading. */
    static List<String> text(Section s) {
        List<String> out = new ArrayList<>(s.paragraphs());
        s.subsections().forEach(k -> {
            out.add(k.title());
            out.addAll(text(k));
        });
        return out;
    }

    /**
     * A legacy report without the heading of an item of 2008 第三十二条 mentions it somewhere (preamble, headings,
     * paragraphs): by one of the statements the form's vocabulary names for the section.
     */
    private static void legacySections(AnnualReport r, int[] foundAt, Collector out) {
        FormDefinition form = r.form();
        Extractor x = Extractor.of(form);
        List<SectionDefinition> defs = form.sections();
        for (int d = 0; d < defs.size(); d++) {
            SectionDefinition def = defs.get(d);
            List<String> mentions = form.narrative().mentions(def.id());
            if (foundAt[d] >= 0 || mentions.isEmpty()) {
                continue;
            }
            boolean mentioned = false;
            for (String st : mentions) {
                mentioned = mentioned || NarrativeChecks.statesAnywhere(x, x.statementIndex(st), r);
            }
            if (!mentioned) {
                out.add(Collector.SECTIONS, f("LEG-SEC", Severity.WARNING,
                        Location.section(def.id(), new Label(def.title().zh(), def.title().en())), "leg.sec")
                        .arg("section", def.title()).done());
            }
        }
    }
}
