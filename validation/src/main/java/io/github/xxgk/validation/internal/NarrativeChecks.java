package io.github.xxgk.validation.internal;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.NarrativeBinding;
import io.github.xxgk.core.form.NarrativeStatement;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.TextPosition;
import io.github.xxgk.validation.ValidationContext;
import io.github.xxgk.validation.internal.narrative.AreaScope;
import io.github.xxgk.validation.internal.narrative.Extractor;
import io.github.xxgk.validation.internal.narrative.Extractor.Fig;
import io.github.xxgk.validation.internal.narrative.Extractor.ListRun;
import io.github.xxgk.validation.internal.narrative.Extractor.Para;
import io.github.xxgk.validation.internal.narrative.Extractor.Upheld;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text says, checked against the tables and against what the format asks it to say:
 * TXT-TABLE-CONSISTENCY, T3-TEXT-LINK, T4-TEXT-LINK (figures matched to cells; 均获维持), TXT-LIST-SUM,
 * the fee rules of section 六 (SEC6-FEE, FEE-REPORT, FEE-COLLECTED-LE-NOTIFIED, FEE-UNIT, T3-FEE-LINK),
 * LEG-FEE-TEXT, SEC1-TOPICS and SEC-GOV-ASSESS. Figures and statements are read by the narrative
 * {@link Extractor} from the phrases of the form definitions. Not API.
 */
final class NarrativeChecks {

    private NarrativeChecks() {
    }

    private static final Label PREAMBLE = new Label("前言", "preamble");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String[] FEE_GROUPS = {"fees", "fee_nil"};

    private static Collector.F f(String rule, Severity severity, Location at, String key) {
        return new Collector.F(rule, severity, at, Rules.basis(rule), key);
    }

    static void check(AnnualReport r, ValidationContext ctx, Collector out) {
        FormDefinition form = r.form();
        Extractor x = Extractor.of(form);
        Extractor.Text text = x.read(r);
        List<Section> top = r.sections();
        int overview = -1;
        int other = -1;
        int legacyFees = -1;
        for (int i = 0; i < top.size(); i++) {
            int d = SectionChecks.formSection(form, top.get(i), i);
            if (d < 0) {
                continue;
            }
            String id = form.sections().get(d).id();
            if (id.equals("s1_overview") && overview < 0) {
                overview = i;
            } else if (id.equals("s6_other") && other < 0) {
                other = i;
            } else if (id.equals("leg_fees") && legacyFees < 0) {
                legacyFees = i;
            }
        }
        if (!text.figures.isEmpty()) {
            figures(r, x, text, out);
            lists(r, text, out);
        }
        if (!text.upheld.isEmpty()) {
            upheld(r, x, text, out);
        }
        if (form.edition() == Edition.LEGACY_2008) {
            if (legacyFees < 0 && !feesStated(x, r, text)) {
                out.add(Collector.REPORT, f("LEG-FEE-TEXT", Severity.WARNING, Location.report(""), "leg.fee").done());
            }
            return;
        }
        if (overview >= 0) {
            topics(r, x, overview, form.edition() == Edition.STANDARD_2021, out);
        }
        if (ctx.agencyKindOf(r).filter(AgencyKind::isGovernment).isPresent()) {
            assessment(r, x, out);
        }
        if (form.edition() == Edition.STANDARD_2021) {
            feeUnits(r, x, text, out);
            if (other >= 0) {
                fees(r, x, text, other, out);
            }
        }
    }

    // ------------------------------------------------------------ where

    private static int topIndex(String path) {
        if (!path.startsWith("sections/")) {
            return -1;
        }
        int i = "sections/".length();
        int v = 0;
        while (i < path.length() && Character.isDigit(path.charAt(i))) {
            v = v * 10 + path.charAt(i++) - '0';
        }
        return v;
    }

    private static long order(String path) {
        int i = topIndex(path);
        return i < 0 ? Collector.REPORT : Collector.SECTIONS + i;
    }

    /** The section at a path such as {@code sections/2/subsections/0}, or null for the preamble. */
    private static Section sectionAt(AnnualReport r, String path) {
        int top = topIndex(path);
        if (top < 0) {
            return null;
        }
        Section s = r.sections().get(top);
        int i = path.indexOf("/subsections/");
        while (i >= 0) {
            int at = i + "/subsections/".length();
            int v = 0;
            while (at < path.length() && Character.isDigit(path.charAt(at))) {
                v = v * 10 + path.charAt(at++) - '0';
            }
            s = s.subsections().get(v);
            i = path.indexOf("/subsections/", at);
        }
        return s;
    }

