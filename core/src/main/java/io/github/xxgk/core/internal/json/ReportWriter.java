package io.github.xxgk.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.ExtraRow;
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
            g.writeStringField("format", ReportReader.FORMAT);
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
            g.writeStringField("title", report.title());
            strings(g, "preamble", report.preamble());
            sections(g, "sections", report.sections());
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
                g.writeObjectFieldStart("values");
                for (var e : r.values().entrySet()) {
                    g.writeFieldName(e.getKey());
                    value(g, e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
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
