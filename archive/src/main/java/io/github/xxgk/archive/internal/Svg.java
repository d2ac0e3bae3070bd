package io.github.xxgk.archive.internal;

import io.github.xxgk.archive.Bound;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn as inline SVG, by the library, with no script and no font or style from elsewhere: a
 * horizontal bar chart and a column chart of bounds over the years. Every chart has a title and a
 * description for assistive technology, and prints in black and grey. Not API.
 */
final class Svg {

    private Svg() {
    }

    /** A labelled value of a bar chart. */
    record Bar(String label, long value, String id) {
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * A horizontal bar chart, one bar a line, longest first as given.
     *
     * @param id the element id
     * @param title the title
     * @param bars the bars
     * @return the SVG element
     */
    static String bars(String id, String title, List<Bar> bars) {
        int labelWidth = 190;
        int width = 640;
        int line = 20;
        int height = Math.max(1, bars.size()) * line + 24;
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(Html.esc(id)).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(Html.esc(id)).append("-title\">");
        sb.append("<title id=\"").append(Html.esc(id)).append("-title\">").append(Html.esc(title)).append("</title>");
        int y = 4;
        double room = width - labelWidth - 60;
        for (Bar b : bars) {
            double w = Math.max(b.value() > 0 ? 1 : 0, room * b.value() / max);
            sb.append("<g class=\"bar\" data-key=\"").append(Html.esc(b.id())).append("\">");
            sb.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
                    .append(Html.esc(shorten(b.label(), 16))).append("</text>");
            sb.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(line - 6).append("\"><title>").append(Html.esc(b.label())).append(": ")
                    .append(b.value()).append("</title></rect>");
            sb.append("<text x=\"").append(n(labelWidth + w + 4)).append("\" y=\"").append(y + 14).append("\">").append(b.value())
                    .append("</text></g>");
            y += line;
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static String shorten(String s, int most) {
        return s.length() <= most ? s : s.substring(0, most - 1) + "…";
    }

    /** One column of a column chart: a year and the figure's bound. */
    record Column(int year, Bound value) {
    }

    /**
     * A small column chart of one figure over the years: the column reaches the least value; a figure
     * known only as a range is drawn hollow up to its least value and labelled {@code ≥} (or with its range).
     *
     * @param id the element id
     * @param title the figure's name
     * @param columns the years
     * @return the SVG element
     */
    static String columns(String id, String title, List<Column> columns) {
        int width = Math.max(300, 34 * columns.size() + 8);
        int height = 170;
        int top = 22;
        int bottom = 26;
        double max = 0;
        for (Column c : columns) {
            max = Math.max(max, c.value().lower().orElse(BigDecimal.ZERO).doubleValue());
        }
        if (max <= 0) {
            max = 1;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(Html.esc(id)).append("\" class=\"chart small\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(Html.esc(id)).append("-title\">");
        sb.append("<title id=\"").append(Html.esc(id)).append("-title\">").append(Html.esc(title)).append("</title>");
        sb.append("<text x=\"4\" y=\"14\" class=\"caption\">").append(Html.esc(title)).append("</text>");
        int n = Math.max(1, columns.size());
        double slot = (width - 8.0) / n;
        double room = height - top - bottom - 10; // room above the tallest column for its label
        sb.append("<line x1=\"4\" x2=\"").append(width - 4).append("\" y1=\"").append(height - bottom).append("\" y2=\"")
                .append(height - bottom).append("\" class=\"axis\"/>");
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double lo = c.value().lower().orElse(BigDecimal.ZERO).doubleValue();
            double h = room * lo / max;
            double x = 4 + i * slot + slot * 0.15;
            double w = slot * 0.7;
            boolean exact = c.value().isExact();
            sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(height - bottom - h)).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(n(h)).append("\" class=\"").append(exact ? "exact" : "range").append("\"><title>")
                    .append(c.year()).append(": ").append(Html.esc(c.value().toString())).append("</title></rect>");
            sb.append("<text x=\"").append(n(x + w / 2)).append("\" y=\"").append(height - bottom + 14)
                    .append("\" text-anchor=\"middle\" class=\"tick\">").append(c.year() % 100 < 10 ? "'0" : "'").append(c.year() % 100)
                    .append("</text>");
            sb.append("<text x=\"").append(n(x + w / 2)).append("\" y=\"").append(n(height - bottom - h - 3))
                    .append("\" text-anchor=\"middle\" class=\"value\">").append(Html.esc(exact ? c.value().toString()
                            : "≥" + c.value().lower().map(BigDecimal::toPlainString).orElse("?"))).append("</text>");
        }
        sb.append("</svg>");
        return sb.toString();
    }
}
