package io.github.xxgk.validation.internal;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import java.util.ArrayList;
import java.util.Comparator;
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
        entries.sort(ORDER);
        Finding[] out = new Finding[entries.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries.get(i).finding();
        }
        return List.of(out);
    }

    private static final Comparator<Entry> ORDER = Comparator.<Entry, Severity>comparing(e -> e.finding().severity())
            .thenComparingLong(Entry::order).thenComparing(e -> e.finding().ruleId());

    /** The order of a cell. */
    public static long cellOrder(int tableIndex, int cellIndex) {
        return TABLES + ((long) tableIndex << 20) + 1 + cellIndex;
    }

    /** The order of a table as a whole. */
    public static long tableOrder(int tableIndex) {
        return TABLES + ((long) tableIndex << 20);
    }

    /** The index of a key among the first {@code count} of an array, or -1. */
    private static int indexOf(Object[] keys, int count, Object key) {
        for (int k = 0; k < count; k++) {
            if (keys[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    private static final CellId[] NO_CELLS = {};
    private static final String[] NO_VALUES = {};

    /** A finding under construction. */
    public static final class F {
        private final String ruleId;
        private final Severity severity;
        private final Location location;
        private final Label basis;
        private final String key;
        private Optional<String> expected = Optional.empty();
        private Optional<String> actual = Optional.empty();
        private CellId[] derivedCells = NO_CELLS;
        private String[] derivedValues = NO_VALUES;
        private int derivedCount;
        private List<CellId> related = List.of();
        private List<CellId> cells;
        /** Argument names and their values: a {@link Label} or a {@code Supplier<Label>}. */
        private String[] argNames = new String[4];
        private Object[] argValues = new Object[4];
        private int argCount;

        public F(String ruleId, Severity severity, Location location, Label basis, String key) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.location = location;
            this.basis = basis;
            this.key = key;
            arg("where", location.name());
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
            int k = indexOf(derivedCells, derivedCount, cell);
            if (k >= 0) {
                derivedValues[k] = value;
                return this;
            }
            if (derivedCount == derivedCells.length) {
                derivedCells = java.util.Arrays.copyOf(derivedCells, Math.max(4, 2 * derivedCount));
                derivedValues = java.util.Arrays.copyOf(derivedValues, derivedCells.length);
            }
            derivedCells[derivedCount] = java.util.Objects.requireNonNull(cell, "cell");
            derivedValues[derivedCount++] = java.util.Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The values derived for blank cells, given at once: the cells are distinct (as the cells of a
         * table are), the first {@code n} of the arrays are taken.
         */
        public F derivedAll(CellId[] cells, String[] values, int n) {
            derivedCells = java.util.Arrays.copyOf(cells, n);
            derivedValues = java.util.Arrays.copyOf(values, n);
            derivedCount = n;
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
            return put(name, java.util.Objects.requireNonNull(value, name));
        }

        /** An argument worded only when the message is asked for (see {@link FrozenMap}). */
        public F lazyArg(String name, java.util.function.Supplier<Label> value) {
            return put(name, new FrozenMap.Lazy(java.util.Objects.requireNonNull(value, name)));
        }

        private F put(String name, Object value) {
            int k = indexOf(argNames, argCount, name);
            if (k >= 0) {
                argValues[k] = value;
                return this;
            }
            if (argCount == argNames.length) {
                argNames = java.util.Arrays.copyOf(argNames, 2 * argCount);
                argValues = java.util.Arrays.copyOf(argValues, 2 * argCount);
            }
            argNames[argCount] = name;
            argValues[argCount++] = value;
            return this;
        }

        public F arg(String name, String value) {
            return arg(name, new Label(value, value));
        }

        public Finding done() {
            List<CellId> marked = cells != null ? cells : location.cell().map(List::of).orElse(List.of());
            Map<String, Label> args = new FrozenMap<>(argNames, argValues, argCount);
            Map<CellId, String> derived = derivedCount == 0 ? FrozenMap.empty() : new FrozenMap<>(derivedCells, derivedValues, derivedCount);
            return new Finding(ruleId, severity, location, basis, expected, actual, derived, related, marked, key, args);
        }
    }
}
