package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.l;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.NarrativeBinding;
import io.github.xxgk.core.form.NarrativeStatement;
import io.github.xxgk.core.form.NarrativeSubject;
import io.github.xxgk.core.form.NarrativeSubject.Measure;
import io.github.xxgk.core.form.NarrativeVocabulary;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How reports state their figures and statements in the text, and which cells of each
 * edition the figures mean. Each phrase is written here once; the validation module reads them through
 * {@link io.github.xxgk.core.form.FormDefinition#narrative()}. The phrases come from real reports (the
 * corpus of 平潭综合实验区 2013–2024, the seed) and from the format. Not API.
 */
final class Narrative {

    private Narrative() {
    }

    /**
     * Words that must not stand inside the gap of a request phrase: those are other subjects' requests, or
     * requests of another kind (行政许可申请, 来信来访, 建议提案), or some of the requests (重复申请, 转来的申请).
     */
    private static final List<String> NOT_REQUESTS = List.of("复议", "诉讼", "投诉", "举报", "信访", "来信", "来访",
            "许可", "审批", "建议", "提案", "重复", "转来", "转交", "转办",
            // some of the requests, of one kind of applicant, channel or content (未收到商业企业提出的申请, 未收到书面的…申请,
            // 未收到涉及商业秘密的申请, 未收到要求提供公开出版物的申请, 未受理外地申请人的申请)
            "企业", "法人", "组织", "机构", "自然人", "书面", "纸质", "当面", "现场", "网上", "网络", "信函", "邮寄", "传真",
            "外地", "出版物", "大量", "反复", "秘密", "隐私", "涉及");

    private static NarrativeSubject count(String id, Label name, List<String> excluded, String... phrases) {
        return new NarrativeSubject(id, name, List.of(phrases), Measure.COUNT, excluded, Optional.empty());
    }

    private static NarrativeSubject count(String id, Label name, List<String> excluded, List<String> blockers,
            String... phrases) {
        return new NarrativeSubject(id, name, List.of(phrases), Measure.COUNT, excluded, Optional.empty(), blockers);
    }

