package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The splits of a row's run-together digits into its cells (READ-SPLIT's candidates): every split of the run into
 * numbers without leading zeros, bounded, a run too long to enumerate being left ambiguous; a run whose last cell
 * is an amount keeps its decimals and unit there. {@link SplitChoice} then chooses among them. Not API.
 */
final class DigitRuns {

    private DigitRuns() {
    }

    /** The most splits tried for one run before it is called ambiguous. */
    private static final int MAX_SPLITS = 50_000;

    /** Splits every row's run into its cells, using the relations across rows. */
    static List<GridReader.ResolvedRow> split(TableDefinition def, List<DumpTables.Pending> rows, List<Note> notes,
            StatedFigures stated) {
        List<List<String[]>> candidates = new ArrayList<>();
        List<Boolean> enumerated = new ArrayList<>();
        java.util.Set<Integer> tooMany = new java.util.HashSet<>();
        // the same run into as many cells (0000000, row after row) is enumerated once; each row gets its
        // own list of the same (never changed) candidates
        Map<List<Object>, List<String[]>> seenRuns = new HashMap<>();
        Map<List<Object>, Boolean> seenSettled = new HashMap<>();
        for (DumpTables.Pending p : rows) {
            int n = p.columns().size();
            if (p.chunks().size() == n) {
                candidates.add(List.<String[]>of(p.chunks().toArray(new String[0])));
                enumerated.add(false);
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String chunk : p.chunks()) {
                parts.add(Keys.of(chunk));
            }
            boolean signed = p.columns().stream()
                    .anyMatch(col -> col.column().kind().orElse(ValueKind.COUNT) == ValueKind.SIGNED_COUNT);
            List<Object> run = List.of(parts, n, signed);
            List<String[]> known = seenRuns.get(run);
            List<String[]> c;
            boolean settled;
            if (known != null) {
                c = new ArrayList<>(known);
                settled = seenSettled.get(run);
            } else {
                c = new ArrayList<>();
                settled = enumerate(parts, n, c, signed);
                if (c.isEmpty() && settled) {
                    // spaces may not be boundaries after all
                    settled = enumerate(List.of(String.join("", parts)), n, c, signed);
                }
                if (c.isEmpty() && settled && p.columns().get(n - 1).column().kind().orElse(ValueKind.COUNT)
                        == ValueKind.AMOUNT) {
                    settled = amountLast(String.join("", parts), n, c, signed);
                }
                seenRuns.put(run, new ArrayList<>(c));
                seenSettled.put(run, settled);
            }
            if (!settled) {
                tooMany.add(candidates.size());
            }
            candidates.add(c);
            enumerated.add(c.size() > 1);
        }
        return SplitChoice.choose(def, rows, candidates, enumerated, tooMany, notes, stated);
    }

    /** A run ending in an amount: its whole digits, then the amount's decimals and unit ({@code 563456.78万元}). */
    private static final java.util.regex.Pattern AMOUNT_TAIL = java.util.regex.Pattern.compile("([0-9]+)(\\.[0-9]+)?(\\D*)");

    /**
     * The splits of a run whose last cell is an amount with its decimals or its unit ({@code 563456.78万元} into
     * 采购项目数量 and 采购总金额): the whole digits split into the n cells, the last one taking the decimals and the
     * unit after its digits (5|63456.78万元, 56|3456.78万元, …). A run of another shape has none.
     *
     * @return false when the splits were too many to enumerate
     */
    private static boolean amountLast(String run, int n, List<String[]> out, boolean signed) {
        java.util.regex.Matcher m = AMOUNT_TAIL.matcher(run);
        if (!m.matches() || m.group(2) == null && m.group(3).isEmpty()
                || !m.group(3).isEmpty() && !DumpTables.UNITS.contains(m.group(3))) {
            return true;
        }
        String tail = (m.group(2) == null ? "" : m.group(2)) + m.group(3);
        List<String[]> whole = new ArrayList<>();
        boolean settled = enumerate(List.of(m.group(1)), n, whole, signed);
        for (String[] split : whole) {
            String[] withTail = split.clone();
            withTail[n - 1] = withTail[n - 1] + tail;
            out.add(withTail);
        }
        return settled;
    }

    /**
     * Every split of one run of digits into n numbers, or empty when there are too many to look at.
     *
     * @param run the digits as printed
     * @param n the cells they fill
     * @return the splits
     */
    static List<String[]> splits(String run, int n) {
        List<String[]> out = new ArrayList<>();
        enumerate(List.of(Keys.of(run)), n, out);
        return out;
    }

    /** The most steps one enumeration of splits may take: past it, the run counts as ambiguous. */
    private static final int MAX_STEPS = 200_000;

