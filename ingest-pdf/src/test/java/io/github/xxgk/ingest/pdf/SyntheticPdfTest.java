package io.github.xxgk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.ingest.SourceKind;
import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.pdf.internal.PdfReading;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.Finding;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Synthetic PDFs, laid out in the test like a report exported from Word (see {@link SyntheticPdf}), read
 * back into the report they were laid out from: a title over two lines, page numbers in the text flow,
 * ruled tables, 表三's vertical header, 表三 continued over a page break without its header.
 */
class SyntheticPdfTest {

    private static final ReadOptions OPTIONS = ReadOptions.defaults()
            .withAgencyKind(AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);

    /** A 2021 report with the tables of a generated consistent report, as a page can print them. */
    static AnnualReport report(Edition edition, AnnualReport tables) {
        AnnualReport.Builder b = AnnualReport.builder(edition)
                .agency(Agency.of("某县统计局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .year(tables.year())
                .title("某县统计局" + tables.year() + "年政府信息公开工作年度报告")
                .publicationDate(LocalDate.of(tables.year() + 1, 1, 20))
                .preamble("本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求编制。报告所列数据统计期限为"
                        + tables.year() + "年1月1日至" + tables.year() + "年12月31日。如对本报告有疑问，请与某县统计局联系"
                        + "（电话：0431-12345678，电子邮箱：tjj@example.gov.cn）。");
        for (SectionDefinition s : edition.form().sections()) {
            Section.Builder sb = Section.builder(s.numbering(), s.title().zh()).form(s.id());
            if (s.tables().isEmpty()) {
                sb.paragraph("（一）主动公开情况。本年度通过政府门户网站主动公开政府信息1136条，其中政策文件28件、政策解读12篇，"
                        + "各项工作有序推进，公开内容及时、准确、完整。");
                for (int i = 0; i < 3 && s.id().equals(edition.form().sections().get(0).id()); i++) {
                    sb.paragraph("（" + "二三四".charAt(i) + "）政府信息管理情况。进一步规范政府信息公开工作流程，严格执行信息发布审核制度，"
                            + "落实“三审三校”要求，从严把好政治关、法律关、政策关、保密关、文字关，确保发布内容合法合规。");
                }
                sb.paragraph("本年度收取信息处理费0元。");
            }
            b.section(sb.build());
        }
        b.closing("某县统计局", (tables.year() + 1) + "年1月20日");
        for (StatisticsTable t : tables.tables().values()) {
            StatisticsTable.Builder tb = t.toBuilder();
            for (CellDefinition c : t.definition().cells()) {
                if (c.implied()) {
                    tb.set(c.id(), CellValue.BLANK); // no page prints an implied subtotal
                }
            }
            b.table(tb.build());
        }
        return b.build();
    }

    private static String json(AnnualReport r) {
        return ReportJson.defaults().write(r);
    }

    @Test
    void aSynthetic2021ReportReadsBackExactly() {
        AnnualReport report = report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).withMaxCount(9999).consistent(7));
        byte[] pdf = SyntheticPdf.of(report);
        PdfReading.Read read = PdfReading.read(pdf, "synthetic.pdf", OPTIONS);
        Corpus.dump("synthetic-doc.txt", CorpusPdfTest.describe(read.document()));
        ReadResult result = PublishedReports.read(pdf, OPTIONS);
        Corpus.dump("synthetic-back.json", json(result.report()));
        Corpus.dump("synthetic-expected.json", json(report));
        assertThat(json(result.report())).isEqualTo(json(report));
        assertThat(result.report()).isEqualTo(report);
        // the publication date is taken from the date line, and that is said; nothing else is noted
        assertThat(result.notes()).extracting(Finding::ruleId).containsExactly("READ-METADATA-INFERRED");
        // the page numbers are left out of the text, one a page; 表二 and 表三 each run over a page break
        assertThat(read.pages()).isGreaterThan(2);
        assertThat(read.furniture()).hasSize(read.pages()).allMatch(f -> f.matches("-\\d+-"));
        // and listed in the provenance as left out, each on its page
        assertThat(result.provenance().omitted()).extracting(io.github.xxgk.ingest.Provenance.Omitted::text)
                .containsSubsequence("-1-", "-2-", "-3-");
        assertThat(result.provenance().omitted()).filteredOn(o -> o.text().equals("-2-"))
                .extracting(o -> ((SourceLocation.PageBox) o.location()).page()).containsExactly(2);
        int first = page(result, "t3.r1.total");
        int last = page(result, "t3.r4.total");
        assertThat(last).isGreaterThan(first);
        assertThat(page(result, "t2.fees.fee_amount")).isGreaterThan(page(result, "t2.regulations.issued"));
        // one grid for 表三 though it runs over two pages
        long grids = read.document().blocks().stream().filter(x -> x instanceof SourceDocument.Grid).count();
        assertThat(grids).isEqualTo(3);
        // the vertical header is read as one label, one character a line
        assertThat(read.document().blocks().stream().filter(x -> x instanceof SourceDocument.Grid)
                .map(x -> (SourceDocument.Grid) x).flatMap(g -> g.rows().stream()).flatMap(java.util.List::stream)
                .map(SourceDocument.Cell::text)).contains("三、本年度办理结果");
        // the title printed over two lines is one title, with its place
        assertThat(result.provenance().of("/title")).get().isInstanceOf(SourceLocation.PageBox.class);
    }

