package io.github.xxgk.office.internal;

import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.render.internal.TableGrid;
import io.github.xxgk.render.internal.Texts;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an Excel workbook: the sheet {@value #TEXT} (the report's text in order, one line a
 * row with its heading level, and a row naming the sheet of each table where the table stands), one sheet
 * per table in the official layout ({@link TableGrid}, merged cells as merged regions, counts as numbers),
 * and the sheet {@value #CELLS} listing every form cell (id, official name in Chinese and English, value,
 * the value as printed, whether the layout prints it, and the findings about it when given). Not API.
 */
public final class XlsxWriter {

    /** The sheet of the report's text. */
    public static final String TEXT = "正文";
    /** The flat sheet of every cell. */
    public static final String CELLS = "全部单元格";
    /** The header of the text sheet. */
    static final List<String> TEXT_HEAD = List.of("级别 level", "内容 text", "表格 table");
    /** The header of the flat sheet. */
    static final List<String> CELLS_HEAD = List.of("编号 id", "表 table", "名称", "name", "值 value", "印出值 printed value",
            "印出 printed", "检查结果 findings");

    private XlsxWriter() {
    }

    /** The sheet name of each table of a report, in order. */
    static Map<String, String> sheetNames(AnnualReport report) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(List.of(TEXT, CELLS));
        for (StatisticsTable t : report.tables().values()) {
            String name = t.definition().number().zh();
            if (!used.add(name)) {
                name = name + " " + t.id();
                used.add(name);
            }
            out.put(t.id(), name);
        }
        return out;
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param findings findings to list with their cells, if any
     * @param locale the language of their messages
     * @param out where to write
     * @throws IOException when the stream fails
     */
    public static void write(AnnualReport report, Optional<ValidationResult> findings, Locale locale, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle boxed = wb.createCellStyle();
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);
            boxed.setVerticalAlignment(VerticalAlignment.CENTER);
            boxed.setAlignment(HorizontalAlignment.CENTER);
            boxed.setWrapText(true);
            Font font = wb.createFont();
            font.setFontName("宋体");
            font.setFontHeightInPoints((short) 10);
            boxed.setFont(font);
            Map<String, String> names = sheetNames(report);
            Sheet text = wb.createSheet(TEXT);
            header(text, TEXT_HEAD);
            int[] row = {1};
            Texts.title(report).ifPresent(t -> line(text, row, 1, t, ""));
            line(text, row, 0, Texts.byline(report, " · "), "");
            report.preamble().forEach(p -> line(text, row, 0, p, ""));
            Texts.walk(report, new Texts.Parts() {
                @Override
                public void section(int index, Section section) {
                    XlsxWriter.section(text, row, section, 2);
                }

                @Override
                public void table(StatisticsTable table) {
                    line(text, row, -1, table.printedShape().map(s -> s.caption()).orElse(""), names.get(table.id()));
                }

                @Override
                public void closing(String l) {
                    line(text, row, 0, l, "");
                }
            });
            text.setColumnWidth(1, 100 * 256);
            Set<CellDefinition> printed = new HashSet<>();
            for (StatisticsTable t : report.tables().values()) {
                table(wb.createSheet(names.get(t.id())), TableGrid.of(t), boxed, printed);
            }
            cells(wb.createSheet(CELLS), report, printed, findings, locale);
            wb.write(out);
        }
    }

    private static void header(Sheet s, List<String> names) {
        Row r = s.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            r.createCell(i).setCellValue(names.get(i));
        }
        s.createFreezePane(0, 1);
    }

    private static void line(Sheet s, int[] row, int level, String text, String table) {
        Row r = s.createRow(row[0]++);
        if (level >= 0) {
            r.createCell(0).setCellValue(level);
        }
        r.createCell(1).setCellValue(text);
        if (!table.isEmpty()) {
            r.createCell(2).setCellValue(table);
        }
    }

    private static void section(Sheet s, int[] row, Section section, int level) {
        String heading = section.numbering().isEmpty() ? section.title() : section.numbering().strip() + section.title();
        line(s, row, Math.min(level, 6), heading, "");
        section.paragraphs().forEach(p -> line(s, row, 0, p, ""));
        section.subsections().forEach(k -> section(s, row, k, level + 1));
    }

    private static void table(Sheet s, TableGrid.Grid grid, CellStyle style, Set<CellDefinition> printed) {
        int width = grid.width();
        int r = 0;
        // grid columns taken by a cell spanning down from above: rows left
        int[] below = new int[width];
        for (TableGrid.Part part : grid.parts()) {
            List<TableGrid.Row> rows = new java.util.ArrayList<>(part.head());
            rows.addAll(part.body());
            for (TableGrid.Row gr : rows) {
                Row row = s.createRow(r);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellStyle(style);
                }
                int col = 0;
                for (TableGrid.Cell c : gr.cells()) {
                    while (col < width && below[col] > 0) {
                        col++;
                    }
                    if (col >= width) {
                        break;
                    }
                    int span = Math.min(c.colspan(), width - col);
                    Cell cell = row.getCell(col);
                    Optional<CellValue> v = c.value();
                    if (v.isPresent() && (v.get() instanceof Count) && c.text().chars().allMatch(Character::isDigit)
                            && c.text().length() < 16) {
                        cell.setCellValue(Long.parseLong(c.text()));
                    } else {
                        cell.setCellValue(c.text());
                    }
                    c.cell().ifPresent(printed::add);
                    if (span > 1 || c.rowspan() > 1) {
                        s.addMergedRegion(new CellRangeAddress(r, r + c.rowspan() - 1, col, col + span - 1));
                    }
                    for (int k = col; k < col + span; k++) {
                        below[k] = c.rowspan();
                    }
                    col += span;
                }
                for (int k = 0; k < width; k++) {
                    if (below[k] > 0) {
                        below[k]--;
                    }
                }
                r++;
            }
        }
        for (int c = 0; c < width; c++) {
            s.setColumnWidth(c, 12 * 256);
        }
    }

    private static void cells(Sheet s, AnnualReport report, Set<CellDefinition> printed,
            Optional<ValidationResult> findings, Locale locale) {
        header(s, CELLS_HEAD);
        Map<CellId, StringBuilder> about = new LinkedHashMap<>();
        findings.ifPresent(result -> {
            for (Finding f : result.findings()) {
                for (CellId id : f.cells()) {
                    StringBuilder b = about.computeIfAbsent(id, k -> new StringBuilder());
                    b.append(b.length() == 0 ? "" : "\n").append(f.ruleId()).append(' ').append(f.message(locale));
                }
            }
        });
        int r = 1;
        for (StatisticsTable t : report.tables().values()) {
            for (CellDefinition c : t.definition().cells()) {
                CellValue v = t.valueAt(c.index());
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(c.id().toString());
                row.createCell(1).setCellValue(t.definition().number().zh());
                row.createCell(2).setCellValue(c.name().zh());
                row.createCell(3).setCellValue(c.name().en());
                if (v instanceof Count n) {
                    row.createCell(4).setCellValue(n.value());
                } else if (v instanceof Amount a) {
                    row.createCell(4).setCellValue(a.value().doubleValue());
                } else if (!v.isBlank()) {
                    row.createCell(4).setCellValue(Texts.value(v, Optional.of(c)));
                }
                row.createCell(5).setCellValue(Texts.value(v, Optional.of(c)));
                row.createCell(6).setCellValue(printed.contains(c) ? "是 yes" : "否 no");
                StringBuilder f = about.get(c.id());
                if (f != null) {
                    row.createCell(7).setCellValue(f.toString());
                }
            }
        }
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, CELLS_HEAD.size() - 1));
        s.setColumnWidth(0, 40 * 256);
        s.setColumnWidth(2, 50 * 256);
        s.setColumnWidth(3, 50 * 256);
    }
}
