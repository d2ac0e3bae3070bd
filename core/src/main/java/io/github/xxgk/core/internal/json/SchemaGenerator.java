package io.github.xxgk.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Generates the JSON Schema (draft 2020-12) of the report format from the form definitions, so the
 * schema never repeats an id by hand. The generated text is shipped as
 * {@code io/github/xxgk/core/report.schema.json}; a test keeps the two identical. Not API.
 */
public final class SchemaGenerator {

    private SchemaGenerator() {
    }

    /** The schema, as the text shipped in the jar. */
    public static String generate() {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("$id", "https://xxgk.github.io/schema/" + ReportReader.FORMAT.replace('/', '-') + ".json");
            g.writeStringField("title", "xxgk annual report (政府信息公开工作年度报告)");
            g.writeStringField("type", "object");
            strings(g, "required", "format", "edition", "agency", "year");
            g.writeBooleanField("additionalProperties", false);
            g.writeObjectFieldStart("properties");
            enumField(g, "format", ReportReader.FORMAT, ReportReader.FORMAT_1);
            enumField(g, "edition", names(Edition.values()));
            g.writeObjectFieldStart("agency");
            closedObject(g, "name");
            nonBlank(g, "name");
            enumField(g, "kind", names(AgencyKind.values()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("year");
            g.writeStringField("type", "integer");
            g.writeNumberField("minimum", AnnualReport.FIRST_YEAR);
            g.writeNumberField("maximum", AnnualReport.LAST_YEAR);
            g.writeEndObject();
            g.writeObjectFieldStart("publicationDate");
            g.writeStringField("type", "string");
            g.writeStringField("format", "date");
            g.writeStringField("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            g.writeEndObject();
            typed(g, "title", "string");
            g.writeObjectFieldStart("preamble");
            g.writeStringField("type", "array");
            g.writeObjectFieldStart("items");
            g.writeStringField("type", "string");
            g.writeEndObject();
            g.writeEndObject();
            typed(g, "sections", "array");
            typed(g, "tables", "object");
            stringArray(g, "closing");
            g.writeEndObject();

            g.writeArrayFieldStart("allOf");
            for (Edition e : Edition.values()) {
                edition(g, e.form());
            }
            g.writeEndArray();

            g.writeObjectFieldStart("$defs");
            for (Edition e : Edition.values()) {
                section(g, e.form());
            }
            g.writeObjectFieldStart("blank");
            g.writeStringField("description", "BLANK: the cell was left empty (an absent cell is blank too)");
            g.writeStringField("type", "null");
            g.writeEndObject();
            g.writeObjectFieldStart("notApplicable");
            g.writeStringField("description", "NOT_APPLICABLE: the cell holds “/”");
            g.writeStringField("const", "/");
            g.writeEndObject();
            g.writeObjectFieldStart("COUNT");
            g.writeArrayFieldStart("oneOf");
            g.writeStartObject();
            g.writeStringField("type", "integer");
            g.writeNumberField("minimum", 0);
            g.writeNumberField("maximum", Long.MAX_VALUE);
            g.writeEndObject();
            refs(g, "#/$defs/blank", "#/$defs/notApplicable");
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("SIGNED_COUNT");
            g.writeArrayFieldStart("oneOf");
            g.writeStartObject();
            g.writeStringField("type", "integer");
            g.writeNumberField("minimum", Long.MIN_VALUE);
            g.writeNumberField("maximum", Long.MAX_VALUE);
            g.writeEndObject();
            refs(g, "#/$defs/blank", "#/$defs/notApplicable");
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("amountValue");
            g.writeStringField("type", "object");
            strings(g, "required", "amount", "unit");
            g.writeBooleanField("additionalProperties", false);
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart("amount");
            g.writeStringField("type", "string");
            g.writeStringField("pattern", "^[0-9]{1," + Amount.MAX_DIGITS + "}(\\.[0-9]{1," + Amount.MAX_DIGITS + "})?$");
            g.writeNumberField("maxLength", Amount.MAX_DIGITS + 1);
            g.writeEndObject();
            String[] units = new String[MoneyUnit.values().length];
            for (int i = 0; i < units.length; i++) {
                units[i] = MoneyUnit.values()[i].label().zh();
            }
            enumField(g, "unit", units);
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("AMOUNT");
            g.writeArrayFieldStart("oneOf");
            refs(g, "#/$defs/amountValue", "#/$defs/blank", "#/$defs/notApplicable");
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("extraRows");
            g.writeStringField("type", "array");
            g.writeObjectFieldStart("items");
            closedObject(g, "label");
            nonBlank(g, "label");
            typed(g, "unit", "string");
            extraValues(g);
            typed(g, "partOf", "string");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("extraColumns");
            g.writeStringField("description", "columns printed that the form lacks (xxgk.report/2)");
            g.writeStringField("type", "array");
            g.writeObjectFieldStart("items");
            closedObject(g, "id", "label");
            typed(g, "id", "string");
            nonBlank(g, "label");
            extraValues(g);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("texts");
            g.writeStringField("description", "text printed in numeric cells that hold no value, by row and column (xxgk.report/2)");
            g.writeStringField("type", "object");
            g.writeObjectFieldStart("additionalProperties");
            g.writeStringField("type", "object");
            g.writeObjectFieldStart("additionalProperties");
            g.writeStringField("type", "string");
            g.writeNumberField("minLength", 1);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            printed(g);
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void edition(JsonGenerator g, FormDefinition form) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("if");
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart("edition");
        g.writeStringField("const", form.edition().name());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("then");
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart("sections");
        g.writeObjectFieldStart("items");
        g.writeStringField("$ref", "#/$defs/section_" + form.edition().name());
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("tables");
        g.writeBooleanField("additionalProperties", false);
        g.writeObjectFieldStart("properties");
        for (TableDefinition t : form.tables()) {
            table(g, t);
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void table(JsonGenerator g, TableDefinition t) throws IOException {
        g.writeObjectFieldStart(t.id());
        g.writeStringField("description", t.number().zh() + " " + t.title().zh());
        g.writeStringField("type", "object");
        g.writeBooleanField("additionalProperties", false);
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart("cells");
        g.writeStringField("type", "object");
        g.writeBooleanField("additionalProperties", false);
        g.writeObjectFieldStart("properties");
        for (BlockDefinition b : t.blocks()) {
            for (RowDefinition r : b.allRows()) {
                if (!r.hasCells()) {
                    continue;
                }
                g.writeObjectFieldStart(r.id());
                g.writeStringField("description", r.printed());
                g.writeStringField("type", "object");
                g.writeBooleanField("additionalProperties", false);
                g.writeObjectFieldStart("properties");
                for (CellDefinition c : t.cells()) {
                    if (c.id().row().equals(r.id())) {
                        g.writeObjectFieldStart(c.id().column());
                        g.writeStringField("description", c.name().zh());
                        g.writeStringField("$ref", "#/$defs/" + c.kind().name());
                        g.writeEndObject();
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeEndObject();
        for (String field : new String[] {"extraRows", "extraColumns", "texts", "printed"}) {
            g.writeObjectFieldStart(field);
            g.writeStringField("$ref", "#/$defs/" + field);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void extraValues(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("values");
        g.writeStringField("type", "object");
        g.writeObjectFieldStart("additionalProperties");
        g.writeArrayFieldStart("oneOf");
        g.writeStartObject();
        g.writeStringField("type", "integer");
        g.writeNumberField("minimum", 0);
        g.writeNumberField("maximum", Long.MAX_VALUE);
        g.writeEndObject();
        refs(g, "#/$defs/amountValue", "#/$defs/blank", "#/$defs/notApplicable");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The printed shape of a table (xxgk.report/2). */
    private static void printed(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("printed");
        g.writeStringField("description", "how the page printed the table, where not in the form's shape (xxgk.report/2)");
        closedObject(g, "rows", "columns");
        typed(g, "caption", "string");
        placements(g, "rows", "row", new String[] {"label", "unit"}, "extraRow", "integer");
        placements(g, "columns", "column", new String[] {"label"}, "extraColumn", "string");
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A list of printed rows or columns: each either a form entry ({@code formKey} with optional string
     * fields) or the place of an extra one ({@code extraKey}, an index or an id).
     */
    private static void placements(JsonGenerator g, String field, String formKey, String[] optional, String extraKey,
            String extraType) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        g.writeArrayFieldStart("oneOf");
        g.writeStartObject();
        closedObject(g, formKey);
        typed(g, formKey, "string");
        for (String o : optional) {
            typed(g, o, "string");
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeStartObject();
        closedObject(g, extraKey);
        g.writeObjectFieldStart(extraKey);
        g.writeStringField("type", extraType);
        if (extraType.equals("integer")) {
            g.writeNumberField("minimum", 0);
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }


    private static void stringArray(JsonGenerator g, String field) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        g.writeStringField("type", "string");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, FormDefinition form) throws IOException {
        g.writeObjectFieldStart("section_" + form.edition().name());
        g.writeStringField("type", "object");
        g.writeBooleanField("additionalProperties", false);
        g.writeObjectFieldStart("properties");
        String[] ids = form.sections().stream().map(SectionDefinition::id).toArray(String[]::new);
        enumField(g, "form", ids);
        typed(g, "numbering", "string");
        typed(g, "title", "string");
        g.writeObjectFieldStart("paragraphs");
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        g.writeStringField("type", "string");
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("subsections");
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        g.writeStringField("$ref", "#/$defs/section_" + form.edition().name());
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("tables");
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        strings(g, "enum", form.tables().stream().map(TableDefinition::id).toArray(String[]::new));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Opens a closed object schema with required fields and opens its {@code properties}. */
    private static void closedObject(JsonGenerator g, String... required) throws IOException {
        g.writeStringField("type", "object");
        strings(g, "required", required);
        g.writeBooleanField("additionalProperties", false);
        g.writeObjectFieldStart("properties");
    }

    /** A property that is a string with a non-blank character. */
    private static void nonBlank(JsonGenerator g, String field) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("type", "string");
        g.writeStringField("pattern", "\\S");
        g.writeEndObject();
    }

    private static String[] names(Enum<?>[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].name();
        }
        return out;
    }

    private static void typed(JsonGenerator g, String field, String type) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("type", type);
        g.writeEndObject();
    }

    private static void enumField(JsonGenerator g, String field, String... values) throws IOException {
        g.writeObjectFieldStart(field);
        strings(g, "enum", values);
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, String... values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void refs(JsonGenerator g, String... refs) throws IOException {
        for (String r : refs) {
            g.writeStartObject();
            g.writeStringField("$ref", r);
            g.writeEndObject();
        }
    }
}
