package io.github.xxgk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The cell fields of a finding in {@code xxgk validate --format json}, each written only when it has
 * something: {@code derived} (the values the other cells give blank or unprinted cells, by cell id),
 * {@code related} (the other cells of the relation) and {@code cells} (the printed cells the finding is
 * about: its own cell, a table's blank cells, an unprinted subtotal's parts); and for a report read from
 * a published page or dump, {@code source}: where in the source a person finds what the finding is about.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    static void cells(JsonGenerator g, Finding f) throws IOException {
        if (!f.derived().isEmpty()) {
            g.writeObjectFieldStart("derived");
            for (Map.Entry<CellId, String> e : f.derived().entrySet()) {
                g.writeStringField(e.getKey().toString(), e.getValue());
            }
            g.writeEndObject();
        }
        ids(g, "related", f.related());
        ids(g, "cells", f.cells());
    }

    private static void ids(JsonGenerator g, String name, List<CellId> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (CellId id : ids) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
    }

    /**
     * The {@code source} field: for each place, {@code of} (a cell id, a JSON pointer into the report, or
     * {@code note}), {@code location} (the place described for a person), {@code kind} (the kind of
     * place: HtmlCell, HtmlElement, TextRange, PageBox, DocumentParagraph, DocumentCell, SheetCell) and
     * that kind's fields (an HTML cell's table, row, column and element; a text range's start and end).
     */
    static void source(JsonGenerator g, List<io.github.xxgk.ingest.Provenance.Place> places) throws IOException {
        if (places.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("source");
        for (io.github.xxgk.ingest.Provenance.Place p : places) {
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
