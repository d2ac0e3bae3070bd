package io.github.xxgk.validation.internal;

import static io.github.xxgk.core.form.Severity.ERROR;
import static io.github.xxgk.core.form.Severity.INFO;
import static io.github.xxgk.core.form.Severity.WARNING;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.RuleDescriptor;
import io.github.xxgk.validation.RuleDescriptor.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule catalogue: the rules declared here once each (id, severities, basis, editions, status), and
 * the relation rules derived from the form definitions. Descriptions come from the message bundles
 * ({@code rule.<id>}). Not API.
 */
public final class Rules {

    private Rules() {
    }

    private static final Set<Edition> ALL = EnumSet.allOf(Edition.class);
    private static final Set<Edition> LEGACY = EnumSet.of(Edition.LEGACY_2008);
    private static final Set<Edition> FORMATS = EnumSet.of(Edition.TRIAL_2019, Edition.STANDARD_2021);
    private static final Set<Edition> TRIAL = EnumSet.of(Edition.TRIAL_2019);
    private static final Set<Edition> STANDARD = EnumSet.of(Edition.STANDARD_2021);

    private static final String R08 = "《政府信息公开条例》（2008）";
    private static final String R19 = "《政府信息公开条例》（2019）";
    private static final Label ART49 = l(R19 + "第四十九条", "OGI Regulations (2019) Art. 49");
    private static final Label ART50 = l(R19 + "第五十条", "OGI Regulations (2019) Art. 50");
    private static final Label F19 = l("国办公开办函〔2019〕60号", "Letter GOV-OGI [2019] No. 60");
    private static final Label F21 = l("国办公开办函〔2021〕30号", "Letter GOV-OGI [2021] No. 30");
    private static final Label FORMATS_BOTH = l("国办公开办函〔2019〕60号、〔2021〕30号", "Letters GOV-OGI [2019] No. 60, [2021] No. 30");
    private static final Label READING = l("读取已发布的报告（网页、文本）", "reading a published report (web page, text)");
    private static final Label TABLE_SEMANTICS = l("统计表格式（单元格类型）", "table format (cell types)");

    private static Label l(String zh, String en) {
        return new Label(zh, en);
    }

    private record Declared(String id, List<Severity> severities, Label basis, Set<Edition> editions, Status status) {
    }

