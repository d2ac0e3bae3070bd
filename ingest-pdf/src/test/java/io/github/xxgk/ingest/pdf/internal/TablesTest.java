package io.github.xxgk.ingest.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables from ruling lines and characters from their positions, without a PDF. */
class TablesTest {

    private static final double SIZE = 9;

    /** Characters of a text from x on a baseline, each as wide as its kind is. */
    static List<Glyph> text(String s, double x, double baseline) {
        List<Glyph> out = new ArrayList<>();
        double cx = x;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            double w = c < 0x2e80 ? SIZE / 2 : SIZE;
            out.add(new Glyph(String.valueOf(c), cx, baseline - SIZE, cx + w, baseline, SIZE));
            cx += w;
        }
        return out;
    }

    static Segment h(double y, double x0, double x1) {
        return new Segment(true, y, x0, x1);
    }

    static Segment v(double x, double y0, double y1) {
        return new Segment(false, x, y0, y1);
    }

    private static List<String> texts(List<SourceDocument.Cell> row) {
        return row.stream().map(SourceDocument.Cell::text).toList();
    }

    @Test
    void figuresInColumnsOfTheirOwnAreToldApartWhereALineIsMissing() {
        // two rows, three columns; in the second row the line between the last two columns is missing
        List<Segment> lines = List.of(h(100, 0, 300), h(120, 0, 300), h(140, 0, 300), v(0, 100, 140), v(100, 100, 140),
                v(200, 100, 120), v(300, 100, 140));
        List<Tables.Found> found = Tables.find(1, lines);
        assertThat(found).hasSize(1);
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(text("行政许可", 4, 113));
        glyphs.addAll(text("12", 140, 113));
        glyphs.addAll(text("7", 250, 113));
        glyphs.addAll(text("行政处罚", 4, 133));
        glyphs.addAll(text("3", 140, 133));
        glyphs.addAll(text("45", 250, 133));
        SourceDocument.Grid grid = Tables.grid(0, found, List.of(glyphs), new ArrayList<>());
        assertThat(texts(grid.rows().get(0))).containsExactly("行政许可", "12", "7");
        assertThat(texts(grid.rows().get(1))).containsExactly("行政处罚", "3", "45");
        SourceLocation.PageBox last = (SourceLocation.PageBox) grid.rows().get(1).get(2).at().orElseThrow();
        assertThat(last.left()).isEqualTo(200);
        assertThat(last.right()).isEqualTo(300);
    }

    @Test
    void oneFigureCentredInAMergedCellStaysOne() {
        List<Segment> lines = List.of(h(100, 0, 300), h(120, 0, 300), h(140, 0, 300), v(0, 100, 140), v(100, 100, 140),
                v(200, 100, 120), v(300, 100, 140));
        List<Glyph> glyphs = new ArrayList<>(text("行政许可", 4, 133));
        glyphs.addAll(text("5500", 191, 133)); // across the boundary at 200
        SourceDocument.Grid grid = Tables.grid(0, Tables.find(1, lines), List.of(glyphs), new ArrayList<>());
        assertThat(texts(grid.rows().get(1))).containsExactly("行政许可", "5500");
        assertThat(grid.rows().get(1).get(1).colspan()).isEqualTo(2);
    }

    @Test
    void aVerticalHeaderAndWrappedLabelsAreJoined() {
        // a narrow first column spanning two rows, a label wrapped over two lines
        List<Segment> lines = List.of(h(100, 0, 200), h(160, 20, 200), h(220, 0, 200), v(0, 100, 220), v(20, 100, 220),
                v(150, 100, 220), v(200, 100, 220));
        List<Glyph> glyphs = new ArrayList<>();
        String header = "三、本年度办理结果";
        for (int i = 0; i < header.length(); i++) {
            glyphs.addAll(text(header.substring(i, i + 1), 5, 112 + i * 11.5));
        }
        glyphs.addAll(text("（二）部分公开（区分处", 22, 120));
        glyphs.addAll(text("理的）", 22, 132));
        glyphs.addAll(text("4", 170, 126));
        glyphs.addAll(text("（三）不予公开", 22, 190));
        glyphs.addAll(text("0", 170, 190));
        SourceDocument.Grid grid = Tables.grid(0, Tables.find(1, lines), List.of(glyphs), new ArrayList<>());
        assertThat(texts(grid.rows().get(0))).containsExactly("三、本年度办理结果", "（二）部分公开（区分处理的）", "4");
        assertThat(grid.rows().get(0).get(0).rowspan()).isEqualTo(2);
        assertThat(texts(grid.rows().get(1))).containsExactly("（三）不予公开", "0");
    }

    @Test
    void theLastRowOfAPartLeftOpenIsKeptAndPartsShareTheirColumns() {
        // page 1: the bottom line is not drawn (the table goes on); page 2: a column line only there
        Tables.Found first = Tables.find(1, List.of(h(700, 0, 300), h(720, 0, 300), v(0, 700, 740), v(100, 700, 740),
                v(300, 700, 740))).get(0);
        Tables.Found second = Tables.find(2, List.of(h(72, 0, 300), h(92, 0, 300), v(0, 72, 92), v(100, 72, 92),
                v(200, 72, 92), v(300, 72, 92))).get(0);
        List<Glyph> one = new ArrayList<>(text("规章", 4, 713));
        one.addAll(text("1", 150, 713));
        one.addAll(text("规范性文件", 4, 733));
        one.addAll(text("2", 150, 733));
        List<Glyph> two = new ArrayList<>(text("行政许可", 4, 85));
        two.addAll(text("3", 150, 85));
        two.addAll(text("4", 250, 85));
        SourceDocument.Grid grid = Tables.grid(0, List.of(first, second), List.of(one, two), new ArrayList<>());
        assertThat(grid.rows()).hasSize(3);
        assertThat(texts(grid.rows().get(1))).containsExactly("规范性文件", "2");
        assertThat(grid.rows().get(1).get(1).colspan()).isEqualTo(2);
        assertThat(texts(grid.rows().get(2))).containsExactly("行政许可", "3", "4");
        assertThat(((SourceLocation.PageBox) grid.rows().get(2).get(0).at().orElseThrow()).page()).isEqualTo(2);
    }

    /** A ruled table of four columns (0, 100, 150, 200, 250) with rows between the given lines. */
    private static Tables.Found ruled(int page, double... ys) {
        List<Segment> lines = new ArrayList<>();
        for (double y : ys) {
            lines.add(h(y, 0, 250));
        }
        for (double x : new double[] {0, 100, 150, 200, 250}) {
            lines.add(v(x, ys[0], ys[ys.length - 1]));
        }
        return Tables.find(page, lines).get(0);
    }

    /** The texts of one row of a ruled table, one a column from x = 0, on a baseline. */
    private static List<Glyph> row(double baseline, String... cells) {
        List<Glyph> out = new ArrayList<>();
        double[] xs = {4, 104, 154, 204};
        for (int i = 0; i < cells.length; i++) {
            out.addAll(text(cells[i], xs[i], baseline));
        }
        return out;
    }

    @Test
    void aRowBrokenOverThePageBreakIsOneRow() {
        // Word lets a row break over a page: its label's first line on page 1 with the figures, the rest of
        // the label on page 2, under the header printed again
        Tables.Found first = ruled(1, 700, 720, 760);
        Tables.Found second = ruled(2, 72, 92, 112, 132);
        List<Glyph> one = new ArrayList<>(row(713, "统计指标", "单位", "本年", "累计"));
        one.addAll(row(753, "对申请", "条", "12", "30"));
        List<Glyph> two = new ArrayList<>(row(85, "统计指标", "单位", "本年", "累计"));
        two.addAll(row(105, "的答复总数"));
        two.addAll(row(125, "行政复议数", "件", "3", "5"));
        List<Layout.Furniture> furniture = new ArrayList<>();
        SourceDocument.Grid grid = Tables.grid(0, List.of(first, second), List.of(one, two), furniture);
        // the header printed again is the header read already
        assertThat(grid.rows()).extracting(TablesTest::texts).containsExactly(List.of("统计指标", "单位", "本年", "累计"),
                List.of("对申请的答复总数", "条", "12", "30"), List.of("行政复议数", "件", "3", "5"));
        // and is listed as left out, where page 2 printed it
        assertThat(furniture).extracting(Layout.Furniture::text).containsExactly("统计指标 单位 本年 累计");
        assertThat(((SourceLocation.PageBox) furniture.get(0).location()).page()).isEqualTo(2);
        // the joined label is where the row begins
        assertThat(((SourceLocation.PageBox) grid.rows().get(1).get(0).at().orElseThrow()).page()).isEqualTo(1);
    }

    @Test
    void theHeaderPrintedAgainOnTheNextPageIsTheHeaderReadAlready() {
        // 表二 whose first rows (a block's header) Word repeats on the next page: the rows there are not
        // that block's
        Tables.Found first = ruled(1, 700, 720, 740, 760);
        Tables.Found second = ruled(2, 72, 92, 112, 132);
        List<Glyph> one = new ArrayList<>(row(713, "第二十条第（一）项"));
        one.addAll(row(733, "信息内容", "制发", "废止", "有效"));
        one.addAll(row(753, "规章", "1", "2", "3"));
        List<Glyph> two = new ArrayList<>(row(85, "第二十条第（一）项"));
        two.addAll(row(105, "信息内容", "制发", "废止", "有效"));
        // the next block's header, figures blank below the last row's: a row of its own, as numbered
        two.addAll(row(125, "第二十条第（五）项"));
        List<Layout.Furniture> furniture = new ArrayList<>();
        SourceDocument.Grid grid = Tables.grid(0, List.of(first, second), List.of(one, two), furniture);
        assertThat(grid.rows()).extracting(r -> texts(r).get(0)).containsExactly("第二十条第（一）项", "信息内容", "规章",
                "第二十条第（五）项");
        // the two rows printed again are listed as left out, not dropped
        assertThat(furniture).extracting(Layout.Furniture::text).containsExactly("第二十条第（一）项", "信息内容 制发 废止 有效");
    }

    @Test
    void aRowOfItsOwnAtTheTopOfAPageIsNoBrokenRow() {
        Tables.Found first = ruled(1, 700, 720, 760);
        Tables.Found second = ruled(2, 72, 92, 112);
        List<Glyph> one = new ArrayList<>(row(713, "统计指标", "单位", "本年", "累计"));
        one.addAll(row(753, "行政复议数", "件", "3", "5"));
        // a row left blank, but numbered as a row of its own
        List<Glyph> numbered = new ArrayList<>(row(85, "（二）行政诉讼数"));
        numbered.addAll(row(105, "其他", "件", "1", "2"));
        assertThat(Tables.grid(0, List.of(first, second), List.of(one, numbered), new ArrayList<>()).rows()).extracting(TablesTest::texts)
                .containsExactly(List.of("统计指标", "单位", "本年", "累计"), List.of("行政复议数", "件", "3", "5"),
                        List.of("（二）行政诉讼数", "", "", ""), List.of("其他", "件", "1", "2"));
        // a row with a figure of its own
        List<Glyph> figures = new ArrayList<>(row(85, "行政诉讼数", "", "4"));
        figures.addAll(row(105, "其他", "件", "1", "2"));
        assertThat(Tables.grid(0, List.of(first, second), List.of(one, figures), new ArrayList<>()).rows()).hasSize(4);
        // the first part's last row holds no figure (a header row broken over the page): left as printed
        List<Glyph> head = new ArrayList<>(row(713, "统计指标", "单位", "本年", "累计"));
        head.addAll(row(753, "其中：", "单位"));
        List<Glyph> rest = new ArrayList<>(row(85, "主动公开"));
        rest.addAll(row(105, "其他", "件", "1", "2"));
        assertThat(Tables.grid(0, List.of(first, second), List.of(head, rest), new ArrayList<>()).rows()).hasSize(4);
    }

    /** A table of four columns whose first column's cells span two rows, between y0 and y0 + 40. */
    private static Tables.Found grouped(int page, double y0) {
        return Tables.find(page, List.of(h(y0, 0, 250), h(y0 + 20, 100, 250), h(y0 + 40, 0, 250), v(0, y0, y0 + 40),
                v(100, y0, y0 + 40), v(150, y0, y0 + 40), v(200, y0, y0 + 40), v(250, y0, y0 + 40))).get(0);
    }

    @Test
    void aMergedCellBrokenOverThePageBreakIsOneCell() {
        // 表三's vertical header spans rows on both pages, its text broken over the break
        List<Glyph> one = new ArrayList<>(row(713, "三、本年", "公开", "5", "6"));
        one.addAll(row(733, "", "部分", "7", "8"));
        List<Glyph> two = new ArrayList<>(row(85, "度办理结果", "不予", "1", "2"));
        two.addAll(row(105, "", "无法", "3", "4"));
        SourceDocument.Grid grid = Tables.grid(0, List.of(grouped(1, 700), grouped(2, 72)), List.of(one, two), new ArrayList<>());
        assertThat(grid.rows()).extracting(TablesTest::texts).containsExactly(List.of("三、本年度办理结果", "公开", "5", "6"),
                List.of("部分", "7", "8"), List.of("不予", "1", "2"), List.of("无法", "3", "4"));
        assertThat(grid.rows().get(0).get(0).rowspan()).isEqualTo(4);
    }

    @Test
    void aRowBrokenOverThePageBreakInsideAMergedCellIsOneRowInsideOneCell() {
        // the last row of page 1 breaks, and the group label spanning it breaks with it
        List<Glyph> one = new ArrayList<>(row(713, "（六）其他", "1.逾期", "5", "6"));
        one.addAll(row(733, "", "2.未缴", "7", "8"));
        List<Glyph> two = new ArrayList<>(row(85, "处理", "纳费用"));
        two.addAll(row(105, "", "3.其他", "1", "2"));
        SourceDocument.Grid grid = Tables.grid(0, List.of(grouped(1, 700), grouped(2, 72)), List.of(one, two), new ArrayList<>());
        assertThat(grid.rows()).extracting(TablesTest::texts).containsExactly(List.of("（六）其他处理", "1.逾期", "5", "6"),
                List.of("2.未缴纳费用", "7", "8"), List.of("3.其他", "1", "2"));
        assertThat(grid.rows().get(0).get(0).rowspan()).isEqualTo(3);
    }

    @Test
    void aGroupOfItsOwnAtTheTopOfAPageIsNoBrokenCell() {
        List<Glyph> one = new ArrayList<>(row(713, "（三）不予", "公开", "5", "6"));
        one.addAll(row(733, "", "部分", "7", "8"));
        List<Glyph> two = new ArrayList<>(row(85, "（四）无法", "不予", "1", "2"));
        two.addAll(row(105, "", "无法", "3", "4"));
        SourceDocument.Grid grid = Tables.grid(0, List.of(grouped(1, 700), grouped(2, 72)), List.of(one, two), new ArrayList<>());
        assertThat(grid.rows()).extracting(TablesTest::texts).containsExactly(List.of("（三）不予", "公开", "5", "6"),
                List.of("部分", "7", "8"), List.of("（四）无法", "不予", "1", "2"), List.of("无法", "3", "4"));
        assertThat(grid.rows().get(0).get(0).rowspan()).isEqualTo(2);
        assertThat(grid.rows().get(2).get(0).rowspan()).isEqualTo(2);
    }

    @Test
    void aTableRuledWithHorizontalLinesOnlyTakesItsColumnsFromThePiecesOfTheLines() {
        // a page printed from a browser, cells with top and bottom borders only: each line drawn as one
        // piece a column (0, 100, 150, 200, 250), no vertical line
        List<Segment> lines = new ArrayList<>();
        for (double y : new double[] {100, 120, 140, 160}) {
            double[] xs = {0, 100, 150, 200, 250};
            for (int i = 0; i + 1 < xs.length; i++) {
                lines.add(h(y, xs[i], xs[i + 1]));
            }
        }
        List<Glyph> glyphs = new ArrayList<>(text("信息内容", 4, 114));
        glyphs.addAll(text("本年处理决定数量", 139, 114)); // across two column boundaries
        glyphs.addAll(text("行政许可", 4, 134));
        glyphs.addAll(text("4529", 166, 134)); // centred over the three columns, inside the middle one
        glyphs.addAll(text("行政处罚", 4, 154));
        glyphs.addAll(text("12", 120.5, 154));
        glyphs.addAll(text("3", 172.75, 154));
        glyphs.addAll(text("45", 220.5, 154));
        List<Segment> all = new ArrayList<>(lines);
        all.addAll(Tables.unruledColumns(lines, glyphs));
        List<Tables.Found> found = Tables.find(1, all);
        assertThat(found).hasSize(1);
        SourceDocument.Grid grid = Tables.grid(0, found, List.of(glyphs), new ArrayList<>());
        assertThat(grid.rows()).extracting(TablesTest::texts).containsExactly(List.of("信息内容", "本年处理决定数量"),
                List.of("行政许可", "4529"), List.of("行政处罚", "12", "3", "45"));
        assertThat(grid.rows().get(0).get(1).colspan()).isEqualTo(3);
        assertThat(grid.rows().get(1).get(1).colspan()).isEqualTo(3);
    }

    @Test
    void horizontalLinesWithoutPiecesGiveNoTable() {
        // lines drawn whole (a rule under a title, a table's rows without any column to be told): no
        // table is guessed from the text
        List<Segment> lines = List.of(h(100, 0, 250), h(120, 0, 250), h(140, 0, 250));
        List<Glyph> glyphs = new ArrayList<>(text("行政许可", 4, 114));
        glyphs.addAll(text("12", 150, 114));
        assertThat(Tables.unruledColumns(lines, glyphs)).isEmpty();
        // nor where a vertical line touches them (a ruled table)
        List<Segment> ruled = new ArrayList<>(List.of(h(100, 0, 100), h(100, 100, 250), h(120, 0, 100), h(120, 100, 250),
                h(140, 0, 100), h(140, 100, 250), v(0, 100, 140), v(250, 100, 140)));
        assertThat(Tables.unruledColumns(ruled, glyphs)).isEmpty();
    }

    @Test
    void linesPutSpacesBetweenLatinWordsOnlyAndJoinWrappedNumbers() {
        List<Glyph> glyphs = new ArrayList<>(text("电话", 0, 20));
        glyphs.addAll(text("0517", 20, 20));
        glyphs.addAll(text("hello", 50, 20));
        glyphs.addAll(text("world", 80, 20));
        assertThat(Lines.of(glyphs)).extracting(Lines.Line::text).containsExactly("电话0517 hello world");
        assertThat(Lines.joinLines(List.of("公开信息11", "36条，共计"))).isEqualTo("公开信息1136条，共计");
        assertThat(Lines.joinLines(List.of("see the", "report"))).isEqualTo("see the report");
    }
}
