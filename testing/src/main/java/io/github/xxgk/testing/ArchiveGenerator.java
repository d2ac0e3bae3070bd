package io.github.xxgk.testing;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.TableDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports of one agency over consecutive years whose cross-year relations hold, for tests of archives:
 * each year a consistent report of {@link ReportGenerator} of that year's edition, then adjusted so that
 * 表三 二、上年结转 equals last year's 四、结转下年度 in every column (T3-CARRY-CHAIN) with the balance kept
 * (四、 is recomputed, 一、 raised where it must be), 表二's 现行有效件数 carries on from last year's
 * (T2-VALID-CARRY, 2021 format), 2019's 上一年项目数量 is last year's plus its 本年增/减 (T2-DELTA-CARRY-19),
 * and the legacy 历年累计 column is last year's plus this year's (LEG-CUMULATIVE-CHAIN). Each report is
 * titled with the agency and year and published on 20 January of the year after, within every deadline.
 * {@link #breakCarry} makes one year's 上年结转 disagree with the year before while the year stays consistent.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArchiveGenerator {

    private static final String T3 = "t3";

    private ArchiveGenerator() {
    }

    /**
     * The reports of an agency from one year to another, every year present.
     *
     * @param agency the agency
     * @param firstYear the first year
     * @param lastYear the last year, not before the first
     * @param seed the seed
     * @return the reports, in year order
     */
    public static List<AnnualReport> chain(Agency agency, int firstYear, int lastYear, long seed) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear < firstYear");
        }
        List<AnnualReport> out = new ArrayList<>();
        AnnualReport previous = null;
        for (int y = firstYear; y <= lastYear; y++) {
            AnnualReport r = previous == null ? first(agency, y, seed) : next(previous, agency, seed * 31 + y);
            out.add(r);
            previous = r;
        }
        return out;
    }

    /**
     * A consistent report of an agency and year, of the year's edition, titled and dated.
     *
     * @param agency the agency
     * @param year the year
     * @param seed the seed
     * @return the report
     */
    public static AnnualReport first(Agency agency, int year, long seed) {
        AnnualReport r = ReportGenerator.of(Edition.forYear(year)).consistent(seed);
        return r.toBuilder().agency(agency).year(year).title(agency.name() + year + "年政府信息公开工作年度报告")
                .publicationDate(LocalDate.of(year + 1, 1, 20)).build();
    }

    /**
     * The report of the year after another, of the same or another agency name (a renaming), whose
     * cross-year relations with it hold.
     *
     * @param previous last year's report
     * @param agency this year's agency
     * @param seed the seed
     * @return the report
     */
    public static AnnualReport next(AnnualReport previous, Agency agency, long seed) {
        Objects.requireNonNull(previous, "previous");
        AnnualReport r = first(agency, previous.year() + 1, seed);
        AnnualReport.Builder b = r.toBuilder();
        for (StatisticsTable t : r.tables().values()) {
            StatisticsTable.Builder tb = t.toBuilder();
            switch (t.id()) {
                case T3 -> carryT3(previous, t, tb);
                case "t2" -> carryT2(previous, r.edition(), t, tb);
                case "stats" -> carryCumulative(previous, t, tb);
                default -> { }
            }
            b.table(tb.build());
        }
        return b.build();
    }

    private static long n(AnnualReport r, CellId c) {
        CellValue v = r.table(c.table()).isPresent() && r.form().cell(c).isPresent() ? r.value(c) : CellValue.BLANK;
        return v instanceof Count k ? k.value() : v instanceof SignedCount s ? s.value() : 0;
    }

    private static long n(StatisticsTable t, CellId c) {
        CellValue v = t.value(c);
        return v instanceof Count k ? k.value() : v instanceof SignedCount s ? s.value() : 0;
    }

    private static List<String> parts(TableDefinition def) {
        List<String> cols = def.blockOf("r1").orElseThrow().leafColumns().stream().map(ColumnDefinition::id).toList();
        return cols.subList(0, cols.size() - 1);
    }

    private static void carryT3(AnnualReport previous, StatisticsTable t, StatisticsTable.Builder tb) {
        if (previous.table(T3).isEmpty()) {
            return;
        }
        long r1Total = 0;
        long r2Total = 0;
        long r4Total = 0;
        for (String c : parts(t.definition())) {
            long r2 = n(previous, new CellId(T3, "r4", c));
            long r1 = n(t, new CellId(T3, "r1", c));
            long r37 = n(t, new CellId(T3, "r3_7", c));
            long r4 = r1 + r2 - r37;
            if (r4 < 0) {
                r1 -= r4;
                r4 = 0;
            }
            tb.set(new CellId(T3, "r1", c), Count.of(r1));
            tb.set(new CellId(T3, "r2", c), Count.of(r2));
            tb.set(new CellId(T3, "r4", c), Count.of(r4));
            r1Total += r1;
            r2Total += r2;
            r4Total += r4;
        }
        tb.set(new CellId(T3, "r1", "total"), Count.of(r1Total));
        tb.set(new CellId(T3, "r2", "total"), Count.of(r2Total));
        tb.set(new CellId(T3, "r4", "total"), Count.of(r4Total));
    }

    private static void carryT2(AnnualReport previous, Edition edition, StatisticsTable t, StatisticsTable.Builder tb) {
        if (previous.table("t2").isEmpty() || previous.edition() != edition) {
            return;
        }
        for (CellDefinition c : t.definition().cells()) {
            CellId id = c.id();
            if (id.column().equals("in_force")) {
                long issued = n(t, new CellId("t2", id.row(), "issued"));
                long repealed = n(t, new CellId("t2", id.row(), "repealed"));
                long before = n(previous, id);
                long inForce = before + issued - repealed;
                if (inForce < 0) {
                    repealed = before + issued;
                    inForce = 0;
                    tb.set(new CellId("t2", id.row(), "repealed"), Count.of(repealed));
                }
                tb.set(id, Count.of(inForce));
            } else if (id.column().equals("previous_count")) {
                long count = n(previous, id) + n(previous, new CellId("t2", id.row(), "delta"));
                tb.set(id, Count.of(Math.max(0, count)));
                CellId delta = new CellId("t2", id.row(), "delta");
                if (t.definition().cell(delta).isPresent() && n(t, delta) < -Math.max(0, count)) {
                    tb.set(delta, SignedCount.of(-Math.max(0, count)));
                }
            }
        }
    }

    private static void carryCumulative(AnnualReport previous, StatisticsTable t, StatisticsTable.Builder tb) {
        if (previous.table("stats").isEmpty()) {
            return;
        }
        for (CellDefinition c : t.definition().cells()) {
            if (!c.extension()) {
                continue;
            }
            CellId year = t.definition().cells().stream()
                    .filter(o -> o.id().row().equals(c.id().row()) && !o.extension()).findFirst().orElseThrow().id();
            CellValue before = previous.value(c.id());
            CellValue now = t.value(year);
            if (before instanceof Count b && now instanceof Count v) {
                tb.set(c.id(), Count.of(b.value() + v.value()));
            } else if (before instanceof Amount b && now instanceof Amount v && b.unit() == v.unit()) {
                tb.set(c.id(), new Amount(b.value().add(v.value()), v.unit()));
            }
        }
    }

    /**
     * The same report with its 表三 二、上年结转 raised by one in one applicant column (and 总计), and 一、本年新收
     * lowered by one there, or, where no column has a request to lower, （一）予以公开 and （七）总计 raised
     * instead: the year stays consistent, but no longer carries on from last year's 四、结转下年度 (T3-CARRY-CHAIN).
     *
     * @param r a report with 表三
     * @return the changed report
     */
    public static AnnualReport breakCarry(AnnualReport r) {
        StatisticsTable t = r.table(T3).orElseThrow(() -> new IllegalArgumentException("no 表三"));
        StatisticsTable.Builder tb = t.toBuilder();
        List<String> parts = parts(t.definition());
        String col = parts.stream().filter(c -> n(t, new CellId(T3, "r1", c)) > 0).findFirst().orElse(null);
        if (col != null) {
            add(t, tb, "r1", col, -1);
            add(t, tb, "r1", "total", -1);
        } else {
            col = parts.get(0);
            for (String row : List.of("r3_1", "r3_7")) {
                add(t, tb, row, col, 1);
                add(t, tb, row, "total", 1);
            }
        }
        add(t, tb, "r2", col, 1);
        add(t, tb, "r2", "total", 1);
        return r.toBuilder().table(tb.build()).build();
    }

    private static void add(StatisticsTable t, StatisticsTable.Builder tb, String row, String col, long d) {
        CellId id = new CellId(T3, row, col);
        tb.set(id, Count.of(n(t, id) + d));
    }
}
