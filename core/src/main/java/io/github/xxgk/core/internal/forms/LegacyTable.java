package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.childIds;
import static io.github.xxgk.core.internal.forms.Dsl.columnSums;
import static io.github.xxgk.core.internal.forms.Dsl.concat;
import static io.github.xxgk.core.internal.forms.Dsl.l;
import static io.github.xxgk.core.internal.forms.Dsl.perColumn;
import static io.github.xxgk.core.internal.forms.Dsl.relation;
import static io.github.xxgk.core.internal.forms.Dsl.row;
import static io.github.xxgk.core.internal.forms.Dsl.rule;
import static io.github.xxgk.core.internal.forms.Dsl.terms;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Comparison;
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
import java.util.function.Function;

/**
 * The legacy 《政府信息公开情况统计表》 of 国办发〔2014〕32号, rows L0–L64. Its row labels
 * are tagged [R] there (recalled, not re-read against an official copy); reading of real tables must
 * stay tolerant of their wording. Besides the national 统计数 column it has the provincial
 * {@code 历年累计} extension column. Not API.
 */
final class LegacyTable {

    private LegacyTable() {
    }

    static final String ID = "stats";

    private static RowDefinition v(String id, String numbering, String zh, String en, Unit unit,
            RowDefinition... children) {
        return row(id, numbering, l(zh, en)).unit(unit).children(children).done();
    }

    /** A value row with the labels provincial tables print for it (NOTES-legacy.md of the corpus fixtures). */
    private static RowDefinition v(String id, String numbering, String zh, String en, Unit unit, List<String> variants,
            RowDefinition... children) {
        return row(id, numbering, l(zh, en)).unit(unit).variants(variants.toArray(new String[0])).children(children).done();
    }

    private static RowDefinition heading(String id, String numbering, String zh, String en,
            RowDefinition... children) {
        return row(id, numbering, l(zh, en)).heading().children(children).done();
    }

    private static RowDefinition implied(String id, String numbering, String zh, String en, Unit unit,
            RowDefinition... children) {
        return row(id, numbering, l(zh, en)).implied().unit(unit).children(children).done();
    }

