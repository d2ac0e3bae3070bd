package io.github.xxgk.validation.internal;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How findings name the cells of a table for a person: a cell in a formula by the shortest name that
 * tells the formula's cells apart (the row's numbering, {@code 一+二−四}, when they share a column; the
 * column, {@code 自然人+商业企业}, when they share a row; else the cell's address without the table), and
 * a list of cells grouped by row ({@code 三、（三）1.属于国家秘密：自然人、商业企业}). Every name comes from
 * the form definition; the compiled arithmetic of a table computes them once. Not API.
 */
final class Formulas {

    private Formulas() {
    }

    /**
     * The other side of a relation solved for one of its cells: {@code target = formula}.
     *
     * @param def the table
     * @param left the left-hand terms (current year only)
     * @param right the right-hand terms
     * @param target the cell solved for
     * @return the formula in both languages, such as {@code 一+二−四}
     */
    static Label solvedFor(TableDefinition def, List<Term> left, List<Term> right, CellId target) {
        boolean onLeft = left.stream().anyMatch(t -> t.cell().equals(target));
        List<Term> own = onLeft ? left : right;
        List<Term> other = onLeft ? right : left;
        int factor = own.stream().filter(t -> t.cell().equals(target)).findFirst().orElseThrow().factor();
        List<CellId> all = new ArrayList<>();
        left.forEach(t -> all.add(t.cell()));
        right.forEach(t -> all.add(t.cell()));
        Map<CellId, Label> names = names(def, all);
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Term t : other) {
            term(zh, en, names.get(t.cell()), t.factor(), false);
        }
        for (Term t : own) {
            if (!t.cell().equals(target)) {
                term(zh, en, names.get(t.cell()), t.factor(), true);
            }
        }
        if (zh.length() == 0) {
            zh.append('0');
            en.append('0');
        }
        if (factor != 1) {
            return new Label("（" + zh + "）÷" + factor, "(" + en + ") ÷ " + factor);
        }
        return new Label(zh.toString(), en.toString());
    }

    /** The sum of some cells: {@code 1+2+3}. */
    static Label sum(TableDefinition def, List<CellId> parts) {
        Map<CellId, Label> names = names(def, parts);
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (CellId p : parts) {
            term(zh, en, names.get(p), 1, false);
        }
        return new Label(zh.toString(), en.toString());
    }

    private static void term(StringBuilder zh, StringBuilder en, Label name, int factor, boolean minus) {
        if (minus) {
            zh.append('−');
            en.append(" − ");
        } else if (zh.length() > 0) {
            zh.append('+');
            en.append(" + ");
        }
        if (factor != 1) {
            zh.append(factor).append('×');
            en.append(factor).append(" × ");
        }
        zh.append(name.zh());
        en.append(name.en());
    }

    /** The shortest names that tell some cells of a table apart. */
    static Map<CellId, Label> names(TableDefinition def, List<CellId> cells) {
        Map<CellId, Label> out = new LinkedHashMap<>();
        boolean oneColumn = cells.stream().map(CellId::column).distinct().count() == 1;
        boolean oneRow = cells.stream().map(CellId::row).distinct().count() == 1;
        if (oneColumn) {
            Set<String> numberings = new HashSet<>();
            boolean usable = true;
            for (CellId c : cells) {
                String n = stripped(row(def, c).numbering());
                usable &= !n.isEmpty() && numberings.add(n);
            }
            for (CellId c : cells) {
                RowDefinition r = row(def, c);
                out.put(c, usable ? new Label(stripped(r.numbering()), stripped(TableDefinition.englishNumbering(r.numbering())))
                        : r.label());
            }
            if (usable || distinct(out)) {
                return out;
            }
        }
        if (oneRow) {
            out.clear();
            for (CellId c : cells) {
                out.put(c, column(def, c));
            }
            if (distinct(out)) {
                return out;
            }
        }
        out.clear();
        for (CellId c : cells) {
            out.put(c, withoutTable(def, c));
        }
        return out;
    }

    private static boolean distinct(Map<CellId, Label> names) {
        return names.values().stream().map(Label::zh).distinct().count() == names.size();
    }

    /** A cell's address without the table's number: {@code 三、（七）总计 × 自然人}. */
    static Label withoutTable(TableDefinition def, CellId cell) {
        Label name = def.cell(cell).orElseThrow().name();
        return new Label(after(name.zh(), def.number().zh()), after(name.en(), def.number().en()));
    }

    /** The row part of a cell's address: {@code 三、（七）总计}. */
    static Label rowOf(TableDefinition def, CellId cell) {
        Label name = withoutTable(def, cell);
        return new Label(beforeTimes(name.zh()), beforeTimes(name.en()));
    }

    /** The column name of a cell, unique within its block: {@code 自然人}. */
    static Label column(TableDefinition def, CellId cell) {
        BlockDefinition block = def.blockOf(cell.row()).orElseThrow();
        ColumnDefinition column = block.leafColumns().stream().filter(c -> c.id().equals(cell.column())).findFirst().orElseThrow();
        return TableDefinition.columnName(block, column);
    }

    /**
     * The names of a table's cells for lists by row, computed once per table: each cell's row name,
     * column name and how many national cells its row has.
     */
    static final class Names {
        private final Label[] rows;
        private final Label[] columns;
        private final int[] widths;

        Names(TableDefinition def) {
            List<CellDefinition> all = def.cells();
            rows = new Label[all.size()];
            columns = new Label[all.size()];
            widths = new int[all.size()];
            Map<String, Integer> width = new LinkedHashMap<>();
            for (CellDefinition c : all) {
                if (!c.extension()) {
                    width.merge(c.id().row(), 1, Integer::sum);
                }
            }
            for (CellDefinition c : all) {
                rows[c.index()] = rowOf(def, c.id());
                columns[c.index()] = column(def, c.id());
                widths[c.index()] = width.getOrDefault(c.id().row(), 0);
            }
        }

        /**
         * Cells listed by row: a row whose every cell is listed by its name and {@code （整行）}, else its
         * name and its listed columns; rows separated by {@code ；}.
         *
         * @param cells the cells, in the table's order
         * @param notes a note to append to a cell's column name, when there is one
         * @return the list in both languages
         */
        Label list(List<CellDefinition> cells, Map<CellId, Label> notes) {
            StringBuilder zh = new StringBuilder(cells.size() * 16);
            StringBuilder en = new StringBuilder(cells.size() * 24);
            int i = 0;
            while (i < cells.size()) {
                String row = cells.get(i).id().row();
                int end = i;
                boolean noted = false;
                while (end < cells.size() && cells.get(end).id().row().equals(row)) {
                    noted |= notes.containsKey(cells.get(end).id());
                    end++;
                }
                int first = cells.get(i).index();
                if (zh.length() > 0) {
                    zh.append('；');
                    en.append("; ");
                }
                zh.append(rows[first].zh());
                en.append(rows[first].en());
                if (end - i == widths[first] && widths[first] > 1 && !noted) {
                    zh.append("（整行）");
                    en.append(" (whole row)");
                } else {
                    zh.append('：');
                    en.append(": ");
                    for (int k = i; k < end; k++) {
                        CellDefinition c = cells.get(k);
                        Label col = columns[c.index()];
                        zh.append(k > i ? "、" : "").append(col.zh());
                        en.append(k > i ? ", " : "").append(col.en());
                        Label note = notes.get(c.id());
                        if (note != null) {
                            zh.append(note.zh());
                            en.append(note.en());
                        }
                    }
                }
                i = end;
            }
            return new Label(zh.toString(), en.toString());
        }
    }

    private static RowDefinition row(TableDefinition def, CellId c) {
        return def.row(c.row()).orElseThrow();
    }

    private static String stripped(String numbering) {
        String s = numbering.strip();
        while (!s.isEmpty() && "、.．:：".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static String after(String name, String prefix) {
        return name.startsWith(prefix + " ") ? name.substring(prefix.length() + 1) : name;
    }

    private static String beforeTimes(String name) {
        int i = name.indexOf(" × ");
        return i < 0 ? name : name.substring(0, i);
    }
}
