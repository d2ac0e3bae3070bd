package io.github.xxgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word 97–2003 documents ({@code .doc}) kept in the project: a legacy (2008-regulation) report and a 2021
 * one, each with one figure made wrong on purpose, written as DOCX by this module's writer and turned into
 * {@code .doc} once by LibreOffice (see the README beside them), so that the build reads files that Word's
 * binary format holds (tables whose merged header cells are Word's, text in Word's own encoding). Each reads
 * as the report it was made from, and validating it finds the wrong figure.
 *
 * <p>{@code -Dxxgk.rewrite=true} writes the reports' JSON and the DOCX files (under {@code target/doc}) again;
 * the {@code .doc} files are then made with {@code soffice --headless --convert-to doc}.
 */
class LegacyWordTest {

    static final Path DIR = Path.of("src/test/resources/io/github/xxgk/office");

    /**
     * The legacy report (on 2014) with 主动公开规范性文件数 40 more, beyond the 48 items disclosed in all; as a
     * .doc it is laid out as {@link #legacyDocx()} says, with merged cells.
     */
    static AnnualReport legacy() {
        AnnualReport r = RoundTripTest.withKind(ReportGenerator.of(Edition.LEGACY_2008).published(2017));
        return ReportGenerator.perturbed(RoundTripTest.printable(r), CellId.parse("stats.l2.value"), 40);
    }

    /** The 2021 report with 一、本年新收 of natural persons three more than its row total and the balance allow. */
    static AnnualReport standard() {
        AnnualReport r = RoundTripTest.withKind(ReportGenerator.of(Edition.STANDARD_2021).published(2021));
        return ReportGenerator.perturbed(RoundTripTest.printable(r), CellId.parse("t3.r1.natural_person"), 3);
    }

    /**
     * The legacy report as {@link #legacyDocx()} prints it: its printed shape has the two part headings as
     * rows.
     */
    static AnnualReport legacyAsLaidOut() {
        AnnualReport r = legacy();
        io.github.xxgk.core.StatisticsTable t = r.tables().get("stats");
        io.github.xxgk.core.PrintedShape s = t.printedShape().orElseThrow();
        List<io.github.xxgk.core.PrintedShape.Row> rows = new java.util.ArrayList<>();
        for (io.github.xxgk.core.PrintedShape.Row row : s.rows()) {
            if (row instanceof io.github.xxgk.core.PrintedShape.FormRow f && f.id().equals("l1")) {
                rows.add(new io.github.xxgk.core.PrintedShape.FormRow("l0", java.util.Optional.of("一、主动公开情况"), java.util.Optional.empty()));
            }
            if (row instanceof io.github.xxgk.core.PrintedShape.FormRow f && f.id().equals("l11")) {
                rows.add(new io.github.xxgk.core.PrintedShape.FormRow("l10", java.util.Optional.of("二、回应解读情况"), java.util.Optional.empty()));
            }
            rows.add(row);
        }
        assertThat(rows).hasSize(s.rows().size() + 2);
        return r.toBuilder().table(t.toBuilder().printedShape(new io.github.xxgk.core.PrintedShape(s.caption(), rows, s.columns())).build())
                .build();
    }

