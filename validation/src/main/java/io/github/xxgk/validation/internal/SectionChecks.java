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

    private static final Keywords PROBLEMS = new Keywords("问题", "不足", "薄弱", "差距", "改进", "措施", "加强", "提升", "完善", "推进");
    private static final int PROBLEM_WORDS = 0b1111;
    private static final Keywords OTHER = new Keywords("工作要点", "要点", "建议", "提案", "创新");
    private static final String[] LEGACY_ITEMS = {"leg_proactive", "leg_requests", "leg_review", "leg_problems", "leg_other"};
    private static final Keywords[] LEGACY_WORDS = {
        new Keywords("主动公开"),
        new Keywords("依申请公开", "申请公开"),
        new Keywords("行政复议", "行政诉讼", "复议"),
        new Keywords("存在的主要问题", "存在问题", "问题", "改进"),
        new Keywords("其他需要", "其他事项")};

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
                    boolean problems = PROBLEMS.any(s, PROBLEM_WORDS);
                    boolean measures = PROBLEMS.any(s, PROBLEMS.all() & ~PROBLEM_WORDS);
                    if (!problems || !measures) {
                        out.add(order, f("SEC5-CONTENT", Severity.WARNING, sectionAt(def, index, s), "sec.problems")
                                .arg("what", Messages.label(!problems ? "word.problems" : "word.measures")).done());
                    }
                }
                case "s6_other" -> {
                    if (standard) {
                        otherMatters(s, def, index, order, out);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void otherMatters(Section s, SectionDefinition def, int index, long order, Collector out) {
        if (!OTHER.any(s, OTHER.all()) && !isNil(s)) {
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

    private static void legacySections(AnnualReport r, int[] foundAt, Collector out) {
        FormDefinition form = r.form();
        for (int k = 0; k < LEGACY_ITEMS.length; k++) {
            SectionDefinition def = form.section(LEGACY_ITEMS[k]).orElseThrow();
            if (foundAt[form.sections().indexOf(def)] >= 0) {
                continue;
            }
            if (!mentioned(r, LEGACY_WORDS[k])) {
                out.add(Collector.SECTIONS, f("LEG-SEC", Severity.WARNING,
                        Location.section(def.id(), new Label(def.title().zh(), def.title().en())), "leg.sec")
                        .arg("section", def.title()).done());
            }
        }
    }

    /** Whether any keyword of a set appears in the report's preamble or sections, headings included. */
    private static boolean mentioned(AnnualReport r, Keywords words) {
        int found = words.scan(r.sections(), 0);
        for (String p : r.preamble()) {
            found = words.scan(p, found);
        }
        return found != 0;
    }
}
