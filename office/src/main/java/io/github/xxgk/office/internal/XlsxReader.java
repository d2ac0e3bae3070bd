package io.github.xxgk.office.internal;

import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.spi.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back the Excel workbook {@link XlsxWriter} writes into the neutral {@link SourceDocument}: the
 * text sheet's lines in order as paragraphs with their heading levels, and, where a line names a table
 * sheet, that sheet as a grid (merged regions become spans). A workbook of another shape (no text sheet,
 * a line naming a sheet that is not there, a cell holding a formula) is refused with a
 * {@link ReadException} saying what it lacks: the reader does not guess which sheet holds what.
 * Registered for {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class XlsxReader implements SourceReader {

    /** Creates the reader (for the service loader). */
    public XlsxReader() {
    }

    @Override
    public SourceKind kind() {
        return SourceKind.XLSX;
    }

    @Override
    public boolean accepts(String fileName, byte[] bytes) {
        return OfficeFiles.kindOf(fileName, bytes).filter(k -> k == SourceKind.XLSX).isPresent();
    }

    @Override
    public SourceDocument read(byte[] bytes, String source, ReadOptions options) {
        List<String> parts = Zips.check(bytes, source, "Excel (XLSX)");
        if (parts.stream().noneMatch(p -> p.endsWith("workbook.xml"))) {
            throw new ReadException(source, "不是 Excel 工作簿：压缩包中没有 xl/workbook.xml。",
                    "Not an Excel workbook: the archive has no xl/workbook.xml.");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(wb, source, options);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "Excel 工作簿无法读取（文件已损坏或不是 XLSX）：" + e.getMessage(),
                    "The Excel workbook cannot be read (damaged, or no XLSX): " + e.getMessage(), e);
        }
    }

    static SourceDocument read(Workbook wb, String source, ReadOptions options) {
        Sheet text = wb.getSheet(XlsxWriter.TEXT);
        if (text == null || !XlsxWriter.TEXT_HEAD.get(1).equals(string(text.getRow(0), 1, source, XlsxWriter.TEXT))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            throw new ReadException(source, "这不是本库写出的工作簿：缺少工作表“" + XlsxWriter.TEXT + "”（有：" + names
                    + "）。其他形状的工作簿不读取，以免猜错表格。",
                    "Not a workbook this library writes: the sheet \"" + XlsxWriter.TEXT + "\" is missing (found: " + names
                            + "). Workbooks of other shapes are not read, so as not to guess which sheet is which table.");
        }
        List<SourceDocument.Block> blocks = new ArrayList<>();
        int tables = 0;
        for (int r = 1; r <= text.getLastRowNum(); r++) {
            Row row = text.getRow(r);
            if (row == null) {
                continue;
            }
            String level = string(row, 0, source, XlsxWriter.TEXT);
            String line = string(row, 1, source, XlsxWriter.TEXT);
            String table = string(row, 2, source, XlsxWriter.TEXT);
            SourceLocation at = new SourceLocation.SheetCell(XlsxWriter.TEXT, r, 1);
            if (!table.isEmpty()) {
                Sheet s = wb.getSheet(table);
                if (s == null) {
                    throw new ReadException(source + " (" + at.describe() + ")", "工作表“" + table + "”不存在。",
                            "The sheet \"" + table + "\" is not there.");
                }
                if (!line.isBlank()) {
                    blocks.add(new SourceDocument.Para(line, at, new int[0], 0));
                }
                blocks.add(grid(s, tables++, source, options));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int heading;
            try {
                heading = level.isEmpty() ? 0 : Integer.parseInt(level);
            } catch (NumberFormatException e) {
                heading = -1;
            }
            if (heading < 0 || heading > 6) {
                throw new ReadException(source + " (" + new SourceLocation.SheetCell(XlsxWriter.TEXT, r, 0).describe() + ")",
                        "级别应为 0 到 6 的整数，而不是“" + level + "”。",
                        "The level should be a whole number from 0 to 6, not \"" + level + "\".");
            }
            blocks.add(new SourceDocument.Para(line, at, new int[0], heading));
        }
        return new SourceDocument(blocks, Map.of(), false, "UTF-8", "");
    }

    private static SourceDocument.Grid grid(Sheet s, int index, String source, ReadOptions options) {
        String name = s.getSheetName();
        Map<Long, CellRangeAddress> starts = new HashMap<>();
        Map<Long, Boolean> covered = new HashMap<>();
        for (CellRangeAddress m : s.getMergedRegions()) {
            long cells = (long) (m.getLastRow() - m.getFirstRow() + 1) * (m.getLastColumn() - m.getFirstColumn() + 1);
            if (cells > options.maxTableCells()) {
                throw tooMany(source, name, options);
            }
            starts.put(key(m.getFirstRow(), m.getFirstColumn()), m);
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    if (r != m.getFirstRow() || c != m.getFirstColumn()) {
                        covered.put(key(r, c), true);
                    }
                }
            }
        }
        List<List<SourceDocument.Cell>> rows = new ArrayList<>();
        long count = 0;
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            List<SourceDocument.Cell> cells = new ArrayList<>();
            int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
            for (int c = 0; c < last; c++) {
                if (covered.containsKey(key(r, c))) {
                    continue;
                }
                if (++count > options.maxTableCells()) {
                    throw tooMany(source, name, options);
                }
                CellRangeAddress m = starts.get(key(r, c));
                int rowspan = m == null ? 1 : m.getLastRow() - m.getFirstRow() + 1;
                int colspan = m == null ? 1 : m.getLastColumn() - m.getFirstColumn() + 1;
                cells.add(new SourceDocument.Cell(string(row, c, source, name), rowspan, colspan, -1,
                        Optional.of(new SourceLocation.SheetCell(name, r, c))));
            }
            rows.add(cells);
        }
        return new SourceDocument.Grid(index, rows, new SourceLocation.SheetCell(name, 0, 0));
    }

    private static ReadException tooMany(String source, String sheet, ReadOptions options) {
        return new ReadException(source + " (sheet " + sheet + ")", "表格的单元格超过 " + options.maxTableCells() + " 个。",
                "A table has more than " + options.maxTableCells() + " cells.");
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** A cell's text: a string as written, a number in plain digits; a formula is refused (its value is not the file's). */
    private static String string(Row row, int column, String source, String sheet) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                BigDecimal d = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                yield d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case BLANK -> "";
            default -> throw new ReadException(source + " (" + new SourceLocation.SheetCell(sheet, row.getRowNum(), column)
                    .describe() + ")", "单元格含公式或错误值，不读取计算结果。",
                    "The cell holds a formula or an error; computed results are not read.");
        };
    }
}
