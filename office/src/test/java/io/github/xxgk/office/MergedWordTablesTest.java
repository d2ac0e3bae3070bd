package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document as an office writes its report by hand (built here with POI): headings as bold body
 * paragraphs (no heading styles), 表三 with its label cells merged vertically ({@code vMerge}) and across
 * ({@code gridSpan}), the vertical 三、本年度办理结果 one character a paragraph, the three header rows marked
 * to repeat on every page ({@code tblHeader}), and the table continued over a page in one of three ways.
 * The expected figures are those the document prints.
 */
class MergedWordTablesTest {

    /** How 表三 goes on over the page break. */
    enum Continued {
        /** One table; Word repeats the header rows on the new page by itself (nothing in the file). */
        ONE_TABLE,
        /**
         * Split into two tables (the office pressed 拆分表格 and typed the header rows again): the second
         * part's first column merged on ({@code vMerge} continue) from the row above, which is now the
         * typed header's note over three columns. The note was grown down over the rows and took their
         * labels (every row of the second part unknown, its figures text).
         */
        SPLIT_HEADER_REPEATED,
        /** Split into two tables, the second with no header and its first column's cell restarted empty. */
        SPLIT_NO_HEADER
    }

    private static final String[][] ROWS = {
        {"r1", "一、本年新收政府信息公开申请数量", "310", "42", "3", "2", "6", "7", "370"},
        {"r2", "二、上年结转政府信息公开申请数量", "12", "3", "0", "0", "0", "1", "16"},
        {"r3_1", "（一）予以公开", "120", "15", "1", "1", "2", "3", "142"},
        {"r3_2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "35", "6", "0", "0", "1", "1", "43"},
        {"r3_3_1", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"},
        {"r3_3_2", "2.其他法律行政法规禁止公开", "2", "0", "0", "0", "0", "0", "2"},
        {"r3_3_3", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"},
        {"r3_3_4", "4.保护第三方合法权益", "4", "2", "0", "0", "0", "0", "6"},
        {"r3_3_5", "5.属于三类内部事务信息", "3", "0", "0", "0", "0", "0", "3"},
        {"r3_3_6", "6.属于四类过程性信息", "6", "1", "0", "0", "0", "0", "7"},
        {"r3_3_7", "7.属于行政执法案卷", "1", "0", "0", "0", "0", "0", "1"},
        {"r3_3_8", "8.属于行政查询事项", "5", "0", "0", "0", "0", "0", "5"},
        {"r3_4_1", "1.本机关不掌握相关政府信息", "80", "9", "1", "1", "2", "1", "94"},
        {"r3_4_2", "2.没有现成信息需要另行制作", "7", "1", "0", "0", "0", "0", "8"},
        {"r3_4_3", "3.补正后申请内容仍不明确", "4", "0", "0", "0", "0", "0", "4"},
        {"r3_5_1", "1.信访举报投诉类申请", "9", "1", "0", "0", "0", "0", "10"},
        {"r3_5_2", "2.重复申请", "8", "2", "0", "0", "0", "0", "10"},
        {"r3_5_3", "3.要求提供公开出版物", "1", "0", "0", "0", "0", "0", "1"},
        {"r3_5_4", "4.无正当理由大量反复申请", "2", "0", "0", "0", "0", "0", "2"},
        {"r3_5_5", "5.要求行政机关确认或重新出具已获取信息", "3", "0", "0", "0", "0", "0", "3"},
        {"r3_6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "6", "1", "0", "0", "0", "0", "7"},
        {"r3_6_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "1", "0", "0", "0", "0", "0", "1"},
        {"r3_6_3", "3.其他", "2", "1", "0", "0", "0", "1", "4"},
        {"r3_7", "（七）总计", "300", "39", "2", "2", "5", "6", "354"},
        {"r4", "四、结转下年度继续办理", "22", "6", "1", "0", "1", "2", "32"},
    };

    private static final String[] GROUPS = {"r3_3_1", "（三）不予公开", "r3_4_1", "（四）无法提供", "r3_5_1", "（五）不予处理",
        "r3_6_1", "（六）其他处理"};

    private static final List<String> APPLICANTS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "public_interest_org", "legal_service_org", "other_org", "total");

    private static void para(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    /** A cell's text, one paragraph a line. */
    private static void text(XWPFTableCell c, String... lines) {
        c.removeParagraph(0);
        for (String line : lines) {
            c.addParagraph().createRun().setText(line);
        }
    }

    private static CTTcPr pr(XWPFTableCell c) {
        return c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    }

    private static void span(XWPFTableCell c, int n) {
        pr(c).addNewGridSpan().setVal(BigInteger.valueOf(n));
    }

    private static void restart(XWPFTableCell c) {
        pr(c).addNewVMerge().setVal(STMerge.RESTART);
    }

    private static void goesOn(XWPFTableCell c) {
        pr(c).addNewVMerge(); // no val: continue
    }

    /** A row of the given cells (spec: text, or "" for an empty merged-on cell), each cell configured after. */
    private static List<XWPFTableCell> row(XWPFTable t, int cells) {
        XWPFTableRow tr = t.createRow();
        while (tr.getTableCells().size() > cells) {
            tr.removeCell(tr.getTableCells().size() - 1);
        }
        while (tr.getTableCells().size() < cells) {
            tr.addNewTableCell();
        }
        return tr.getTableCells();
    }

    private static XWPFTable table(XWPFDocument doc) {
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        return t;
    }

    private static void header(XWPFTable t) {
        List<XWPFTableCell> a = row(t, 2);
        text(a.get(0), "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        span(a.get(0), 3);
        restart(a.get(0));
        text(a.get(1), "申请人情况");
        span(a.get(1), 7);
        List<XWPFTableCell> b = row(t, 4);
        text(b.get(0));
        span(b.get(0), 3);
        goesOn(b.get(0));
        text(b.get(1), "自然人");
        restart(b.get(1));
        text(b.get(2), "法人或其他组织");
        span(b.get(2), 5);
        text(b.get(3), "总计");
        restart(b.get(3));
        List<XWPFTableCell> c = row(t, 8);
        text(c.get(0));
        span(c.get(0), 3);
        goesOn(c.get(0));
        text(c.get(1));
        goesOn(c.get(1));
        String[][] lines = {{"商业", "企业"}, {"科研", "机构"}, {"社会公益", "组织"}, {"法律服务", "机构"}, {"其他"}};
        for (int i = 0; i < lines.length; i++) {
            text(c.get(2 + i), lines[i]);
        }
        text(c.get(7));
        goesOn(c.get(7));
        for (XWPFTableRow tr : t.getRows()) {
            tr.getCtRow().addNewTrPr().addNewTblHeader(); // no val: on
        }
    }

    private static void values(List<XWPFTableCell> cells, int from, String[] row) {
        for (int i = 0; i < 7; i++) {
            text(cells.get(from + i), row[2 + i]);
        }
    }

    private static byte[] document(Continued how) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, "某某市交通运输局2023年政府信息公开工作年度报告", true);
            para(doc, "本报告所列数据统计期限为2023年1月1日至2023年12月31日。", false);
            para(doc, "一、总体情况", true);
            para(doc, "全年主动公开政府信息2860条。", false);
            para(doc, "三、收到和处理政府信息公开申请情况", true);
            XWPFTable t = table(doc);
            header(t);
            boolean firstCell = true;
            for (String[] r : ROWS) {
                String id = r[0];
                if (id.equals("r3_4_1") && how != Continued.ONE_TABLE) {
                    para(doc, "", false); // the paragraph Word puts between the two parts
                    t = table(doc);
                    if (how == Continued.SPLIT_HEADER_REPEATED) {
                        header(t);
                    }
                    firstCell = true;
                }
                boolean inResults = id.startsWith("r3_");
                if (!inResults) {
                    List<XWPFTableCell> cells = row(t, 8);
                    text(cells.get(0), r[1]);
                    span(cells.get(0), 3);
                    values(cells, 1, r);
                    continue;
                }
                boolean grouped = id.chars().filter(ch -> ch == '_').count() == 2;
                List<XWPFTableCell> cells = row(t, grouped ? 10 : 9);
                XWPFTableCell vertical = cells.get(0);
                if (id.equals("r3_1") || firstCell && how == Continued.SPLIT_NO_HEADER) {
                    text(vertical, id.equals("r3_1") ? "三、本年度办理结果".split("") : new String[0]);
                    restart(vertical);
                } else {
                    text(vertical);
                    goesOn(vertical);
                }
                firstCell = false;
                if (grouped) {
                    String group = null;
                    for (int g = 0; g < GROUPS.length; g += 2) {
                        if (GROUPS[g].equals(id)) {
                            group = GROUPS[g + 1];
                        }
                    }
                    if (group != null) {
                        text(cells.get(1), group);
                        restart(cells.get(1));
                    } else {
                        text(cells.get(1));
                        goesOn(cells.get(1));
                    }
                    text(cells.get(2), r[1]);
                    values(cells, 3, r);
                } else {
                    text(cells.get(1), r[1]);
                    span(cells.get(1), 2);
                    values(cells, 2, r);
                }
            }
            para(doc, "五、存在的主要问题及改进情况", true);
            para(doc, "存在的问题是解读形式单一。下一步将加强图解解读。", false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Continued.class)
    void aWordTable3WithMergedLabelCellsReadsEveryRowHoweverItGoesOnOverThePage(Continued how) {
        ReadResult r = PublishedReports.read(document(how), ReadOptions.defaults());
        AnnualReport report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(report.title()).isEqualTo("某某市交通运输局2023年政府信息公开工作年度报告");
        assertThat(report.agency().name()).isEqualTo("某某市交通运输局");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("READ-ROW-UNKNOWN", "READ-COLUMN-UNKNOWN",
                "READ-VALUE-TEXT");
        assertThat(report.table("t3").orElseThrow().extraRows()).isEmpty();
        for (String[] row : ROWS) {
            List<Object> expected = Arrays.stream(row, 2, 9).map(v -> (Object) Count.of(Long.parseLong(v))).toList();
            List<Object> actual = new ArrayList<>();
            for (String c : APPLICANTS) {
                actual.add(report.value(new CellId("t3", row[0], c)));
            }
            assertThat(actual).as(row[0] + " " + row[1]).isEqualTo(expected);
        }
        assertThat(report.table("t3").orElseThrow().printedShape()).isEmpty();
        assertThat(ReportValidator.standard().validate(report).findings()).extracting(Finding::ruleId)
                .doesNotContain("T3-SHAPE", "T3-ROWTOTAL", "T3-TOTAL", "T3-BALANCE", "T3-SUM-III", "T3-SUM-IV",
                        "T3-SUM-V", "T3-SUM-VI-21");
    }

    @Test
    void theHeadingsPrintedAsBoldBodyTextAreTheSections() {
        AnnualReport report = PublishedReports.read(document(Continued.ONE_TABLE), ReadOptions.defaults()).report();
        assertThat(report.sections()).extracting(s -> s.form().orElse("?") + " " + s.numbering() + s.title())
                .containsExactly("s1_overview 一、总体情况", "s3_requests 三、收到和处理政府信息公开申请情况",
                        "s5_problems 五、存在的主要问题及改进情况");
        assertThat(report.sections().get(0).paragraphs()).containsExactly("全年主动公开政府信息2860条。");
        assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
    }

    /**
     * Headings numbered by a Word list ({@code w:numPr}): the numbers 一、二、 are made by Word when it shows
     * the document and are not in the text, so the headings read as 总体情况 … : the sections all the same.
     */
    @Test
    void headingsNumberedByAWordListAreTheSections() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, "某某市交通运输局2023年政府信息公开工作年度报告", true);
            para(doc, "本报告所列数据统计期限为2023年1月1日至2023年12月31日。", false);
            String[][] sections = {{"总体情况", "全年主动公开政府信息2860条。"}, {"主动公开政府信息情况", "详见下表。"},
                {"收到和处理政府信息公开申请情况", "本年度未收到申请。"}, {"政府信息公开行政复议、行政诉讼情况", "无。"},
                {"存在的主要问题及改进情况", "存在的问题是解读形式单一。下一步将加强图解解读。"},
                {"其他需要报告的事项", "本年度未收取信息处理费。"}};
            for (String[] s : sections) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(BigInteger.ONE);
                p.setNumILvl(BigInteger.ZERO);
                XWPFRun run = p.createRun();
                run.setBold(true);
                run.setText(s[0]);
                para(doc, s[1], false);
            }
            doc.write(out);
            AnnualReport report = PublishedReports.read(out.toByteArray(), ReadOptions.defaults()).report();
            assertThat(report.sections()).extracting(s -> s.form().orElse("?")).containsExactly("s1_overview",
                    "s2_proactive", "s3_requests", "s4_review", "s5_problems", "s6_other");
            assertThat(report.sections().get(0).paragraphs()).containsExactly("全年主动公开政府信息2860条。");
            assertThat(report.sections().get(5).paragraphs()).containsExactly("本年度未收取信息处理费。");
            assertThat(report.preamble()).containsExactly("本报告所列数据统计期限为2023年1月1日至2023年12月31日。");
        }
    }
}