    @Test
    void pageNumbersOfOtherStylesAndARunningHeaderAreLeftOutOfTheText() {
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(5));
        String header = "某县统计局政府信息公开工作年度报告";
        for (java.util.function.IntFunction<String> style : java.util.List.<java.util.function.IntFunction<String>>of(
                n -> "— " + n + " —", n -> "第" + n + "页", n -> "第 " + n + " 页 共 3 页", n -> String.valueOf(n),
                // a page printed from a browser: the page's address and the page number as its footer
                n -> "https://www.example.gov.cn/art/2024/1/20/art_1.html " + n + "/3")) {
            byte[] pdf = SyntheticPdf.of(report, style, header);
            PdfReading.Read read = PdfReading.read(pdf, "styled.pdf", OPTIONS);
            assertThat(read.furniture()).hasSize(2 * read.pages()).contains(header);
            ReadResult result = PublishedReports.read(pdf, OPTIONS);
            assertThat(json(result.report())).isEqualTo(json(report));
            // the running header is left out of the text, not dropped: listed once a page
            assertThat(result.provenance().omitted()).filteredOn(o -> o.text().equals(header)).hasSize(read.pages());
        }
    }

    @Test
    void charactersAFontNamesAsRadicalsOrVerticalFormsAreReadAsTheTextMeansThem() {
        // Chrome (and fonts such as Noto CJK) name the glyph of 工 as the Kangxi radical ⼯, of 民 as the
        // supplement radical ⺠, of 户 as ⼾ (whose decomposition is the traditional 戶); a vertical header set
        // with vertical forms names 、 as ︑ and （ as ︵
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(11));
        AnnualReport named = report.toBuilder().preamble(report.preamble().get(0),
                "本机关门户网站为人民群众提供服务。").build();
        Map<Character, Character> radicals = Map.of('工', '⼯', '行', '⾏', '文', '⽂', '民', '⺠', '门', '⻔', '户', '⼾',
                '、', '︑', '（', '︵', '）', '︶');
        byte[] pdf = SyntheticPdf.withCharacterMap(named, radicals);
        // the font says what the test says it does
        String raw = SyntheticPdfTest.rawText(pdf);
        assertThat(raw).contains("⼯作").contains("⺠").doesNotContain("工作");
        assertThat(json(PublishedReports.read(pdf, OPTIONS).report())).isEqualTo(json(named));
    }

    @Test
    void aTitleWrappedInsideAWordIsOneTitle() {
        // a long title in large type wraps before its last character, which stands centred on its own line
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(13));
        for (int last : new int[] {1, 3}) {
            byte[] pdf = SyntheticPdf.withTitleWrapped(report, last);
            SourceDocument.Block first = PdfReading.read(pdf, "wrapped.pdf", OPTIONS).document().blocks().get(0);
            assertThat(((SourceDocument.Para) first).text()).isEqualTo(report.title());
            assertThat(json(PublishedReports.read(pdf, OPTIONS).report())).isEqualTo(json(report));
        }
    }

    @Test
    void aWatermarkSetAtASlantIsNoTextOfTheReport() {
        // a watermark across each page, through the paragraphs and the cells of the tables
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(19));
        String mark = "某县统计局公开 2025 0 1";
        byte[] pdf = SyntheticPdf.withWatermark(report, mark);
        assertThat(rawText(pdf).replaceAll("\\s", "")).contains("某县统计局公开"); // it is in the text layer
        ReadResult result = PublishedReports.read(pdf, OPTIONS);
        assertThat(json(result.report())).isEqualTo(json(report));
        // left out, and said: in the provenance, on its page
        assertThat(PdfReading.read(pdf, "watermarked.pdf", OPTIONS).furniture()).contains(mark.replace(" ", ""));
        assertThat(result.provenance().omitted()).filteredOn(o -> o.text().equals(mark.replace(" ", "")))
                .isNotEmpty().allMatch(o -> o.location() instanceof SourceLocation.PageBox);
    }

    @Test
    void theTextOfMarkedContentStandsForItsGlyphs() {
        // as LibreOffice exports a document without a CJK font: each CJK character the one glyph of 平, its
        // character in the /ActualText of a marked-content sequence around it, inside sequences of paragraphs
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(23));
        byte[] pdf = SyntheticPdf.withActualText(report, '平', false, true);
        ReadResult result = PublishedReports.read(pdf, OPTIONS);
        assertThat(json(result.report())).isEqualTo(json(report));
        assertThat(result.notes()).noneMatch(n -> n.ruleId().startsWith("READ-PDF"));
        // a glyph that no map names: its sequence's text is its character, and no character is unknown
        ReadResult unnamed = PublishedReports.read(SyntheticPdf.withActualText(report, '平', false, false), OPTIONS);
        assertThat(json(unnamed.report())).isEqualTo(json(report));
        assertThat(unnamed.notes()).noneMatch(n -> n.ruleId().startsWith("READ-PDF"));
        // a sequence left open at its page's end takes no text of the next pages: its glyph is read as shown, the
        // placeholder, and every other character as its sequence says
        String read = text(PdfReading.read(SyntheticPdf.withActualText(report, '平', true, true), "unclosed.pdf", OPTIONS).document());
        String was = text(PdfReading.read(pdf, "closed.pdf", OPTIONS).document());
        assertThat(read).hasSameSizeAs(was);
        int differ = 0;
        for (int k = 0; k < was.length(); k++) {
            if (read.charAt(k) != was.charAt(k)) {
                assertThat(read.charAt(k)).isEqualTo('平');
                differ++;
            }
        }
        assertThat(differ).isBetween(1, SyntheticPdf.pageCount(pdf));
    }

    /** The text of a document's paragraphs and cells, in order. */
    private static String text(SourceDocument d) {
        StringBuilder b = new StringBuilder();
        for (SourceDocument.Block block : d.blocks()) {
            if (block instanceof SourceDocument.Para p) {
                b.append(p.text()).append('\n');
            } else if (block instanceof SourceDocument.Grid g) {
                g.rows().forEach(r -> r.forEach(c -> b.append(c.text()).append('|')));
            }
        }
        return b.toString();
    }

    @Test
    void pagesTurnedForViewingAreReadAsTheyAreSeen() {
        // a page stored turned (/Rotate 90 or 270, as a landscape page for 表三 may be), its content drawn
        // turned back so that it is seen upright: lines and characters alike as seen
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(17));
        for (int rotation : new int[] {90, 270}) {
            byte[] pdf = turned(SyntheticPdf.of(report), rotation);
            assertThat(json(PublishedReports.read(pdf, OPTIONS).report())).as("/Rotate %d", rotation).isEqualTo(json(report));
        }
    }

    /** Each page of a PDF stored turned by the rotation, its content drawn turned back. */
    static byte[] turned(byte[] pdf, int rotation) {
        try (var src = org.apache.pdfbox.Loader.loadPDF(pdf); var out = new org.apache.pdfbox.pdmodel.PDDocument();
                var bytes = new java.io.ByteArrayOutputStream()) {
            var layers = new org.apache.pdfbox.multipdf.LayerUtility(out);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                var media = src.getPage(i).getMediaBox();
                var form = layers.importPageAsForm(src, i);
                var page = new org.apache.pdfbox.pdmodel.PDPage(
                        new org.apache.pdfbox.pdmodel.common.PDRectangle(media.getHeight(), media.getWidth()));
                page.setRotation(rotation);
                out.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(out, page)) {
                    cs.transform(rotation == 90 ? new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, media.getHeight(), 0)
                            : new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, 0, media.getWidth()));
                    cs.drawForm(form);
                }
            }
            out.save(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of a PDF as PDFBox's own stripper gives it, the characters as the fonts name them. */
    static String rawText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPageNumberInTheTextIsNoPageNumber() {
        // a line holding only a figure in the body of the page is text, not a page number
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(5));
        AnnualReport withFigure = report.toBuilder().preamble(report.preamble().get(0), "2021").build();
        assertThat(json(PublishedReports.read(SyntheticPdf.of(withFigure), OPTIONS).report())).isEqualTo(json(withFigure));
    }

    @Test
    void figuresRunTogetherInOneCellAreSplitByTheRelations() {
        // a line not drawn between 其他 and 总计 of 表三 一、, their figures printed without a gap: positions
        // cannot tell them apart; the row's total (the sum of the six before it) settles the split
        AnnualReport report = report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).withMaxCount(9999).consistent(7));
        byte[] pdf = SyntheticPdf.withMergedCells(report, "r1");
        PdfReading.Read read = PdfReading.read(pdf, "merged.pdf", OPTIONS);
        String run = report.table("t3").orElseThrow().value("r1", "other_org").toString()
                + report.table("t3").orElseThrow().value("r1", "total");
        assertThat(read.document().blocks().stream().filter(x -> x instanceof SourceDocument.Grid)
                .map(x -> (SourceDocument.Grid) x).flatMap(g -> g.rows().stream()).flatMap(java.util.List::stream)
                .filter(c -> c.colspan() == 2).map(SourceDocument.Cell::text)).contains(run);
        ReadResult result = PublishedReports.read(pdf, OPTIONS);
        assertThat(json(result.report())).isEqualTo(json(report));
        assertThat(result.notes()).extracting(Finding::ruleId).contains("READ-SPLIT");
        assertThat(result.notes().stream().filter(n -> n.ruleId().equals("READ-SPLIT")).findFirst().orElseThrow()
                .location().id()).isEqualTo("t3");
    }

    @Test
    void theKindIsFoundFromTheSignatureAndTheFileName() {
        AnnualReport report = report(Edition.STANDARD_2021, ReportGenerator.of(Edition.STANDARD_2021).consistent(3));
        byte[] pdf = SyntheticPdf.of(report);
        PdfSourceReader reader = new PdfSourceReader();
        assertThat(reader.kind()).isEqualTo(SourceKind.PDF);
        assertThat(reader.accepts("", pdf)).isTrue();
        assertThat(reader.accepts("report.pdf", new byte[0])).isTrue();
        assertThat(reader.accepts("page.html", "<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isFalse();
        assertThat(PublishedReports.readableKinds()).contains(SourceKind.PDF);
        assertThat(PublishedReports.read(pdf, OPTIONS.withKind(SourceKind.PDF)).report().year()).isEqualTo(report.year());
    }

    @Test
    void generatedTablesOfBothFormatEditionsReadBack() {
        // figures of every size in adjacent narrow cells are told apart by their positions
        for (Edition e : new Edition[] {Edition.STANDARD_2021, Edition.TRIAL_2019}) {
            ReportGenerator g = ReportGenerator.of(e).withMaxCount(99_999);
            qt().withExamples(12).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
                AnnualReport report = report(e, g.consistent(seed));
                ReadResult back = PublishedReports.read(SyntheticPdf.of(report), OPTIONS);
                if (!json(back.report()).equals(json(report))) {
                    Corpus.dump("property-expected.json", json(report));
                    Corpus.dump("property-back.json", json(back.report()));
                    Corpus.dump("property-doc.txt", CorpusPdfTest.describe(
                            PdfReading.read(SyntheticPdf.of(report), "p", OPTIONS).document()));
                }
                assertThat(json(back.report())).isEqualTo(json(report));
            });
        }
    }

    private static int page(ReadResult result, String cell) {
        return ((SourceLocation.PageBox) result.provenance().of(CellId.parse(cell)).orElseThrow()).page();
    }
}