    private static final NarrativeSubject PROACTIVE = count("proactive", l("主动公开政府信息", "information disclosed proactively"),
            List.of(), "主动公开…政府信息");
    /**
     * The requests received; a nil statement names them without a verb too (本年度无政府信息公开申请。, 无依申请公开事项、
     * 行政复议和行政诉讼): those phrases only right after the nil word and up to the clause's end (a bare 依申请公开 is the topic's
     * statement, not a phrase of the requests).
     */
    private static final NarrativeSubject RECEIVED = new NarrativeSubject("requests_received",
            l("收到政府信息公开申请", "requests received"), List.of("收到…申请", "受理…申请", "新收…申请",
            "接收…申请", "接到…申请",
            "收到…依申请公开", "受理…依申请公开", "新收…依申请公开", "收到…依申请公开事项", "受理…依申请公开事项",
            "收到…依申请公开政府信息", "受理…依申请公开政府信息"),
            Measure.COUNT, NOT_REQUESTS, Optional.empty(),
            List.of("收到申请人", "受理申请人", "新收申请人", "接收申请人", "接到申请人"),
            // 新增 is a verb of receipt only in a nil statement: 同比新增申请5件 is an increase
            List.of("政府信息公开申请", "政府信息公开申请事项", "新增政府信息公开申请", "依申请公开事项",
                    "依申请公开情况", "依申请公开的情况", "依申请公开政府信息", "依申请公开政府信息事项"));
    private static final String CONCLUDED_ID = "requests_concluded";
    /** The requests carried over from the previous year (上年结转政府信息公开申请2件, 无上年结转申请). */
    private static final NarrativeSubject CARRIED = count("requests_carried", l("上年结转政府信息公开申请", "requests carried over"),
            NOT_REQUESTS, "上年结转…申请", "上年度结转…申请", "上一年度结转…申请", "结转上年…申请", "结转上年度…申请");
    /**
     * A bare 上年结转 (收到申请10件，上年结转2件; 收到申请12件（含上年结转2件）) is the requests carried over only after
     * the requests received in the same sentence: elsewhere it may be any case carried over (行政复议案件上年结转1件).
     */
    private static final NarrativeSubject CARRIED_AFTER = new NarrativeSubject("requests_carried_after",
            CARRIED.name(), List.of("上年结转", "上年度结转", "结转上年", "结转上年度"), Measure.COUNT, List.of(),
            Optional.of(RECEIVED.id()), List.of("案件上年结转", "案件上年度结转", "复议上年结转", "诉讼上年结转"));
    /**
     * The requests carried over to the next year (收到申请12件，办结11件，结转下年度继续办理1件; 办结申请15件，结转下年度2件),
     * named so only after the requests concluded in the same sentence (a bare 办结 is them too): elsewhere it may be
     * any case carried over.
     */
    private static final NarrativeSubject FORWARDED_AFTER = new NarrativeSubject("requests_forwarded_after",
            l("结转下年度继续办理", "requests carried over to the next year"),
            List.of("结转下年度", "结转至下年度", "结转到下年度", "结转下一年度", "转入下年度", "结转下年度…办理",
                    "结转至下年度…办理", "结转下一年度…办理", "转入下年度…办理"), Measure.COUNT, List.of(),
            Optional.of(CONCLUDED_ID), List.of("案件结转", "复议结转", "诉讼结转"));
    private static final NarrativeSubject CONCLUDED = count(CONCLUDED_ID, l("办结政府信息公开申请", "requests concluded"),
            List.of("复议", "诉讼"), "办结…申请");
    /**
     * A bare 办结 (收到申请75件，办结75件) is the requests concluded only after the requests received in the same
     * sentence: elsewhere it is anything concluded (行政许可, 来信来访, 人大建议).
     */
    private static final NarrativeSubject CONCLUDED_AFTER = new NarrativeSubject("requests_concluded_after",
            CONCLUDED.name(), List.of("办结"), Measure.COUNT, List.of(), Optional.of(RECEIVED.id()));
    /** The cases of one outcome (未发生行政复议被纠错案件, 行政诉讼败诉案件): some of the cases, not all. */
    private static final NarrativeSubject REVIEW = count("review", l("行政复议", "administrative reconsideration"),
            List.of(), List.of("复议被纠错", "复议纠错", "复议被纠正", "复议被撤销"), "行政复议");
    /**
     * Reconsiderations that the reporting body handles as the organ deciding them (全年共办理行政复议案件150件,
     * 受理各类行政复议案件): not the cases of 表四, in which the body is the respondent. No cell: ending where a
     * figure of {@link #REVIEW} ends, it leaves the figure's subject undecided, so that it states no cell.
     */
    private static final NarrativeSubject REVIEW_DECIDED = count("review_decided",
            l("办理的行政复议案件", "reconsiderations handled as the deciding organ"),
            List.of("引发", "因", "涉及", "公开"), "办理…行政复议", "受理…行政复议", "审结…行政复议", "新收…行政复议",
            "承办…行政复议");
    /**
     * What only the deciding organ says of reconsiderations, of whatever subject (市政府作为复议机关审理政府信息公开类行政复议案件20件):
     * no cell, as {@link #REVIEW_DECIDED}.
     */
    private static final NarrativeSubject REVIEW_HEARD = count("review_heard",
            l("审理的行政复议案件", "reconsiderations heard as the deciding organ"), List.of(), "审理…行政复议",
            "复议机关…行政复议");
    private static final NarrativeSubject LITIGATION = count("litigation", l("行政诉讼", "administrative litigation"),
            List.of(), List.of("诉讼败诉", "诉讼被纠错", "诉讼被纠正", "诉讼被撤销"), "行政诉讼");
    /** 现行有效的规章和规范性文件共44件, 制发规章和规范性文件7件: the rules and the documents together, two rows of 表二. */
    private static final List<String> NOT_ONLY_NORMATIVE = List.of("规章");
    private static final NarrativeSubject IN_FORCE = count("normative_in_force",
            l("现行有效规范性文件", "normative documents in force"), NOT_ONLY_NORMATIVE, "现行有效…规范性文件");
    private static final NarrativeSubject ISSUED = count("normative_issued",
            l("本年制发规范性文件", "normative documents issued"), NOT_ONLY_NORMATIVE, "制发…规范性文件", "新制作…规范性文件",
            "制定…规范性文件", "出台…规范性文件", "印发…规范性文件");
    /** The subject of the fee notices of section 六 (no cell: the text is the only place they are stated). */
    static final NarrativeSubject FEE_NOTICES = count("fee_notices", l("发出收费通知", "fee notices sent"), List.of(),
            "收费通知", "收费通知书", "收费通知…发出");
    /** The amount of the notices, not the amount collected (实际收取总金额100元). */
    private static final NarrativeSubject FEE_NOTIFIED = new NarrativeSubject("fee_notified",
            l("收费通知金额", "amount of the fee notices"), List.of("金额"), Measure.MONEY, List.of(),
            Optional.of(FEE_NOTICES.id()), List.of("实际收取总金额", "实际收取金额", "实际收取的总金额", "实际收取的金额", "实收总金额", "实收金额"));
    private static final NarrativeSubject FEE_COLLECTED = new NarrativeSubject("fee_collected",
            l("收取信息处理费", "information processing fees collected"), List.of("收取…费用", "收取…费", "实际收取", "实收", "信息处理费",
                    "收取…检索", "实际收取…金额", "实收…金额"), Measure.MONEY,
            List.of("行政事业性", "税"), Optional.empty());

