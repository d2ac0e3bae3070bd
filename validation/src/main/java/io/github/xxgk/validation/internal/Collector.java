package io.github.xxgk.validation.internal;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the findings of one validation with their place in the stable order: severity, then place
 * in the report, then rule id. Not API.
 */
public final class Collector {

    /** Orders: report, sections in document order, then tables and their cells in the form's order. */
    public static final long REPORT = 0;
    /** The first order of sections. */
    public static final long SECTIONS = 1L << 40;
    /** The first order of tables. */
    public static final long TABLES = 2L << 40;

    private record Entry(long order, Finding finding) {
    }

    private List<Entry> entries;

    /** Adds a finding at an order. */
    public void add(long order, Finding finding) {
        if (entries == null) {
            entries = new ArrayList<>();
        }
        entries.add(new Entry(order, finding));
    }

    /** The findings in order. */
    public List<Finding> findings() {
        if (entries == null) {
            return List.of();
        }
        entries.sort(Comparator.<Entry, Severity>comparing(e -> e.finding().severity()).thenComparingLong(Entry::order)
                .thenComparing(e -> e.finding().ruleId()));
        return entries.stream().map(Entry::finding).toList();
    }

    /** The order of a cell. */
    public static long cellOrder(int tableIndex, int cellIndex) {
        return TABLES + ((long) tableIndex << 20) + 1 + cellIndex;
    }

    /** The order of a table as a whole. */
    public static long tableOrder(int tableIndex) {
        return TABLES + ((long) tableIndex << 20);
    }

    /** A finding under construction. */
    public static final class F {
        private final String ruleId;
        private final Severity severity;
        private final Location location;
        private final Label basis;
        private final String key;
        private Optional<String> expected = Optional.empty();
        private Optional<String> actual = Optional.empty();
        private final Map<CellId, String> derived = new LinkedHashMap<>();
        private List<CellId> related = List.of();
        private List<CellId> cells;
        private final Map<String, Label> args = new LinkedHashMap<>();

        public F(String ruleId, Severity severity, Location location, Label basis, String key) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.location = location;
            this.basis = basis;
            this.key = key;
            args.put("where", location.name());
        }

        public F expected(String value) {
            expected = Optional.of(value);
            return arg("expected", value);
        }

        public F actual(String value) {
            actual = Optional.of(value);
            return arg("actual", value);
        }

        public F derived(CellId cell, String value) {
            derived.put(cell, value);
            return this;
        }

        public F related(List<CellId> cells) {
            related = cells;
            return this;
        }

        /** The printed cells the finding is about (by default the cell it sits on). */
        public F cells(List<CellId> marked) {
            cells = marked;
            return this;
        }

        public F arg(String name, Label value) {
            args.put(name, value);
            return this;
        }

        public F arg(String name, String value) {
            return arg(name, new Label(value, value));
        }

        public Finding done() {
            List<CellId> marked = cells != null ? cells : location.cell().map(List::of).orElse(List.of());
            return new Finding(ruleId, severity, location, basis, expected, actual, derived, related, marked, key, args);
        }
    }
}