    static TableDefinition table() {
        Unit item = Unit.ITEM;
        Unit piece = Unit.PIECE;
        Unit times = Unit.TIMES;
        RowDefinition l33 = v("l33", "4．", "不同意公开答复数", "Refusals", piece, List.of("否决公开答复数", "不予公开答复数"),
                v("l34", "其中：", "涉及国家秘密", "State secrets", piece),
                v("l35", "", "涉及商业秘密", "Trade secrets", piece),
                v("l36", "", "涉及个人隐私", "Personal privacy", piece),
                v("l37", "", "危及国家安全、公共安全、经济安全和社会稳定",
                        "Endangers national, public or economic security or social stability", piece),
                v("l38", "", "不是《条例》所指政府信息", "Not government information under the Regulations", piece),
                v("l39", "", "法律法规规定的其他情形", "Other cases provided by laws and regulations", piece));
        List<RowDefinition> rows = List.of(
                heading("l0", "一、", "主动公开情况", "Proactive disclosure",
                        v("l1", "（一）", "主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
                                "Items proactively disclosed (the same item through several channels counts once)",
                                item, List.of("主动公开信息数", "主动公开文件数"),
                                v("l2", "其中：", "主动公开规范性文件数", "Normative documents disclosed", item),
                                v("l3", "", "制发规范性文件总数", "Normative documents issued", piece)),
                        implied("l4", "（二）", "通过不同渠道和方式公开政府信息的情况",
                                "Disclosure through the various channels", item,
                                v("l5", "1．", "政府公报公开政府信息数", "Items in the government gazette", item, List.of("政府公报公开", "政府公报公开数")),
                                v("l6", "2．", "政府网站公开政府信息数", "Items on government websites", item, List.of("网站公开", "政府网站公开数")),
                                v("l7", "3．", "政务微博公开政府信息数", "Items on government microblogs", item),
                                v("l8", "4．", "政务微信公开政府信息数", "Items on government WeChat", item),
                                v("l9", "5．", "其他方式公开政府信息数", "Items through other channels", item))),
                heading("l10", "二、", "回应解读情况", "Responses and policy interpretation",
                        v("l11", "（一）", "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）",
                                "Responses to public concerns (one concern answered several ways counts once)",
                                times),
                        implied("l12", "（二）", "通过不同渠道和方式回应解读的情况",
                                "Responses and interpretation through the various channels", times,
                                v("l13", "1．", "参加或举办新闻发布会总次数", "Press conferences held or attended", times,
                                        v("l14", "其中：", "主要负责同志参加新闻发布会次数",
                                                "Press conferences attended by the principal leaders", times)),
                                v("l15", "2．", "政府网站在线访谈次数", "Online interviews on government websites", times,
                                        v("l16", "其中：", "主要负责同志参加政府网站在线访谈次数",
                                                "Online interviews with the principal leaders", times)),
                                v("l17", "3．", "政策解读稿件发布数", "Policy interpretation articles", Unit.ARTICLE),
                                v("l18", "4．", "微博微信回应事件数", "Responses on microblogs and WeChat", times),
                                v("l19", "5．", "其他方式回应事件数", "Responses through other channels", times))),
                heading("l20", "三、", "依申请公开情况", "Disclosure on request",
                        v("l21", "（一）", "收到申请数", "Requests received", piece, List.of("受理依申请公开信息总数"),
                                v("l22", "1．", "当面申请数", "In person", piece),
                                v("l23", "2．", "传真申请数", "By fax", piece),
                                v("l24", "3．", "网络申请数", "Online", piece, List.of("网上申请数")),
                                v("l25", "4．", "信函申请数", "By letter", piece)),
                        v("l26", "（二）", "申请办结数", "Requests concluded", piece,
                                v("l27", "1．", "按时办结数", "Concluded in time", piece),
                                v("l28", "2．", "延期办结数", "Concluded after extension", piece)),
                        v("l29", "（三）", "申请答复数", "Replies", piece, List.of("对申请的答复总数"),
                                v("l30", "1．", "属于已主动公开范围数", "Already proactively disclosed", piece),
                                v("l31", "2．", "同意公开答复数", "Disclosure granted", piece),
                                v("l32", "3．", "同意部分公开答复数", "Partial disclosure granted", piece),
                                l33,
                                v("l40", "5．", "不属于本行政机关公开", "Not for this organ to disclose", piece),
                                v("l41", "6．", "申请信息不存在", "Information does not exist", piece),
                                v("l42", "7．", "告知作出更改补充", "Applicant told to amend the request", piece),
                                v("l43", "8．", "告知通过其他途径办理", "Applicant referred to other channels", piece))),
                v("l44", "四、", "行政复议数量", "Administrative reconsiderations", piece, List.of("行政复议数"),
                        v("l45", "（一）", "维持具体行政行为数", "Act upheld", piece),
                        v("l46", "（二）", "被依法纠错数", "Corrected according to law", piece),
                        v("l47", "（三）", "其他情形数", "Other outcomes", piece)),
                v("l48", "五、", "行政诉讼数量", "Administrative lawsuits", piece, List.of("行政诉讼数"),
                        v("l49", "（一）", "维持具体行政行为或者驳回原告诉讼请求数",
                                "Act upheld or claim dismissed", piece),
                        v("l50", "（二）", "被依法纠错数", "Corrected according to law", piece),
                        v("l51", "（三）", "其他情形数", "Other outcomes", piece)),
                v("l52", "六、", "举报投诉数量", "Reports and complaints", piece),
                v("l53", "七、", "依申请公开信息收取的费用", "Fees charged for disclosure on request",
                        Unit.TEN_THOUSAND_YUAN, List.of("政府信息公开收费减免金额")),
                heading("l54", "八、", "机构建设和保障经费情况", "Organisation and funding",
                        v("l55", "（一）", "政府信息公开工作专门机构数", "Dedicated disclosure bodies", Unit.BODY),
                        v("l56", "（二）", "设置政府信息公开查阅点数", "Public reading points", Unit.BODY),
                        v("l57", "（三）", "从事政府信息公开工作人员数", "Staff working on disclosure", Unit.PERSON,
                                v("l58", "1．", "专职人员数（不包括政府公报及政府网站工作人员数）",
                                        "Full-time staff (excluding gazette and website staff)", Unit.PERSON),
                                v("l59", "2．", "兼职人员数", "Part-time staff", Unit.PERSON)),
                        v("l60", "（四）", "政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）",
                                "Dedicated funds (excluding gazette editing and website building and upkeep)",
                                Unit.TEN_THOUSAND_YUAN)),
                heading("l61", "九、", "政府信息公开会议和培训情况", "Meetings and training",
                        v("l62", "（一）", "召开政府信息公开工作会议或专题会议数", "Work or special meetings held",
                                times),
                        v("l63", "（二）", "举办各类培训班数", "Training courses held", times),
                        v("l64", "（三）", "接受培训人员数", "Persons trained", Unit.PERSON_TIME)));

        List<ColumnDefinition> columns = List.of(
                new ColumnDefinition("value", l("统计数", "Figure"), List.of("本年度", "本年度统计数", "年度", "数量"),
                        Optional.empty(), Optional.empty(), false, List.of()),
                new ColumnDefinition("cumulative", l("历年累计", "Cumulative to date"), List.of("累计"),
                        Optional.empty(), Optional.empty(), true, List.of()));
        BlockDefinition block = new BlockDefinition("main", Optional.empty(),
                Optional.of(l("统计指标", "Indicator")), Optional.empty(), StubLayout.LIST_WITH_UNIT, columns, rows);
        List<String> cols = block.leafColumns().stream().map(ColumnDefinition::id).toList();
        TableDefinition probe = new TableDefinition(ID, l("统计表", "Statistics table"), l("", ""), l("", ""),
                List.of(block), List.of());
        Function<String, RowDefinition> get = id -> probe.row(id).orElseThrow();

        List<List<Relation>> relations = new ArrayList<>();
        String[][] sums = {
            {"LEG-APP-CHANNEL", "l21"}, {"LEG-APP-DONE", "l26"}, {"LEG-APP-REPLY", "l29"},
            {"LEG-REVIEW", "l44"}, {"LEG-LITIG", "l48"}, {"LEG-STAFF", "l57"},
            {"LEG-CHANNEL-SUM", "l4"}};
        for (String[] s : sums) {
            relations.add(columnSums(rule(s[0], RelationKind.SUM, Severity.ERROR, Bases.LEG_STRUCTURE), ID, cols,
                    s[1], childIds(get.apply(s[1]))));
        }
        // L12's parts are its direct children; their own “其中” rows are bounds, not parts.
        relations.add(columnSums(rule("LEG-INTERPRET-SUM", RelationKind.SUM, Severity.ERROR, Bases.LEG_STRUCTURE),
                ID, cols, "l12", childIds(get.apply("l12"))));
        relations.add(columnSums(rule("LEG-REFUSE-SUM", RelationKind.SUM, Severity.WARNING, Bases.LEG_WITHIN),
                ID, cols, "l33", childIds(l33)));
        Dsl.Rule refusePart = rule("LEG-REFUSE-PART", RelationKind.AT_MOST, Severity.ERROR, Bases.LEG_WITHIN);
        for (String part : childIds(l33)) {
            relations.add(atMost(refusePart, cols, part, "l33"));
        }
        relations.add(atMost(rule("LEG-NORM-DOC", RelationKind.AT_MOST, Severity.ERROR, Bases.LEG_WITHIN),
                cols, "l2", "l1"));
        relations.add(atMost(rule("LEG-NORM-ISSUED", RelationKind.AT_MOST, Severity.WARNING, Bases.LEG_PLAUSIBLE),
                cols, "l2", "l3"));
        Dsl.Rule press = rule("LEG-PRESS-LEAD", RelationKind.AT_MOST, Severity.ERROR, Bases.LEG_WITHIN);
        relations.add(atMost(press, cols, "l14", "l13"));
        relations.add(atMost(press, cols, "l16", "l15"));
        Dsl.Rule channelMax = rule("LEG-CHANNEL-MAX", RelationKind.AT_MOST, Severity.WARNING, Bases.LEG_PLAUSIBLE);
        for (String channel : childIds(get.apply("l4"))) {
            relations.add(atMost(channelMax, cols, channel, "l1"));
        }
        relations.add(perColumn(rule("LEG-CHANNEL-COVER", RelationKind.AT_LEAST, Severity.WARNING,
                Bases.LEG_PLAUSIBLE), cols, c -> terms(ID, List.of("l4"), c), Comparison.AT_LEAST,
                c -> terms(ID, List.of("l1"), c)));
        relations.add(perColumn(rule("LEG-REPLY-VS-DONE", RelationKind.IDENTITY, Severity.INFO, Bases.LEG_PLAUSIBLE),
                cols, c -> terms(ID, List.of("l29"), c), Comparison.EQUAL, c -> terms(ID, List.of("l26"), c)));
        // L26 ≤ 1.5 × L21, written in whole factors: 2 × L26 ≤ 3 × L21.
        relations.add(perColumn(rule("LEG-DONE-VS-RECEIVED", RelationKind.AT_MOST, Severity.INFO,
                Bases.LEG_PLAUSIBLE), cols,
                c -> List.of(new Term(new CellId(ID, "l26", c), io.github.xxgk.core.form.Period.CURRENT, 2)),
                Comparison.AT_MOST,
                c -> List.of(new Term(new CellId(ID, "l21", c), io.github.xxgk.core.form.Period.CURRENT, 3))));

        // 历年累计, for every row of counts that prints both figures: within the year
        // 本年度 ≤ 历年累计; across years 历年累计(N) = 历年累计(N−1) + 本年度(N). Rows of money, and the
        // provincial rows a report adds, are checked by the validator's cumulative rules directly.
        Dsl.Rule cumulative = rule("LEG-CUMULATIVE", RelationKind.AT_MOST, Severity.WARNING, Bases.LEG_CUMULATIVE);
        Dsl.Rule chain = rule("LEG-CUMULATIVE-CHAIN", RelationKind.CROSS_YEAR, Severity.WARNING, Bases.LEG_CUMULATIVE);
        for (RowDefinition row : block.allRows()) {
            if (!row.hasCells() || row.unit().filter(u -> u == Unit.TEN_THOUSAND_YUAN).isPresent()) {
                continue;
            }
            CellId year = new CellId(ID, row.id(), "value");
            CellId total = new CellId(ID, row.id(), "cumulative");
            relations.add(List.of(relation(cumulative, List.of(Term.of(year)), Comparison.AT_MOST, List.of(Term.of(total))),
                    relation(chain, List.of(Term.of(total)), Comparison.EQUAL,
                            List.of(Term.previous(total), Term.of(year)))));
        }

        return new TableDefinition(ID, probe.number(), l("政府信息公开情况统计表", "Government information disclosure statistics"),
                Bases.STATS_2014, List.of(block), concat(relations));
    }

    private static List<Relation> atMost(Dsl.Rule rule, List<String> cols, String part, String bound) {
        return perColumn(rule, cols, c -> terms(ID, List.of(part), c), Comparison.AT_MOST,
                c -> terms(ID, List.of(bound), c));
    }
}
