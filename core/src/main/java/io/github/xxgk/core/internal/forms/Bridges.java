package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.l;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellCorrespondence;
import io.github.xxgk.core.form.CellCorrespondence.Kind;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.KeyFigure;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.TableDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The correspondences between editions and the key figures, as data. Only what the
 * two definitions do not already say is declared here: a cell of both editions with the same id and
 * the same official address corresponds to itself without being listed. Not API.
 */
public final class Bridges {

    private Bridges() {
    }

    // ------------------------------------------------------------------ 2019 → 2021

    private static final Label SIXTH = l("2019年格式（六）其他处理为一行，2021年格式分为三行（逾期不补正、逾期未缴费、其他），前者等于后三者之和",
            "2019 prints （六）其他处理 as one row; 2021 splits it into three sub-rows whose sum it is");
    private static final Label ISSUED = l("2019年“本年新制作数量”与2021年“本年制发件数”同指本年制发的文件",
            "2019 本年新制作数量 and 2021 本年制发件数 both count the documents issued this year");
    private static final Label DECISIONS = l("2019年“处理决定数量”与2021年“本年处理决定数量”同指本年的处理决定",
            "2019 处理决定数量 and 2021 本年处理决定数量 both count this year's decisions");
    private static final Label DROPPED = l("2021年格式已删去该栏或该行", "the 2021 format dropped this column or row");
    private static final Label NEW_2021 = l("2021年格式新增该栏，2019年格式无对应", "new in the 2021 format, no 2019 counterpart");
    private static final Label FEES = l("2019年第（八）项为收费项目数量，2021年为收费金额（万元），不可比",
            "2019 item 8 counts fee items, 2021 states the fees in 10,000 yuan: not comparable");
    private static final Label IN_FORCE = l("2019年“对外公开总数量”为公开的文件数，2021年“现行有效件数”为有效的文件数，不可比",
            "2019 对外公开总数量 counts published documents, 2021 现行有效件数 documents in force: not comparable");

    /** Rows of 表三 that one edition prints as one and the other splits: earlier row, later rows. */
    private static final List<RowSplit> ROW_SPLITS = List.of(
            new RowSplit(Edition.TRIAL_2019, Edition.STANDARD_2021, "t3", "r3_6", List.of("r3_6_1", "r3_6_2", "r3_6_3"), SIXTH));

    /** Cells of 表二 declared to mean the same across the two formats: earlier cell, later cell. */
    private static final List<String[]> SAME_CELLS = List.of(
            new String[] {"t2.regulations.new_made", "t2.regulations.issued"},
            new String[] {"t2.normative_documents.new_made", "t2.normative_documents.issued"},
            new String[] {"t2.licensing.decisions", "t2.licensing.decisions"},
            new String[] {"t2.penalty.decisions", "t2.penalty.decisions"},
            new String[] {"t2.coercion.decisions", "t2.coercion.decisions"});

    /** Cells with no counterpart, and why: earlier edition's cells, then the later's. */
    private static final List<Object[]> NO_COUNTERPART = List.of(
            new Object[] {"t2.regulations.total_published", null, IN_FORCE},
            new Object[] {"t2.normative_documents.total_published", null, IN_FORCE},
            new Object[] {"t2.regulations.new_published", null, DROPPED},
            new Object[] {"t2.normative_documents.new_published", null, DROPPED},
            new Object[] {"t2.fees.previous_count", null, FEES},
            new Object[] {"t2.fees.delta", null, FEES},
            new Object[] {null, "t2.fees.fee_amount", FEES},
            new Object[] {null, "t2.regulations.repealed", NEW_2021},
            new Object[] {null, "t2.normative_documents.repealed", NEW_2021},
            new Object[] {null, "t2.regulations.in_force", IN_FORCE},
            new Object[] {null, "t2.normative_documents.in_force", IN_FORCE});

    private record RowSplit(Edition earlier, Edition later, String table, String row, List<String> rows, Label note) {
    }

