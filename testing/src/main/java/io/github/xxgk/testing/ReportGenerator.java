package io.github.xxgk.testing;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.core.form.ValueKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates annual reports of an edition from a seed, for tests: consistent reports in which every
 * relation the form declares holds, reports with BLANK and NOT_APPLICABLE cells, and reports with
 * chosen cells perturbed. The same seed always gives the same report.
 *
 * <p>Consistency is derived from the form's relations, not written out: free cells are drawn at random,
 * every total is computed from its parts, and any relation that still fails is repaired by raising a
 * free cell on its smaller side, until all hold.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportGenerator {

    private static final String[] AGENCIES = {"北京市海淀区人民政府", "上海市统计局", "平潭综合实验区管委会",
        "永吉县北大湖镇人民政府", "某市生态环境局", "国家某某局", "某区街道办事处"};
    private static final String[] WORDS = {"政府信息公开", "主动公开", "依申请公开", "平台建设", "监督保障",
        "工作考核", "社会评议", "责任追究", "政策解读", "信息处理费", "进一步", "加强", "规范", "本年度", "无"};
    private static final int MAX_ROUNDS = 10_000;

    private final Edition edition;
    private final long maxCount;

    private ReportGenerator(Edition edition, long maxCount) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.maxCount = maxCount;
    }

    /** A generator of reports of an edition, with free counts up to 50. */
    public static ReportGenerator of(Edition edition) {
        return new ReportGenerator(edition, 50);
    }

    /**
     * The same generator with free counts drawn up to {@code max} (use a large one to test huge
     * figures; totals are sums of free counts and must still fit in a {@code long}).
     *
     * @param max the largest free count, at least 1
     * @return the generator
     */
    public ReportGenerator withMaxCount(long max) {
        if (max < 1 || max > Long.MAX_VALUE / 1024) {
            throw new IllegalArgumentException("max count out of range: " + max);
        }
        return new ReportGenerator(edition, max);
    }

    /** The edition generated. */
    public Edition edition() {
        return edition;
    }

    /**
     * A consistent report: every table of the edition present, every cell a number, every relation of
     * the form that reads only this year's report holding, every section of the form present (those
     * without a table with text), published within the earliest deadline (31 January) when dated.
     *
     * @param seed the seed
     * @return the report
     */
    public AnnualReport consistent(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AnnualReport.Builder b = skeleton(random);
        for (TableDefinition def : edition.form().tables()) {
            b.table(consistentTable(def, random));
        }
        return b.build();
    }

    /**
     * A consistent report in which some cells were then made BLANK and some NOT_APPLICABLE, and
     * sometimes a whole table left out.
     *
     * @param seed the seed
     * @return the report
     */
    public AnnualReport withBlanks(long seed) {
        AnnualReport report = consistent(seed);
        SplittableRandom random = new SplittableRandom(~seed);
        double blank = random.nextDouble(0.05, 0.5);
        double notApplicable = random.nextDouble(0, 0.1);
        AnnualReport.Builder b = report.toBuilder();
        for (StatisticsTable t : report.tables().values()) {
            if (random.nextInt(10) == 0) {
                b.withoutTable(t.id());
                continue;
            }
            StatisticsTable.Builder tb = t.toBuilder();
            for (CellDefinition c : t.definition().cells()) {
                double r = random.nextDouble();
                if (r < blank) {
                    tb.set(c.id(), CellValue.BLANK);
                } else if (r < blank + notApplicable) {
                    tb.set(c.id(), CellValue.NOT_APPLICABLE);
                }
            }
            b.table(tb.build());
        }
        return b.build();
    }

    /**
     * A consistent report shaped like a published one: the subtotals the format implies but does not
     * print left blank; in one report of two, the applicant columns of 表三 left blank in the rows whose
     * 总计 is 0 (as small agencies fill only 总计); in one of three, one to three further printed cells
     * left blank; in one of three, “/” in the 规章 row of 表二; in one 2021 report of ten, 表三 printed
     * with 2019's single （六）其他处理 row; and sections whose text quotes the table's figures as real
     * reports do. Every relation can still hold.
     *
     * @param seed the seed
     * @return the report
     */
    public AnnualReport published(long seed) {
        AnnualReport report = consistent(seed);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        boolean totalsOnly = random.nextBoolean();
        int moreBlanks = random.nextInt(3) == 0 ? random.nextInt(1, 4) : 0;
        boolean noRules = random.nextInt(3) == 0;
        boolean singleSixth = edition == Edition.STANDARD_2021 && random.nextInt(10) == 0;
        AnnualReport.Builder b = report.toBuilder();
        for (StatisticsTable t : report.tables().values()) {
            StatisticsTable.Builder tb = t.toBuilder();
            List<CellDefinition> cells = t.definition().cells();
            for (CellDefinition c : cells) {
                if (c.implied()) {
                    tb.set(c.id(), CellValue.BLANK);
                }
            }
            if (t.id().equals("t3") && totalsOnly) {
                for (CellDefinition c : cells) {
                    CellId total = new CellId("t3", c.id().row(), "total");
                    if (!c.id().column().equals("total") && Count.of(0).equals(t.value(total))) {
                        tb.set(c.id(), CellValue.BLANK);
                    }
                }
            }
            for (int i = 0; i < moreBlanks; i++) {
                CellDefinition c = cells.get(random.nextInt(cells.size()));
                if (!c.implied()) {
                    tb.set(c.id(), CellValue.BLANK);
                }
            }
            if (t.id().equals("t2") && noRules) {
                for (CellDefinition c : cells) {
                    if (c.id().row().equals("regulations")) {
                        tb.set(c.id(), CellValue.NOT_APPLICABLE);
                    }
                }
            }
            if (t.id().equals("t3") && singleSixth) {
                printSingleSixth(t, tb);
            }
            if (t.id().equals("stats") && random.nextBoolean()) {
                printProvincially(t, tb, report.year(), random);
            }
            b.table(tb.build());
        }
        AnnualReport out = b.sections(publishedSections(report, random)).build();
        List<String> preamble = List.of("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自" + out.year()
                + "年1月1日起至" + out.year() + "年12月31日止。如对本报告有疑问，请与本机关办公室联系（电话：0591-23165327）。");
        return new AnnualReport(out.edition(), out.agency(), out.year(), out.publicationDate(), out.title(), preamble,
                out.sections(), out.tables(), out.closing());
    }

    /** 表三 of 2021 printed with one （六） row: its value is the sum of the three sub-rows, which are not printed. */
    private static void printSingleSixth(StatisticsTable t, StatisticsTable.Builder tb) {
        List<io.github.xxgk.core.PrintedShape.Row> rows = new ArrayList<>();
        List<io.github.xxgk.core.PrintedShape.Column> columns = new ArrayList<>();
        for (var block : t.definition().blocks()) {
            block.leafColumns().forEach(c -> columns.add(io.github.xxgk.core.PrintedShape.FormColumn.of(c.id())));
            for (var row : block.allRows()) {
                if (row.id().equals("r3_6")) {
                    rows.add(io.github.xxgk.core.PrintedShape.FormRow.of("r3_6"));
                    for (var c : block.leafColumns()) {
                        long sum = 0;
                        boolean known = true;
                        for (var part : row.children()) {
                            CellValue v = t.value(part.id(), c.id());
                            known &= v instanceof Count;
                            sum += v instanceof Count n ? n.value() : 0;
                            tb.set(part.id(), c.id(), CellValue.BLANK);
                        }
                        tb.set("r3_6", c.id(), known ? Count.of(sum) : CellValue.BLANK);
                    }
                } else if (row.hasCells() && row.role() == io.github.xxgk.core.form.RowRole.VALUE
                        && !row.id().startsWith("r3_6_")) {
                    rows.add(io.github.xxgk.core.PrintedShape.FormRow.of(row.id()));
                }
            }
        }
        tb.printedShape(new io.github.xxgk.core.PrintedShape("", rows, columns));
    }

    /**
     * A legacy table printed as provinces printed it: some national rows only, under the label
     * {@code 指标名称} column as the form words it, the year as the header of 统计数, and a local channel
     * row (0, a part of 收到申请数) among the parts of the requests received.
     */
    private static void printProvincially(StatisticsTable t, StatisticsTable.Builder tb, int year, SplittableRandom random) {
        List<io.github.xxgk.core.PrintedShape.Row> rows = new ArrayList<>();
        boolean cumulative = false;
        // which rows are printed; a row whose label recurs in the table (（三）其他情形数 under 四 and 五) is
        // printed with the row it is a part of, as a page must print it to be read at all
        java.util.Set<String> printed = new java.util.HashSet<>();
        java.util.Map<String, Integer> labels = new java.util.HashMap<>();
        for (var row : t.definition().rows()) {
            labels.merge(row.numbering() + row.label().zh(), 1, Integer::sum);
        }
        for (var block : t.definition().blocks()) {
            for (var row : block.allRows()) {
                if (row.role() == io.github.xxgk.core.form.RowRole.VALUE && random.nextInt(10) < 7) {
                    printed.add(row.id());
                }
            }
        }
        for (var block : t.definition().blocks()) {
            for (var row : block.allRows()) {
                if (printed.contains(row.id()) && labels.getOrDefault(row.numbering() + row.label().zh(), 0) > 1) {
                    for (var parent : block.allRows()) {
                        if (parent.children().contains(row) && parent.role() == io.github.xxgk.core.form.RowRole.VALUE) {
                            printed.add(parent.id());
                        }
                    }
                }
            }
        }
        if (printed.contains("l21")) {
            // the local channel row below 收到申请数 is read as one of its parts only when a part follows it
            printed.add("l22");
        }
        for (var block : t.definition().blocks()) {
            for (var row : block.allRows()) {
                if (row.role() != io.github.xxgk.core.form.RowRole.VALUE) {
                    continue;
                }
                if (printed.contains(row.id())) {
                    rows.add(new io.github.xxgk.core.PrintedShape.FormRow(row.id(), java.util.Optional.of(row.label().zh()),
                            row.unit().map(u -> u.label().zh())));
                    for (var c : block.leafColumns()) {
                        cumulative |= c.extension() && !t.value(row.id(), c.id()).isBlank();
                    }
                    if (row.id().equals("l21")) {
                        tb.addExtraRow(new io.github.xxgk.core.ExtraRow("电子邮件申请数", "件",
                                java.util.Map.of("value", Count.of(0)), java.util.Optional.of("l21")));
                        rows.add(new io.github.xxgk.core.PrintedShape.ExtraRowAt(0));
                    }
                } else {
                    for (var c : block.leafColumns()) {
                        tb.set(row.id(), c.id(), CellValue.BLANK);
                    }
                }
            }
        }
        // the implied subtotals are not printed here
        for (CellDefinition c : t.definition().cells()) {
            if (c.implied()) {
                tb.set(c.id(), CellValue.BLANK);
            }
        }
        List<io.github.xxgk.core.PrintedShape.Column> columns = new ArrayList<>();
        columns.add(new io.github.xxgk.core.PrintedShape.FormColumn("value", java.util.Optional.of(year + "年度")));
        if (cumulative) {
            // labelled as printed, as the provinces' tables and the corpus fixtures do
            columns.add(new io.github.xxgk.core.PrintedShape.FormColumn("cumulative", java.util.Optional.of("历年累计")));
        } else {
            for (CellDefinition c : t.definition().cells()) {
                if (c.extension()) {
                    tb.set(c.id(), CellValue.BLANK);
                }
            }
        }
        tb.printedShape(new io.github.xxgk.core.PrintedShape("政府信息公开情况统计表", rows, columns));
    }

    /** Sentences of the kind published reports write, quoting this report's figures. */
    private List<Section> publishedSections(AnnualReport report, SplittableRandom random) {
        List<Section> out = new ArrayList<>();
        for (SectionDefinition s : edition.form().sections()) {
            Section.Builder sb = Section.builder(s.numbering(), s.title().zh()).form(s.id());
            switch (s.id()) {
                case "s1_overview" -> sb.paragraph(report.year() + "年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，"
                        + "扎实推进主动公开、依申请公开、政府信息管理、平台建设和监督保障等工作。"
                        + "全年开展政府信息公开工作考核和社会评议，结果良好，未发生责任追究情况。",
                        "全年共收到政府信息公开申请" + figure(report, "t3.r1.total") + "件，办结" + figure(report, "t3.r3_7.total")
                        + "件，结转下年度继续办理" + figure(report, "t3.r4.total") + "件。联系电话：0591-2316" + random.nextInt(1000, 9999)
                        + "，依据国办公开办函〔2021〕30号编制。");
                case "s3_requests" -> sb.paragraph("本年度收到政府信息公开申请" + figure(report, "t3.r1.total")
                        + "件，同比增长" + random.nextInt(1, 40) + "%，均在法定期限内答复。");
                case "leg_requests" -> sb.paragraph("本年度收到政府信息公开申请" + figure(report, "stats.l21.value")
                        + "件，均在法定期限内答复。");
                case "s4_review" -> sb.paragraph("本年度发生政府信息公开行政复议" + figure(report, "t4.cases.review_total")
                        + "件，行政诉讼" + (number(report, "t4.cases.direct_total") + number(report, "t4.cases.after_review_total")) + "件。");
                case "s5_problems" -> sb.paragraph("存在的主要问题：一是公开深度不足；二是解读形式单一。"
                        + "改进措施：加强培训，完善制度，推进公开标准化规范化。");
                case "s6_other" -> sb.paragraph((number(report, "t3.r3_6_2.total") > 0
                        ? "本年度发出收费通知" + figure(report, "t3.r3_6_2.total") + "件，申请人均未缴费，未收取信息处理费。"
                        : "本年度未发出收费通知，未收取信息处理费。") + "认真落实年度政务公开工作要点，"
                        + "公开建议提案办理结果" + random.nextInt(1, 60) + "件。");
                case "leg_proactive" -> sb.paragraph("本年度主动公开政府信息" + figure(report, "stats.l1.value") + "条。");
                // a nil statement only when 七、 is a known zero (the text states no fee, which the table must agree with)
                case "leg_fees" -> sb.paragraph(report.value(CellId.parse("stats.l53.value")) instanceof Amount a
                        && a.inYuan().signum() == 0 ? "本年度未收取政府信息公开检索、复制、邮寄等费用。"
                        : "本年度依申请公开政府信息收取检索、复制、邮寄等费用，金额见统计表。");
                default -> sb.paragraph("本年度持续规范政府信息公开工作，相关情况如下。");
            }
            out.add(sb.build());
        }
        return out;
    }

    private static String figure(AnnualReport r, String cell) {
        return Long.toString(number(r, cell));
    }

    private static long number(AnnualReport r, String cell) {
        CellId id = CellId.parse(cell);
        if (r.form().cell(id).isEmpty()) {
            return 0;
        }
        CellValue v = r.value(id);
        return v instanceof Count c ? c.value() : 0;
    }

    /**
     * A consistent report in which some cells were then made BLANK (never “/”, which counts as zero):
     * every relation can still hold, since the blanks' true values satisfy it.
     *
     * @param seed the seed
     * @return the report
     */
    public AnnualReport consistentWithBlanks(long seed) {
        AnnualReport report = consistent(seed);
        SplittableRandom random = new SplittableRandom(~seed);
        double blank = random.nextDouble(0.05, 0.6);
        AnnualReport.Builder b = report.toBuilder();
        for (StatisticsTable t : report.tables().values()) {
            StatisticsTable.Builder tb = t.toBuilder();
            for (CellDefinition c : t.definition().cells()) {
                if (random.nextDouble() < blank) {
                    tb.set(c.id(), CellValue.BLANK);
                }
            }
            b.table(tb.build());
        }
        return b.build();
    }

    /**
     * A copy of a report with one numeric cell changed by {@code delta} (a count stays non-negative: a
     * change that would make it negative is applied upwards instead). A blank or “/” cell becomes
     * {@code |delta|}.
     *
     * @param report the report
     * @param cell the cell to change
     * @param delta the change, not zero
     * @return the changed report
     */
    public static AnnualReport perturbed(AnnualReport report, CellId cell, long delta) {
        if (delta == 0) {
            throw new IllegalArgumentException("delta must not be zero");
        }
        CellDefinition def = report.form().cell(cell).orElseThrow(() -> new IllegalArgumentException("no cell " + cell));
        CellValue v = report.value(cell);
        long now = v instanceof Count c ? c.value() : v instanceof SignedCount s ? s.value() : 0;
        long changed = now + delta;
        if (def.kind() == ValueKind.COUNT && changed < 0) {
            changed = now + Math.abs(delta);
        }
        CellValue value = switch (def.kind()) {
            case COUNT -> Count.of(changed);
            case SIGNED_COUNT -> SignedCount.of(changed);
            case AMOUNT -> new Amount(BigDecimal.valueOf(Math.abs(delta)), MoneyUnit.TEN_THOUSAND_YUAN);
        };
        return withValue(report, cell, value);
    }

    /**
     * A copy of a report with one cell set (adding the cell's table if the report lacks it).
     *
     * @param report the report
     * @param cell the cell
     * @param value its new value
     * @return the changed report
     */
    public static AnnualReport withValue(AnnualReport report, CellId cell, CellValue value) {
        StatisticsTable table = report.table(cell.table()).orElseGet(
                () -> StatisticsTable.builder(report.form().table(cell.table()).orElseThrow()).build());
        return report.toBuilder().table(table.toBuilder().set(cell, value).build()).build();
    }

    private AnnualReport.Builder skeleton(SplittableRandom random) {
        FormDefinition form = edition.form();
        int lastYear = Math.min(edition.lastYear(), 2030);
        int year = random.nextInt(edition.firstYear(), lastYear + 1);
        String agency = AGENCIES[random.nextInt(AGENCIES.length)];
        AgencyKind[] kinds = AgencyKind.values();
        Agency a = random.nextInt(8) == 0 ? Agency.named(agency) : Agency.of(agency, kinds[random.nextInt(kinds.length)]);
        AnnualReport.Builder b = AnnualReport.builder(edition).agency(a).year(year)
                .title(agency + year + "年政府信息公开工作年度报告")
                .preamble(text(random), text(random));
        if (random.nextInt(4) != 0) {
            // within every deadline of 条例第四十九条 (the earliest is 31 January)
            b.publicationDate(LocalDate.of(year + 1, 1, 1).plusDays(random.nextInt(31)));
        }
        List<Section> sections = new ArrayList<>();
        for (SectionDefinition s : form.sections()) {
            Section.Builder sb = Section.builder(s.numbering(), s.title().zh()).form(s.id());
            int paragraphs = s.tables().isEmpty() ? random.nextInt(1, 3) : random.nextInt(3);
            for (int i = 0; i < paragraphs; i++) {
                sb.paragraph(text(random));
            }
            if (random.nextInt(3) == 0) {
                sb.subsection(Section.builder("（一）", text(random)).paragraph(text(random)).build());
            }
            sections.add(sb.build());
            if (random.nextInt(10) == 0) {
                sections.add(Section.builder("", text(random)).build());
            }
        }
        return b.sections(sections);
    }

    private static String text(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(1, 12);
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('。').toString();
    }

    private StatisticsTable consistentTable(TableDefinition def, SplittableRandom random) {
        List<Relation> relations = def.relations().stream().filter(r -> !r.isCrossYear()).toList();
        Map<CellId, Relation> definedBy = new HashMap<>();
        for (Relation r : relations) {
            if (r.kind() == RelationKind.SUM) {
                definedBy.putIfAbsent(r.left().get(0).cell(), r);
            }
        }
        Map<CellId, Long> values = new HashMap<>();
        StatisticsTable.Builder tb = StatisticsTable.builder(def);
        for (CellDefinition c : def.cells()) {
            switch (c.kind()) {
                case COUNT -> values.put(c.id(), random.nextInt(3) == 0 ? 0 : random.nextLong(maxCount + 1));
                case SIGNED_COUNT -> values.put(c.id(), random.nextLong(-maxCount, maxCount + 1));
                case AMOUNT -> tb.set(c.id(), amount(c, random));
            }
        }
        Solver solver = new Solver(definedBy, values);
        for (int round = 0; ; round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("the relations of " + def + " could not be satisfied");
            }
            solver.recompute();
            Relation failing = relations.stream().filter(r -> !solver.holds(r)).findFirst().orElse(null);
            if (failing == null) {
                break;
            }
            solver.repair(failing);
        }
        for (CellDefinition c : def.cells()) {
            if (c.kind() == ValueKind.AMOUNT && c.extension()) {
                // an amount to date (历年累计) is this year's amount and more: the form's relations cannot
                // say it of amounts, so it is built here
                CellDefinition year = def.cells().stream()
                        .filter(o -> o.id().row().equals(c.id().row()) && !o.extension()).findFirst().orElseThrow();
                Amount thisYear = amount(year, new SplittableRandom(random.nextLong()));
                tb.set(year.id(), thisYear);
                tb.set(c.id(), new Amount(thisYear.value().add(BigDecimal.valueOf(random.nextLong(0, 10_000_000), 2)),
                        thisYear.unit()));
            }
        }
        for (CellDefinition c : def.cells()) {
            if (c.kind() == ValueKind.COUNT) {
                tb.set(c.id(), Count.of(values.get(c.id())));
            } else if (c.kind() == ValueKind.SIGNED_COUNT) {
                tb.set(c.id(), SignedCount.of(values.get(c.id())));
            }
        }
        return tb.build();
    }

    private static Amount amount(CellDefinition c, SplittableRandom random) {
        MoneyUnit unit = c.unit() == Unit.YUAN ? MoneyUnit.YUAN
                : c.unit() == Unit.TEN_THOUSAND_YUAN ? MoneyUnit.TEN_THOUSAND_YUAN
                : random.nextBoolean() ? MoneyUnit.YUAN : MoneyUnit.TEN_THOUSAND_YUAN;
        return new Amount(BigDecimal.valueOf(random.nextLong(0, 10_000_000), 2), unit);
    }

    /** Computes totals from parts and repairs failing relations by raising free cells. */
    private static final class Solver {
        private final Map<CellId, Relation> definedBy;
        private final Map<CellId, Long> values;

        Solver(Map<CellId, Relation> definedBy, Map<CellId, Long> values) {
            this.definedBy = definedBy;
            this.values = values;
        }

        void recompute() {
            Map<CellId, Long> done = new HashMap<>();
            for (CellId total : definedBy.keySet()) {
                compute(total, done);
            }
        }

        private long compute(CellId cell, Map<CellId, Long> done) {
            Long known = done.get(cell);
            if (known != null) {
                return known;
            }
            Relation r = definedBy.get(cell);
            long v = values.get(cell);
            if (r != null) {
                v = 0;
                for (Term t : r.right()) {
                    v = Math.addExact(v, Math.multiplyExact(compute(t.cell(), done), (long) t.factor()));
                }
                values.put(cell, v);
            }
            done.put(cell, v);
            return v;
        }

        private BigInteger side(List<Term> terms) {
            BigInteger sum = BigInteger.ZERO;
            for (Term t : terms) {
                sum = sum.add(BigInteger.valueOf(values.get(t.cell())).multiply(BigInteger.valueOf(t.factor())));
            }
            return sum;
        }

        boolean holds(Relation r) {
            return r.comparison().holds(side(r.left()).compareTo(side(r.right())));
        }

        void repair(Relation r) {
            BigInteger left = side(r.left());
            BigInteger right = side(r.right());
            boolean raiseLeft = r.comparison() == Comparison.AT_LEAST
                    || (r.comparison() == Comparison.EQUAL && left.compareTo(right) < 0);
            List<Term> side = raiseLeft ? r.left() : r.right();
            if (side.isEmpty()) {
                throw new IllegalStateException("cannot repair " + r);
            }
            Term t = side.get(0);
            long deficit = left.subtract(right).abs().longValueExact();
            raise(t.cell(), (deficit + t.factor() - 1) / t.factor());
        }

        private void raise(CellId cell, long amount) {
            Relation r = definedBy.get(cell);
            if (r != null) {
                Term part = r.right().get(0);
                raise(part.cell(), (amount + part.factor() - 1) / part.factor());
            } else {
                values.put(cell, Math.addExact(values.get(cell), amount));
            }
        }
    }

}
