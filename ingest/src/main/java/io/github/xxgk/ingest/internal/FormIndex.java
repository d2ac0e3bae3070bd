package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.RowRole;
import io.github.xxgk.core.form.StubLayout;
import io.github.xxgk.core.form.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labels of one table definition under their {@link Keys}: rows (numbering with label, label
 * alone, each variant), leaf columns with the labels of their groups, block captions, stub headers
 * and notes. Built from the form definitions only. Not API.
 */
final class FormIndex {

    /** A row of the form with its parents and block. */
    record RowRef(RowDefinition row, List<RowDefinition> parents, BlockDefinition block) {
    }

    /** A leaf column with the groups above it and its block. */
    record ColumnRef(ColumnDefinition column, List<ColumnDefinition> groups, BlockDefinition block) {
    }

    final TableDefinition table;
    final List<RowRef> rows = new ArrayList<>();
    final List<ColumnRef> columns = new ArrayList<>();
    final Map<String, List<RowRef>> rowsByKey = new HashMap<>();
    final Map<String, List<ColumnRef>> columnsByKey = new HashMap<>();
    final Set<String> groupKeys = new HashSet<>();
    final Map<String, BlockDefinition> captions = new HashMap<>();
    final Set<String> stubKeys = new HashSet<>();
    final Set<String> allKeys = new HashSet<>();

    private static final Map<TableDefinition, FormIndex> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The index of a table definition, built once (definitions are constants of their edition). */
    static FormIndex of(TableDefinition table) {
        return CACHE.computeIfAbsent(table, FormIndex::new);
    }

    /** The table's cells by row id and column id, found without making a cell id. */
    private final Map<String, Map<String, CellDefinition>> cells = new HashMap<>();

    /** The rows the form prints (value rows; in a list with units, the subtotals too), by id, in order. */
    final List<String> formRows;
    /** {@link #formRows} as a set. */
    final Set<String> formRowSet;
    /** The leaf columns the form prints, provincial extensions left out, by id, in order. */
    final List<String> formColumns;
    /** The provincial extension columns, by id. */
    final Set<String> extensionColumns;

    /** Each block's leaf columns, found once. */
    private final Map<BlockDefinition, List<ColumnDefinition>> leaves = new java.util.IdentityHashMap<>();

    /** A block's leaf columns, as {@link BlockDefinition#leafColumns} gives them. */
    List<ColumnDefinition> leafColumns(BlockDefinition block) {
        List<ColumnDefinition> known = leaves.get(block);
        return known != null ? known : block.leafColumns();
    }

    /** The table's cell at a row and column, as {@link TableDefinition#cell} finds it by its id. */
    Optional<CellDefinition> cell(String row, String column) {
        Map<String, CellDefinition> ofRow = cells.get(row);
        return ofRow == null ? Optional.empty() : Optional.ofNullable(ofRow.get(column));
    }

    /** Every label key, by its first character, longest first. */
    final Map<Character, List<String>> byFirst = new HashMap<>();

    /** A bit for each character some label key starts with. */
    private final long[] firstChars = new long[1024];
    /** A bit for each character a one-character label key is. */
    private final long[] singleChars = new long[1024];
    /** A bit for each hash ({@link #pair}) of the first two characters of a label key. */
    private final long[] firstPairs = new long[1024];

