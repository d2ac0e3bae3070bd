package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules that are not relations between cells: metadata, deadlines, sections, text, cell kinds. Not API. */
final class Checks {

    private Checks() {
    }

    private static Collector.F f(String rule, Severity severity, Location at, String key) {
        return new Collector.F(rule, severity, at, Rules.basis(rule), key);
    }

    // ---------------------------------------------------------------- report

    static void report(AnnualReport r, ValidationContext ctx, MonthDay townshipDeadline, Collector out) {
        int n = r.year();
        Matcher year = Pattern.compile("(\\d{4})\\s*年").matcher(r.title());
        if (r.title().isBlank() || !year.find() || Integer.parseInt(year.group(1)) != n) {
            out.add(Collector.REPORT, f("META-YEAR", Severity.WARNING, Location.report("title"), "meta.year")
                    .expected(n + "年").actual(r.title()).done());
        }
        Edition expected = Edition.forYear(n);
        if (expected != r.edition()) {
            out.add(Collector.REPORT, f("META-FORMAT", Severity.WARNING, Location.report("edition"), "meta.format")
                    .expected(expected.name()).actual(r.edition().name()).arg("year", Integer.toString(n)).done());
        }
        Optional<AgencyKind> kind = ctx.agencyKindOf(r);
        if (kind.isEmpty()) {
            out.add(Collector.REPORT, f("META-AGENCY-TYPE", Severity.INFO, Location.report("agency"), "meta.agency_type").done());
        }
        Optional<LocalDate> published = ctx.publicationDateOf(r);
        if (published.isEmpty()) {
            out.add(Collector.REPORT, f("PUB-DATE-UNKNOWN", Severity.INFO, Location.report("publicationDate"), "pub.unknown").done());
            return;
        }
        LocalDate date = published.get();
        String rule;
        Severity severity = Severity.ERROR;
        LocalDate deadline;
        if (n <= Edition.LEGACY_2008.lastYear()) {
            rule = "PUB-DEADLINE-08";
            deadline = LocalDate.of(n + 1, 3, 31);
        } else if (kind.isEmpty()) {
            return;
        } else {
            switch (kind.get()) {
                case STATE_COUNCIL_DEPARTMENT, COUNTY_OR_ABOVE_DEPARTMENT -> {
                    rule = "PUB-DEADLINE-DEPT";
                    deadline = LocalDate.of(n + 1, 1, 31);
                }
                case COUNTY_OR_ABOVE_GOVERNMENT -> {
                    rule = "PUB-DEADLINE-GOV";
                    deadline = LocalDate.of(n + 1, 3, 31);
                }
                default -> {
                    rule = "PUB-DEADLINE-OTHER";
                    severity = Severity.WARNING;
                    deadline = townshipDeadline.atYear(n + 1);
                }
            }
        }
        if (date.isAfter(deadline)) {
            out.add(Collector.REPORT, f(rule, severity, Location.report("publicationDate"), "pub.late")
                    .expected("≤ " + deadline).actual(date.toString()).done());
            if (rule.equals("PUB-DEADLINE-DEPT") && n == 2019) {
                out.add(Collector.REPORT, f("PUB-DEADLINE-2019Y", Severity.INFO, Location.report("publicationDate"),
                        "pub.transition").done());
            }
        }
    }

