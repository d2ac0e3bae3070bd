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
 * about: its own cell, a table's blank cells, an unprinted subtotal's parts).
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
}