    // the parts of a whole, named only in a list after a figure of the whole (收到申请5件，其中自然人申请4件，法人或其他组织申请1件;
    // 办结9件，其中予以公开5件，部分公开2件…; 行政复议3件，其中维持2件，纠正1件): a bare 自然人4件 elsewhere may count anything
    private static final NarrativeSubject NATURAL_PERSONS = NarrativeSubject.part("requests_natural_person",
            l("自然人提出的申请", "requests of natural persons"), List.of("自然人", "自然人…申请", "自然人…提出"), RECEIVED.id(),
            List.of());
    private static final NarrativeSubject LEGAL_PERSONS = NarrativeSubject.part("requests_legal_person",
            l("法人或其他组织提出的申请", "requests of legal persons or other organisations"),
            List.of("法人", "法人…组织", "法人…申请", "法人…提出"), RECEIVED.id(), List.of());
    /** The channels of the requests received, rows of the 2008 table (三、（一）1.–4.); of no cell in the later formats. */
    private static final NarrativeSubject IN_PERSON = NarrativeSubject.part("requests_in_person",
            l("当面申请", "requests in person"), List.of("当面申请", "当面提出", "现场申请", "当面"), RECEIVED.id(), List.of());
    private static final NarrativeSubject BY_FAX = NarrativeSubject.part("requests_by_fax", l("传真申请", "requests by fax"),
            List.of("传真申请", "传真提出", "传真"), RECEIVED.id(), List.of());
    private static final NarrativeSubject ONLINE = NarrativeSubject.part("requests_online", l("网络申请", "requests online"),
            List.of("网上申请", "网络申请", "在线申请", "网上提出", "网上", "网络"), RECEIVED.id(), List.of());
    private static final NarrativeSubject BY_LETTER = NarrativeSubject.part("requests_by_letter",
            l("信函申请", "requests by letter"), List.of("信函申请", "信函提出", "信函"), RECEIVED.id(), List.of());
    /** 不予以公开, 部分予以公开: not 予以公开. */
    private static final NarrativeSubject DISCLOSED = NarrativeSubject.part("requests_disclosed", l("予以公开", "disclosed"),
            List.of("予以公开", "同意公开"), CONCLUDED_ID, List.of("不予以公开", "部分予以公开", "不同意公开"));
    private static final NarrativeSubject PARTLY_DISCLOSED = NarrativeSubject.part("requests_partly_disclosed",
            l("部分公开", "partly disclosed"), List.of("部分公开", "部分予以公开"), CONCLUDED_ID, List.of());
    private static final NarrativeSubject NOT_DISCLOSED = NarrativeSubject.part("requests_not_disclosed",
            l("不予公开", "not disclosed"), List.of("不予公开", "不予以公开", "不同意公开"), CONCLUDED_ID, List.of());
    private static final NarrativeSubject CANNOT_PROVIDE = NarrativeSubject.part("requests_cannot_provide",
            l("无法提供", "cannot be provided"), List.of("无法提供"), CONCLUDED_ID, List.of());
    private static final NarrativeSubject NOT_PROCESSED = NarrativeSubject.part("requests_not_processed",
            l("不予处理", "not processed"), List.of("不予处理"), CONCLUDED_ID, List.of());
    private static final NarrativeSubject OTHER_HANDLING = NarrativeSubject.part("requests_other_handling",
            l("其他处理", "other handling"), List.of("其他处理", "其他方式处理"), CONCLUDED_ID, List.of());
    /** The results of 表四 as the text names them, the same for reconsideration and litigation (their columns differ). */
    private static final List<List<String>> RESULT_PHRASES = List.of(
            // 维持原具体行政行为1件, 维持具体行政行为数 (the 2008 table's row)
            List.of("维持", "结果维持", "被维持", "予以维持", "维持…行政行为"),
            List.of("纠正", "结果纠正", "被纠正", "纠错", "被纠错"), List.of("其他结果", "其他情形"),
            List.of("尚未审结", "未审结", "正在审理"));
    private static final List<String> RESULT_IDS = List.of("upheld", "corrected", "other", "pending");
    /** The rows of the 2008 table of the results in {@link #RESULT_IDS}' order, of reconsiderations and of suits. */
    private static final List<List<String>> LEGACY_RESULT_ROWS = List.of(List.of("l45", "l49"), List.of("l46", "l50"),
            List.of("l47", "l51"));
    private static final List<Label> RESULT_NAMES = List.of(l("结果维持", "upheld"), l("结果纠正", "corrected"),
            l("其他结果", "other result"), l("尚未审结", "pending"));

