package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.childIds;
import static io.github.xxgk.core.internal.forms.Dsl.columnSums;
import static io.github.xxgk.core.internal.forms.Dsl.concat;
import static io.github.xxgk.core.internal.forms.Dsl.count;
import static io.github.xxgk.core.internal.forms.Dsl.group;
import static io.github.xxgk.core.internal.forms.Dsl.l;
import static io.github.xxgk.core.internal.forms.Dsl.perColumn;
import static io.github.xxgk.core.internal.forms.Dsl.printed;
import static io.github.xxgk.core.internal.forms.Dsl.row;
import static io.github.xxgk.core.internal.forms.Dsl.rowSums;
import static io.github.xxgk.core.internal.forms.Dsl.rule;
import static io.github.xxgk.core.internal.forms.Dsl.terms;
import static io.github.xxgk.core.internal.forms.Dsl.valueRowIds;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 表三 收到和处理政府信息公开申请情况, identical in the 2019 and 2021 formats except for
 * （六）其他处理, which 2021 splits into three sub-rows. Not API.
 */
final class Table3 {

    private Table3() {
    }

    static final String ID = "t3";
    static final String TOTAL = "total";
    static final String NATURAL_PERSON = "natural_person";

    /** The columns of the applicants that are legal persons or other organisations. */
    static List<String> legalPersonColumns() {
        return COLUMNS.children().get(1).children().stream().map(ColumnDefinition::id).toList();
    }

    private static final ColumnDefinition COLUMNS = group("applicants", l("申请人情况", "Applicants"),
            count(NATURAL_PERSON, l("自然人", "Natural persons"), Unit.PIECE),
            group("legal_persons", l("法人或其他组织", "Legal persons or other organisations"),
                    // the header lines as the blank template breaks them (it prints the two six-character
                    // labels on one line each)
                    printed(count("commercial_enterprise", l("商业企业", "Commercial enterprises"), Unit.PIECE), "商业", "企业"),
                    printed(count("research_institution", l("科研机构", "Research institutions"), Unit.PIECE), "科研", "机构"),
                    count("public_interest_org", l("社会公益组织", "Public-interest organisations"), Unit.PIECE),
                    count("legal_service_org", l("法律服务机构", "Legal service institutions"), Unit.PIECE),
                    count("other_org", l("其他", "Other"), Unit.PIECE)),
            count(TOTAL, l("总计", "Total"), Unit.PIECE));

    private static Label art(String zh, String en) {
        return Bases.reg2019(zh, en);
    }