    /** Whether last year's report can be compared with this one; reports META-PREVIOUS when not. */
    static boolean previousUsable(AnnualReport r, AnnualReport previous, Collector out) {
        if (previous.year() != r.year() - 1 || !previous.agency().name().equals(r.agency().name())) {
            out.add(Collector.REPORT, f("META-PREVIOUS", Severity.WARNING, Location.report(""), "meta.previous")
                    .expected(r.agency().name() + " " + (r.year() - 1))
                    .actual(previous.agency().name() + " " + previous.year()).done());
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- sections

    /** Whether a section's text (its paragraphs, and its subsections with their headings) has a word. */
    private static boolean mentions(Section s, String keyword) {
        for (String p : s.paragraphs()) {
            if (p.contains(keyword)) {
                return true;
            }
        }
        for (Section k : s.subsections()) {
            if (k.title().contains(keyword) || mentions(k, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAny(Section s, String... keywords) {
        for (String k : keywords) {
            if (mentions(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reportMentions(AnnualReport r, String... keywords) {
        for (String k : keywords) {
            for (String p : r.preamble()) {
                if (p.contains(k)) {
                    return true;
                }
            }
            for (Section s : r.sections()) {
                if (s.title().contains(k) || mentions(s, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<SectionDefinition> formSection(FormDefinition form, Section s) {
        if (s.form().isPresent()) {
            return form.section(s.form().get());
        }
        if (form.edition() == Edition.LEGACY_2008) {
            return Optional.empty();
        }
        for (SectionDefinition d : form.sections()) {
            if (d.accepts(s.title())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Label heading(Section s) {
        return new Label(s.heading(), s.heading());
    }

    static void sections(AnnualReport r, ValidationContext ctx, Collector out) {
        FormDefinition form = r.form();
        Map<String, Integer> found = new HashMap<>();
        Map<String, Section> bySection = new HashMap<>();
        List<Section> top = r.sections();
        int lastFormIndex = -1;
        for (int i = 0; i < top.size(); i++) {
            Section s = top.get(i);
            Optional<SectionDefinition> d = formSection(form, s);
            if (d.isEmpty() || found.containsKey(d.get().id())) {
                continue;
            }
            SectionDefinition def = d.get();
            found.put(def.id(), i);
            bySection.put(def.id(), s);
            if (form.edition() != Edition.LEGACY_2008) {
                int formIndex = form.sections().indexOf(def);
                Location at = Location.section("sections/" + i, heading(s));
                if (formIndex < lastFormIndex) {
                    out.add(Collector.SECTIONS + i, f("SEC-PRESENT", Severity.WARNING, at, "sec.order")
                            .arg("section", def.title()).done());
                }
                lastFormIndex = Math.max(lastFormIndex, formIndex);
                if (!def.accepts(s.title()) || !s.numbering().strip().equals(def.numbering())) {
                    out.add(Collector.SECTIONS + i, f("SEC-PRESENT", Severity.WARNING, at, "sec.wording")
                            .expected(def.numbering() + def.title().zh()).actual(s.heading()).done());
                }
            }
        }
        if (form.edition() == Edition.LEGACY_2008) {
            legacySections(r, found, out);
        } else {
            formatSections(r, form, found, bySection, out);
        }
        emptyAndNumbering(r, form, out);
        ctx.previous().ifPresent(p -> duplicate(r, p, out));
    }

    private static void formatSections(AnnualReport r, FormDefinition form, Map<String, Integer> found,
            Map<String, Section> bySection, Collector out) {
        boolean standard = form.edition() == Edition.STANDARD_2021;
        for (SectionDefinition def : form.sections()) {
            Integer index = found.get(def.id());
            Location at = index == null ? Location.section(def.id(), new Label(def.numbering() + def.title().zh(),
                    def.numbering() + def.title().en())) : Location.section("sections/" + index, heading(bySection.get(def.id())));
            long order = index == null ? Collector.SECTIONS : Collector.SECTIONS + index;
            if (index == null) {
                out.add(order, f("SEC-PRESENT", Severity.ERROR, at, "sec.missing").arg("section", def.title()).done());
            }
            for (String table : def.tables()) {
                if (r.table(table).isEmpty()) {
                    out.add(order, f("SEC-TABLES", Severity.ERROR, at, "sec.table")
                            .arg("table", form.table(table).orElseThrow().number()).done());
                }
            }
            Section s = bySection.get(def.id());
            if (s == null) {
                continue;
            }
            switch (def.id()) {
                case "s1_overview" -> {
                    List<String> missing = new ArrayList<>();
                    for (String topic : List.of("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障")) {
                        if (!mentions(s, topic)) {
                            missing.add(topic);
                        }
                    }
                    if (!missing.isEmpty()) {
                        out.add(order, f("SEC1-TOPICS", standard ? Severity.WARNING : Severity.INFO, at, "sec.topics")
                                .arg("topics", String.join("、", missing)).done());
                    }
                }
                case "s5_problems" -> {
                    boolean problems = mentionsAny(s, "问题", "不足", "薄弱", "差距");
                    boolean measures = mentionsAny(s, "改进", "措施", "加强", "提升", "完善", "推进");
                    if (!problems || !measures) {
                        out.add(order, f("SEC5-CONTENT", Severity.WARNING, at, "sec.problems")
                                .arg("what", Messages.label(!problems ? "word.problems" : "word.measures")).done());
                    }
                }
                case "s6_other" -> {
                    if (standard) {
                        otherMatters(r, s, at, order, out);
                    }
                }
                default -> {
                }
            }
        }
        if (r.agency().kind().filter(AgencyKind::isGovernment).isPresent()) {
            List<String> missing = new ArrayList<>();
            for (String[] k : new String[][] {{"考核"}, {"社会评议", "评议"}, {"责任追究", "追究"}}) {
                if (!reportMentions(r, k)) {
                    missing.add(k[0]);
                }
            }
            if (!missing.isEmpty()) {
                out.add(Collector.REPORT, f("SEC-GOV-ASSESS", Severity.WARNING, Location.report(""), "sec.assess")
                        .arg("topics", String.join("、", missing)).done());
            }
        }
    }

    private static final Pattern NIL_OR_FIGURE = Pattern.compile("[0-9０-９]|无|未|没有|零");

    private static void otherMatters(AnnualReport r, Section s, Location at, long order, Collector out) {
        boolean fee = mentionsAny(s, "信息处理费", "收费");
        if (!fee) {
            out.add(order, f("SEC6-FEE", Severity.WARNING, at, "sec.fee").done());
        } else if (!feeStatement(s)) {
            out.add(order, f("FEE-REPORT", Severity.WARNING, at, "fee.report").done());
        }
        if (!mentionsAny(s, "工作要点", "要点") && !mentionsAny(s, "建议", "提案") && !mentionsAny(s, "创新")
                && !isNil(s)) {
            out.add(order, f("SEC6-OTHER", Severity.INFO, at, "sec.other").done());
        }
        r.table("t3").ifPresent(t -> {
            CellValue unpaid = t.value("r3_6_2", "total");
            if (unpaid instanceof Count c && c.value() > 0 && !mentionsAny(s, "收费通知", "信息处理费")) {
                CellDefinition cell = t.definition().cell(new CellId("t3", "r3_6_2", "total")).orElseThrow();
                out.add(Collector.cellOrder(r.form().tables().indexOf(t.definition()), cell.index()), f("T3-FEE-LINK", Severity.WARNING, Location.cell(cell), "fee.link")
                        .actual(Long.toString(c.value())).done());
            }
        });
    }

    private static boolean feeStatement(Section s) {
        for (String p : text(s)) {
            if ((p.contains("信息处理费") || p.contains("收费")) && NIL_OR_FIGURE.matcher(p).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNil(Section s) {
        List<String> texts = text(s);
        return texts.size() == 1 && texts.get(0).strip().matches("无[。.]?|本年度无[^，,]*[。.]?");
    }

    /** A section's paragraphs and its subsections' headings and paragraphs, not its own heading. */
    private static List<String> text(Section s) {
        List<String> out = new ArrayList<>(s.paragraphs());
        s.subsections().forEach(k -> {
            out.add(k.title());
            out.addAll(text(k));
        });
        return out;
    }

    private static void legacySections(AnnualReport r, Map<String, Integer> found, Collector out) {
        String[][] keywords = {
            {"leg_proactive", "主动公开"},
            {"leg_requests", "依申请公开", "申请公开"},
            {"leg_review", "行政复议", "行政诉讼", "复议"},
            {"leg_problems", "存在的主要问题", "存在问题", "问题", "改进"},
            {"leg_other", "其他需要", "其他事项"}};
        FormDefinition form = r.form();
        for (String[] k : keywords) {
            String id = k[0];
            if (found.containsKey(id)) {
                continue;
            }
            String[] words = java.util.Arrays.copyOfRange(k, 1, k.length);
            if (!reportMentions(r, words)) {
                SectionDefinition def = form.section(id).orElseThrow();
                out.add(Collector.SECTIONS, f("LEG-SEC", Severity.WARNING,
                        Location.section(id, new Label(def.title().zh(), def.title().en())), "leg.sec")
                        .arg("section", def.title()).done());
            }
        }
        if (!found.containsKey("leg_fees") && !reportMentions(r, "收费", "减免", "费用", "收取")) {
            out.add(Collector.REPORT, f("LEG-FEE-TEXT", Severity.WARNING, Location.report(""), "leg.fee").done());
        }
    }

    private static final Pattern CN_MAJOR = Pattern.compile("([一二三四五六七八九十]+)[、．.]");
    private static final Pattern CN_PAREN = Pattern.compile("[（(]([一二三四五六七八九十]+)[）)]");
    private static final Pattern DIGIT_PAREN = Pattern.compile("[（(]([0-9]+)[）)]");
    private static final Pattern DIGIT_DOT = Pattern.compile("([0-9]+)[.．、]");
    private static final Pattern[] STYLES = {CN_MAJOR, CN_PAREN, DIGIT_PAREN, DIGIT_DOT};

    private record Numbered(int style, int ordinal) {
    }

    private static Optional<Numbered> numbering(String text) {
        String t = text.strip();
        for (int i = 0; i < STYLES.length; i++) {
            Matcher m = STYLES[i].matcher(t);
            if (m.matches()) {
                String n = m.group(1);
                int ordinal = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : chinese(n);
                return Optional.of(new Numbered(i, ordinal));
            }
        }
        return Optional.empty();
    }

    private static int chinese(String s) {
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    private static String chinese(int n) {
        String digits = "一二三四五六七八九";
        if (n <= 9) {
            return String.valueOf(digits.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10 - 1);
    }

    private static String spell(int style, int ordinal) {
        return switch (style) {
            case 0 -> chinese(ordinal) + "、";
            case 1 -> "（" + chinese(ordinal) + "）";
            case 2 -> "（" + ordinal + "）";
            default -> ordinal + ".";
        };
    }

    private static void emptyAndNumbering(AnnualReport r, FormDefinition form, Collector out) {
        Map<Integer, int[]> stylesByDepth = new HashMap<>();
        countStyles(r.sections(), 0, stylesByDepth);
        walk(r, form, r.sections(), "sections", 0, stylesByDepth, new int[] {0}, out);
    }

    private static void countStyles(List<Section> sections, int depth, Map<Integer, int[]> counts) {
        for (Section s : sections) {
            numbering(s.numbering()).ifPresent(n -> counts.computeIfAbsent(depth, d -> new int[STYLES.length])[n.style()]++);
            countStyles(s.subsections(), depth + 1, counts);
        }
    }

    private static void walk(AnnualReport r, FormDefinition form, List<Section> sections, String path, int depth,
            Map<Integer, int[]> styles, int[] sequence, Collector out) {
        int[] counts = styles.getOrDefault(depth, new int[STYLES.length]);
        int dominant = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (dominant < 0 || counts[i] > counts[dominant])) {
                dominant = i;
            }
        }
        Numbered previous = null;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String here = path + "/" + i;
            long order = Collector.SECTIONS + sequence[0]++;
            Location at = Location.section(here, heading(s));
            boolean tableSection = formSection(form, s).map(d -> !d.tables().isEmpty()
                    && d.tables().stream().allMatch(t -> r.table(t).isPresent())).orElse(false);
            if (s.isEmpty() && !tableSection) {
                out.add(order, f("SEC-EMPTY", Severity.WARNING, at, "sec.empty").done());
            }
            Optional<Numbered> n = numbering(s.numbering());
            if (n.isPresent() && dominant >= 0) {
                int expectedOrdinal = previous != null && previous.style() == dominant ? previous.ordinal() + 1 : i + 1;
                int style = n.get().style();
                boolean otherStyle = style != dominant && counts[style] < counts[dominant];
                boolean gap = style == dominant && previous != null && previous.style() == dominant
                        && n.get().ordinal() != previous.ordinal() + 1;
                if (otherStyle || gap) {
                    out.add(order, f("SEC-NUMBERING", Severity.INFO, at, "sec.numbering")
                            .expected(spell(dominant, expectedOrdinal)).actual(s.numbering().strip()).done());
                }
                previous = new Numbered(otherStyle ? dominant : style, otherStyle ? expectedOrdinal : n.get().ordinal());
            }
            walk(r, form, s.subsections(), here + "/subsections", depth + 1, styles, sequence, out);
        }
    }

    // ---------------------------------------------------------------- narrative repeated from last year

    private static String normalised(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        r.sections().forEach(s -> {
            sb.append(s.title());
            text(s).forEach(sb::append);
        });
        return sb.toString().replaceAll("[0-9０-９〇一二三四五六七八九十百千万.．%％]+", "#").replaceAll("\\s+", "");
    }

    private static Set<String> shingles(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= text.length(); i++) {
            out.add(text.substring(i, i + 4));
        }
        return out;
    }

    private static void duplicate(AnnualReport r, AnnualReport previous, Collector out) {
        Set<String> a = shingles(normalised(r));
        Set<String> b = shingles(normalised(previous));
        if (a.size() < 50 || b.size() < 50) {
            return;
        }
        long common = a.stream().filter(b::contains).count();
        double similarity = (double) common / (a.size() + b.size() - common);
        if (similarity >= 0.9) {
            out.add(Collector.REPORT, f("TXT-DUPLICATE", Severity.WARNING, Location.report(""), "txt.duplicate")
                    .actual(BigDecimal.valueOf(similarity * 100).setScale(0, RoundingMode.HALF_UP) + "%")
                    .expected("< 90%").done());
        }
    }

    // ---------------------------------------------------------------- cells beyond the relations

    static void cells(AnnualReport r, ValidationContext ctx, StatisticsTable t, int tableIndex, Collector out) {
        String shapeRule = switch (t.id()) {
            case "t2" -> r.edition() == Edition.STANDARD_2021 ? "T2-SHAPE-21" : "T2-SHAPE-19";
            case "t3" -> "T3-SHAPE";
            case "t4" -> "T4-SHAPE";
            default -> "LEG-EXTRA";
        };
        for (var extra : t.extraRows()) {
            boolean legacy = shapeRule.equals("LEG-EXTRA");
            out.add(Collector.tableOrder(tableIndex), f(shapeRule, legacy ? Severity.INFO : Severity.ERROR,
                    Location.table(t.definition()), legacy ? "leg.extra" : "table.extra_row")
                    .arg("row", extra.label()).done());
        }
        boolean noRuleMaking = ctx.agencyKindOf(r).map(k -> k == AgencyKind.TOWNSHIP_OR_STREET || k == AgencyKind.OTHER
                || k == AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).orElse(false);
        boolean rulesFlagged = false;
        for (CellDefinition c : t.definition().cells()) {
            CellValue v = t.valueAt(c.index());
            long order = Collector.cellOrder(tableIndex, c.index());
            if (v instanceof Amount a) {
                if (a.value().scale() > 2) {
                    out.add(order, f("NUM-MONEY", Severity.INFO, Location.cell(c), "num.money").actual(a.toString()).done());
                }
                MoneyUnit column = c.unit() == Unit.YUAN ? MoneyUnit.YUAN : c.unit() == Unit.TEN_THOUSAND_YUAN
                        ? MoneyUnit.TEN_THOUSAND_YUAN : null;
                if (column != null && a.unit() != column) {
                    BigDecimal converted = a.inYuan().divide(column.inYuan()).stripTrailingZeros();
                    out.add(order, f("NUM-UNIT-INLINE", Severity.WARNING, Location.cell(c), "num.unit")
                            .actual(a.toString()).expected(converted.toPlainString() + column.label().zh())
                            .derived(c.id(), converted.toPlainString()).done());
                }
                if (c.id().equals(FEES) && a.unit() == MoneyUnit.TEN_THOUSAND_YUAN
                        && a.value().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                    out.add(order, f("T2-FEE-UNIT", Severity.WARNING, Location.cell(c), "t2.fee_unit").actual(a.toString()).done());
                }
            }
            if (noRuleMaking && !rulesFlagged && c.id().table().equals("t2") && c.id().row().equals("regulations")
                    && v instanceof Count count && count.value() > 0) {
                rulesFlagged = true;
                out.add(order, f("T2-RULES-AUTH", Severity.INFO, Location.cell(c), "t2.rules").actual(count.toString()).done());
            }
        }
        if (t.id().equals("t3")) {
            CellValue in = t.value("r1", "total");
            CellValue carried = t.value("r2", "total");
            CellValue backlog = t.value("r4", "total");
            if (in instanceof Count a && carried instanceof Count b && backlog instanceof Count c) {
                long total = a.value() + b.value();
                if (total >= 20 && c.value() * 2 > total) {
                    CellDefinition cell = t.definition().cell(new CellId("t3", "r4", "total")).orElseThrow();
                    out.add(Collector.cellOrder(tableIndex, cell.index()), f("T3-CARRY-PLAUS", Severity.INFO,
                            Location.cell(cell), "t3.backlog").actual(c.toString()).expected("≤ " + total / 2).done());
                }
            }
            if (r.year() == 2019 && ctx.previous().isPresent()) {
                CellDefinition cell = t.definition().cell(new CellId("t3", "r2", "total")).orElseThrow();
                out.add(Collector.cellOrder(tableIndex, cell.index()), f("T3-CARRY-2019", Severity.INFO,
                        Location.cell(cell), "t3.carry_2019").done());
            }
        }
        if (t.id().equals("stats")) {
            boolean anyReported = t.definition().cells().stream().anyMatch(c -> !c.extension() && !t.valueAt(c.index()).isBlank());
            CellId fee = new CellId("stats", "l53", "value");
            if (anyReported && t.value(fee).isBlank()) {
                CellDefinition cell = t.definition().cell(fee).orElseThrow();
                out.add(Collector.cellOrder(tableIndex, cell.index()), f("FEE-LEGACY", Severity.WARNING,
                        Location.cell(cell), "fee.legacy").done());
            }
        }
    }

    private static final CellId FEES = new CellId("t2", "fees", "fee_amount");
}