    private static List<NarrativeSubject> results(NarrativeSubject whole) {
        List<NarrativeSubject> out = new ArrayList<>();
        for (int k = 0; k < RESULT_IDS.size(); k++) {
            Label n = RESULT_NAMES.get(k);
            out.add(NarrativeSubject.part(whole.id() + "_" + RESULT_IDS.get(k),
                    l(whole.name().zh() + n.zh(), whole.name().en() + ", " + n.en()), RESULT_PHRASES.get(k), whole.id(),
                    List.of()));
        }
        return out;
    }

    private static final List<NarrativeSubject> REVIEW_RESULTS = results(REVIEW);
    private static final List<NarrativeSubject> LITIGATION_RESULTS = results(LITIGATION);
    /** The results of 表三 三、 the text names, in the table's order. */
    private static final List<NarrativeSubject> T3_RESULTS = List.of(DISCLOSED, PARTLY_DISCLOSED, NOT_DISCLOSED,
            CANNOT_PROVIDE, NOT_PROCESSED, OTHER_HANDLING);

    private static final List<NarrativeSubject> SUBJECTS = Dsl.concat(List.of(List.of(PROACTIVE, RECEIVED, CARRIED,
            CARRIED_AFTER, FORWARDED_AFTER, CONCLUDED, CONCLUDED_AFTER, REVIEW, REVIEW_DECIDED, REVIEW_HEARD, LITIGATION,
            IN_FORCE, ISSUED, FEE_NOTICES, FEE_NOTIFIED, FEE_COLLECTED, NATURAL_PERSONS, LEGAL_PERSONS, IN_PERSON, BY_FAX,
            ONLINE, BY_LETTER),
            T3_RESULTS, REVIEW_RESULTS, LITIGATION_RESULTS));