    private FormIndex(TableDefinition table) {
        this.table = table;
        for (CellDefinition cd : table.cells()) {
            cells.computeIfAbsent(cd.id().row(), k -> new HashMap<>()).putIfAbsent(cd.id().column(), cd);
        }
        for (BlockDefinition b : table.blocks()) {
            leaves.put(b, List.copyOf(b.leafColumns()));
            b.caption().ifPresent(c -> captions.put(Keys.of(c.zh()), b));
            b.stub().ifPresent(s -> stubKeys.add(Keys.of(s.zh())));
            b.stubNote().ifPresent(s -> stubKeys.add(Keys.of(s.zh())));
            rows(b, b.rows(), new ArrayList<>());
            for (ColumnDefinition c : b.columns()) {
                columns(b, c, new ArrayList<>());
            }
        }
        allKeys.addAll(rowsByKey.keySet());
        allKeys.addAll(columnsByKey.keySet());
        allKeys.addAll(groupKeys);
        allKeys.addAll(captions.keySet());
        allKeys.addAll(stubKeys);
        for (String k : allKeys) {
            if (!k.isEmpty()) {
                byFirst.computeIfAbsent(k.charAt(0), x -> new ArrayList<>()).add(k);
                set(firstChars, k.charAt(0));
                if (k.length() == 1) {
                    set(singleChars, k.charAt(0));
                } else {
                    set(firstPairs, pair(k.charAt(0), k.charAt(1)));
                }
            }
        }
        byFirst.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(String::length).reversed()));
        List<String> printedRows = new ArrayList<>();
        List<String> printedColumns = new ArrayList<>();
        Set<String> extensions = new HashSet<>();
        for (BlockDefinition b : table.blocks()) {
            for (RowDefinition r : b.allRows()) {
                // a list with units (the legacy table) prints its subtotals' figures too
                boolean printed = r.role() == RowRole.VALUE
                        || r.role() == RowRole.IMPLIED && b.layout() == StubLayout.LIST_WITH_UNIT;
                if (printed && !printedRows.contains(r.id())) {
                    printedRows.add(r.id());
                }
            }
            for (ColumnDefinition c : b.leafColumns()) {
                if (!c.extension() && !printedColumns.contains(c.id())) {
                    printedColumns.add(c.id());
                }
                if (c.extension()) {
                    extensions.add(c.id());
                }
            }
        }
        formRows = List.copyOf(printedRows);
        formRowSet = Set.copyOf(printedRows);
        formColumns = List.copyOf(printedColumns);
        extensionColumns = Set.copyOf(extensions);
    }

    private void rows(BlockDefinition block, List<RowDefinition> defs, List<RowDefinition> parents) {
        for (RowDefinition r : defs) {
            RowRef ref = new RowRef(r, List.copyOf(parents), block);
            rows.add(ref);
            Set<String> keys = new HashSet<>();
            keys.add(Keys.of(r.numbering() + r.label().zh()));
            keys.add(Keys.of(r.label().zh()));
            for (String v : r.variants()) {
                keys.add(Keys.of(v));
                keys.add(Keys.of(r.numbering() + v));
            }
            for (String k : keys) {
                rowsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(ref);
            }
            parents.add(r);
            rows(block, r.children(), parents);
            parents.remove(parents.size() - 1);
        }
    }

    private void columns(BlockDefinition block, ColumnDefinition c, List<ColumnDefinition> groups) {
        if (c.isLeaf()) {
            ColumnRef ref = new ColumnRef(c, List.copyOf(groups), block);
            columns.add(ref);
            Set<String> keys = new HashSet<>();
            keys.add(Keys.of(c.label().zh()));
            c.variants().forEach(v -> keys.add(Keys.of(v)));
            for (String k : keys) {
                columnsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(ref);
            }
            return;
        }
        groupKeys.add(Keys.of(c.label().zh()));
        c.variants().forEach(v -> groupKeys.add(Keys.of(v)));
        groups.add(c);
        for (ColumnDefinition child : c.children()) {
            columns(block, child, groups);
        }
        groups.remove(groups.size() - 1);
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    private static boolean has(long[] bits, int i) {
        return (bits[i >>> 6] & 1L << i) != 0;
    }

    private static int pair(char a, char b) {
        return (a * 31 + b) & 0xffff;
    }

    /**
     * Whether a label key may start at k of a key: false when none starts with its character, or with
     * its two characters (a quick answer before the labels are compared; true may still match none).
     */
    boolean mayStart(String key, int k) {
        char c = key.charAt(k);
        if (!has(firstChars, c)) {
            return false;
        }
        return k + 1 >= key.length() || has(singleChars, c) || has(firstPairs, pair(c, key.charAt(k + 1)));
    }

    /** The keys of a column group or leaf: its label and variants. */
    static Set<String> keysOf(ColumnDefinition c) {
        Set<String> keys = new HashSet<>();
        keys.add(Keys.of(c.label().zh()));
        c.variants().forEach(v -> keys.add(Keys.of(v)));
        return keys;
    }

    /** Each row's keys, found once (definitions are constants of their edition), by identity. */
    private static final Map<RowDefinition, Set<String>> ROW_KEYS =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** The keys of a row: numbering with label, label alone, variants. */
    static Set<String> keysOf(RowDefinition r) {
        Set<String> known = ROW_KEYS.get(r);
        if (known == null) {
            known = Set.copyOf(rowKeys(r));
            ROW_KEYS.put(r, known);
        }
        return known;
    }

    private static Set<String> rowKeys(RowDefinition r) {
        Set<String> keys = new HashSet<>();
        keys.add(Keys.of(r.numbering() + r.label().zh()));
        keys.add(Keys.of(r.label().zh()));
        for (String v : r.variants()) {
            keys.add(Keys.of(v));
            keys.add(Keys.of(r.numbering() + v));
        }
        return keys;
    }

    /** How many of the texts are labels of this table. */
    int score(List<String> texts) {
        int n = 0;
        for (String t : texts) {
            if (allKeys.contains(Keys.of(t))) {
                n++;
            } else if (Texts.collapse(t).indexOf(' ') > 0) {
                // a flat label printing its groups first (行政复议 结果维持, （三）不予公开 1.属于国家秘密)
                String[] pieces = Texts.collapse(t).split(" ");
                if (pieces.length > 1 && java.util.Arrays.stream(pieces).allMatch(p -> allKeys.contains(Keys.of(p)))) {
                    n++;
                }
            }
        }
        return n;
    }
}
