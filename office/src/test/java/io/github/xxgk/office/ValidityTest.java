package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the writers emit opens without repair: POI reopens it, every XML part is well-formed, and the
 * document part keeps what Word requires of tables (a tblGrid, rows as wide as the grid, a paragraph in
 * every cell, a vertical merge continuing only under a cell that starts one), on A4; the workbook's
 * merged regions lie inside their sheets and do not overlap.
 */
class ValidityTest {

    private static List<AnnualReport> reports() {
        List<AnnualReport> out = new ArrayList<>();
        for (Edition e : Edition.values()) {
            ReportGenerator g = ReportGenerator.of(e);
            out.add(RoundTripTest.withKind(g.consistent(11)));
            out.add(RoundTripTest.withKind(g.withBlanks(12)));
        }
        out.add(RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).published(13)));
        out.add(RoundTripTest.withKind(ReportGenerator.of(Edition.TRIAL_2019).published(14)));
        return out;
    }

    private static byte[] docxWithFindings(AnnualReport r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficeDocuments.writeDocx(r, out, OfficeOptions.defaults().withFindings(ReportValidator.standard().validate(r)));
        return out.toByteArray();
    }

    @Test
    void wordDocumentsAreWellFormedAndKeepWhatWordRequires() throws Exception {
        for (AnnualReport r : reports()) {
            for (byte[] docx : new byte[][] {RoundTripTest.docx(r), docxWithFindings(r)}) {
                try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx))) {
                    assertThat(reopened.getTables()).isNotEmpty();
                }
                Map<String, byte[]> parts = Ooxml.parts(docx);
                assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
                parts.forEach((name, bytes) -> {
                    if (name.endsWith(".xml") || name.endsWith(".rels")) {
                        Ooxml.parse(bytes);
                    }
                });
                String types = new String(parts.get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
                for (String name : parts.keySet()) {
                    if (name.startsWith("word/") && name.endsWith(".xml")) {
                        assertThat(types).as(name).contains("/" + name);
                    }
                }
                Document doc = Ooxml.parse(parts.get("word/document.xml"));
                Element body = Ooxml.child(doc.getDocumentElement(), "body");
                Element sect = Ooxml.child(body, "sectPr");
                assertThat(body.getLastChild()).isSameAs(sect);
                assertThat(Ooxml.attr(Ooxml.child(sect, "pgSz"), "w")).isEqualTo("11906");
                assertThat(Ooxml.attr(Ooxml.child(sect, "pgSz"), "h")).isEqualTo("16838");
                for (Element tbl : Ooxml.tables(doc)) {
                    tableIsValid(tbl);
                }
            }
        }
    }

    @Test
    void findingsBecomeCommentsAnchoredOnTheirCells() throws Exception {
        AnnualReport r = ReportGenerator.perturbed(RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).consistent(5)),
                io.github.xxgk.core.form.CellId.parse("t3.r1.natural_person"), 5);
        Map<String, byte[]> parts = Ooxml.parts(docxWithFindings(r));
        Document comments = Ooxml.parse(parts.get("word/comments.xml"));
        List<String> ids = new ArrayList<>();
        for (Element c : Ooxml.children(comments.getDocumentElement(), "comment")) {
            ids.add(Ooxml.attr(c, "id"));
        }
        assertThat(ids).isNotEmpty();
        assertThat(new String(parts.get("word/comments.xml"), java.nio.charset.StandardCharsets.UTF_8)).contains("T3-ROWTOTAL");
        Document doc = Ooxml.parse(parts.get("word/document.xml"));
        org.w3c.dom.NodeList starts = doc.getElementsByTagNameNS(Ooxml.W, "commentRangeStart");
        assertThat(starts.getLength()).isEqualTo(ids.size());
        for (int i = 0; i < starts.getLength(); i++) {
            Element start = (Element) starts.item(i);
            Element p = (Element) start.getParentNode();
            List<String> order = new ArrayList<>();
            for (org.w3c.dom.Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !e.getLocalName().equals("pPr")) {
                    order.add(e.getLocalName() + (e.getElementsByTagNameNS(Ooxml.W, "commentReference").getLength() > 0 ? "*" : ""));
                }
            }
            // the range around the cell's text, then the reference
            assertThat(order).containsExactly("commentRangeStart", "r", "commentRangeEnd", "r*");
            assertThat(ids).contains(Ooxml.attr(start, "id"));
        }
    }

    private static void tableIsValid(Element tbl) {
        Element grid = Ooxml.child(tbl, "tblGrid");
        assertThat(grid).isNotNull();
        int width = Ooxml.children(grid, "gridCol").size();
        assertThat(width).isPositive();
        boolean[] merging = new boolean[width];
        for (Element tr : Ooxml.children(tbl, "tr")) {
            int col = 0;
            boolean[] next = new boolean[width];
            for (Element tc : Ooxml.children(tr, "tc")) {
                assertThat(Ooxml.children(tc, "p")).isNotEmpty();
                Element pr = Ooxml.child(tc, "tcPr");
                Element gs = pr == null ? null : Ooxml.child(pr, "gridSpan");
                int span = gs == null ? 1 : Integer.parseInt(Ooxml.attr(gs, "val"));
                Element vm = pr == null ? null : Ooxml.child(pr, "vMerge");
                String val = Ooxml.attr(vm, "val");
                assertThat(col + span).isLessThanOrEqualTo(width);
                for (int k = col; k < col + span; k++) {
                    if (vm != null && (val == null || val.equals("continue"))) {
                        assertThat(merging[k]).as("a vMerge continue under no merge").isTrue();
                    }
                    next[k] = vm != null;
                }
                col += span;
            }
            assertThat(col).as("a row as wide as the grid").isEqualTo(width);
            merging = next;
        }
    }

    @Test
    void workbooksReopenAndTheirMergedRegionsDoNotOverlap() throws Exception {
        for (AnnualReport r : reports()) {
            byte[] xlsx = RoundTripTest.xlsx(r);
            Ooxml.parts(xlsx).forEach((name, bytes) -> {
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    Ooxml.parse(bytes);
                }
            });
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getSheet("正文")).isNotNull();
                assertThat(wb.getSheet("全部单元格")).isNotNull();
                assertThat(wb.getNumberOfSheets()).isEqualTo(2 + r.tables().size());
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet s = wb.getSheetAt(i);
                    List<CellRangeAddress> merged = s.getMergedRegions();
                    for (int a = 0; a < merged.size(); a++) {
                        for (int b = a + 1; b < merged.size(); b++) {
                            assertThat(merged.get(a).intersects(merged.get(b))).isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void theFlatSheetListsEveryCellWithItsNamesValueAndWhetherItIsPrinted() throws Exception {
        AnnualReport r = RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).consistent(5));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(RoundTripTest.xlsx(r)))) {
            XSSFSheet flat = wb.getSheet("全部单元格");
            int cells = r.tables().values().stream().mapToInt(t -> t.definition().cells().size()).sum();
            assertThat(flat.getLastRowNum()).isEqualTo(cells);
            boolean sawImplied = false;
            for (int i = 1; i <= flat.getLastRowNum(); i++) {
                var row = flat.getRow(i);
                var id = io.github.xxgk.core.form.CellId.parse(row.getCell(0).getStringCellValue());
                var def = r.form().cell(id).orElseThrow();
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(def.name().zh());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(def.name().en());
                var v = r.tables().get(id.table()).valueAt(def.index());
                if (v instanceof io.github.xxgk.core.Count n) {
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo((double) n.value());
                }
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(def.implied() ? "否 no" : "是 yes");
                sawImplied |= def.implied();
            }
            assertThat(sawImplied).isTrue();
        }
    }
}