    private static Location at(AnnualReport r, Para p, int start, int end, int sentenceStart, int sentenceEnd) {
        Section s = sectionAt(r, p.path);
        return Location.text(new TextPosition(p.path, p.index, start, end, sentenceStart, sentenceEnd),
                s == null ? PREAMBLE : SectionChecks.heading(s));
    }

    private static Location at(AnnualReport r, Fig fig) {
        return at(r, fig.para, fig.start, fig.end, fig.sentenceStart, fig.sentenceEnd);
    }

    private static boolean inSection(Fig fig, int top) {
        return topIndex(fig.para.path) == top;
    }

    private static String printed(Fig fig) {
        return fig.nil ? "0" : fig.para.text.substring(fig.start, fig.end);
    }

    private static Label cellNames(FormDefinition form, List<CellId> cells) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (CellId c : cells) {
            Label name = form.cell(c).map(CellDefinition::name).orElse(new Label(c.toString(), c.toString()));
            zh.append(zh.length() == 0 ? "" : "＋").append(name.zh());
            en.append(en.length() == 0 ? "" : " + ").append(name.en());
        }
        return new Label(zh.toString(), en.toString());
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------ figures against cells

    private static String ruleOf(CellId cell) {
        return switch (cell.table()) {
            case "t3" -> "T3-TEXT-LINK";
            case "t4" -> "T4-TEXT-LINK";
            default -> "TXT-TABLE-CONSISTENCY";
        };
    }

    private static void figures(AnnualReport r, Extractor x, Extractor.Text text, Collector out) {
        for (Fig fig : text.figures) {
            if (!fig.bound(x)) {
                continue;
            }
            NarrativeBinding b = x.binding(fig.subject);
            List<CellId> cells = b.cells();
            if (fig.widened) {
                cells = new ArrayList<>(cells);
                cells.addAll(b.widenedCells());
            }
            StatisticsTable table = r.tables().get(cells.get(0).table());
            if (table == null) {
                continue;
            }
            boolean money = fig.isMoney();
            BigDecimal figure = money ? fig.inYuan() : fig.value;
            if (!money && figure.stripTrailingZeros().scale() > 0) {
                continue;
            }
            int[] at = x.bindingIndexes(fig.subject);
            long small = at == null || money ? -1 : countsSum(table, at, cells.size());
            if (small >= 0 && figure.compareTo(BigDecimal.valueOf(small)) == 0) {
                continue; // the common case: every cell a count, their sum the figure
            }
            if (fig.whole != null && !agrees(r, x, fig.whole)) {
                // a part of a whole that is not the table's (收到申请75件 counting last year's 1 too, 涉及自然人72件):
                // what the part counts is not told, and the whole's finding says what is wrong
                continue;
            }
            if (!allZero(r, x.zerosFor(fig))) {
                continue; // 收到申请12件，其中予以公开8件 beside requests carried over: the results are of other requests
            }
            List<CellId> printed = printedParts(r, cells);
            if (printed != cells) {
                cells = printed;
                at = null;
            }
            if (unprinted(r, table, cells)) {
                continue; // 信函申请2件 beside a table printing 信函、传真 as one row of its own: no cell of the text's
            }
            List<CellId> blanks = new ArrayList<>(0);
            BigDecimal known = known(r, table, cells, at, blanks);
            if (fig.mayWiden && blanks.isEmpty() && known.compareTo(figure) != 0
                    && figure.compareTo(known.add(sum(r, b.widenedCells()))) == 0) {
                continue; // 共受理申请36件，包括上年结转2件: the new and the carried-over requests together
            }
            if (fig.mayWiden && b.widenedCells().isEmpty() && known.compareTo(figure) > 0) {
                continue; // 新发生行政复议案件2件，上年结转1件: 表四 may count the carried-over case too
            }
            Label subject = x.subject(fig.subject).name();
            FormDefinition form = r.form();
            List<CellId> named = cells;
            if (known.compareTo(figure) < 0 && !carriedOverUnsaid(r, b, fig, known, figure)
                    && AreaScope.of(form).wholeArea(fig)) {
                // 全市共收到…申请1560件 beside the city government's own 312: the whole is no less than the part,
                // and which of the two the tables count is not told
                out.add(order(fig.para.path), f("TXT-TABLE-CONSISTENCY", Severity.INFO, at(r, fig), "narr.area")
                        .expected(plain(known) + (money ? "元" : "")).actual(printed(fig)).related(cells)
                        .arg("sentence", fig.sentence()).arg("subject", subject).lazyArg("cells", () -> cellNames(form, named))
                        .done());
                continue;
            }
            if (blanks.isEmpty() ? known.compareTo(figure) != 0 : known.compareTo(figure) > 0) {
                String expected = plain(known) + (money ? "元" : "");
                // 收到申请56件 beside 53 new and 3 carried over: the text may count the carried-over ones too, and the
                // finding says so (the format compares the wording that says so only, FORMATS.md §5)
                boolean carried = blanks.isEmpty() && carriedOverUnsaid(r, b, fig, known, figure);
                out.add(order(fig.para.path), f(ruleOf(cells.get(0)), Severity.WARNING, at(r, fig),
                        carried ? "narr.mismatch_carried" : blanks.isEmpty() ? "narr.mismatch" : "narr.blank_exceeds")
                        .expected(expected).actual(printed(fig)).related(cells)
                        .arg("sentence", fig.sentence()).arg("subject", subject).lazyArg("cells", () -> cellNames(form, named))
                        .lazyArg("widened", () -> cellNames(form, b.widenedCells()))
                        .done());
            } else if (!blanks.isEmpty()) {
                out.add(order(fig.para.path), f("TXT-TABLE-CONSISTENCY", Severity.INFO, at(r, fig), "narr.blank")
                        .actual(printed(fig)).related(cells)
                        .arg("sentence", fig.sentence()).arg("subject", subject).lazyArg("cells", () -> cellNames(form, blanks))
                        .done());
            }
        }
    }