    private static final List<Declared> DECLARED = List.of(
            d("META-YEAR", ALL, Status.CHECKED, l(R19 + "第四十九条“上一年度”", "OGI Regulations (2019) Art. 49, “previous year”"), WARNING),
            d("META-TITLE", ALL, Status.CHECKED, l(R19 + "第四十九条“上一年度”", "OGI Regulations (2019) Art. 49, “previous year”"), INFO),
            d("META-FORMAT", ALL, Status.CHECKED, FORMATS_BOTH, WARNING),
            d("META-AGENCY-TYPE", ALL, Status.CHECKED, ART49, INFO),
            d("META-PREVIOUS", ALL, Status.CHECKED, l("跨年度核对的输入", "input of the cross-year checks"), WARNING, INFO),
            d("PUB-DATE-UNKNOWN", ALL, Status.CHECKED, ART49, INFO),
            d("PUB-DEADLINE-08", LEGACY, Status.CHECKED, l(R08 + "第三十一条", "OGI Regulations (2008) Art. 31"), ERROR),
            d("PUB-DEADLINE-DEPT", FORMATS, Status.CHECKED, l(R19 + "第四十九条第一款", "OGI Regulations (2019) Art. 49 para. 1"), ERROR),
            d("PUB-DEADLINE-GOV", FORMATS, Status.CHECKED, l(R19 + "第四十九条第二款", "OGI Regulations (2019) Art. 49 para. 2"), ERROR),
            d("PUB-DEADLINE-OTHER", FORMATS, Status.CHECKED, l("各省（区、市）规定（条例未作规定）", "provincial rules (not fixed by the Regulations)"), WARNING),
            d("PUB-DEADLINE-2019Y", TRIAL, Status.CHECKED, l(R19 + "第四十九条第一款；国办公开办函〔2019〕60号", "OGI Regulations (2019) Art. 49 para. 1; Letter GOV-OGI [2019] No. 60"), INFO),
            d("NUM-INT", ALL, Status.ENFORCED_BY_MODEL, TABLE_SEMANTICS, ERROR),
            d("NUM-SIGNED", TRIAL, Status.ENFORCED_BY_MODEL, F19, ERROR),
            d("NUM-MONEY", ALL, Status.CHECKED, l("表二 第（八）项表头；统计表第七、八项", "Table 2 item (8) header; legacy rows 7 and 8"), ERROR, INFO),
            // the 2019 tables have no money column with a printed unit (采购总金额 is written with its own)
            d("NUM-UNIT-INLINE", EnumSet.of(Edition.LEGACY_2008, Edition.STANDARD_2021), Status.CHECKED, TABLE_SEMANTICS, WARNING),
            d("CELL-BLANK", FORMATS, Status.CHECKED, FORMATS_BOTH, WARNING, INFO),
            d("SEC-PRESENT", FORMATS, Status.CHECKED, l(R19 + "第五十条；年度报告格式", "OGI Regulations (2019) Art. 50; report format"), ERROR, WARNING),
            d("SEC-TABLES", FORMATS, Status.CHECKED, FORMATS_BOTH, ERROR),
            d("SEC1-TOPICS", FORMATS, Status.CHECKED, l("国办公开办函〔2021〕30号（一）", "Letter GOV-OGI [2021] No. 30, (1)"), WARNING, INFO),
            d("SEC-GOV-ASSESS", FORMATS, Status.CHECKED, l(R19 + "第五十条第（四）项", "OGI Regulations (2019) Art. 50 (4)"), WARNING),
            d("SEC5-CONTENT", FORMATS, Status.CHECKED, l(R19 + "第五十条第（四）项", "OGI Regulations (2019) Art. 50 (4)"), WARNING),
            d("SEC6-FEE", STANDARD, Status.CHECKED, l("国办公开办函〔2021〕30号（六）；《政府信息公开信息处理费管理办法》", "Letter GOV-OGI [2021] No. 30, (6); fee measures"), WARNING),
            d("SEC6-OTHER", STANDARD, Status.CHECKED, l("国办公开办函〔2021〕30号（六）", "Letter GOV-OGI [2021] No. 30, (6)"), INFO),
            d("SEC-EMPTY", ALL, Status.CHECKED, l(R19 + "第五十条（不能遗漏，也不宜泛化）", "OGI Regulations (2019) Art. 50 (nothing omitted)"), WARNING),
            d("SEC-NUMBERING", ALL, Status.CHECKED, l("公文标题层次序数", "numbering of headings in official documents"), INFO),
            d("LEG-SEC", LEGACY, Status.CHECKED, l(R08 + "第三十二条", "OGI Regulations (2008) Art. 32"), WARNING),
            d("LEG-FEE-TEXT", LEGACY, Status.CHECKED, l(R08 + "第三十二条第（三）项", "OGI Regulations (2008) Art. 32 (3)"), WARNING),
            d("LEG-EXTRA", LEGACY, Status.CHECKED, l("国办发〔2014〕32号 统计表（地方扩展指标）", "State Council General Office [2014] No. 32 (local indicators)"), INFO),
            d("FEE-LEGACY", LEGACY, Status.CHECKED, l(R08 + "第三十二条第（三）项；统计表第七项", "OGI Regulations (2008) Art. 32 (3); legacy row 7"), WARNING),
            d("FEE-REPORT", STANDARD, Status.CHECKED, l("国办公开办函〔2021〕30号（六）", "Letter GOV-OGI [2021] No. 30, (6)"), WARNING),
            d("FEE-COLLECTED-LE-NOTIFIED", STANDARD, Status.CHECKED, l("《政府信息公开信息处理费管理办法》", "measures on information processing fees"), WARNING),
            d("FEE-UNIT", STANDARD, Status.CHECKED, l("实践中以“元”报告信息处理费", "practice: fees reported in yuan"), INFO),
            d("FEE-PIECE-CALC", STANDARD, Status.CALCULATOR, l("《政府信息公开信息处理费管理办法》第四条", "fee measures Art. 4"), INFO),
            d("FEE-VOLUME-CALC", STANDARD, Status.CALCULATOR, l("《政府信息公开信息处理费管理办法》第五条", "fee measures Art. 5"), INFO),
            d("T2-SHAPE-21", STANDARD, Status.CHECKED, F21, ERROR),
            d("T2-SHAPE-19", TRIAL, Status.CHECKED, F19, ERROR),
            d("T2-TYPES-21", STANDARD, Status.ENFORCED_BY_MODEL, F21, ERROR),
            d("T2-RULES-AUTH", FORMATS, Status.CHECKED, l("《立法法》（规章制定权）", "Legislation Law (power to make rules)"), INFO),
            d("T2-FEE-UNIT", STANDARD, Status.CHECKED, F21, WARNING),
            d("T2-PROC-19", TRIAL, Status.ENFORCED_BY_MODEL, F19, WARNING),
            d("T3-SHAPE", FORMATS, Status.CHECKED, FORMATS_BOTH, ERROR),
            d("T3-INT", FORMATS, Status.ENFORCED_BY_MODEL, FORMATS_BOTH, ERROR),
            d("T3-CARRY-2019", TRIAL, Status.CHECKED, l("2008年统计表无结转行", "the legacy table has no carry-over row"), INFO),
            d("T3-CARRY-PLAUS", FORMATS, Status.CHECKED, l(R19 + "第三十三条", "OGI Regulations (2019) Art. 33"), INFO),
            d("T3-FEE-LINK", STANDARD, Status.CHECKED, F21, WARNING),
            d("T3-TEXT-LINK", FORMATS, Status.CHECKED, F21, WARNING),
            d("T4-SHAPE", FORMATS, Status.CHECKED, FORMATS_BOTH, ERROR),
            d("T4-INT", FORMATS, Status.ENFORCED_BY_MODEL, FORMATS_BOTH, ERROR),
            d("T4-TEXT-LINK", FORMATS, Status.CHECKED, F21, WARNING),
            d("TXT-TABLE-CONSISTENCY", ALL, Status.CHECKED, l("国办公开办函〔2021〕30号“明确责任”（内容不准确）", "Letter GOV-OGI [2021] No. 30, responsibility (inaccurate content)"), WARNING, INFO),
            d("TXT-LIST-SUM", ALL, Status.CHECKED, l("年度报告内容的内在一致", "internal consistency of the report's text"), WARNING),
            d("TXT-DUPLICATE", ALL, Status.CHECKED, l("国办公开办函〔2021〕30号“内容雷同”", "Letter GOV-OGI [2021] No. 30, identical content"), WARNING),
            d("ACCESS-MACHINE-READABLE", ALL, Status.READING, l("年度报告应可核对", "the report must be checkable"), INFO),
            // reading notes: what the reader of published pages met; reported by the ingest module
            d("READ-TABLE-MISSING", ALL, Status.READING, READING, WARNING),
            d("READ-TABLE-IMAGE", ALL, Status.READING, READING, INFO),
            d("READ-ROW-UNKNOWN", ALL, Status.READING, READING, INFO),
            d("READ-COLUMN-UNKNOWN", ALL, Status.READING, READING, WARNING),
            d("READ-VALUE-TEXT", ALL, Status.READING, READING, WARNING),
            d("READ-SPLIT", ALL, Status.READING, READING, INFO),
            d("READ-SPLIT-AMBIGUOUS", ALL, Status.READING, READING, WARNING),
            d("READ-HEADING-UNKNOWN", ALL, Status.READING, READING, INFO),
            d("READ-METADATA-INFERRED", ALL, Status.READING, READING, INFO),
            d("READ-CHARSET", ALL, Status.READING, READING, INFO));