    /** The one-digit cells, most of a split's cells, made once. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /** The longest number a cell may hold. */
    private static final int MAX_NUMBER = 16;

    /**
     * Every split of the parts (each part split further, never joined) into n numbers. Bounded: a branch
     * that cannot fill the n cells with what is left is cut, and past {@link #MAX_STEPS} steps the
     * enumeration stops, keeps no split and answers false (the run is reported ambiguous, never guessed).
     */
    private static boolean enumerate(List<String> parts, int n, List<String[]> out) {
        return enumerate(parts, n, out, false);
    }

    private static boolean enumerate(List<String> parts, int n, List<String[]> out, boolean signed) {
        Enumeration e = new Enumeration(parts, n, out, signed);
        e.go(0, 0, 0);
        if (e.steps > MAX_STEPS) {
            out.clear(); // too many ways to look at: not settled, and none of them taken
            return false;
        }
        return true;
    }

    /**
     * One enumeration of splits over the parts' characters: {@code cut} holds, for each cell filled so
     * far, its part, start and end; the numbers are made strings only when a split is complete.
     */
    private static final class Enumeration {

        private final String[] parts;
        private final char[][] chars;
        private final int n;
        private final List<String[]> out;
        /** The characters of the parts after each part. */
        private final int[] after;
        private final int[] cut;
        private int steps;

        /** Whether a figure may open with a sign. */
        private final boolean signed;

        Enumeration(List<String> parts, int n, List<String[]> out, boolean signed) {
            this.signed = signed;
            this.parts = parts.toArray(new String[0]);
            this.chars = new char[this.parts.length][];
            for (int i = 0; i < this.parts.length; i++) {
                chars[i] = this.parts[i].toCharArray();
            }
            this.n = n;
            this.out = out;
            this.after = new int[this.parts.length + 1];
            for (int i = this.parts.length - 1; i >= 0; i--) {
                after[i] = after[i + 1] + this.parts[i].length();
            }
            this.cut = new int[n * 3];
        }

        void go(int part, int pos, int filled) {
            if (out.size() > MAX_SPLITS || ++steps > MAX_STEPS) {
                return;
            }
            if (part == parts.length) {
                if (filled == n) {
                    String[] split = new String[n];
                    for (int i = 0; i < n; i++) {
                        char[] from = chars[cut[3 * i]];
                        int a = cut[3 * i + 1];
                        char c = from[a];
                        split[i] = cut[3 * i + 2] == a + 1 && c >= '0' && c <= '9' ? DIGITS[c - '0']
                                : parts[cut[3 * i]].substring(a, cut[3 * i + 2]);
                    }
                    out.add(split);
                }
                return;
            }
            char[] s = chars[part];
            if (pos == s.length) {
                go(part + 1, 0, filled);
                return;
            }
            int cellsLeft = n - filled;
            int charsLeft = s.length - pos + after[part + 1];
            // each part left needs a cell of its own, each cell a character at least; no cell holds more
            // than MAX_NUMBER characters
            if (cellsLeft < parts.length - part || charsLeft < cellsLeft || charsLeft > (long) cellsLeft * MAX_NUMBER) {
                return;
            }
            // a cell is a plausible number: a digit, a lone / or -; or digits with at most one decimal
            // point inside, no leading zero before another digit, at most MAX_NUMBER characters
            char first = s[pos];
            // in a row with a signed column, a figure may open with its sign (+5, -3 of 本年增/减)
            int lead = signed && (first == '+' || first == '-') && pos + 1 < s.length ? pos + 1 : pos;
            char digit = s[lead];
            int dots = 0;
            for (int end = pos + 1; end <= s.length && end - pos <= MAX_NUMBER; end++) {
                boolean plausible;
                if (end - pos == 1) {
                    plausible = first >= '0' && first <= '9' || first == '/' || first == '-';
                } else {
                    char last = s[end - 1];
                    if (!(last >= '0' && last <= '9' || last == '.') || !(digit >= '0' && digit <= '9')) {
                        break; // no longer number holds a character other than digits and a point, or starts with one
                    }
                    if (last == '.') {
                        dots++;
                    }
                    if (digit == '0' && end - lead >= 2 && s[lead + 1] != '.') {
                        break; // a leading zero before another digit, in this number and every longer one
                    }
                    plausible = last != '.' && dots <= 1 && end - lead >= 1;
                }
                if (!plausible) {
                    continue;
                }
                cut[3 * filled] = part;
                cut[3 * filled + 1] = pos;
                cut[3 * filled + 2] = end;
                go(part, end, filled + 1);
            }
        }
    }
}