    private static NarrativeStatement statement(String id, String group, Label name, List<String> blockers,
            String... phrases) {
        return new NarrativeStatement(id, name, group, List.of(phrases), blockers);
    }

    /** 行政事业性收费 is a category of proactively published information, not a statement on fees. */
    private static final List<String> NOT_FEES = List.of("行政事业性收费", "税费");

    private static final List<NarrativeStatement> STATEMENTS = List.of(
            statement("topic_proactive", "topics", l("主动公开", "proactive disclosure"), List.of(), "主动公开"),
            statement("topic_requests", "topics", l("依申请公开", "disclosure on request"), List.of(), "依申请公开"),
            // 加强政府信息资源的规范化、标准化管理 (the format's words for the topic, its 、 no gap char)
            statement("topic_management", "topics", l("政府信息管理", "information management"), List.of(),
                    "政府信息…管理", "信息管理", "规范化、标准化", "标准化、规范化"),
            statement("topic_platform", "topics", l("平台建设", "platforms"), List.of(), "平台…建设", "网站…建设"),
            statement("topic_oversight", "topics", l("监督保障", "oversight and support"), List.of(), "监督…保障",
                    "保障…监督", "监督考核"),
            statement("assess_work", "assessment", l("工作考核", "assessment"), List.of(), "考核", "考评"),
            statement("assess_social", "assessment", l("社会评议", "social evaluation"), List.of(), "评议", "评价",
                    "测评", "评估"),
            statement("assess_accountability", "assessment", l("责任追究", "accountability"), List.of(), "追究", "问责"),
            statement("fees", "fees", l("信息处理费（收费及减免）", "fees for disclosure (charges and waivers)"), NOT_FEES,
                    "收费及减免", "收费和减免", "收费减免", "检索费", "复制费", "邮寄费", "检索、复制"),
            // the subjects of the fee figures (收费通知, 收取…费, 信息处理费) and a nil statement state fees too: the rules read them
            statement("fee_nil", "fee_nil", l("不收取费用", "no fee charged"), NOT_FEES, "不收费", "免收…费", "不收取…费",
                    "无收费", "未收费", "没有收费", "未产生…费", "没有产生…费", "未发生…费",
                    "处理费…为0", "处理费…为零", "处理费…：无", "总金额…为0", "总金额…为零",
                    "信息均免费", "免费提供政府信息", "费用0元", "不收取…检索",
                    // 未向申请人收费, 不存在收费情况, 收费金额为0, 收费情况：无
                    "未向…收费", "不向…收费", "不存在收费", "收费金额…为0", "收费金额…为零", "收费情况…：无"),
            // section 五 (SEC5-CONTENT): the problems it names and the measures; problems are also worded as what is not
            // yet so (一是部分单位主动公开不够及时；二是政策解读质量有待提高)
            statement("problems", "problems", l("存在的问题", "problems"), List.of(), "问题", "不足", "薄弱", "差距",
                    "有待", "不够", "欠缺", "短板", "弱项", "不到位", "不平衡", "不充分", "不规范", "不及时", "仍需", "尚需", "还需",
                    // 形式单一, 更新较慢, 更新滞后, 公开质量不高, 业务水平参差不齐
                    "单一", "较慢", "滞后", "不全面", "不高", "参差不齐", "不强", "不完善", "缺乏", "亟待"),
            statement("improvement", "measures", l("改进", "improvement"), List.of(), "改进"),
            statement("measures", "measures", l("改进措施", "measures"), List.of(), "措施", "加强", "提升", "完善", "推进",
                    "下一步", "进一步", "优化", "强化", "整改", "下步", "今后", "提高", "加大", "健全"),
            // section 六 of the 2021 format (SEC6-OTHER)
            statement("other_matters", "other_matters", l("工作要点落实、建议提案办理结果公开或创新情况",
                    "the year's work points, the results of proposals and suggestions, or innovations"), List.of(),
                    "工作要点", "要点", "建议", "提案", "创新"),
            // what a legacy report that has no heading of an item of 2008 第三十二条 may still mention it by (MENTIONS)
            statement("mention_requests", "mentions", l("依申请公开", "disclosure on request"), List.of(), "申请公开"),
            statement("mention_review", "mentions", l("行政复议、行政诉讼", "reconsideration and litigation"), List.of(),
                    "复议", "诉讼"),
            statement("mention_other", "mentions", l("其他需要报告的事项", "other matters"), List.of(), "其他需要",
                    "其他事项"));