    private static Declared d(String id, Set<Edition> editions, Status status, Label basis, Severity... severities) {
        return new Declared(id, List.of(severities), basis, editions, status);
    }

    private static final Map<String, RuleDescriptor> CATALOGUE = build();

    private static Map<String, RuleDescriptor> build() {
        Map<String, RuleDescriptor> out = new LinkedHashMap<>();
        for (Declared d : DECLARED) {
            out.put(d.id(), new RuleDescriptor(d.id(), d.severities(), d.basis(), description(d.id()), d.editions(), d.status()));
        }
        Map<String, List<Relation>> byId = new LinkedHashMap<>();
        Map<String, Set<Edition>> editions = new LinkedHashMap<>();
        for (Edition e : Edition.values()) {
            for (Relation r : e.form().relations()) {
                byId.computeIfAbsent(r.ruleId(), k -> new ArrayList<>()).add(r);
                editions.computeIfAbsent(r.ruleId(), k -> EnumSet.noneOf(Edition.class)).add(e);
            }
        }
        byId.forEach((id, rels) -> {
            if (out.containsKey(id)) {
                throw new IllegalStateException("rule " + id + " is declared twice");
            }
            List<Severity> severities = rels.stream().map(Relation::severity).distinct().sorted().toList();
            out.put(id, new RuleDescriptor(id, severities, rels.get(0).basis(), description(id), editions.get(id), Status.RELATION));
        });
        List<RuleDescriptor> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing(RuleDescriptor::id));
        Map<String, RuleDescriptor> result = new LinkedHashMap<>();
        sorted.forEach(r -> result.put(r.id(), r));
        return java.util.Collections.unmodifiableMap(result);
    }

    /** Every rule, by id. */
    public static Map<String, RuleDescriptor> catalogue() {
        return CATALOGUE;
    }

    /** What a rule checks, in both languages. */
    public static Label description(String id) {
        return Messages.label("rule." + id);
    }

    /** The basis of a declared rule. */
    public static Label basis(String id) {
        RuleDescriptor r = CATALOGUE.get(id);
        if (r == null) {
            throw new IllegalStateException("undeclared rule " + id);
        }
        return r.basis();
    }
}
