package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.SourceLocation;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A portal's footer under the report in a source that kept the whole page: a browser's print of it to PDF, a
 * page saved whole. Above the site's marks (版权所有, ICP备, 网站标识码) stand its link lists, menus and share
 * buttons, some as tables of links, and under them a sentence of its own ({@code 为确保最佳浏览效果，建议您使用…。}),
 * so that a scan from the end that stops at the first line with a full stop (or at a table) keeps it all in
 * the last section. Here the footer is found from those marks: from the last line bearing one, back over the
 * lines that are chrome (share and print links, bullets of link lists, tables of links, pictures), the short lines
 * of plain text between two of them included (a tab 文字解读, the titles of a link list; at most {@link #PLAIN_RUN}
 * together), up to the report's last line (a sentence, the date line, a heading, a table of the form). Not API.
 */
final class PageFooter {

    private PageFooter() {
    }

    /** The site's marks that only a footer bears. */
    private static final List<String> MARKS = List.of("版权所有", "ICP备", "ICP 备", "网站标识码", "公网安备", "公安备案", "Copyright", "©");

    /**
     * How many lines of plain text may stand together between two of the footer's chrome items (the titles of a
     * link list, 友情链接 and its sites): taken only with chrome above them, so the report's own last lines, under
     * a sentence or a date line, are never taken.
     */
    private static final int PLAIN_RUN = 10;

    /** How far from the end the marks are looked for, in items. */
    private static final int REACH = 200;

    /** A heading numbered as the report's sections and their parts are (六、…, （一）…): the report's. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)");

    /**
     * Where the site's footer begins.
     *
     * @param items the report's items after its title, in order (paragraphs, grids, pictures, a dump's chrome)
     * @param formTable whether a grid is a table of the form (the report's, never the footer's)
     * @return the index of its first item, or {@code items.size()} when there is none found so
     */
    static int start(List<Object> items, Predicate<SourceDocument.Grid> formTable) {
        int anchor = -1;
        for (int k = items.size() - 1; k >= 0 && items.size() - k <= REACH; k--) {
            if (items.get(k) instanceof SourceDocument.Para p && marked(Texts.collapse(p.text()))
                    && !p.text().contains("。")) {
                anchor = k;
                break;
            }
        }
        if (anchor < 0) {
            return items.size();
        }
        int start = anchor;
        int plain = 0;
        for (int k = anchor - 1; k >= 0; k--) {
            Kind kind = kind(items.get(k), formTable);
            if (kind == Kind.CHROME) {
                start = k;
                plain = 0;
            } else if (kind == Kind.PLAIN && plain < PLAIN_RUN) {
                plain++;
            } else {
                break;
            }
        }
        return start;
    }

    /** The text an item of the footer is listed by, as left out, and where it was. */
    static SourceDocument.Located located(Object item) {
        if (item instanceof SourceDocument.Para p) {
            return new SourceDocument.Located(Texts.collapse(p.text()), p.location());
        }
        if (item instanceof SourceDocument.Grid g) {
            StringBuilder text = new StringBuilder();
            for (List<SourceDocument.Cell> row : g.rows()) {
                for (SourceDocument.Cell c : row) {
                    String t = Texts.collapse(c.text());
                    if (!t.isEmpty()) {
                        text.append(text.length() == 0 ? "" : " ").append(t);
                    }
                }
            }
            return new SourceDocument.Located(text.toString(), g.location());
        }
        if (item instanceof SourceDocument.Image i) {
            return new SourceDocument.Located(i.source(), i.location());
        }
        if (item instanceof DumpReader.Chrome c) {
            return new SourceDocument.Located(c.text(), c.location());
        }
        return new SourceDocument.Located(String.valueOf(item), (SourceLocation) null);
    }

    private enum Kind { CHROME, PLAIN, REPORT }

    private static Kind kind(Object item, Predicate<SourceDocument.Grid> formTable) {
        if (item instanceof SourceDocument.Image || item instanceof DumpReader.Chrome) {
            return Kind.CHROME;
        }
        if (item instanceof SourceDocument.Grid g) {
            return formTable.test(g) ? Kind.REPORT : Kind.CHROME;
        }
        if (!(item instanceof SourceDocument.Para p)) {
            return Kind.REPORT;
        }
        String line = Texts.collapse(p.text());
        if (line.isEmpty() || bulleted(line) || SiteChrome.isFooterLine(line) || marked(line)) {
            return Kind.CHROME;
        }
        if (line.length() <= SiteChrome.LINK_LINE && !line.contains("。") && !Dates.isDateLine(line)
                && !NUMBERED.matcher(line).find()) {
            return Kind.PLAIN;
        }
        return Kind.REPORT;
    }

    /** Whether a line bears a mark of the site's footer. */
    private static boolean marked(String line) {
        return MARKS.stream().anyMatch(line::contains);
    }

    /** A bullet alone, or an item of a link list: a bullet and a short line. */
    private static boolean bulleted(String line) {
        return SiteChrome.BULLETS.indexOf(line.charAt(0)) >= 0 && line.length() <= SiteChrome.LINK_LINE && !line.contains("。");
    }
}
