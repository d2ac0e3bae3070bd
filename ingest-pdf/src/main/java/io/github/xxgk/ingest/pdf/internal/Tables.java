package io.github.xxgk.ingest.pdf.internal;

import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tables rebuilt from ruling lines: the lines of a page grouped into tables (lines that touch), each
 * table's column and row boundaries, its cells with their spans (a boundary absent inside a cell joins
 * the slots it would part), and the characters of each cell by position. Not thread-safe.
 */
final class Tables {

    /** How far apart two lines may be and still be one boundary, or touch. */
    static final double TOLERANCE = 2.5;

    private Tables() {
    }

    /** A table found on a page: its outline and its lines. */
    record Found(int page, Box box, List<Segment> horizontal, List<Segment> vertical) {
    }

    /** The tables of one page, top to bottom. */
    static List<Found> find(int page, List<Segment> segments) {
        List<Segment> h = merge(segments.stream().filter(Segment::horizontal).toList());
        List<Segment> v = merge(segments.stream().filter(s -> !s.horizontal()).toList());
        int n = h.size() + v.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            Segment a = h.get(i);
            for (int j = 0; j < v.size(); j++) {
                Segment b = v.get(j);
                if (b.at() >= a.from() - TOLERANCE && b.at() <= a.to() + TOLERANCE && a.at() >= b.from() - TOLERANCE
                        && a.at() <= b.to() + TOLERANCE) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        List<Found> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Segment> hs = new ArrayList<>();
            List<Segment> vs = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (find(parent, j) == root) {
                    if (j < h.size()) {
                        hs.add(h.get(j));
                    } else {
                        vs.add(v.get(j - h.size()));
                    }
                }
            }
            if (boundaries(hs).length < 2 || boundaries(vs).length < 2) {
                continue;
            }
            double left = vs.stream().mapToDouble(Segment::at).min().orElse(0);
            double right = vs.stream().mapToDouble(Segment::at).max().orElse(0);
            double top = hs.stream().mapToDouble(Segment::at).min().orElse(0);
            double bottom = hs.stream().mapToDouble(Segment::at).max().orElse(0);
            for (Segment s : hs) {
                left = Math.min(left, s.from());
                right = Math.max(right, s.to());
            }
            for (Segment s : vs) {
                top = Math.min(top, s.from());
                bottom = Math.max(bottom, s.to());
            }
            out.add(new Found(page, new Box(left, top, right, bottom), hs, vs));
        }
        out.sort(Comparator.comparingDouble(f -> f.box().top()));
        return out;
    }

    /**
     * The column lines of a table ruled with horizontal lines only (a page printed from a browser whose
     * cells have only top and bottom borders), drawn where the page does not: three or more horizontal
     * lines of a common width, not touching a vertical line, whose pieces end on the same column
     * boundaries (a browser draws each column's piece of a border); a boundary drawn in a row unless a
     * character of that row stands across it (a cell spanning columns), and the outline at both ends.
     * Nothing where the pieces give no boundary inside the lines: no table is guessed from the text.
     */
    static List<Segment> unruledColumns(List<Segment> segments, List<Glyph> glyphs) {
        List<Segment> raw = segments.stream().filter(Segment::horizontal).toList();
        List<Segment> vertical = segments.stream().filter(x -> !x.horizontal()).toList();
        List<Segment> lines = new ArrayList<>();
        for (Segment h : merge(raw)) {
            boolean touches = vertical.stream().anyMatch(b -> b.at() >= h.from() - TOLERANCE && b.at() <= h.to() + TOLERANCE
                    && h.at() >= b.from() - TOLERANCE && h.at() <= b.to() + TOLERANCE);
            if (!touches && h.to() - h.from() > 4 * TOLERANCE) {
                lines.add(h);
            }
        }
        lines.sort(Comparator.comparingDouble(Segment::at));
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            List<Segment> group = new ArrayList<>(List.of(lines.get(i)));
            double left = lines.get(i).from();
            double right = lines.get(i).to();
            int j = i + 1;
            while (j < lines.size() && lines.get(j).at() - group.get(group.size() - 1).at() <= 150
                    && Math.min(right, lines.get(j).to()) - Math.max(left, lines.get(j).from())
                            >= 0.5 * Math.min(right - left, lines.get(j).to() - lines.get(j).from())
                    && sameColumns(raw, group, lines.get(j))) {
                group.add(lines.get(j));
                left = Math.min(left, lines.get(j).from());
                right = Math.max(right, lines.get(j).to());
                j++;
            }
            i = j;
            double[] ys = boundaries(group);
            if (ys.length < 3) {
                continue;
            }
            // the ends of the pieces inside the lines, each where pieces of two lines or more end
            List<double[]> ends = new ArrayList<>();
            for (Segment r : raw) {
                for (double y : ys) {
                    if (Math.abs(r.at() - y) <= TOLERANCE / 2 && r.from() >= left - TOLERANCE && r.to() <= right + TOLERANCE) {
                        ends.add(new double[] {r.from(), y});
                        ends.add(new double[] {r.to(), y});
                    }
                }
            }
            ends.sort(Comparator.comparingDouble(e -> e[0]));
            List<Double> xs = new ArrayList<>();
            int k = 0;
            while (k < ends.size()) {
                int m = k;
                java.util.Set<Double> on = new java.util.HashSet<>();
                double sum = 0;
                while (m < ends.size() && ends.get(m)[0] - ends.get(k)[0] <= TOLERANCE) {
                    on.add(ends.get(m)[1]);
                    sum += ends.get(m)[0];
                    m++;
                }
                double x = sum / (m - k);
                if (on.size() >= 2 && x > left + TOLERANCE && x < right - TOLERANCE) {
                    xs.add(x);
                }
                k = m;
            }
            if (xs.isEmpty()) {
                continue;
            }
            out.add(new Segment(false, left, ys[0], ys[ys.length - 1]));
            out.add(new Segment(false, right, ys[0], ys[ys.length - 1]));
            for (int r = 0; r + 1 < ys.length; r++) {
                double top = ys[r];
                double bottom = ys[r + 1];
                List<Glyph> band = glyphs.stream().filter(g -> !g.isSpace() && g.centreY() > top && g.centreY() < bottom).toList();
                List<Double> bx = new ArrayList<>(List.of(left));
                for (double x : xs) {
                    if (band.stream().noneMatch(g -> g.left() < x - 0.5 && g.right() > x + 0.5)) {
                        bx.add(x);
                    }
                }
                bx.add(right);
                for (double x : spanned(bx, band, group, top, bottom)) {
                    out.add(new Segment(false, x, top, bottom));
                }
            }
        }
        return out;
    }

    /**
     * The boundaries of one row of a table without column lines that part cells: each boundary but those
     * inside a text centred over empty cells beside its own (a header or a figure centred in a cell
     * spanning columns, as the page centres it), the widest such span; a cell is empty when nothing
     * stands in it and the lines above and below it are drawn (not part of a cell spanning rows).
     */
    private static List<Double> spanned(List<Double> bx, List<Glyph> band, List<Segment> lines, double top, double bottom) {
        int n = bx.size() - 1;
        List<List<Glyph>> in = new ArrayList<>();
        boolean[] empty = new boolean[n];
        for (int i = 0; i < n; i++) {
            double a = bx.get(i);
            double b = bx.get(i + 1);
            List<Glyph> gs = band.stream().filter(g -> g.centreX() >= a && g.centreX() < b).toList();
            in.add(gs);
            empty[i] = gs.isEmpty() && covered(lines, top, a, b) && covered(lines, bottom, a, b);
        }
        boolean[] parts = new boolean[n + 1]; // whether boundary i parts cells
        java.util.Arrays.fill(parts, true);
        int i = 0;
        while (i < n) {
            if (in.get(i).isEmpty()) {
                i++;
                continue;
            }
            // a text run over boundaries it does not cross (a word broken where a column ends)
            int j = i;
            while (j + 1 < n && !in.get(j + 1).isEmpty() && gap(in.get(j), in.get(j + 1)) < 0.3 * size(in.get(j))) {
                parts[j + 1] = false;
                j++;
            }
            List<Glyph> text = new ArrayList<>();
            for (int k = i; k <= j; k++) {
                text.addAll(in.get(k));
            }
            double from = text.stream().mapToDouble(Glyph::left).min().orElse(0);
            double to = text.stream().mapToDouble(Glyph::right).max().orElse(0);
            double centre = (from + to) / 2;
            double slack = Math.max(1.5, 0.2 * size(text));
            int bestA = i;
            int bestB = j;
            for (int a = i; a >= 0 && (a == i || empty[a]); a--) {
                for (int b = j; b < n && (b == j || empty[b]); b++) {
                    if (b - a > bestB - bestA && Math.abs(centre - (bx.get(a) + bx.get(b + 1)) / 2) <= slack) {
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            for (int k = bestA + 1; k <= bestB; k++) {
                parts[k] = false;
            }
            for (int k = bestA; k <= bestB; k++) {
                empty[k] = false; // taken: no other text spans it
            }
            i = Math.max(j, bestB) + 1;
        }
        List<Double> out = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            if (parts[k]) {
                out.add(bx.get(k));
            }
        }
        return out;
    }

    private static double gap(List<Glyph> a, List<Glyph> b) {
        return b.stream().mapToDouble(Glyph::left).min().orElse(0) - a.stream().mapToDouble(Glyph::right).max().orElse(0);
    }

    private static double size(List<Glyph> gs) {
        return gs.stream().mapToDouble(Glyph::size).max().orElse(1);
    }

    /** Whether most ends of a line's pieces inside it are ends of the pieces of the lines above it. */
    private static boolean sameColumns(List<Segment> raw, List<Segment> group, Segment line) {
        List<Double> above = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        for (Segment r : raw) {
            if (Math.abs(r.at() - line.at()) <= TOLERANCE / 2) {
                own.add(r.from());
                own.add(r.to());
            }
            for (Segment g : group) {
                if (Math.abs(r.at() - g.at()) <= TOLERANCE / 2) {
                    above.add(r.from());
                    above.add(r.to());
                }
            }
        }
        long inside = own.stream().filter(x -> x > line.from() + TOLERANCE && x < line.to() - TOLERANCE).count();
        long shared = own.stream().filter(x -> x > line.from() + TOLERANCE && x < line.to() - TOLERANCE)
                .filter(x -> above.stream().anyMatch(a -> Math.abs(a - x) <= TOLERANCE)).count();
        return inside == 0 || 2 * shared >= inside;
    }

    private static int find(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Lines on one boundary that overlap or touch joined into one. */
    static List<Segment> merge(List<Segment> segments) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::from));
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            double at = sorted.get(i).at();
            while (j < sorted.size() && sorted.get(j).at() - at <= TOLERANCE / 2) {
                j++;
            }
            List<Segment> group = new ArrayList<>(sorted.subList(i, j));
            double mean = group.stream().mapToDouble(Segment::at).average().orElse(at);
            group.sort(Comparator.comparingDouble(Segment::from));
            double from = group.get(0).from();
            double to = group.get(0).to();
            for (Segment s : group.subList(1, group.size())) {
                if (s.from() <= to + TOLERANCE) {
                    to = Math.max(to, s.to());
                } else {
                    out.add(new Segment(group.get(0).horizontal(), mean, from, to));
                    from = s.from();
                    to = s.to();
                }
            }
            out.add(new Segment(group.get(0).horizontal(), mean, from, to));
            i = j;
        }
        return out;
    }

    /** The distinct positions of lines, close ones as one. */
    static double[] boundaries(List<Segment> segments) {
        double[] at = segments.stream().mapToDouble(Segment::at).sorted().toArray();
        List<Double> out = new ArrayList<>();
        for (double a : at) {
            if (out.isEmpty() || a - out.get(out.size() - 1) > TOLERANCE) {
                out.add(a);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Boundaries with the outline's edges added where no line is drawn on them. */
    static double[] withEdges(double[] bounds, double low, double high) {
        List<Double> out = new ArrayList<>();
        if (low < bounds[0] - TOLERANCE) {
            out.add(low);
        }
        for (double b : bounds) {
            out.add(b);
        }
        if (high > bounds[bounds.length - 1] + TOLERANCE) {
            out.add(high);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The cells of one part of a table, on the given column boundaries. */
    record Part(Found found, double[] xs, double[] ys, int[][] owner, List<Slot> cells) {
    }

    /** A cell: its first row and column, its spans, its box. */
    record Slot(int row, int col, int rowspan, int colspan, Box box) {
    }

    /** The cells of a table part laid on column boundaries (the part's own or those of the whole table). */
    static Part cells(Found f, double[] xs) {
        // a part continued on the next page may leave its last (or first) row open
        double[] ys = withEdges(boundaries(f.horizontal()), f.box().top(), f.box().bottom());
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[][] owner = new int[rows][cols];
        for (int[] r : owner) {
            Arrays.fill(r, -1);
        }
        List<Slot> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int cs = 1;
                while (c + cs < cols && owner[r][c + cs] < 0
                        && !covered(f.vertical(), xs[c + cs], ys[r], ys[r + 1])) {
                    cs++;
                }
                int rs = 1;
                while (r + rs < rows && !covered(f.horizontal(), ys[r + rs], xs[c], xs[c + cs]) && free(owner, r + rs, c, cs)) {
                    rs++;
                }
                for (int dr = 0; dr < rs; dr++) {
                    for (int dc = 0; dc < cs; dc++) {
                        owner[r + dr][c + dc] = cells.size();
                    }
                }
                cells.add(new Slot(r, c, rs, cs, new Box(xs[c], ys[r], xs[c + cs], ys[r + rs])));
            }
        }
        return new Part(f, xs, ys, owner, cells);
    }

    private static boolean free(int[][] owner, int r, int c, int cs) {
        for (int dc = 0; dc < cs; dc++) {
            if (owner[r][c + dc] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line runs on a boundary across the middle of the span from..to. */
    private static boolean covered(List<Segment> lines, double at, double from, double to) {
        double mid = (from + to) / 2;
        double reach = Math.min((to - from) / 2, 3 * TOLERANCE);
        for (Segment s : lines) {
            if (Math.abs(s.at() - at) <= TOLERANCE && s.from() <= mid - reach + TOLERANCE && s.to() >= mid + reach - TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figures of a merged cell told apart by position: when it holds only figures, in two or more of
     * the columns it spans, each group wholly inside its column and apart from the next by at least half
     * a character, the groups by column; otherwise empty (one text, as printed).
     */
    static List<List<Glyph>> figuresApart(List<Glyph> glyphs, double[] xs, Slot s) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        List<List<Glyph>> byColumn = new ArrayList<>();
        for (int c = 0; c < s.colspan(); c++) {
            byColumn.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                continue;
            }
            for (int i = 0; i < g.text().length(); i++) {
                char ch = g.text().charAt(i);
                boolean figure = ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９' || ch == '.' || ch == ',' || ch == '-'
                        || ch == '/';
                if (!figure) {
                    return List.of();
                }
            }
            int c = -1;
            for (int k = 0; k < s.colspan(); k++) {
                if (g.left() >= xs[s.col() + k] - 0.5 && g.right() <= xs[s.col() + k + 1] + 0.5) {
                    c = k;
                }
            }
            if (c < 0) {
                return List.of(); // a figure across a column boundary: one number centred in the merged cell
            }
            byColumn.get(c).add(g);
        }
        int used = 0;
        double lastRight = -Double.MAX_VALUE;
        for (List<Glyph> group : byColumn) {
            if (group.isEmpty()) {
                continue;
            }
            used++;
            double left = group.stream().mapToDouble(Glyph::left).min().orElse(0);
            double size = group.stream().mapToDouble(Glyph::size).max().orElse(1);
            if (left - lastRight < 0.5 * size) {
                return List.of();
            }
            lastRight = group.stream().mapToDouble(Glyph::right).max().orElse(0);
        }
        return used >= 2 ? byColumn : List.of();
    }

    /** The slot a point falls in, or -1. */
    static int slotAt(Part p, double x, double y) {
        int c = index(p.xs(), x);
        int r = index(p.ys(), y);
        return c < 0 || r < 0 ? -1 : p.owner()[r][c];
    }

    private static int index(double[] bounds, double v) {
        if (v < bounds[0] - TOLERANCE || v > bounds[bounds.length - 1] + TOLERANCE) {
            return -1;
        }
        for (int i = 0; i < bounds.length - 1; i++) {
            if (v < bounds[i + 1]) {
                return i;
            }
        }
        return bounds.length - 2;
    }

    /** A figure as a cell prints it: digits and their separators, a dash or a slash for none. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9０-９,，.．\\-—–/／\\s]+");
    /** The numbering a row label begins with: （一）, 一、, 1., 第二十条. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十0-9０-９]+[）)]|[一二三四五六七八九十0-9０-９]+[、.．]"
                    + "|第[一二三四五六七八九十百0-9０-９]+[条项])");

    /**
     * What Word broke over a page break, joined, where a table goes on on the next page. The header
     * printed again at the top of the next page (rows as the table's first rows) is left out, and
     * returned: it is the header read already. A row broken over the break: when the continued rows begin with a row that
     * holds only the rest of texts of cells that reach the foot of the previous page (text, no figure,
     * not numbered as a row of its own) while the previous page's last row holds its figures, the rest
     * is joined to the texts it continues and the row dropped. A merged cell broken over the break
     * (表三's vertical header, a group label): when the continued rows begin with a cell spanning rows in
     * the columns of a cell reaching the foot of the previous page (or that cell spans rows), neither a
     * figure and the lower one empty, unnumbered or continuing an empty one, the two are one cell.
     *
     * @return the header rows printed again, as they were left out (none when there were none)
     */
    static List<List<SourceDocument.Cell>> joinSplitRow(List<List<SourceDocument.Cell>> before,
            List<List<SourceDocument.Cell>> part) {
        if (before.isEmpty()) {
            return List.of();
        }
        int header = 0;
        while (header < part.size() && header < before.size() - 1 && texts(part.get(header)).equals(texts(before.get(header)))) {
            header++;
        }
        // the header printed again at the top of the page (Word's repeated header rows) is the header
        // already read: left out, so that a block header of 表二 does not head the rows of another block
        List<List<SourceDocument.Cell>> repeated = List.copyOf(part.subList(0, header));
        part.subList(0, header).clear();
        if (part.isEmpty()) {
            return repeated;
        }
        // the cells that reach the foot of the previous page, by their row
        List<int[]> foot = new ArrayList<>();
        for (int r = 0; r < before.size(); r++) {
            for (int i = 0; i < before.get(r).size(); i++) {
                if (r + before.get(r).get(i).rowspan() == before.size()) {
                    foot.add(new int[] {r, i});
                }
            }
        }
        List<SourceDocument.Cell> rest = part.get(0);
        int[][] above = new int[rest.size()][];
        for (int i = 0; i < rest.size(); i++) {
            for (int[] f : foot) {
                if (sameColumns(before.get(f[0]).get(f[1]), rest.get(i))) {
                    above[i] = f;
                }
            }
        }
        boolean lastHasFigures = before.get(before.size() - 1).stream().anyMatch(c -> figure(c.text()));
        boolean fragment = lastHasFigures;
        boolean any = false;
        for (int i = 0; i < rest.size() && fragment; i++) {
            String t = rest.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            SourceDocument.Cell b = above[i] == null ? null : before.get(above[i][0]).get(above[i][1]);
            if (figure(t) || NUMBERED.matcher(t).find() || b == null || b.text().isBlank() || figure(b.text())) {
                fragment = false;
            }
            any = true;
        }
        if (fragment && any) {
            for (int i = 0; i < rest.size(); i++) {
                SourceDocument.Cell c = rest.get(i);
                if (above[i] != null) {
                    join(before, above[i], c, c.rowspan() - 1);
                } else if (c.rowspan() > 1 && part.size() > 1) {
                    List<SourceDocument.Cell> below = part.get(1);
                    int at = 0;
                    while (at < below.size() && left(below.get(at)) < left(c)) {
                        at++;
                    }
                    below.add(at, new SourceDocument.Cell(c.text(), c.rowspan() - 1, c.colspan(), c.element(), c.at()));
                }
            }
            part.remove(0);
            return repeated;
        }
        List<SourceDocument.Cell> kept = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            SourceDocument.Cell c = rest.get(i);
            SourceDocument.Cell b = above[i] == null ? null : before.get(above[i][0]).get(above[i][1]);
            // two texts of which one is a unit of the forms (件 at the foot of the page, 条 merged down the rows at
            // the top of the next) are two cells: a unit is no part of a word broken over the break
            boolean merged = b != null && (c.rowspan() > 1 || b.rowspan() > 1) && !figure(c.text()) && !figure(b.text())
                    && (c.text().isBlank() || b.text().isBlank()
                            || !NUMBERED.matcher(c.text()).find() && !unit(c.text()) && !unit(b.text()));
            if (merged) {
                join(before, above[i], c, c.rowspan());
            } else {
                kept.add(c);
            }
        }
        part.set(0, kept);
        return repeated;
    }

    /** A cell of the previous page joined with its rest on the next, spanning the given rows more. */
    private static void join(List<List<SourceDocument.Cell>> before, int[] at, SourceDocument.Cell rest, int more) {
        SourceDocument.Cell u = before.get(at[0]).get(at[1]);
        List<SourceDocument.Cell> row = new ArrayList<>(before.get(at[0]));
        row.set(at[1], new SourceDocument.Cell(Lines.joinLines(List.of(u.text(), rest.text())), u.rowspan() + more, u.colspan(),
                u.element(), u.at()));
        before.set(at[0], row);
    }

    private static List<String> texts(List<SourceDocument.Cell> row) {
        return row.stream().map(c -> c.text().replaceAll("\\s", "")).toList();
    }

    /** The units of the forms (件, 条, 万元, …), as a cell prints one alone. */
    private static final java.util.Set<String> UNITS = java.util.Arrays.stream(io.github.xxgk.core.form.Unit.values())
            .map(u -> u.label().zh()).filter(z -> !z.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a cell's text is one unit of the forms, and nothing else. */
    private static boolean unit(String text) {
        return UNITS.contains(text.replaceAll("\\s", ""));
    }

    private static boolean figure(String text) {
        return !text.isBlank() && FIGURE.matcher(text).matches();
    }

    private static double left(SourceDocument.Cell c) {
        return c.at().map(l -> ((SourceLocation.PageBox) l).left()).orElse(0.0);
    }

    private static boolean sameColumns(SourceDocument.Cell a, SourceDocument.Cell b) {
        if (a.at().isEmpty() || b.at().isEmpty()) {
            return false;
        }
        SourceLocation.PageBox x = (SourceLocation.PageBox) a.at().get();
        SourceLocation.PageBox y = (SourceLocation.PageBox) b.at().get();
        return Math.abs(x.left() - y.left()) <= 2 * TOLERANCE && Math.abs(x.right() - y.right()) <= 2 * TOLERANCE;
    }

    /**
     * The grid of a table printed over one or more pages: every part laid on the column boundaries of
     * all parts, the rows of the parts one after the other, each cell's text from the characters in it.
     */
    static SourceDocument.Grid grid(int index, List<Found> parts, List<List<Glyph>> glyphsOfParts,
            List<Layout.Furniture> furniture) {
        List<Segment> allVertical = new ArrayList<>();
        parts.forEach(p -> allVertical.addAll(p.vertical()));
        double left = parts.stream().mapToDouble(p -> p.box().left()).min().orElse(0);
        double right = parts.stream().mapToDouble(p -> p.box().right()).max().orElse(0);
        double[] xs = withEdges(boundaries(allVertical), left, right);
        List<List<SourceDocument.Cell>> rows = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Found f = parts.get(k);
            Part part = cells(f, xs);
            List<List<Glyph>> inCell = new ArrayList<>();
            part.cells().forEach(c -> inCell.add(new ArrayList<>()));
            for (Glyph g : glyphsOfParts.get(k)) {
                int s = slotAt(part, g.centreX(), g.centreY());
                if (s >= 0) {
                    inCell.get(s).add(g);
                }
            }
            int rowCount = part.ys().length - 1;
            List<List<SourceDocument.Cell>> partRows = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                partRows.add(new ArrayList<>());
            }
            for (int i = 0; i < part.cells().size(); i++) {
                Slot s = part.cells().get(i);
                Box b = s.box();
                List<List<Glyph>> apart = s.colspan() > 1 ? figuresApart(inCell.get(i), xs, s) : List.of();
                if (!apart.isEmpty()) {
                    // figures standing in columns of their own where a line is missing: a cell each
                    for (int c = 0; c < s.colspan(); c++) {
                        partRows.get(s.row()).add(new SourceDocument.Cell(Lines.text(apart.get(c)), s.rowspan(), 1, -1,
                                Optional.of(new SourceLocation.PageBox(f.page(), xs[s.col() + c], b.top(), xs[s.col() + c + 1],
                                        b.bottom()))));
                    }
                    continue;
                }
                String text = Lines.text(inCell.get(i));
                partRows.get(s.row()).add(new SourceDocument.Cell(text, s.rowspan(), s.colspan(), -1,
                        Optional.of(new SourceLocation.PageBox(f.page(), b.left(), b.top(), b.right(), b.bottom()))));
            }
            if (k > 0) {
                // the header rows printed again: left out of the rows, and listed
                for (List<SourceDocument.Cell> repeated : joinSplitRow(rows, partRows)) {
                    furniture.add(new Layout.Furniture(
                            String.join(" ", texts(repeated).stream().filter(x -> !x.isEmpty()).toList()),
                            repeated.get(0).at().map(SourceLocation.class::cast)
                                    .orElse(new SourceLocation.PageBox(f.page(), f.box().left(), f.box().top(),
                                            f.box().right(), f.box().bottom()))));
                }
            }
            rows.addAll(partRows);
        }
        Found first = parts.get(0);
        Box b = first.box();
        return new SourceDocument.Grid(index, rows,
                new SourceLocation.PageBox(first.page(), b.left(), b.top(), b.right(), b.bottom()));
    }
}