    /**
     * The correspondences from an edition's cells to a later edition's.
     *
     * @param earlier the earlier edition
     * @param later the later edition
     * @return the correspondences: the shared cells, then the declared ones
     */
    public static List<CellCorrespondence> between(Edition earlier, Edition later) {
        List<CellCorrespondence> out = new ArrayList<>();
        Set<CellId> declared = new HashSet<>();
        List<CellCorrespondence> extra = new ArrayList<>();
        if (earlier == Edition.TRIAL_2019 && later == Edition.STANDARD_2021) {
            for (RowSplit s : ROW_SPLITS) {
                TableDefinition t = earlier.form().table(s.table()).orElseThrow();
                for (ColumnDefinition c : t.blockOf(s.row()).orElseThrow().leafColumns()) {
                    CellId before = new CellId(s.table(), s.row(), c.id());
                    List<CellId> after = s.rows().stream().map(r -> new CellId(s.table(), r, c.id())).toList();
                    extra.add(new CellCorrespondence(Kind.SUM, List.of(before), after, s.note()));
                    // 2021's implied （六） subtotal has the earlier row's id; the sum above already says it
                    declared.add(before);
                    declared.addAll(after);
                }
            }
            for (String[] same : SAME_CELLS) {
                CellId a = CellId.parse(same[0]);
                CellId b = CellId.parse(same[1]);
                extra.add(new CellCorrespondence(Kind.SAME, List.of(a), List.of(b),
                        a.column().equals("decisions") ? DECISIONS : ISSUED));
                declared.add(a);
                declared.add(b);
            }
            for (Object[] none : NO_COUNTERPART) {
                List<CellId> a = none[0] == null ? List.of() : List.of(CellId.parse((String) none[0]));
                List<CellId> b = none[1] == null ? List.of() : List.of(CellId.parse((String) none[1]));
                extra.add(new CellCorrespondence(Kind.NONE, a, b, (Label) none[2]));
                declared.addAll(a);
                declared.addAll(b);
            }
        }
        for (TableDefinition t : later.form().tables()) {
            for (CellDefinition c : t.cells()) {
                if (declared.contains(c.id()) || c.extension()) {
                    continue;
                }
                Optional<CellDefinition> before = earlier.form().cell(c.id());
                if (before.isPresent() && before.get().name().equals(c.name()) && before.get().kind() == c.kind()
                        && before.get().unit() == c.unit()) {
                    out.add(new CellCorrespondence(Kind.SAME, List.of(c.id()), List.of(c.id()),
                            l("两版格式的同一单元格", "the same cell in both formats")));
                }
            }
        }
        out.addAll(extra);
        return out;
    }

    // ------------------------------------------------------------------ key figures

    private static CellId c(String id) {
        return CellId.parse(id);
    }

    private static final List<KeyFigure> KEY_FIGURES = List.of(
            new KeyFigure("requests_received", l("收到申请", "Requests received"), Map.of(
                    Edition.LEGACY_2008, List.of(c("stats.l21.value")),
                    Edition.TRIAL_2019, List.of(c("t3.r1.total")),
                    Edition.STANDARD_2021, List.of(c("t3.r1.total"))), Map.of()),
            new KeyFigure("requests_carried_over", l("上年结转", "Carried over"), Map.of(
                    Edition.TRIAL_2019, List.of(c("t3.r2.total")),
                    Edition.STANDARD_2021, List.of(c("t3.r2.total"))), Map.of()),
            new KeyFigure("proactive", l("主动公开", "Proactively disclosed"), Map.of(
                    Edition.LEGACY_2008, List.of(c("stats.l1.value"))), Map.of(
                    Edition.TRIAL_2019, "proactive",
                    Edition.STANDARD_2021, "proactive")),
            new KeyFigure("reconsiderations", l("行政复议", "Reconsiderations"), Map.of(
                    Edition.LEGACY_2008, List.of(c("stats.l44.value")),
                    Edition.TRIAL_2019, List.of(c("t4.cases.review_total")),
                    Edition.STANDARD_2021, List.of(c("t4.cases.review_total"))), Map.of()),
            new KeyFigure("lawsuits", l("行政诉讼", "Lawsuits"), Map.of(
                    Edition.LEGACY_2008, List.of(c("stats.l48.value")),
                    Edition.TRIAL_2019, List.of(c("t4.cases.direct_total"), c("t4.cases.after_review_total")),
                    Edition.STANDARD_2021, List.of(c("t4.cases.direct_total"), c("t4.cases.after_review_total"))), Map.of()));

    /** The key figures, in the order they are shown. */
    public static List<KeyFigure> keyFigures() {
        return KEY_FIGURES;
    }
}