    /** Per legacy section (LEG-SEC): the statements by which a report without its heading mentions it. */
    private static final java.util.Map<String, List<String>> MENTIONS = java.util.Map.of(
            "leg_proactive", List.of("topic_proactive"),
            "leg_requests", List.of("mention_requests"),
            "leg_review", List.of("mention_review"),
            "leg_problems", List.of("problems", "improvement"),
            "leg_other", List.of("mention_other"));

    private static final NarrativeVocabulary.Grammar GRAMMAR = new NarrativeVocabulary.Grammar(
            // 未按照《…办法》收取信息处理费: no fee collected under the measures, a nil word opening a title stating zero
            // of what the title names (未按 alone states no zero: 未按时办结, 未按照《条例》规定时限办结…申请); 《办法》 the
            // measures named before
            List.of("未按照《办法》", "未按《办法》", "未按照《", "未按《", "未", "无", "没有", "不存在", "不涉及"),
            List.of("尚未", "逾期未", "未按", "未经", "未能", "无法", "无正当", "无人", "无需", "无须"),
            "案件数量共计合为达有了总：: \u3000",
            List.of("共", "合计", "总计", "累计"),
            List.of("其中", "涉及", "包括"),
            List.of("等", "主要"),
            List.of("占"),
            List.of("上年", "上一年", "去年", "同期", "以来", "历年", "往年", "近两年", "近三年", "近五年", "近年",
                    "近几年", "近2年", "近3年", "近4年", "近5年", "近10年",
                    "年来", "至今", "截至目前", "年至", "底，累计", "底累计", "末，累计", "末累计", "报告发布"),
            List.of("本年", "今年", "全年", "当年"),
            List.of("均获维持", "均维持", "均被维持", "均予维持", "均予以维持", "全部维持", "全部获得维持"),
            List.of("各乡镇", "各乡", "各镇", "各街道", "各村", "各社区", "各部门", "各单位", "各县", "各区", "各市", "各地",
                    // 全县22个乡镇共收到…: the bodies of a count, as 各乡镇
                    "个乡镇", "个乡", "个镇", "个街道", "个村", "个社区", "个部门", "个单位",
                    "下属", "所属", "直属", "直部门", "直单位", "直各", "司局", "部属", "派出", "现场", "当面", "网上", "线上", "线下", "信函", "季度", "上半年", "下半年", "日均",
                    "月", "平均", "同一", "超期", "逾期", "延期", "延长", "未办", "复议机关", "直接起诉", "复议后", "未经复议",
                    // the cases over fees only (本年度无涉及信息处理费的行政复议、行政诉讼)
                    "涉及信息处理费", "涉及收费", "涉及费用", "因收费", "因收取",
                    // the cases of one outcome (未发生因政府信息公开被纠错的行政复议案件)
                    "被纠错", "纠错的", "被纠正", "被撤销", "败诉"),
            List.of("网站", "新媒体", "微博", "微信", "公众号", "公开栏", "客户端", "公报", "报刊", "广播", "电视"),
            List.of("审结", "结案", "其余", "其他"),
            List.of("本级", "部机关"),
            List.of("办公室", "办公厅", "政府办", "党政办", "政府", "机关", "委员会", "委", "局", "厅", "署",
                    "中心", "办事处", "分局", "支队", "大队", "中队", "派出所"),
            List.of("我", "本"),
            List.of("信息", "网站", "门户", "公报", "系统", "采购", "规章", "职能", "工作"),
            List.of("不"),
            List.of("人次", "万元", "元", "条", "件", "次", "个", "人", "篇", "起", "份"),
            List.of("、", "和", "及", "与", "或"),
            List.of("约", "近", "逾", "超过", "不足", "不到"),
            List.of("第"),
            // 3个月, 5个工作日, 2个百分点, 24个小时; 《条例》 cited as 第三十一条例…, 条款; 一次性
            List.of("个月", "个工", "个百", "个小", "条例", "条款", "次性"),
            List.of("每"),
            List.of("以内", "之内", "以上", "以下", "左右", "上下"),
            // the whole area of a government above the township (全市共收到…申请1560件 beside a table of the city
            // government's own 312): 我县, 本市 as 全县, 全市
            List.of("全国", "全省", "全市", "全州", "全盟", "全区", "全县", "全旗", "我省", "我市", "我州", "我盟", "我区", "我县",
                    "我旗", "本省", "本市", "本州", "本区", "本县"),
            // 行政复议、行政诉讼数量均为0: the figure of each
            List.of("的数量均为", "均为", "均是", "都为", "都是", "各"),
            // 本机关作为复议机关，全年共办理…行政复议案件15件: the cases it decided, not those of 表四
            List.of("作为复议机关", "作为行政复议机关", "作为复议机构", "作为行政复议机构"),
            // 本年度行政复议为零，行政诉讼为零
            List.of("为"),
            // 全年共发生行政诉讼案件17件，其中涉及政府信息公开的2件: the 17 are of every kind
            List.of("政府信息公开", "信息公开"),
            // 数十件, 几百条 (but 行政复议数1件)
            List.of("数", "几"),
            // 收到申请13件。本年度共办结13件，其中…
            List.of("共", "已", "均", "全部", "全年", "本年度", "本年", "今年", "当年", "累计", "合计", "总计", "截至年底", "，", ","),
            // 行政复议、行政诉讼分别为2件、1件; 的数量 before the marker (的 is no filler)
            List.of("的数量分别为", "的数量分别是", "分别为", "分别是", "分别有", "分别"));

