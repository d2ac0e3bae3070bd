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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        if (firstYear(r.title()) != n) {
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

    /** The first year written “NNNN年” in a text (spaces allowed before 年), or -1. */
    static int firstYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run == 4) {
                int j = i;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '年') {
                    return Integer.parseInt(text.substring(i - 4, i));
                }
            }
            run = 0;
        }
        return -1;
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

    private static final Keywords TOPICS = new Keywords("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障");
    private static final Keywords PROBLEMS = new Keywords("问题", "不足", "薄弱", "差距", "改进", "措施", "加强", "提升", "完善", "推进");
    private static final int PROBLEM_WORDS = 0b1111;
    private static final Keywords OTHER = new Keywords("信息处理费", "收费", "工作要点", "要点", "建议", "提案", "创新", "收费通知");
    private static final int FEE_WORDS = 0b11;
    private static final int OTHER_WORDS = 0b1111100;
    private static final int FEE_NOTICE_WORDS = 0b10000001;
    private static final Keywords ASSESS = new Keywords("考核", "评议", "追究");
    private static final String[] ASSESS_NAMES = {"考核", "社会评议", "责任追究"};
    private static final Keywords FEES_2008 = new Keywords("收费", "减免", "费用", "收取");
    private static final String[] LEGACY_ITEMS = {"leg_proactive", "leg_requests", "leg_review", "leg_problems", "leg_other"};
    private static final Keywords[] LEGACY_WORDS = {
        new Keywords("主动公开"),
        new Keywords("依申请公开", "申请公开"),
        new Keywords("行政复议", "行政诉讼", "复议"),
        new Keywords("存在的主要问题", "存在问题", "问题", "改进"),
        new Keywords("其他需要", "其他事项")};

    /** The index of the form section a printed section is, or -1. */
    private static int formSection(FormDefinition form, Section s) {
        return formSection(form, s, -1);
    }

    /** As {@link #formSection(FormDefinition, Section)}, trying the form section at {@code hint} first. */
    private static int formSection(FormDefinition form, Section s, int hint) {
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

    private static Label heading(Section s) {
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

    private static String missing(Keywords words, String[] names, int found) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            if ((found & (1 << w)) == 0) {
                out.append(out.length() == 0 ? "" : "、").append(names == null ? words.word(w) : names[w]);
            }
        }
        return out.toString();
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
        emptyAndNumbering(r, form, defOf, out);
        ctx.previous().ifPresent(p -> duplicate(r, p, out));
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
                case "s1_overview" -> {
                    int found = TOPICS.scan(s, 0);
                    if (found != TOPICS.all()) {
                        out.add(order, f("SEC1-TOPICS", standard ? Severity.WARNING : Severity.INFO, sectionAt(def, index, s),
                                "sec.topics").arg("topics", missing(TOPICS, null, found)).done());
                    }
                }
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
                        otherMatters(r, s, def, index, order, out);
                    }
                }
                default -> {
                }
            }
        }
        if (ctx.agencyKindOf(r).filter(AgencyKind::isGovernment).isPresent()) {
            int found = ASSESS.scan(r.sections(), 0);
            for (String p : r.preamble()) {
                found = ASSESS.scan(p, found);
            }
            if (found != ASSESS.all()) {
                out.add(Collector.REPORT, f("SEC-GOV-ASSESS", Severity.WARNING, Location.report(""), "sec.assess")
                        .arg("topics", missing(ASSESS, ASSESS_NAMES, found)).done());
            }
        }
    }

    /** Whether a text holds a figure or a word of nil (无, 未, 没有, 零). */
    private static boolean figureOrNil(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '无' || c == '未' || c == '零'
                    || (c == '没' && i + 1 < p.length() && p.charAt(i + 1) == '有')) {
                return true;
            }
        }
        return false;
    }

    private static void otherMatters(AnnualReport r, Section s, SectionDefinition def, int index, long order,
            Collector out) {
        if (!OTHER.any(s, FEE_WORDS)) {
            out.add(order, f("SEC6-FEE", Severity.WARNING, sectionAt(def, index, s), "sec.fee").done());
        } else if (!feeStatement(s)) {
            out.add(order, f("FEE-REPORT", Severity.WARNING, sectionAt(def, index, s), "fee.report").done());
        }
        if (!OTHER.any(s, OTHER_WORDS) && !isNil(s)) {
            out.add(order, f("SEC6-OTHER", Severity.INFO, sectionAt(def, index, s), "sec.other").done());
        }
        StatisticsTable t = r.tables().get("t3");
        if (t != null && t.valueAt(UNPAID_INDEX) instanceof Count c && c.value() > 0 && !OTHER.any(s, FEE_NOTICE_WORDS)) {
            CellDefinition cell = t.definition().cell(UNPAID_TOTAL).orElseThrow();
            out.add(Collector.cellOrder(r.form().tables().indexOf(t.definition()), cell.index()),
                    f("T3-FEE-LINK", Severity.WARNING, Location.cell(cell), "fee.link").actual(Long.toString(c.value())).done());
        }
    }

    /** Whether one paragraph speaks of fees with a figure or a nil statement. */
    private static boolean feeStatement(Section s) {
        for (String p : s.paragraphs()) {
            if ((p.contains("信息处理费") || p.contains("收费")) && figureOrNil(p)) {
                return true;
            }
        }
        for (Section k : s.subsections()) {
            if (feeStatement(k)) {
                return true;
            }
        }
        return false;
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
    private static List<String> text(Section s) {
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
        SectionDefinition fees = form.section("leg_fees").orElseThrow();
        if (foundAt[form.sections().indexOf(fees)] < 0 && !mentioned(r, FEES_2008)) {
            out.add(Collector.REPORT, f("LEG-FEE-TEXT", Severity.WARNING, Location.report(""), "leg.fee").done());
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

    private static final int STYLES = 4;
    private static final int NONE = -1;
    private static final String CN_DIGITS = "一二三四五六七八九十";

    private static int style(int code) {
        return code / 1000;
    }

    private static int ordinal(int code) {
        return code % 1000;
    }

    /**
     * The style and ordinal of a numbering label as {@code style × 1000 + ordinal} (styles: 0
     * {@code 一、}, 1 {@code （一）}, 2 {@code （1）}, 3 {@code 1.}), or {@link #NONE}. Allocation-free.
     */
    private static int numbering(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to - from < 2) {
            return NONE;
        }
        char first = text.charAt(from);
        char last = text.charAt(to - 1);
        boolean paren = (first == '（' || first == '(') && (last == '）' || last == ')');
        int a = paren ? from + 1 : from;
        int b = to - 1;
        if (b <= a || b - a > 3) {
            return NONE;
        }
        boolean digits = true;
        boolean chinese = true;
        int value = 0;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            digits &= c >= '0' && c <= '9';
            chinese &= CN_DIGITS.indexOf(c) >= 0;
            value = value * 10 + (c - '0');
        }
        int ordinal = chinese ? chinese(text, a, b) : value;
        if (paren) {
            return chinese ? 1000 + ordinal : digits ? 2000 + value : NONE;
        }
        boolean dot = last == '、' || last == '．' || last == '.';
        if (chinese && dot) {
            return ordinal;
        }
        return digits && dot ? 3000 + value : NONE;
    }

    /** The value of a Chinese numeral from 一 to 九十九 written in text[from, to). */
    private static int chinese(String text, int from, int to) {
        String digits = "一二三四五六七八九";
        int ten = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '十') {
                ten = i;
                break;
            }
        }
        if (ten < 0) {
            return digits.indexOf(text.charAt(from)) + 1;
        }
        int tens = ten == from ? 1 : digits.indexOf(text.charAt(from)) + 1;
        int ones = ten == to - 1 ? 0 : digits.indexOf(text.charAt(ten + 1)) + 1;
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

    private static void emptyAndNumbering(AnnualReport r, FormDefinition form, int[] defOf, Collector out) {
        List<int[]> styles = new ArrayList<>(4);
        int[][] codes = {new int[16]};
        int[] count = {0};
        countStyles(r.sections(), 0, styles, codes, count);
        walk(r, form, r.sections(), defOf, "sections", 0, styles, codes[0], new int[] {0}, out);
    }

    /** Counts numbering styles per depth and records each heading's code in document order. */
    private static void countStyles(List<Section> sections, int depth, List<int[]> counts, int[][] codes, int[] count) {
        for (Section s : sections) {
            int n = numbering(s.numbering());
            if (count[0] == codes[0].length) {
                codes[0] = java.util.Arrays.copyOf(codes[0], count[0] * 2);
            }
            codes[0][count[0]++] = n;
            if (n != NONE) {
                while (counts.size() <= depth) {
                    counts.add(new int[STYLES]);
                }
                counts.get(depth)[style(n)]++;
            }
            if (!s.subsections().isEmpty()) {
                countStyles(s.subsections(), depth + 1, counts, codes, count);
            }
        }
    }

    private static final int[] NO_STYLES = new int[STYLES];

    private static void walk(AnnualReport r, FormDefinition form, List<Section> sections, int[] defOf, String path,
            int depth, List<int[]> styles, int[] codes, int[] sequence, Collector out) {
        int[] counts = depth < styles.size() ? styles.get(depth) : NO_STYLES;
        int dominant = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (dominant < 0 || counts[i] > counts[dominant])) {
                dominant = i;
            }
        }
        int previous = NONE;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int n = codes[sequence[0]];
            long order = Collector.SECTIONS + sequence[0]++;
            if (s.isEmpty() && !holdsItsTables(r, form, defOf != null ? defOf[i] : formSection(form, s))) {
                out.add(order, f("SEC-EMPTY", Severity.WARNING, Location.section(path + "/" + i, heading(s)), "sec.empty").done());
            }
            if (n != NONE && dominant >= 0) {
                boolean follows = previous != NONE && style(previous) == dominant;
                int expectedOrdinal = follows ? ordinal(previous) + 1 : i + 1;
                int style = style(n);
                boolean otherStyle = style != dominant && counts[style] < counts[dominant];
                boolean gap = style == dominant && follows && ordinal(n) != ordinal(previous) + 1;
                if (otherStyle || gap) {
                    out.add(order, f("SEC-NUMBERING", Severity.INFO, Location.section(path + "/" + i, heading(s)), "sec.numbering")
                            .expected(spell(dominant, expectedOrdinal)).actual(s.numbering().strip()).done());
                }
                previous = otherStyle ? dominant * 1000 + expectedOrdinal : n;
            }
            if (!s.subsections().isEmpty()) {
                walk(r, form, s.subsections(), null, path + "/" + i + "/subsections", depth + 1, styles, codes, sequence, out);
            }
        }
    }

    /** Whether a section is a form section whose tables the report holds (its content is the tables). */
    private static boolean holdsItsTables(AnnualReport r, FormDefinition form, int def) {
        if (def < 0 || form.sections().get(def).tables().isEmpty()) {
            return false;
        }
        for (String t : form.sections().get(def).tables()) {
            if (!r.tables().containsKey(t)) {
                return false;
            }
        }
        return true;
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

    static void cells(AnnualReport r, ValidationContext ctx, StatisticsTable t, int tableIndex, Arithmetic compiled,
            Collector out) {
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
        for (int index : compiled.amountCells()) {
            CellDefinition c = compiled.cell(index);
            if (t.valueAt(index) instanceof Amount a) {
                long order = Collector.cellOrder(tableIndex, index);
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
        }
        int[] regulations = compiled.regulationCells();
        if (regulations.length > 0 && ctx.agencyKindOf(r).filter(k -> k == AgencyKind.TOWNSHIP_OR_STREET || k == AgencyKind.OTHER
                || k == AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT).isPresent()) {
            for (int index : regulations) {
                if (t.valueAt(index) instanceof Count count && count.value() > 0) {
                    out.add(Collector.cellOrder(tableIndex, index), f("T2-RULES-AUTH", Severity.INFO,
                            Location.cell(compiled.cell(index)), "t2.rules").actual(count.toString()).done());
                    break;
                }
            }
        }
        if (t.id().equals("t3")) {
            int[] totals = compiled.totals();
            CellValue in = t.valueAt(totals[0]);
            CellValue carried = t.valueAt(totals[1]);
            CellValue backlog = t.valueAt(totals[2]);
            if (in instanceof Count a && carried instanceof Count b && backlog instanceof Count c) {
                long total = a.value() + b.value();
                if (total >= 20 && c.value() * 2 > total) {
                    CellDefinition cell = t.definition().cell(BACKLOG_TOTAL).orElseThrow();
                    out.add(Collector.cellOrder(tableIndex, cell.index()), f("T3-CARRY-PLAUS", Severity.INFO,
                            Location.cell(cell), "t3.backlog").actual(c.toString()).expected("≤ " + total / 2).done());
                }
            }
            if (r.year() == 2019 && ctx.previous().isPresent()) {
                CellDefinition cell = t.definition().cell(CARRIED_TOTAL).orElseThrow();
                out.add(Collector.cellOrder(tableIndex, cell.index()), f("T3-CARRY-2019", Severity.INFO,
                        Location.cell(cell), "t3.carry_2019").done());
            }
        }
        if (t.id().equals("stats")) {
            boolean anyReported = false;
            for (CellDefinition c : t.definition().cells()) {
                anyReported |= !c.extension() && !t.valueAt(c.index()).isBlank();
            }
            if (anyReported && t.value(LEGACY_FEES).isBlank()) {
                CellDefinition cell = t.definition().cell(LEGACY_FEES).orElseThrow();
                out.add(Collector.cellOrder(tableIndex, cell.index()), f("FEE-LEGACY", Severity.WARNING,
                        Location.cell(cell), "fee.legacy").done());
            }
        }
    }

    private static final CellId FEES = new CellId("t2", "fees", "fee_amount");
    private static final CellId UNPAID_TOTAL = new CellId("t3", "r3_6_2", "total");
    private static final CellId RECEIVED_TOTAL = new CellId("t3", "r1", "total");
    private static final CellId CARRIED_TOTAL = new CellId("t3", "r2", "total");
    private static final CellId BACKLOG_TOTAL = new CellId("t3", "r4", "total");
    private static final CellId LEGACY_FEES = new CellId("stats", "l53", "value");
    /** The index of （六）2. × 总计 in the 2021 表三 (the only one with the row; T3-FEE-LINK is a 2021 rule). */
    private static final int UNPAID_INDEX = Edition.STANDARD_2021.form().cell(UNPAID_TOTAL).orElseThrow().index();

    /** The cells of 表三 that T3-CARRY-PLAUS reads: 总计 of 一、, 二、 and 四、. */
    static final List<CellId> TOTALS = List.of(RECEIVED_TOTAL, CARRIED_TOTAL, BACKLOG_TOTAL);
}
