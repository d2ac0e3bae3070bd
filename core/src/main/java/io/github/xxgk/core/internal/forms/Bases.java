package io.github.xxgk.core.internal.forms;

import static io.github.xxgk.core.internal.forms.Dsl.l;

import io.github.xxgk.core.form.Label;

/** The legal and format bases the definitions cite, each written once. Not API. */
final class Bases {

    private Bases() {
    }

    static final String REG_2008 = "《政府信息公开条例》（2008）";
    static final String REG_2019 = "《政府信息公开条例》（2019）";
    static final String REG_2008_EN = "OGI Regulations (2008) ";
    static final String REG_2019_EN = "OGI Regulations (2019) ";

    static Label reg2008(String articleZh, String articleEn) {
        return l(REG_2008 + articleZh, REG_2008_EN + articleEn);
    }

    static Label reg2019(String articleZh, String articleEn) {
        return l(REG_2019 + articleZh, REG_2019_EN + articleEn);
    }

    static final Label REG_2008_CONTENT = reg2008("第三十二条", "Art. 32");
    static final Label REG_2019_CONTENT = reg2019("第五十条", "Art. 50");
    static final Label STATS_2014 = l("国办发〔2014〕32号 政府信息公开情况统计表",
            "State Council General Office [2014] No. 32, statistics table");
    static final Label FORMAT_2019 = l("国办公开办函〔2019〕60号 年度报告格式（试行）",
            "Letter GOV-OGI [2019] No. 60, annual report format (trial)");
    static final Label FORMAT_2021 = l("国办公开办函〔2021〕30号 年度报告格式",
            "Letter GOV-OGI [2021] No. 30, annual report format");

    static final Label T3_NOTE = l("表三 本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和",
            "Table 3 note: item I plus item II equals item III plus item IV");
    static final Label T3_COLUMNS = l("表三 “总计”为“申请人情况”各列之和", "Table 3: the Total column is the sum of the applicant columns");
    static final Label T3_GROUPS = l("表三 合并单元格结构（分组小计）", "Table 3 merged-cell structure (group subtotals)");
    static final Label T3_RESULTS = l("表三 “（七）总计”为本年度办理结果之和", "Table 3: (7) total of the results of handling");
    static final Label T3_CARRY = l("表三 “上年结转”与上年“结转下年度继续办理”", "Table 3: carried over from last year's carry-forward");
    static final Label T4_COLUMNS = l("表四 表头结构：总计为四种结果之和", "Table 4 header: total of the four results");
    static final Label T2_SEMANTICS = l("表二 栏目含义", "Table 2 column semantics");
    static final Label LEG_STRUCTURE = l(STATS_2014.zh() + " 表格结构", STATS_2014.en() + ", table structure");
    static final Label LEG_WITHIN = l(STATS_2014.zh() + " “其中”项", STATS_2014.en() + ", “of which” rows");
    static final Label LEG_CUMULATIVE = l("地方统计表“历年累计”栏的含义（评估实践）",
            "meaning of the provincial “cumulative to date” column (evaluators' practice)");
    static final Label LEG_PLAUSIBLE = l(STATS_2014.zh() + " 合理性", STATS_2014.en() + ", plausibility");
}