    private static CellId t3(String row) {
        return new CellId(Table3.ID, row, Table3.TOTAL);
    }

    private static CellId t4(String column) {
        return new CellId(Table4.ID, Table4.ROW, column);
    }

    private static CellId t2(String column) {
        return new CellId(Table2.ID, "normative_documents", column);
    }

    private static CellId stats(String row) {
        return new CellId(LegacyTable.ID, row, "value");
    }

    private static NarrativeBinding bind(NarrativeSubject s, CellId... cells) {
        return new NarrativeBinding(s.id(), List.of(cells), List.of(), List.of(), List.of(), List.of());
    }

    static NarrativeVocabulary of(Edition edition) {
        List<NarrativeBinding> b = new ArrayList<>();
        if (edition == Edition.LEGACY_2008) {
            b.add(bind(PROACTIVE, stats("l1")));
            b.add(bind(RECEIVED, stats("l21")));
            b.add(bind(CONCLUDED, stats("l26")));
            b.add(bind(CONCLUDED_AFTER, stats("l26")));
            b.add(bind(REVIEW, stats("l44")));
            b.add(bind(LITIGATION, stats("l48")));
            b.add(bind(ISSUED, stats("l3")));
            b.add(bind(FEE_COLLECTED, stats("l53")));
            b.add(bind(IN_PERSON, stats("l22")));
            b.add(bind(BY_FAX, stats("l23")));
            b.add(bind(ONLINE, stats("l24")));
            b.add(bind(BY_LETTER, stats("l25")));
            // the replies that the 2008 table counts as results (三、（三）2.–4.); 无法提供 has no row of its own there
            b.add(bind(DISCLOSED, stats("l31")));
            b.add(bind(PARTLY_DISCLOSED, stats("l32")));
            b.add(bind(NOT_DISCLOSED, stats("l33")));
            // 四、 and 五、（一）–（三）: upheld, corrected, other; no row of cases pending
            for (int k = 0; k < LEGACY_RESULT_ROWS.size(); k++) {
                b.add(bind(REVIEW_RESULTS.get(k), stats(LEGACY_RESULT_ROWS.get(k).get(0))));
                b.add(bind(LITIGATION_RESULTS.get(k), stats(LEGACY_RESULT_ROWS.get(k).get(1))));
            }
        } else {
            // 收到申请12件，其中予以公开8件: the results of the requests concluded, which are those received when none is
            // carried over from the year before or to the next
            b.add(new NarrativeBinding(RECEIVED.id(), List.of(t3("r1")), List.of("含上年结转", "包括上年结转", "含结转"),
                    List.of(t3("r2")), List.of(), List.of("结转"),
                    Optional.of(new NarrativeBinding.StandIn(CONCLUDED_ID, List.of(t3("r2"), t3("r4"))))));
            b.add(bind(CARRIED, t3("r2")));
            b.add(bind(CARRIED_AFTER, t3("r2")));
            b.add(bind(FORWARDED_AFTER, t3("r4")));
            b.add(bind(CONCLUDED, t3("r3_7")));
            b.add(bind(CONCLUDED_AFTER, t3("r3_7")));
            b.add(new NarrativeBinding(REVIEW.id(), List.of(t4("review_total")), List.of(), List.of(),
                    List.of(t4("review_corrected"), t4("review_other"), t4("review_pending")), List.of("结转")));
            b.add(new NarrativeBinding(LITIGATION.id(), List.of(t4("direct_total"), t4("after_review_total")), List.of(),
                    List.of(), List.of(t4("direct_corrected"), t4("direct_other"), t4("direct_pending"),
                            t4("after_review_corrected"), t4("after_review_other"), t4("after_review_pending")),
                    List.of("结转")));
            TableDefinition t3 = Table3.table(edition == Edition.STANDARD_2021);
            b.add(bind(NATURAL_PERSONS, new CellId(Table3.ID, "r1", Table3.NATURAL_PERSON)));
            b.add(new NarrativeBinding(LEGAL_PERSONS.id(), Table3.legalPersonColumns().stream()
                    .map(c -> new CellId(Table3.ID, "r1", c)).toList(), List.of(), List.of(), List.of(), List.of()));
            // the results but （七）总计 (a subtotal the table implies but does not print is compared as the sum of its rows)
            List<RowDefinition> results = t3.row("r3").orElseThrow().children();
            for (int k = 0; k < T3_RESULTS.size(); k++) {
                b.add(bind(T3_RESULTS.get(k), t3(results.get(k).id())));
            }
            for (int k = 0; k < RESULT_IDS.size(); k++) {
                String result = RESULT_IDS.get(k);
                b.add(bind(REVIEW_RESULTS.get(k), t4("review_" + result)));
                b.add(bind(LITIGATION_RESULTS.get(k), t4("direct_" + result), t4("after_review_" + result)));
            }
            if (edition == Edition.STANDARD_2021) {
                b.add(bind(IN_FORCE, t2("in_force")));
                b.add(bind(ISSUED, t2("issued")));
            } else {
                b.add(bind(ISSUED, t2("new_made")));
            }
        }
        return new NarrativeVocabulary(SUBJECTS, b, STATEMENTS, GRAMMAR, MENTIONS);
    }
}
