package io.github.xxgk.ingest.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Characters to lines in reading order: characters on one baseline, left to right; lines top to bottom.
 * A space is put only where the page prints one, or between two Latin letters or digits that stand
 * apart; Chinese text and full-width punctuation are joined as printed, and so are the lines of a
 * wrapped text (a space between them only when both sides are Latin).
 */
final class Lines {

    private Lines() {
    }

    /** A printed line: its characters left to right and its box. */
    record Line(List<Glyph> glyphs, String text, double left, double top, double right, double baseline, double size) {
    }

    /** The lines the characters make, top to bottom. */
    static List<Line> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = null;
        double base = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (current == null || g.baseline() - base > 0.45 * Math.max(size, g.size())) {
                current = new ArrayList<>();
                groups.add(current);
                base = g.baseline();
                size = g.size();
            }
            current.add(g);
            size = Math.max(size, g.size());
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::left));
            String text = join(group);
            if (text.isBlank()) {
                continue;
            }
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            double sz = 0;
            for (Glyph g : group) {
                if (g.isSpace()) {
                    continue;
                }
                left = Math.min(left, g.left());
                right = Math.max(right, g.right());
                top = Math.min(top, g.top());
                bottom = Math.max(bottom, g.baseline());
                sz = Math.max(sz, g.size());
            }
            out.add(new Line(group, text, left, top, right, bottom, sz));
        }
        return out;
    }

    /** The characters of one line as text. */
    private static String join(List<Glyph> line) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (g.isSpace()) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                prev = null;
                continue;
            }
            if (prev != null && g.left() - prev.right() > 0.3 * Math.min(prev.size(), g.size())
                    && latin(last(prev.text())) && latin(g.text().charAt(0))) {
                b.append(' ');
            }
            b.append(g.text());
            prev = g;
        }
        return b.toString().strip();
    }

    /** The text of the characters of a cell or a paragraph: its lines joined. */
    static String text(List<Glyph> glyphs) {
        return joinLines(of(glyphs).stream().map(Line::text).toList());
    }

    /**
     * Lines of one text joined: nothing between them unless both sides are Latin letters (a number
     * broken over two lines of Chinese text is one number).
     */
    static String joinLines(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && letter(b.charAt(b.length() - 1)) && letter(t.charAt(0))) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    private static boolean letter(char c) {
        return c < 0x2e80 && Character.isLetter(c);
    }

    /** A Latin letter, a digit or ASCII punctuation that words are spaced around. */
    static boolean latin(char c) {
        return c < 0x2e80 && Character.isLetterOrDigit(c);
    }
}
