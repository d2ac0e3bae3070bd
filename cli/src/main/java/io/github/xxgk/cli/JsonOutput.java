package io.github.xxgk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.ingest.Provenance;
import java.io.IOException;
import java.util.List;

/**
 * The field {@code xxgk validate --format json} adds to a finding of a report read from a published
 * source (the finding's own fields are {@link io.github.xxgk.validation.json.FindingJson}'s):
 * {@code source}, where in the source a person finds what the finding is about.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    /**
     * The {@code source} field: for each place, {@code of} (a cell id, a JSON pointer into the report, or
     * {@code note}), {@code location} (the place described for a person), {@code kind} (the kind of
     * place: HtmlCell, HtmlElement, TextRange, PageBox, DocumentParagraph, DocumentCell, SheetCell) and
     * that kind's fields (an HTML cell's table, row, column and element; a text range's start and end).
     */
    static void source(JsonGenerator g, List<Provenance.Place> places) throws IOException {
        if (places.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("source");
        for (Provenance.Place p : places) {
            g.writeStartObject();
            g.writeStringField("of", p.of());
            g.writeStringField("location", p.location().describe());
            g.writeStringField("kind", p.location().getClass().getSimpleName());
            for (java.lang.reflect.RecordComponent c : p.location().getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(p.location());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v instanceof Integer n) {
                    g.writeNumberField(c.getName(), n);
                } else if (v instanceof Double d) {
                    g.writeNumberField(c.getName(), d);
                } else {
                    g.writeStringField(c.getName(), String.valueOf(v));
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