    static TableDefinition table(boolean split2021) {
        RowDefinition r33 = row("r3_3", "（三）", l("不予公开", "Not disclosed")).implied().children(
                row("r3_3_1", "1.", l("属于国家秘密", "State secrets")).basis(art("第十四条", "Art. 14")).done(),
                row("r3_3_2", "2.", l("其他法律行政法规禁止公开",
                        "Disclosure prohibited by other laws or administrative regulations"))
                        .basis(art("第十四条", "Art. 14")).done(),
                row("r3_3_3", "3.", l("危及“三安全一稳定”",
                        "Would endanger the “three securities and one stability”"))
                        .variants("危及\"三安全一稳定\"", "危及三安全一稳定").basis(art("第十四条", "Art. 14")).done(),
                row("r3_3_4", "4.", l("保护第三方合法权益", "Protection of third parties' lawful rights"))
                        .basis(art("第十五条、第三十二条", "Art. 15, 32")).done(),
                row("r3_3_5", "5.", l("属于三类内部事务信息", "Internal affairs information (three kinds)"))
                        .basis(art("第十六条第一款", "Art. 16 para. 1")).done(),
                row("r3_3_6", "6.", l("属于四类过程性信息", "Process information (four kinds)"))
                        .basis(art("第十六条第二款", "Art. 16 para. 2")).done(),
                row("r3_3_7", "7.", l("属于行政执法案卷", "Administrative law-enforcement case files"))
                        .basis(art("第十六条第二款", "Art. 16 para. 2")).done(),
                row("r3_3_8", "8.", l("属于行政查询事项", "Administrative inquiry matters"))
                        .basis(art("第三十六条第（七）项", "Art. 36 (7)")).done())
                .done();
        RowDefinition r34 = row("r3_4", "（四）", l("无法提供", "Cannot be provided")).implied().children(
                row("r3_4_1", "1.", l("本机关不掌握相关政府信息", "This organ does not hold the information"))
                        .basis(art("第三十六条第（四）（五）项", "Art. 36 (4)(5)")).done(),
                row("r3_4_2", "2.", l("没有现成信息需要另行制作", "No existing information; would have to be produced"))
                        .basis(art("第三十八条", "Art. 38")).done(),
                row("r3_4_3", "3.", l("补正后申请内容仍不明确", "Request still unclear after correction"))
                        .basis(art("第三十条", "Art. 30")).done())
                .done();
        RowDefinition r35 = row("r3_5", "（五）", l("不予处理", "Not processed")).implied().children(
                row("r3_5_1", "1.", l("信访举报投诉类申请", "Petitions, reports or complaints"))
                        .basis(art("第三十九条第一款", "Art. 39 para. 1")).done(),
                row("r3_5_2", "2.", l("重复申请", "Repeated requests"))
                        .basis(art("第三十六条第（六）项", "Art. 36 (6)")).done(),
                row("r3_5_3", "3.", l("要求提供公开出版物", "Requests for public publications"))
                        .basis(art("第三十九条第二款", "Art. 39 para. 2")).done(),
                row("r3_5_4", "4.", l("无正当理由大量反复申请", "Massive repeated requests without good reason"))
                        .basis(art("第三十五条", "Art. 35")).done(),
                row("r3_5_5", "5.", l("要求行政机关确认或重新出具已获取信息",
                        "Requests to confirm or re-issue information already obtained")).done())
                .done();
        Dsl.Row other = row("r3_6", "（六）", l("其他处理", "Other handling"));
        if (split2021) {
            other.implied().children(
                    row("r3_6_1", "1.", l("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                            "Applicant did not correct in time without good reason; no further processing"))
                            .basis(art("第三十条", "Art. 30")).done(),
                    row("r3_6_2", "2.", l("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                            "Applicant did not pay the fee notice in time; no further processing"))
                            .basis(art("第四十二条", "Art. 42")).done(),
                    row("r3_6_3", "3.", l("其他", "Other")).done());
        }
        RowDefinition r36 = other.done();
        RowDefinition results = row("r3", "三、", l("本年度办理结果", "Results of handling this year")).heading()
                .children(
                        row("r3_1", "（一）", l("予以公开", "Disclosed"))
                                .basis(art("第三十六条第（一）（二）项", "Art. 36 (1)(2)")).done(),
                        row("r3_2", "（二）", l("部分公开（区分处理的，只计这一情形，不计其他情形）",
                                "Partly disclosed (a request handled by redaction counts here only)"))
                                // many tables print the row without its note
                                .variants("部分公开")
                                .basis(art("第三十七条", "Art. 37")).done(),
                        r33, r34, r35, r36,
                        row("r3_7", "（七）", l("总计", "Total")).done())
                .done();
        List<RowDefinition> rows = List.of(
                row("r1", "一、", l("本年新收政府信息公开申请数量", "New requests received this year")).done(),
                row("r2", "二、", l("上年结转政府信息公开申请数量", "Requests carried over from the previous year"))
                        .basis(art("第三十三条", "Art. 33")).done(),
                results,
                row("r4", "四、", l("结转下年度继续办理", "Carried over to the next year"))
                        .basis(art("第三十三条", "Art. 33")).done());

        BlockDefinition block = new BlockDefinition("main", Optional.empty(), Optional.empty(),
                Optional.of(l("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                        "(In this column, item I plus item II equals item III plus item IV)")),
                StubLayout.NESTED, List.of(COLUMNS), rows);
        List<String> columns = block.leafColumns().stream().map(ColumnDefinition::id).toList();
        List<String> parts = columns.subList(0, columns.size() - 1);

        List<List<Relation>> relations = new ArrayList<>();
        relations.add(rowSums(rule("T3-ROWTOTAL", RelationKind.SUM, Severity.ERROR, Bases.T3_COLUMNS),
                ID, valueRowIds(rows), TOTAL, parts));
        relations.add(columnSums(rule("T3-SUM-III", RelationKind.SUM, Severity.ERROR, Bases.T3_GROUPS),
                ID, columns, r33.id(), childIds(r33)));
        relations.add(columnSums(rule("T3-SUM-IV", RelationKind.SUM, Severity.ERROR, Bases.T3_GROUPS),
                ID, columns, r34.id(), childIds(r34)));
        relations.add(columnSums(rule("T3-SUM-V", RelationKind.SUM, Severity.ERROR, Bases.T3_GROUPS),
                ID, columns, r35.id(), childIds(r35)));
        if (split2021) {
            relations.add(columnSums(rule("T3-SUM-VI-21", RelationKind.SUM, Severity.ERROR, Bases.T3_GROUPS),
                    ID, columns, r36.id(), childIds(r36)));
        }
        List<String> resultRows = childIds(results);
        relations.add(columnSums(rule("T3-TOTAL", RelationKind.SUM, Severity.ERROR, Bases.T3_RESULTS),
                ID, columns, "r3_7", resultRows.subList(0, resultRows.size() - 1)));
        relations.add(perColumn(rule("T3-BALANCE", RelationKind.IDENTITY, Severity.ERROR, Bases.T3_NOTE),
                columns, c -> terms(ID, List.of("r1", "r2"), c), Comparison.EQUAL,
                c -> terms(ID, List.of("r3_7", "r4"), c)));
        relations.add(perColumn(rule("T3-CARRY-CHAIN", RelationKind.CROSS_YEAR, Severity.WARNING, Bases.T3_CARRY),
                columns, c -> terms(ID, List.of("r2"), c), Comparison.EQUAL,
                c -> List.of(Term.previous(new CellId(ID, "r4", c)))));

        return new TableDefinition(ID, l("表三", "Table 3"),
                l("收到和处理政府信息公开申请情况", "Receipt and handling of disclosure requests"),
                Bases.reg2019("第五十条第（二）项", "Art. 50 (2)"), List.of(block), concat(relations));
    }
}