    /** Whether every cell holds the count 0 (none given: true). */
    private static boolean allZero(AnnualReport r, List<CellId> cells) {
        for (CellId c : cells) {
            if (!(r.value(c) instanceof Count n && n.value() == 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a cell is blank and the page did not print it (its row or column is not on the page). */
    private static boolean unprinted(AnnualReport r, StatisticsTable table, List<CellId> cells) {
        for (CellId c : cells) {
            if (!table.isPrinted(c) && r.value(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cells, each subtotal that the table implies and leaves blank (表三 （三）不予公开) replaced by the cells of its
     * rows, which the table prints; the cells themselves when there is none.
     */
    private static List<CellId> printedParts(AnnualReport r, List<CellId> cells) {
        List<CellId> out = null;
        for (int k = 0; k < cells.size(); k++) {
            CellId c = cells.get(k);
            CellDefinition def = r.form().cell(c).orElseThrow();
            if (def.implied() && r.value(c).isBlank()) {
                if (out == null) {
                    out = new ArrayList<>(cells.subList(0, k));
                }
                for (RowDefinition row : r.form().table(c.table()).orElseThrow().row(c.row()).orElseThrow().children()) {
                    out.add(new CellId(c.table(), row.id(), c.column()));
                }
            } else if (out != null) {
                out.add(c);
            }
        }
        return out == null ? cells : out;
    }

    /**
     * The sum of the known numbers of some cells (at their indexes in {@code table}, when given; else through the
     * report); the blank cells added to {@code blanks}.
     */
    private static BigDecimal known(AnnualReport r, StatisticsTable table, List<CellId> cells, int[] at,
            List<CellId> blanks) {
        BigDecimal known = BigDecimal.ZERO;
        for (int k = 0; k < cells.size(); k++) {
            CellId c = cells.get(k);
            CellValue v = at != null ? table.valueAt(at[k]) : r.value(c);
            BigDecimal number = numberOf(v);
            if (number != null) {
                known = known.add(number);
            } else if (v.isBlank()) {
                blanks.add(c);
            }
        }
        return known;
    }

    /** Whether a figure (the whole of a list) is exactly the sum of its cells, none blank. */
    private static boolean agrees(AnnualReport r, Extractor x, Fig whole) {
        List<CellId> cells = x.binding(whole.subject).cells();
        StatisticsTable table = r.tables().get(cells.get(0).table());
        List<CellId> blanks = new ArrayList<>(0);
        BigDecimal figure = whole.isMoney() ? whole.inYuan() : whole.value;
        return table != null && known(r, table, cells, x.bindingIndexes(whole.subject), blanks).compareTo(figure) == 0
                && blanks.isEmpty();
    }

    /**
     * Whether a figure that names no carry-over is its cells and the carried-over cells together (全区收到…申请75件
     * beside 74 new and 1 carried over): the body's own tables explain it, the whole area does not.
     */
    private static boolean carriedOverUnsaid(AnnualReport r, NarrativeBinding b, Fig fig, BigDecimal known,
            BigDecimal figure) {
        return !fig.widened && !b.widenedCells().isEmpty() && figure.compareTo(known.add(sum(r, b.widenedCells()))) == 0;
    }

    /** The sum of some cells' numbers (a blank or “/” counts 0). */
    private static BigDecimal sum(AnnualReport r, List<CellId> cells) {
        return known(r, null, cells, null, new ArrayList<>(0));
    }

    /** A cell's number, an amount in 元; null for a blank or “/”. */
    private static BigDecimal numberOf(CellValue v) {
        if (v instanceof Count n) {
            return BigDecimal.valueOf(n.value());
        }
        if (v instanceof SignedCount n) {
            return BigDecimal.valueOf(n.value());
        }
        return v instanceof Amount a ? a.inYuan() : null;
    }

    /**
     * The sum of the first {@code n} cells at the given indexes when every one is a count and the sum
     * stays far from overflowing; -1 otherwise (a blank, “/”, an amount or a signed count: then the
     * exact comparison decides).
     */
    private static long countsSum(StatisticsTable table, int[] at, int n) {
        long sum = 0;
        for (int k = 0; k < n; k++) {
            if (!(table.valueAt(at[k]) instanceof Count c) || c.value() > (1L << 50)) {
                return -1;
            }
            sum += c.value();
        }
        return sum;
    }

    private static void lists(AnnualReport r, Extractor.Text text, Collector out) {
        if (text.lists.isEmpty()) {
            return;
        }
        int n = text.lists.size();
        BigDecimal[] sums = new BigDecimal[n];
        int[] parts = new int[n];
        for (Fig fig : text.figures) {
            if (fig.list < 0 || fig.nested || fig.nil || !fig.arabic || fig.past) {
                continue;
            }
            ListRun l = text.lists.get(fig.list);
            if (l.total == null || !l.total.unit.equals(fig.unit)) {
                continue;
            }
            sums[fig.list] = sums[fig.list] == null ? fig.value : sums[fig.list].add(fig.value);
            parts[fig.list]++;
        }
        for (int i = 0; i < n; i++) {
            ListRun l = text.lists.get(i);
            Fig total = l.total;
            if (total == null || parts[i] < 2 || l.mixed || l.channels || !total.arabic || !(total.totalMarked || total.subject >= 0)) {
                continue;
            }
            int cmp = sums[i].compareTo(total.value);
            if (l.openEnded ? cmp > 0 : cmp != 0) {
                out.add(order(l.para.path), f("TXT-LIST-SUM", Severity.WARNING,
                        at(r, l.para, total.start, total.end, l.sentenceStart, l.sentenceEnd),
                        l.openEnded ? "narr.list_open" : "narr.list")
                        .expected(plain(total.value) + total.unit).actual(plain(sums[i]) + total.unit)
                        .arg("sentence", l.para.text.substring(l.sentenceStart, l.sentenceEnd)).done());
            }
        }
    }

    /**
     * T4-TEXT-LINK on 均获维持: the statement is about every subject with outcomes that its sentence names when
     * it opens its clause, else about the one subject named (复议案件均获维持 after 行政复议3件、行政诉讼2件 is
     * about one of the two, so about neither for sure); never when dated to another year or narrowed to some cases.
     */
    private static void upheld(AnnualReport r, Extractor x, Extractor.Text text, Collector out) {
        for (Upheld u : text.upheld) {
            if (u.past || u.qualified) {
                continue;
            }
            boolean[] about = new boolean[x.subjectCount()];
            int named = 0;
            for (int s = 0; s < about.length; s++) {
                about[s] = upheldSubject(r, x, s, u);
                named += about[s] ? 1 : 0;
            }
            if (named > 1 && !u.bare) {
                continue;
            }
            for (int s = 0; s < about.length; s++) {
                NarrativeBinding b = x.binding(s);
                if (!about[s]) {
                    continue;
                }
                List<CellId> nonZero = new ArrayList<>();
                for (CellId c : b.otherOutcomes()) {
                    if (r.value(c) instanceof Count n && n.value() > 0) {
                        nonZero.add(c);
                    }
                }
                if (!nonZero.isEmpty()) {
                    out.add(order(u.para.path), f("T4-TEXT-LINK", Severity.WARNING,
                            at(r, u.para, u.start, u.end, u.sentenceStart, u.sentenceEnd), "narr.upheld")
                            .related(nonZero).arg("sentence", u.para.text.substring(u.sentenceStart, u.sentenceEnd))
                            .arg("subject", x.subject(s).name()).arg("cells", cellNames(r.form(), nonZero)).done());
                }
            }
        }
    }

    /**
     * Whether a subject has outcomes in the report's tables and the sentence of a 均获维持 names it before the
     * statement (行政复议2件，均维持原决定，其中1件…提起行政诉讼 is about the reconsiderations).
     */
    private static boolean upheldSubject(AnnualReport r, Extractor x, int s, Upheld u) {
        NarrativeBinding b = x.binding(s);
        return b != null && !b.otherOutcomes().isEmpty() && r.table(b.otherOutcomes().get(0).table()).isPresent()
                && x.mentions(s, u.para.text, u.sentenceStart, u.start);
    }

    // ------------------------------------------------------------ statements

    /** A test on one text: a statement made, a subject named. */
    private interface Says {
        boolean in(String text);
    }

    /** Whether a section's text (its paragraphs, its subsections with their headings) passes a test. */
    private static boolean says(Says test, Section s) {
        for (String p : s.paragraphs()) {
            if (test.in(p)) {
                return true;
            }
        }
        for (Section k : s.subsections()) {
            if (test.in(k.title()) || says(test, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the report's text anywhere (preamble, headings, paragraphs) passes a test. */
    private static boolean saysAnywhere(Says test, AnnualReport r) {
        for (String p : r.preamble()) {
            if (test.in(p)) {
                return true;
            }
        }
        for (Section s : r.sections()) {
            if (test.in(s.title()) || says(test, s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text names fees for disclosure: a statement on fees, or the subject of a fee figure (收费通知, 收取…费). */
    private static boolean namesFees(Extractor x, String text) {
        for (String group : FEE_GROUPS) {
            for (int st : x.group(group)) {
                if (x.states(st, text)) {
                    return true;
                }
            }
        }
        return (x.feeNotices >= 0 && x.mentions(x.feeNotices, text, 0, text.length()))
                || (x.feeCollected >= 0 && x.mentions(x.feeCollected, text, 0, text.length()));
    }

    /** Whether a section's text (its paragraphs, its subsections with their headings) makes a statement. */
    static boolean states(Extractor x, int statement, Section s) {
        for (String p : s.paragraphs()) {
            if (x.states(statement, p)) {
                return true;
            }
        }
        for (Section k : s.subsections()) {
            if (x.states(statement, k.title()) || states(x, statement, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the report's text anywhere (preamble, headings, paragraphs) makes a statement. */
    static boolean statesAnywhere(Extractor x, int statement, AnnualReport r) {
        for (String p : r.preamble()) {
            if (x.states(statement, p)) {
                return true;
            }
        }
        for (Section s : r.sections()) {
            if (x.states(statement, s.title()) || states(x, statement, s)) {
                return true;
            }
        }
        return false;
    }

    private static Label missing(List<NarrativeStatement> absent) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (NarrativeStatement s : absent) {
            zh.append(zh.length() == 0 ? "" : "、").append(s.name().zh());
            en.append(en.length() == 0 ? "" : ", ").append(s.name().en());
        }
        return new Label(zh.toString(), en.toString());
    }

    private static Location section(AnnualReport r, int index) {
        return Location.section("sections/" + index, SectionChecks.heading(r.sections().get(index)));
    }

    private static void topics(AnnualReport r, Extractor x, int index, boolean standard, Collector out) {
        List<NarrativeStatement> absent = new ArrayList<>(0);
        for (int st : x.group("topics")) {
            if (!states(x, st, r.sections().get(index))) {
                absent.add(x.statement(st));
            }
        }
        if (!absent.isEmpty()) {
            out.add(Collector.SECTIONS + index, f("SEC1-TOPICS", standard ? Severity.WARNING : Severity.INFO,
                    section(r, index), "sec.topics").arg("topics", missing(absent)).done());
        }
    }

    private static void assessment(AnnualReport r, Extractor x, Collector out) {
        List<NarrativeStatement> absent = new ArrayList<>(0);
        for (int st : x.group("assessment")) {
            if (!statesAnywhere(x, st, r)) {
                absent.add(x.statement(st));
            }
        }
        if (!absent.isEmpty()) {
            out.add(Collector.REPORT, f("SEC-GOV-ASSESS", Severity.WARNING, Location.report(""), "sec.assess")
                    .arg("topics", missing(absent)).done());
        }
    }

    private static boolean isFee(Extractor x, Fig fig) {
        return fig.subject >= 0 && !fig.ambiguous && x.isFee(fig.subject);
    }

    /** LEG-FEE-TEXT: a statement on fees anywhere, or a figure of fees. */
    private static boolean feesStated(Extractor x, AnnualReport r, Extractor.Text text) {
        for (Fig fig : text.figures) {
            if (isFee(x, fig)) {
                return true;
            }
        }
        return saysAnywhere(p -> namesFees(x, p), r);
    }

    /** FEE-UNIT: fee amounts in the text are written in 元. */
    private static void feeUnits(AnnualReport r, Extractor x, Extractor.Text text, Collector out) {
        for (Fig fig : text.figures) {
            if (isFee(x, fig) && !fig.nil && fig.unit.equals("万元") && fig.value.signum() != 0) { // 0.00万元 is 0元
                out.add(order(fig.para.path), f("FEE-UNIT", Severity.INFO, at(r, fig), "fee.unit")
                        .expected(plain(fig.value.multiply(TEN_THOUSAND)) + "元").actual(printed(fig))
                        .arg("sentence", fig.sentence()).done());
            }
        }
    }

    /** SEC6-FEE, FEE-REPORT, FEE-COLLECTED-LE-NOTIFIED, T3-FEE-LINK: the fee statement of section 六. */
    private static void fees(AnnualReport r, Extractor x, Extractor.Text text, int index, Collector out) {
        int noticesSubject = x.feeNotices;
        int notifiedSubject = x.feeNotified;
        int collectedSubject = x.feeCollected;
        Fig notices = null;
        Fig notified = null;
        Fig collected = null;
        boolean nilNotices = false;
        boolean anyFee = false;
        for (Fig fig : text.figures) {
            if (!inSection(fig, index) || !isFee(x, fig)) {
                continue;
            }
            anyFee = true;
            if (fig.subject == noticesSubject) {
                if (fig.nil) {
                    nilNotices = true;
                } else if (notices == null) {
                    notices = fig;
                }
            } else if (fig.subject == notifiedSubject && notified == null) {
                notified = fig;
            } else if (fig.subject == collectedSubject && collected == null) {
                collected = fig;
            }
        }
        Section six = r.sections().get(index);
        boolean feeNil = false;
        for (int st : x.group("fee_nil")) {
            feeNil = feeNil || states(x, st, six);
        }
        boolean stated = anyFee || feeNil || says(p -> namesFees(x, p), six);
        long order = Collector.SECTIONS + index;
        if (!stated) {
            out.add(order, f("SEC6-FEE", Severity.WARNING, section(r, index), "sec.fee").done());
        } else {
            // 收取信息处理费0元 says as much as 未收取信息处理费, 发出收费通知0件 as 未发出收费通知
            boolean nil = nilNotices || feeNil || (collected != null && (collected.nil || collected.value.signum() == 0))
                    || (notices != null && notices.value.signum() == 0);
            boolean figures = notices != null && collected != null
                    && (notified != null || notices.value.signum() == 0);
            if (!nil && !figures) {
                out.add(order, f("FEE-REPORT", Severity.WARNING, section(r, index), "fee.report").done());
            }
        }
        if (collected != null && notified != null && !collected.nil
                && collected.inYuan().compareTo(notified.inYuan()) > 0) {
            out.add(order(collected.para.path), f("FEE-COLLECTED-LE-NOTIFIED", Severity.WARNING, at(r, collected),
                    "fee.collected").expected(printed(notified)).actual(printed(collected))
                    .arg("sentence", collected.sentence()).done());
        }
        if (r.value(CellChecks.UNPAID_TOTAL) instanceof Count c && c.value() > 0) {
            boolean contradicted = nilNotices || feeNil;
            boolean reported = notices != null && notices.value.compareTo(BigDecimal.valueOf(c.value())) >= 0
                    && (notified == null || notified.value.signum() > 0);
            if (contradicted || !reported) {
                CellDefinition cell = r.form().cell(CellChecks.UNPAID_TOTAL).orElseThrow();
                out.add(Collector.cellOrder(r.form().tables().indexOf(r.form().table(CellChecks.UNPAID_TOTAL.table()).orElseThrow()), cell.index()),
                        f("T3-FEE-LINK", Severity.WARNING, Location.cell(cell), contradicted ? "fee.link_nil" : "fee.link")
                                .actual(Long.toString(c.value())).done());
            }
        }
    }
}