    /**
     * The legacy report as a Word document laid out as many agencies laid the table out: this module's
     * layout with the two part headings as rows across the whole table (一、主动公开情况, 二、回应解读情况: a
     * horizontal merge) and the unit 条 of the five channels in one cell down their rows (a vertical merge).
     */
    static byte[] legacyDocx() throws Exception {
        byte[] plain = RoundTripTest.docx(legacy());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(plain))) {
            org.apache.poi.xwpf.usermodel.XWPFTable t = d.getTables().get(0);
            int columns = t.getRow(0).getTableCells().size();
            heading(t, "回应公众关注热点", "二、回应解读情况", columns);
            heading(t, "主动公开政府信息数", "一、主动公开情况", columns);
            List<String> channels = List.of("政府公报公开政府信息数", "政府网站公开政府信息数", "政务微博公开政府信息数",
                    "政务微信公开政府信息数", "其他方式公开政府信息数");
            for (int r = 0; r < t.getRows().size(); r++) {
                org.apache.poi.xwpf.usermodel.XWPFTableCell unit = t.getRow(r).getCell(1);
                String label = t.getRow(r).getCell(0).getText();
                int k = channels.indexOf(label);
                if (k < 0) {
                    continue;
                }
                assertThat(unit.getText()).isEqualTo("条");
                var merge = (unit.getCTTc().isSetTcPr() ? unit.getCTTc().getTcPr() : unit.getCTTc().addNewTcPr()).addNewVMerge();
                if (k == 0) {
                    merge.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
                } else {
                    for (org.apache.poi.xwpf.usermodel.XWPFParagraph p : unit.getParagraphs()) {
                        while (!p.getRuns().isEmpty()) {
                            p.removeRun(0);
                        }
                    }
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            d.write(out);
            return out.toByteArray();
        }
    }

    /** A row across the whole table before the row whose label starts so. */
    private static void heading(org.apache.poi.xwpf.usermodel.XWPFTable t, String before, String text, int columns) {
        for (int r = 0; r < t.getRows().size(); r++) {
            if (t.getRow(r).getCell(0).getText().startsWith(before)) {
                org.apache.poi.xwpf.usermodel.XWPFTableRow row = t.insertNewTableRow(r);
                org.apache.poi.xwpf.usermodel.XWPFTableCell cell = row.addNewTableCell();
                cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(columns));
                cell.setText(text);
                return;
            }
        }
        throw new AssertionError("no row " + before);
    }

    static void rewrite() throws Exception {
        Path out = Path.of("target/doc");
        Files.createDirectories(out);
        for (var e : java.util.Map.of("legacy-2014", legacyAsLaidOut(), "standard-2021", standard()).entrySet()) {
            Files.writeString(DIR.resolve(e.getKey() + ".json"), ReportJson.defaults().write(e.getValue()), StandardCharsets.UTF_8);
        }
        Files.write(out.resolve("legacy-2014.docx"), legacyDocx());
        Files.write(out.resolve("standard-2021.docx"), RoundTripTest.docx(standard()));
    }

    private static ReadResult read(String name, AnnualReport expected) {
        return PublishedReports.read(DIR.resolve(name),
                ReadOptions.defaults().withAgencyKind(expected.agency().kind().orElseThrow()));
    }

    private static List<String> rules(AnnualReport report) {
        return ReportValidator.standard().validate(report).findings().stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    @Test
    void theLegacyDocReadsAsItsReportAndItsWrongFigureIsFound() throws Exception {
        if (Boolean.getBoolean("xxgk.rewrite")) {
            rewrite();
        }
        AnnualReport expected = ReportJson.defaults().read(DIR.resolve("legacy-2014.json"));
        assertThat(expected).isEqualTo(legacyAsLaidOut());
        ReadResult doc = read("legacy-2014.doc", expected);
        assertThat(ReportJson.defaults().write(doc.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(doc.report().edition()).isEqualTo(Edition.LEGACY_2008);
        assertThat(doc.report().year()).isEqualTo(2014);
        // the figure made wrong, as put in: 51 normative documents of 48 items disclosed
        assertThat(doc.report().value(CellId.parse("stats.l1.value"))).isEqualTo(io.github.xxgk.core.Count.of(48));
        assertThat(doc.report().value(CellId.parse("stats.l2.value"))).isEqualTo(io.github.xxgk.core.Count.of(51));
        assertThat(rules(doc.report())).contains("LEG-NORM-DOC").isEqualTo(rules(expected));
        assertThat(doc.provenance().cells().values()).isNotEmpty().allMatch(l -> l instanceof SourceLocation.DocumentCell);
        assertThat(doc.provenance().texts().values()).allMatch(l -> l instanceof SourceLocation.DocumentParagraph);
        assertThat(doc.provenance().charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void the2021DocReadsAsItsReportWithItsMergedHeaderCellsAndItsWrongTotalIsFound() throws Exception {
        AnnualReport expected = ReportJson.defaults().read(DIR.resolve("standard-2021.json"));
        assertThat(expected).isEqualTo(standard());
        ReadResult doc = read("standard-2021.doc", expected);
        assertThat(ReportJson.defaults().write(doc.report())).isEqualTo(ReportJson.defaults().write(expected));
        assertThat(doc.report().edition()).isEqualTo(Edition.STANDARD_2021);
        assertThat(doc.report().tables()).containsOnlyKeys("t2", "t3", "t4");
        assertThat(rules(doc.report())).contains("T3-ROWTOTAL", "T3-BALANCE").isEqualTo(rules(expected));
        assertThat(doc.notes()).extracting(Finding::ruleId).doesNotContain("READ-TABLE-MISSING", "READ-CELL-UNREAD");
    }
}
