package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import io.github.xxgk.validation.internal.narrative.Extractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements, not syllables (FORMATS.md §5): the statements the format asks for, recognised from the
 * phrases of the form definitions in real sentences (平潭综合实验区 2013–2024, the seed) and in sentences
 * made like them.
 */
class NarrativeStatementsTest {

    /** Whether a text makes a statement; {@code fees}: a statement on fees, a nil one, or the subject of a fee figure. */
    private static boolean states(Edition e, String statement, String text) {
        Extractor x = Extractor.of(e.form());
        if (statement.equals("fees")) {
            return x.states(x.statementIndex("fees"), text) || x.states(x.statementIndex("fee_nil"), text)
                    || x.mentions(x.feeNotices, text, 0, text.length()) || x.mentions(x.feeCollected, text, 0, text.length());
        }
        return x.states(x.statementIndex(statement), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fee_nil|2016年我区各级工作部门依申请提供政府信息暂不收费。|true",
        "fees|四、政府信息公开的收费及减免情况|true",
        "fees|2022年，无收取信息处理费情况。|true",
        "fees|本机关未向公众收取政府信息处理相关费用。|true",
        "fees|本年度发出收费通知2件，金额400元。|true",
        "fees|本年度主动公开行政事业性收费信息2条。|false",
        "fees|第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费18651.06|false",
        "fees|持续推进减税降费政策公开，依法收取税费。|false",
        "fees|在行政服务中心窗口都备有统一印制的办事指南免费提供。|false",
        "fee_nil|对申请人免收信息处理费。|true",
        "fee_nil|本年度发出收费通知2件。|false",
        "fee_nil|本机关本年度无收费情况。|true",
        "fee_nil|本年度无行政事业性收费项目调整。|false",
        "topic_platform|（四）信息公开平台建设方面|true",
        "topic_platform|加强政务公开平台载体建设。|true",
        "topic_platform|三是加强新闻媒体和政府网站、政务微博微信等信息公开平台建设。|true",
        "topic_platform|发挥门户网站政务公开第一平台作用。|false",
        "topic_management|（三）政府信息管理方面。规范政府信息发布流程。|true",
        "topic_management|加强政府信息资源管理。|true",
        "topic_oversight|（五）监督保障方面。|true",
        "topic_oversight|强化监督，完善保障。|false",
        "assess_work|坚持把政务公开工作纳入绩效考核体系，完善政务公开考核方式。|true",
        "assess_social|开展社会评议。|true",
        "assess_accountability|对工作不力的严肃问责。|true",
        "assess_accountability|加强信息发布前“三审三校”。|false",
        // headings and sentences worded otherwise than the format (made like those of county and township reports)
        "topic_management|（三）信息管理|true",
        "topic_platform|（四）政府网站建设|true",
        "topic_oversight|（五）教育培训和监督考核|true",
        "topic_oversight|（五）组织保障和监督考核|true",
        "assess_work|政务公开工作纳入绩效考评。|true",
        "assess_social|开展群众满意度测评。|true",
        "assess_social|邀请群众代表评价政务公开工作。|true",
        "assess_social|组织第三方评估。|true",
        "fee_nil|本年度未产生信息处理费。|true",
        "fee_nil|本年度没有产生任何费用。|true",
        "fee_nil|本年度信息处理费为0。|true",
        "fee_nil|本年度信息处理费为0.5万元。|false",
        "fee_nil|（四）政府信息公开专项经费为0.5万元。|false",
        "fee_nil|（四）政府信息公开专项经费为0。|false",
        // section 六 as township and department reports word a nil fee statement
        "fee_nil|本年度未向申请人收费。|true",
        "fee_nil|本年度不存在收费情况。|true",
        "fee_nil|本年度收费金额为0。|true",
        "fee_nil|本年度政府信息公开收费情况：无。|true",
        "fee_nil|本年度收费金额为0.5万元。|false",
        "fee_nil|本年度行政事业性收费情况：无。|false",
        "fee_nil|本年度未向社会公开行政事业性收费标准调整。|false",
        // section 五's measures worded otherwise than 改进措施
        "measures|2024年，我局将持续优化公开内容。|true",
        "measures|下步工作中，将对标对表，抓好整改。|true",
        "measures|今后将定期组织业务培训。|true",
        "measures|存在以下短板：公开质量不高。|false",
        // section 五's problems named by what is wrong, without 问题 or 不足
        "problems|政策解读形式较为单一，信息更新较慢。|true",
        "problems|公开内容还不全面，公开质量不高。|true",
        "problems|个别栏目信息更新滞后。|true",
        "problems|工作人员业务水平参差不齐。|true",
        "problems|下一步将丰富解读形式。|false"})
    void statementsInRealSentences(String statement, String text, boolean stated) {
        Edition e = statement.startsWith("topic") || statement.startsWith("assess") ? Edition.STANDARD_2021
                : statement.equals("fees") && text.contains("收费及减免") ? Edition.LEGACY_2008 : Edition.STANDARD_2021;
        assertThat(states(e, statement, text)).as(statement + " in " + text).isEqualTo(stated);
    }
}
