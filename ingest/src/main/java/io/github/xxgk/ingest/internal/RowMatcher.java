package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.RowDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A grid row's label cells to the form row they print (the form's labels, their variants, the parent rows
 * printed beside them, a misprint under the same numbering). Not API.
 */
final class RowMatcher {

    private RowMatcher() {
    }

    /** The numbering printed before a row's label (（一）, 1., 其中：). */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:（[一二三四五六七八九十\\d]+）|\\([一二三四五六七八九十\\d]+\\)|[一二三四五六七八九十]+[、.]|\\d+[.、)）]|其中[：:]?)+");

    /** A form row a printed label matched, and whether loosely (numbering dropped, a misprint). */
    record Match(FormIndex.RowRef ref, boolean loose) {
    }

    /**
     * The form row that a row's label cells print, the last cell being the row's own label and those before it
     * its parents': by the label, then the label split into its parents' and its own, the labels joined, the
     * numbering dropped, a misprint; among several rows, the one whose parents, block and numbering the cells
     * print, not yet read, after the last row read.
     *
     * @param index the table's labels
     * @param stub the texts of the label cells, outermost first
     * @param block the block the row stands in, if known
     * @param read the ids of the form rows read so far
     * @param lastRow the position in the index of the last form row read, -1 for none
     * @return the row, if one matches
     */
    static Optional<Match> match(FormIndex index, List<String> stub, Optional<BlockDefinition> block, Set<String> read,
            int lastRow) {
        if (stub.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>(stub.stream().map(Keys::of).toList());
        String last = keys.get(keys.size() - 1);
        boolean loose = false;
        List<FormIndex.RowRef> cands = index.rowsByKey.getOrDefault(last, List.of());
        String[] pieces = Texts.collapse(stub.get(stub.size() - 1)).split(" ");
        if (cands.isEmpty() && pieces.length > 1) {
            // one cell printing the parent rows and the row: （三）不予公开 1.属于国家秘密
            List<FormIndex.RowRef> own = index.rowsByKey.getOrDefault(Keys.of(pieces[pieces.length - 1]), List.of());
            if (!own.isEmpty()) {
                keys.remove(keys.size() - 1);
                for (String piece : pieces) {
                    keys.add(Keys.of(piece));
                }
                last = keys.get(keys.size() - 1);
                cands = own;
            }
        }
        if (cands.isEmpty() && keys.size() > 1) {
            cands = index.rowsByKey.getOrDefault(String.join("", keys), List.of());
        }
        if (cands.isEmpty()) {
            String bare = NUMBERING.matcher(last).replaceFirst("");
            if (!bare.equals(last) && !bare.isEmpty()) {
                cands = index.rowsByKey.getOrDefault(bare, List.of());
                loose = true;
            }
        }
        if (cands.isEmpty()) {
            // a misprint inside the label (其他法律行政止公开): the one row under the same numbering whose
            // label is that close; the label is kept as printed
            cands = misprinted(index, last);
            loose = true;
        }
        if (cands.isEmpty()) {
            return Optional.empty();
        }
        FormIndex.RowRef best = null;
        int bestScore = -1;
        for (FormIndex.RowRef ref : cands) {
            int s = 0;
            for (RowDefinition p : ref.parents()) {
                Set<String> pk = FormIndex.keysOf(p);
                for (int i = 0; i < keys.size() - 1; i++) {
                    if (pk.contains(keys.get(i))) {
                        s += 4;
                    }
                }
            }
            if (block.isPresent() && ref.block() == block.get()) {
                s += 2;
            }
            if (Keys.of(ref.row().numbering() + ref.row().label().zh()).equals(last)) {
                s += 1;
            }
            // a label the form prints under several parents (（二）被依法纠错数 under 四 and 五): the first not
            // yet read after the last row read
            if (cands.size() > 1) {
                if (read.contains(ref.row().id())) {
                    s -= 16;
                }
                if (index.rows.indexOf(ref) > lastRow) {
                    s += 1;
                }
            }
            if (s > bestScore) {
                bestScore = s;
                best = ref;
            }
        }
        return Optional.of(new Match(best, loose));
    }

    /** The one row with the printed numbering whose label differs from the printed one by a misprint. */
    private static List<FormIndex.RowRef> misprinted(FormIndex index, String printedKey) {
        java.util.regex.Matcher m = NUMBERING.matcher(printedKey);
        if (!m.lookingAt() || m.end() == printedKey.length()) {
            return List.of();
        }
        String numbering = printedKey.substring(0, m.end());
        String bare = printedKey.substring(m.end());
        List<FormIndex.RowRef> near = new ArrayList<>();
        for (FormIndex.RowRef ref : index.rows) {
            String label = Keys.of(ref.row().label().zh());
            int max = Keys.rowTolerance(label);
            if (ref.row().hasCells() && Keys.of(ref.row().numbering()).equals(numbering)
                    && Keys.distance(bare, label, max) <= max) {
                near.add(ref);
            }
        }
        return near.size() == 1 ? near : List.of();
    }
}
