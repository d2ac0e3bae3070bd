package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A report printed twice on one page: a print version after the article (often hidden by the page's style,
 * which a reader of the markup does not see), or a mobile copy. The second copy begins where the report's title
 * is printed again and the paragraphs after it repeat, in order, paragraphs printed before it; it is no part of
 * the report (it was read as a second run of sections, every one of them twice). Not API.
 */
final class SecondCopy {

    private SecondCopy() {
    }

    /** How many paragraphs after the repeated title must repeat earlier ones for it to begin a copy. */
    static final int REPEATED = 3;

    /**
     * Where the second copy begins among the items (blocks of the article, in order), -1 when there is none:
     * a paragraph that is the report's title, after the first paragraph, followed by {@link #REPEATED} paragraphs
     * that stand before it in the same order.
     */
    static int start(List<Object> items, String title) {
        String key = Keys.of(title);
        if (key.isEmpty()) {
            return -1;
        }
        for (int k = 1; k < items.size(); k++) {
            if (items.get(k) instanceof SourceDocument.Para p && Keys.of(p.text()).equals(key)
                    && repeats(items, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean repeats(List<Object> items, int k) {
        int before = 0;
        int found = 0;
        for (int i = k + 1; i < items.size() && found < REPEATED; i++) {
            if (!(items.get(i) instanceof SourceDocument.Para p) || Texts.collapse(p.text()).isEmpty()) {
                continue;
            }
            String key = Keys.of(p.text());
            while (before < k && !(items.get(before) instanceof SourceDocument.Para q && Keys.of(q.text()).equals(key))) {
                before++;
            }
            if (before == k) {
                return false;
            }
            before++;
            found++;
        }
        return found == REPEATED;
    }

    /**
     * The lines of the items from an index on, as they are listed as left out: paragraphs, grid rows, images, a
     * dump's table regions and chrome.
     */
    static List<SourceDocument.Located> lines(List<Object> items, int from) {
        List<SourceDocument.Located> out = new ArrayList<>();
        for (Object item : items.subList(from, items.size())) {
            if (item instanceof SourceDocument.Para p && !Texts.collapse(p.text()).isEmpty()) {
                out.add(new SourceDocument.Located(Texts.collapse(p.text()), p.location()));
            } else if (item instanceof SourceDocument.Grid g) {
                for (List<SourceDocument.Cell> row : g.rows()) {
                    String line = Texts.rowLine(row);
                    if (!line.isEmpty()) {
                        out.add(new SourceDocument.Located(line, g.location()));
                    }
                }
            } else if (item instanceof SourceDocument.Image img) {
                out.add(new SourceDocument.Located(img.source(), img.location()));
            } else if (item instanceof DumpReader.Region region && !Texts.collapse(region.text()).isEmpty()) {
                out.add(new SourceDocument.Located(Texts.collapse(region.text()), region.location()));
            } else if (item instanceof DumpReader.Chrome c) {
                out.add(new SourceDocument.Located(c.text(), c.location()));
            }
        }
        return out;
    }
}
