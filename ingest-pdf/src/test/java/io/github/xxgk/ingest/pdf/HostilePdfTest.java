package io.github.xxgk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** PDFs that are no report or are built to hurt: a typed error within limits, never a crash. */
class HostilePdfTest {

    /** PDFBox says what it repairs on the console; these inputs are broken on purpose. */
    private static final java.util.logging.Logger QUIET = quiet();

    static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("org.apache.pdfbox");
        l.setLevel(java.util.logging.Level.OFF);
        return l;
    }

    private static final ReadOptions OPTIONS = ReadOptions.defaults()
            .withAgencyKind(AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);

    static byte[] sample() {
        return SyntheticPdf.of(SyntheticPdfTest.report(Edition.STANDARD_2021,
                ReportGenerator.of(Edition.STANDARD_2021).consistent(11)));
    }

    private static ReadException refused(byte[] pdf) {
        try {
            PublishedReports.read(pdf, OPTIONS);
        } catch (ReadException e) {
            return e;
        }
        throw new AssertionError("read without an error");
    }

    @Test
    void aScanGivesTheNotesOfTablesPublishedAsImagesAndDoesNotPass() {
        byte[] pdf = SyntheticPdf.scan(3, "某县统计局2021年政府信息公开工作年度报告");
        ReadResult result = PublishedReports.read(pdf, OPTIONS);
        assertThat(result.report().year()).isEqualTo(2021);
        assertThat(result.notes()).extracting(Finding::ruleId)
                .contains("READ-TABLE-IMAGE", "ACCESS-MACHINE-READABLE").doesNotContain("READ-TABLE-MISSING");
        assertThat(result.notes().stream().filter(n -> n.ruleId().equals("READ-TABLE-IMAGE")).count()).isEqualTo(3);
        assertThat(ReportValidator.standard().validate(result.report()).passed()).isFalse();
        assertThat(ReportValidator.standard().validate(result.report()).count(Severity.ERROR)).isPositive();
    }

    @Test
    void aScanWithoutATitleSaysItHasNoTextLayer() {
        ReadException e = refused(SyntheticPdf.scan(2, ""));
        assertThat(e.problem().en()).contains("no text layer").contains("ACCESS-MACHINE-READABLE");
        assertThat(e.problem().zh()).contains("没有文字层");
        // a browser printing a page of pictures names the PDF after the file: a title without a year
        ReadException named = refused(SyntheticPdf.scan(2, "scan.html"));
        assertThat(named.problem().en()).contains("no text layer").contains("ACCESS-MACHINE-READABLE");
        assertThat(named.problem().zh()).contains("扫描件");
    }

    @Test
    void anEncryptedPdfNeedsItsPassword() throws IOException {
        byte[] plain = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        ReadException e = refused(out.toByteArray());
        assertThat(e.problem().en()).contains("encrypted");
        assertThat(e.where()).isEqualTo("bytes");
    }

    @Test
    void anEncryptedPdfThatForbidsExtractingTextIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(sample())) {
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", none);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        assertThat(refused(out.toByteArray()).problem().en()).contains("forbids extracting");
    }

    @Test
    void aBillionPageClaimIsRefusedBeforeAnyPageIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(sample())) {
            doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).setInt(COSName.COUNT, 1_000_000_000);
            doc.save(out);
        }
        assertThat(refused(out.toByteArray()).problem().en()).contains("1000000000 pages");
    }

    @Test
    void aBrokenXrefInAWholeFileIsRebuiltAndReadAsTheIntactFile() {
        byte[] pdf = sample();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = text.lastIndexOf("startxref");
        // point startxref into the middle of nowhere
        byte[] bad = "startxref\n99999999\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] broken = java.util.Arrays.copyOf(pdf, xref + bad.length);
        System.arraycopy(bad, 0, broken, xref, bad.length);
        // the file is whole but its cross references point nowhere: PDFBox rebuilds them by scanning the
        // objects, and the report read is the intact file's
        ReadResult r = PublishedReports.read(broken, OPTIONS);
        assertThat(r.report()).isEqualTo(PublishedReports.read(sample(), OPTIONS).report());
    }

    @Test
    void truncatedAndGarbageFilesAreTypedErrors() {
        byte[] pdf = sample();
        byte[] half = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        assertThat(refused(half).problem().en()).contains("incomplete").contains("%%EOF");
        ReadException e = refused("%PDF-1.7\nthis is no PDF at all".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(e.problem().zh()).isNotBlank();
        assertThat(e.problem().en()).contains("PDF");
    }

    @Test
    void aSourceOverTheSizeLimitIsRefused() {
        byte[] pdf = sample();
        ReadOptions small = OPTIONS.withLimits(pdf.length - 1, 256, 20_000);
        assertThatThrownBy(() -> PublishedReports.read(pdf, small)).isInstanceOf(ReadException.class)
                .hasMessageContaining("too large");
    }

    /** A one-page PDF whose content stream is given, compressed, with a huge image XObject beside it. */
    static byte[] withContent(byte[] content, boolean hugeImage) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    new java.io.ByteArrayInputStream(content), COSName.FLATE_DECODE);
            page.setContents(stream);
            if (hugeImage) {
                // 100,000 x 100,000 pixels claimed; 64 MiB of zeros compressed to a few hundred kilobytes
                org.apache.pdfbox.cos.COSStream image = doc.getDocument().createCOSStream();
                image.setItem(COSName.TYPE, COSName.XOBJECT);
                image.setItem(COSName.SUBTYPE, COSName.IMAGE);
                image.setInt(COSName.WIDTH, 100_000);
                image.setInt(COSName.HEIGHT, 100_000);
                image.setInt(COSName.BITS_PER_COMPONENT, 8);
                image.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
                try (java.io.OutputStream os = image.createOutputStream(COSName.FLATE_DECODE)) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 64; i++) {
                        os.write(zeros);
                    }
                }
                org.apache.pdfbox.pdmodel.PDResources res = new org.apache.pdfbox.pdmodel.PDResources();
                org.apache.pdfbox.cos.COSDictionary xobjects = new org.apache.pdfbox.cos.COSDictionary();
                xobjects.setItem(COSName.getPDFName("Im0"), image);
                res.getCOSObject().setItem(COSName.XOBJECT, xobjects);
                page.setResources(res);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aHugeImageIsNeverDecoded() throws IOException {
        byte[] pdf = withContent("q 400 0 0 400 100 100 cm /Im0 Do Q\n".getBytes(StandardCharsets.US_ASCII), true);
        assertThat(pdf.length).isLessThan(ReadOptions.DEFAULT_MAX_BYTES);
        // the picture is placed, not decoded: no text, no title, so the scan is refused for want of a year
        assertThat(refused(pdf).problem().en()).contains("no text layer");
    }

    @Test
    void endlessDrawingIsStoppedByTheOperatorBudget() throws IOException {
        byte[] op = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int i = 0; i < 2_000_000; i++) {
            content.write(op);
        }
        byte[] pdf = withContent(content.toByteArray(), false);
        assertThat(pdf.length).isLessThan(1 << 20);
        assertThat(refused(pdf).problem().en()).contains("reading limit").contains("drawing operators");
    }

    @Test
    void aFormThatDrawsItselfIsATypedError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            org.apache.pdfbox.cos.COSStream form = doc.getDocument().createCOSStream();
            form.setItem(COSName.TYPE, COSName.XOBJECT);
            form.setItem(COSName.SUBTYPE, COSName.FORM);
            form.setItem(COSName.BBOX, new org.apache.pdfbox.pdmodel.common.PDRectangle(0, 0, 100, 100).getCOSArray());
            try (java.io.OutputStream os = form.createOutputStream()) {
                os.write("0 0 m 10 10 l S /Fm0 Do\n".getBytes(StandardCharsets.US_ASCII));
            }
            org.apache.pdfbox.cos.COSDictionary xobjects = new org.apache.pdfbox.cos.COSDictionary();
            xobjects.setItem(COSName.getPDFName("Fm0"), form);
            org.apache.pdfbox.cos.COSDictionary resources = new org.apache.pdfbox.cos.COSDictionary();
            resources.setItem(COSName.XOBJECT, xobjects);
            form.setItem(COSName.RESOURCES, resources);
            page.setResources(new org.apache.pdfbox.pdmodel.PDResources(resources));
            org.apache.pdfbox.pdmodel.common.PDStream content = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (java.io.OutputStream os = content.createOutputStream()) {
                os.write("/Fm0 Do\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            doc.save(out);
        }
        // PDFBox stops the recursion or the stack runs out: either way a typed error, here for want of text
        assertThat(refused(out.toByteArray()).problem().en()).isNotBlank();
    }
}
