package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.count;
import static io.github.xxgk.core.internal.forms.Dsl.l;
import static io.github.xxgk.core.internal.forms.Dsl.leaf;
import static io.github.xxgk.core.internal.forms.Dsl.relation;
import static io.github.xxgk.core.internal.forms.Dsl.row;
import static io.github.xxgk.core.internal.forms.Dsl.rule;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.StubLayout;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.core.form.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 表二 主动公开政府信息情况 in its 2019 trial and 2021 shapes.
 * Not API.
 */
final class Table2 {

    private Table2() {
    }

    static final String ID = "t2";

    private static final Label STUB = l("信息内容", "Information");
    private static final Label TITLE = l("主动公开政府信息情况", "Proactive disclosure");
    private static final Label NUMBER = l("表二", "Table 2");
    private static final Label BASIS = Bases.reg2019("第五十条第（一）项、第二十条", "Art. 50 (1), Art. 20");

    private static Label item(String zh, int n) {
        return l("第二十条第（" + zh + "）项", "Art. 20 (" + n + ")");
    }

    private static RowDefinition r(String id, String zh, String en) {
        return row(id, "", l(zh, en)).done();
    }

    private static final RowDefinition REGULATIONS = r("regulations", "规章", "Departmental and local rules");
    private static final RowDefinition LICENSING = r("licensing", "行政许可", "Administrative licensing");
    private static final RowDefinition PENALTY = r("penalty", "行政处罚", "Administrative penalties");
    private static final RowDefinition COERCION = r("coercion", "行政强制", "Administrative coercion");
    private static final RowDefinition FEES = r("fees", "行政事业性收费", "Administrative fees");

    private static BlockDefinition block(String id, Label caption, List<ColumnDefinition> columns,
            RowDefinition... rows) {
        return new BlockDefinition(id, Optional.of(caption), Optional.of(STUB), Optional.empty(), StubLayout.LIST, columns,
                List.of(rows));
    }

    private static CellId cell(String row, String column) {
        return new CellId(ID, row, column);
    }

    static TableDefinition table2021() {
        ColumnDefinition decisions = count("decisions", l("本年处理决定数量", "Decisions this year"), Unit.PIECE);
        List<ColumnDefinition> normative = List.of(
                count("issued", l("本年制发件数", "Issued this year"), Unit.PIECE),
                count("repealed", l("本年废止件数", "Repealed this year"), Unit.PIECE),
                count("in_force", l("现行有效件数", "In force"), Unit.PIECE));
        RowDefinition normativeDocs = r("normative_documents", "行政规范性文件", "Administrative normative documents");
        List<BlockDefinition> blocks = List.of(
                block("item1", item("一", 1), normative, REGULATIONS, normativeDocs),
                block("item5", item("五", 5), List.of(decisions), LICENSING),
                block("item6", item("六", 6), List.of(decisions), PENALTY, COERCION),
                block("item8", item("八", 8), List.of(leaf("fee_amount",
                        l("本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)"),
                        Unit.TEN_THOUSAND_YUAN, ValueKind.AMOUNT)), FEES));
        List<Relation> relations = new ArrayList<>();
        Dsl.Rule bound = rule("T2-VALID-BOUND", RelationKind.AT_MOST, Severity.WARNING, Bases.T2_SEMANTICS);
        Dsl.Rule carry = rule("T2-VALID-CARRY", RelationKind.CROSS_YEAR, Severity.WARNING, Bases.T2_SEMANTICS);
        for (RowDefinition row : List.of(REGULATIONS, normativeDocs)) {
            String id = row.id();
            relations.add(relation(bound, List.of(Term.of(cell(id, "issued"))), Comparison.AT_MOST,
                    List.of(Term.of(cell(id, "in_force")), Term.of(cell(id, "repealed")))));
            relations.add(relation(carry,
                    List.of(Term.of(cell(id, "in_force")), Term.of(cell(id, "repealed"))), Comparison.EQUAL,
                    List.of(Term.previous(cell(id, "in_force")), Term.of(cell(id, "issued")))));
        }
        return new TableDefinition(ID, NUMBER, TITLE, BASIS, blocks, relations);
    }

    static TableDefinition table2019() {
        ColumnDefinition previous = count("previous_count", l("上一年项目数量", "Items in the previous year"), Unit.PIECE);
        ColumnDefinition delta = leaf("delta", l("本年增/减", "Change this year"), Unit.PIECE, ValueKind.SIGNED_COUNT);
        ColumnDefinition decisions = count("decisions", l("处理决定数量", "Decisions"), Unit.PIECE);
        List<ColumnDefinition> items = List.of(previous, delta, decisions);
        RowDefinition normativeDocs = r("normative_documents", "规范性文件", "Normative documents");
        RowDefinition otherServices = r("other_services", "其他对外管理服务事项",
                "Other external management and service matters");
        RowDefinition procurement = r("procurement", "政府集中采购", "Centralised government procurement");
        List<BlockDefinition> blocks = List.of(
                block("item1", item("一", 1), List.of(
                        count("new_made", l("本年新制作数量", "Newly made this year"), Unit.PIECE),
                        count("new_published", l("本年新公开数量", "Newly published this year"), Unit.PIECE),
                        count("total_published", l("对外公开总数量", "Total published"), Unit.PIECE)),
                        REGULATIONS, normativeDocs),
                block("item5", item("五", 5), items, LICENSING, otherServices),
                block("item6", item("六", 6), items, PENALTY, COERCION),
                block("item8", item("八", 8), List.of(previous, delta), FEES),
                block("item9", item("九", 9), List.of(
                        count("procurement_count", l("采购项目数量", "Procurement projects"), Unit.PIECE),
                        leaf("procurement_amount", l("采购总金额", "Total procurement amount"),
                                Unit.MONEY_AS_WRITTEN, ValueKind.AMOUNT)),
                        procurement));
        List<Relation> relations = new ArrayList<>();
        Dsl.Rule newPub = rule("T2-NEWPUB-19", RelationKind.AT_MOST, Severity.WARNING, Bases.T2_SEMANTICS);
        for (RowDefinition row : List.of(REGULATIONS, normativeDocs)) {
            relations.add(relation(newPub, List.of(Term.of(cell(row.id(), "new_published"))), Comparison.AT_MOST,
                    List.of(Term.of(cell(row.id(), "total_published")))));
        }
        Dsl.Rule nonNegative = rule("T2-DELTA-19", RelationKind.AT_LEAST, Severity.ERROR, Bases.T2_SEMANTICS);
        Dsl.Rule carry = rule("T2-DELTA-CARRY-19", RelationKind.CROSS_YEAR, Severity.WARNING, Bases.T2_SEMANTICS);
        for (RowDefinition row : List.of(LICENSING, otherServices, PENALTY, COERCION, FEES)) {
            String id = row.id();
            relations.add(relation(nonNegative, List.of(Term.of(cell(id, "previous_count")),
                    Term.of(cell(id, "delta"))), Comparison.AT_LEAST, List.of()));
            relations.add(relation(carry, List.of(Term.of(cell(id, "previous_count"))), Comparison.EQUAL,
                    List.of(Term.previous(cell(id, "previous_count")), Term.previous(cell(id, "delta")))));
        }
        return new TableDefinition(ID, NUMBER, TITLE, BASIS, blocks, relations);
    }
}
