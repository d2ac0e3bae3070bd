package io.github.xxgk.archive.internal;

import io.github.xxgk.archive.AgencySummary;
import io.github.xxgk.archive.ArchiveIssue;
import io.github.xxgk.archive.ArchiveSummary;
import io.github.xxgk.archive.ReportSummary;
import io.github.xxgk.archive.SummaryWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The archive's summary as an XLSX workbook (Apache POI, streaming: a window of rows in memory, the rest
 * on disk until written), with the CSV's columns; numbers as numeric cells. Not API.
 */
public final class Workbook {

    private static final int WINDOW = 200;
    /** Columns whose cells are written as numbers in the reports sheet. */
    private static final List<String> NUMERIC = List.of("year", "errors", "warnings", "infos");

    private Workbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param s the summary
     * @param rules the rule columns
     * @param out where
     * @throws IOException when writing fails
     */
    public static void write(ArchiveSummary s, List<String> rules, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet reports = wb.createSheet("报告 Reports");
            List<String> header = new ArrayList<>(SummaryWriters.REPORT_COLUMNS);
            header.addAll(rules);
            header(reports, header, bold);
            int n = 1;
            for (ReportSummary r : s.reports()) {
                Row row = reports.createRow(n++);
                List<String> cells = SummaryWriters.reportCells(r);
                for (int i = 0; i < cells.size(); i++) {
                    if (NUMERIC.contains(SummaryWriters.REPORT_COLUMNS.get(i))) {
                        row.createCell(i).setCellValue(Integer.parseInt(cells.get(i)));
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
                for (int j = 0; j < rules.size(); j++) {
                    row.createCell(cells.size() + j).setCellValue(r.byRule().getOrDefault(rules.get(j), 0));
                }
            }
            Sheet agencies = wb.createSheet("机构 Agencies");
            header(agencies, SummaryWriters.AGENCY_COLUMNS, bold);
            n = 1;
            for (AgencySummary a : s.agencies()) {
                Row row = agencies.createRow(n++);
                List<String> cells = SummaryWriters.agencyCells(a);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            Sheet issues = wb.createSheet("问题 Issues");
            header(issues, List.of("kind", "agency", "year", "paths", "detail_zh", "detail_en"), bold);
            n = 1;
            for (ArchiveIssue i : s.issues()) {
                Row row = issues.createRow(n++);
                row.createCell(0).setCellValue(i.kind().name());
                row.createCell(1).setCellValue(i.agency());
                if (i.year().isPresent()) {
                    row.createCell(2).setCellValue(i.year().getAsInt());
                }
                row.createCell(3).setCellValue(String.join("\n", i.paths()));
                row.createCell(4).setCellValue(i.detail());
                row.createCell(5).setCellValue(i.detailEn());
            }
            Sheet byRule = wb.createSheet("规则 Rules");
            header(byRule, List.of("rule", "findings"), bold);
            n = 1;
            for (Map.Entry<String, Integer> e : s.findingsByRule().entrySet()) {
                Row row = byRule.createRow(n++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
            wb.write(out);
            out.flush();
        } finally {
            wb.close(); // also removes the temporary files of the streamed rows
        }
    }

    private static void header(Sheet sheet, List<String> names, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            var c = row.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(bold);
        }
        if (sheet instanceof SXSSFSheet sx) {
            sx.createFreezePane(0, 1);
        }
    }
}
