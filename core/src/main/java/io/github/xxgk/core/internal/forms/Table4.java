package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.count;
import static io.github.xxgk.core.internal.forms.Dsl.group;
import static io.github.xxgk.core.internal.forms.Dsl.l;
import static io.github.xxgk.core.internal.forms.Dsl.printed;
import static io.github.xxgk.core.internal.forms.Dsl.row;
import static io.github.xxgk.core.internal.forms.Dsl.rowSums;
import static io.github.xxgk.core.internal.forms.Dsl.rule;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.StubLayout;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 表四 政府信息公开行政复议、行政诉讼情况: one row of fifteen counts, identical in the
 * 2019 and 2021 formats. Not API.
 */
final class Table4 {

    private Table4() {
    }

    static final String ID = "t4";
    static final String ROW = "cases";

    /** The five result columns every group repeats; the last is the group's total. */
    private static final List<String> RESULT_IDS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final List<Label> RESULTS = List.of(
            l("结果维持", "Upheld"), l("结果纠正", "Corrected"), l("其他结果", "Other result"),
            l("尚未审结", "Pending"), l("总计", "Total"));
    /** How the narrow result columns break their headers in the template and the published tables. */
    private static final List<List<String>> RESULT_LINES = List.of(
            List.of("结果", "维持"), List.of("结果", "纠正"), List.of("其他", "结果"), List.of("尚未", "审结"), List.of());

    private static ColumnDefinition results(String prefix, Label label) {
        ColumnDefinition[] leaves = new ColumnDefinition[RESULT_IDS.size()];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = printed(count(prefix + "_" + RESULT_IDS.get(i), RESULTS.get(i), Unit.PIECE),
                    RESULT_LINES.get(i).toArray(String[]::new));
        }
        return group(prefix, label, leaves);
    }

    private static List<String> ids(String prefix) {
        return RESULT_IDS.stream().map(r -> prefix + "_" + r).toList();
    }

    static TableDefinition table() {
        List<ColumnDefinition> columns = List.of(
                results("review", l("行政复议", "Administrative reconsideration")),
                group("litigation", l("行政诉讼", "Administrative litigation"),
                        results("direct", l("未经复议直接起诉", "Sued directly without reconsideration")),
                        results("after_review", l("复议后起诉", "Sued after reconsideration"))));
        BlockDefinition block = new BlockDefinition("main", Optional.empty(), Optional.empty(), Optional.empty(),
                StubLayout.NONE, columns, List.of(row(ROW, "", l("案件数量", "Cases")).done()));
        List<Relation> relations = new ArrayList<>();
        String[][] groups = {{"review", "T4-SUM-REVIEW"}, {"direct", "T4-SUM-DIRECT"}, {"after_review", "T4-SUM-AFTER"}};
        for (String[] g : groups) {
            List<String> ids = ids(g[0]);
            relations.addAll(rowSums(rule(g[1], RelationKind.SUM, Severity.ERROR, Bases.T4_COLUMNS), ID,
                    List.of(ROW), ids.get(ids.size() - 1), ids.subList(0, ids.size() - 1)));
        }
        return new TableDefinition(ID, l("表四", "Table 4"),
                l("政府信息公开行政复议、行政诉讼情况",
                        "Administrative reconsideration and litigation concerning disclosure"),
                Bases.reg2019("第五十条第（三）项", "Art. 50 (3)"), List.of(block), relations);
    }
}
