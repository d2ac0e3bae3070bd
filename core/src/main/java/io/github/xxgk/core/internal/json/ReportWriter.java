package io.github.xxgk.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.ExtraColumn;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.PrintedShape;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a report in the library's JSON format: keys in a fixed order, two-space indentation,
 * {@code \n} line ends whatever the platform, blank cells omitted. Not API.
 */
public final class ReportWriter {

    private final JsonFactory factory;

    /**
     * Creates a writer.
     *
     * @param factory the factory to generate with
     */
    public ReportWriter(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param out where to write UTF-8
     */
    public void write(AnnualReport report, OutputStream out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("format", needsVersion2(report) ? ReportReader.FORMAT : ReportReader.FORMAT_1);
            g.writeStringField("edition", report.edition().name());
            g.writeObjectFieldStart("agency");
            g.writeStringField("name", report.agency().name());
            if (report.agency().kind().isPresent()) {
                g.writeStringField("kind", report.agency().kind().get().name());
            }
            g.writeEndObject();
            g.writeNumberField("year", report.year());
            if (report.publicationDate().isPresent()) {
                g.writeStringField("publicationDate", report.publicationDate().get().toString());
            }
            if (!report.title().isEmpty()) {
                g.writeStringField("title", report.title());
            }
            strings(g, "preamble", report.preamble());
            sections(g, "sections", report.sections());
            if (!report.closing().isEmpty()) {
                strings(g, "closing", report.closing());
            }
            g.writeObjectFieldStart("tables");
            for (StatisticsTable t : report.tables().values()) {
                table(g, t);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void sections(JsonGenerator g, String field, List<Section> sections) throws IOException {
        g.writeArrayFieldStart(field);
        for (Section s : sections) {
            g.writeStartObject();
            if (s.form().isPresent()) {
                g.writeStringField("form", s.form().get());
            }
            g.writeStringField("numbering", s.numbering());
            g.writeStringField("title", s.title());
            strings(g, "paragraphs", s.paragraphs());
            sections(g, "subsections", s.subsections());
            if (!s.tables().isEmpty()) {
                strings(g, "tables", s.tables());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void table(JsonGenerator g, StatisticsTable t) throws IOException {
        g.writeObjectFieldStart(t.id());
        g.writeObjectFieldStart("cells");
        String openRow = null;
        for (CellDefinition c : t.definition().cells()) {
            CellValue v = t.valueAt(c.index());
            if (v.isBlank()) {
                continue;
            }
            if (!c.id().row().equals(openRow)) {
                if (openRow != null) {
                    g.writeEndObject();
                }
                openRow = c.id().row();
                g.writeObjectFieldStart(openRow);
            }
            g.writeFieldName(c.id().column());
            value(g, v);
        }
        if (openRow != null) {
            g.writeEndObject();
        }
        g.writeEndObject();
        if (!t.extraRows().isEmpty()) {
            g.writeArrayFieldStart("extraRows");
            for (ExtraRow r : t.extraRows()) {
                g.writeStartObject();
                g.writeStringField("label", r.label());
                g.writeStringField("unit", r.unit());
                values(g, r.values());
                if (r.partOf().isPresent()) {
                    g.writeStringField("partOf", r.partOf().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!t.extraColumns().isEmpty()) {
            g.writeArrayFieldStart("extraColumns");
            for (ExtraColumn c : t.extraColumns()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("label", c.label());
                values(g, c.values());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!t.texts().isEmpty()) {
            g.writeObjectFieldStart("texts");
            String textRow = null;
            for (var e : t.texts().entrySet()) {
                if (!e.getKey().row().equals(textRow)) {
                    if (textRow != null) {
                        g.writeEndObject();
                    }
                    textRow = e.getKey().row();
                    g.writeObjectFieldStart(textRow);
                }
                g.writeStringField(e.getKey().column(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        if (t.printedShape().isPresent()) {
            printed(g, t.printedShape().get());
        }
        g.writeEndObject();
    }

    private static void values(JsonGenerator g, java.util.Map<String, CellValue> values) throws IOException {
        g.writeObjectFieldStart("values");
        for (var e : values.entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void printed(JsonGenerator g, PrintedShape shape) throws IOException {
        g.writeObjectFieldStart("printed");
        if (!shape.caption().isEmpty()) {
            g.writeStringField("caption", shape.caption());
        }
        g.writeArrayFieldStart("rows");
        for (PrintedShape.Row r : shape.rows()) {
            g.writeStartObject();
            if (r instanceof PrintedShape.FormRow f) {
                g.writeStringField("row", f.id());
                if (f.label().isPresent()) {
                    g.writeStringField("label", f.label().get());
                }
                if (f.unit().isPresent()) {
                    g.writeStringField("unit", f.unit().get());
                }
            } else if (r instanceof PrintedShape.ExtraRowAt x) {
                g.writeNumberField("extraRow", x.index());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("columns");
        for (PrintedShape.Column c : shape.columns()) {
            g.writeStartObject();
            if (c instanceof PrintedShape.FormColumn f) {
                g.writeStringField("column", f.id());
                if (f.label().isPresent()) {
                    g.writeStringField("label", f.label().get());
                }
            } else if (c instanceof PrintedShape.ExtraColumnAt x) {
                g.writeStringField("extraColumn", x.id());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Whether a report uses what only {@code xxgk.report/2} can say; a report that does not is written as
     * {@code xxgk.report/1}, so that readers of the first version still read it.
     */
    static boolean needsVersion2(AnnualReport report) {
        if (!report.closing().isEmpty() || holdTables(report.sections())) {
            return true;
        }
        for (StatisticsTable t : report.tables().values()) {
            if (t.printedShape().isPresent() || !t.extraColumns().isEmpty() || !t.texts().isEmpty()) {
                return true;
            }
            for (ExtraRow r : t.extraRows()) {
                if (r.partOf().isPresent() || r.values().values().stream().anyMatch(ReportWriter::fineAmount)) {
                    return true;
                }
            }
            for (CellDefinition c : t.definition().cells()) {
                if (fineAmount(t.valueAt(c.index()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An amount with more decimals than the first version of the format allowed (4). */
    private static boolean fineAmount(CellValue v) {
        return v instanceof Amount a && a.value().scale() > 4;
    }

    private static boolean holdTables(List<Section> sections) {
        for (Section s : sections) {
            if (!s.tables().isEmpty() || holdTables(s.subsections())) {
                return true;
            }
        }
        return false;
    }

    private static void value(JsonGenerator g, CellValue v) throws IOException {
        if (v instanceof Count c) {
            g.writeNumber(c.value());
        } else if (v instanceof SignedCount s) {
            g.writeNumber(s.value());
        } else if (v instanceof Amount a) {
            g.writeStartObject();
            g.writeStringField("amount", a.value().toPlainString());
            g.writeStringField("unit", a.unit().label().zh());
            g.writeEndObject();
        } else if (v.isNotApplicable()) {
            g.writeString("/");
        } else {
            g.writeNull();
        }
    }
}
