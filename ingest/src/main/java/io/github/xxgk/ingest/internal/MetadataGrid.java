package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata table a disclosure platform prints with the article (索引号, 主题分类, 发布机构, 成文日期, 发布日期,
 * 名称, 文号 …, each label in a cell before its value or opening it): no table of the form and no report text.
 * Its lines are listed as left out, its publication date and publishing office read. Knows nothing of HTML: a
 * grid from any source. Not API.
 */
final class MetadataGrid {

    private MetadataGrid() {
    }

    /**
     * What the page's metadata tables gave.
     *
     * @param published the value of the first publication-date label ({@code 发布日期：2024-01-25}), if any
     * @param publisher the value of the first publishing-office label ({@code 发布机构：…}), if any
     */
    record Fields(Optional<SourceDocument.Located> published, Optional<SourceDocument.Located> publisher) {
    }

    /**
     * Takes the metadata tables out of the blocks: their rows are added to {@code chrome} as lines (the cells of a
     * row joined by a space, as printed), in order; what they say of the page is returned.
     */
    static Fields take(List<SourceDocument.Block> blocks, List<SourceDocument.Located> chrome) {
        SourceDocument.Located published = null;
        SourceDocument.Located publisher = null;
        for (Iterator<SourceDocument.Block> it = blocks.iterator(); it.hasNext();) {
            if (!(it.next() instanceof SourceDocument.Grid g)) {
                continue;
            }
            List<String[]> fields = fields(g);
            Set<String> labels = new HashSet<>();
            fields.forEach(f -> labels.add(f[0]));
            if (labels.size() < SiteChrome.METADATA_MIN_LABELS) {
                continue;
            }
            for (String[] f : fields) {
                if (published == null && SiteChrome.METADATA_PUBLISHED.contains(f[0]) && !f[1].isEmpty()) {
                    published = new SourceDocument.Located(f[1], g.location());
                }
                if (publisher == null && SiteChrome.METADATA_PUBLISHER.contains(f[0]) && !f[1].isEmpty()) {
                    publisher = new SourceDocument.Located(f[1], g.location());
                }
            }
            for (List<SourceDocument.Cell> row : g.rows()) {
                String line = Texts.rowLine(row);
                if (!line.isEmpty()) {
                    chrome.add(new SourceDocument.Located(line, g.location()));
                }
            }
            it.remove();
        }
        return new Fields(Optional.ofNullable(published), Optional.ofNullable(publisher));
    }

    /**
     * The publication date a metadata line gives ({@code 文号： 发布日期： 2024-01-25}, the table's row as a dump
     * prints it): the text after its publication-date label, when a date follows; null otherwise (a line that
     * gives only 成文日期, the day it was written, gives none).
     */
    static SourceDocument.Located publishedIn(String line, io.github.xxgk.ingest.SourceLocation at) {
        for (String label : SiteChrome.METADATA_PUBLISHED) {
            int i = line.indexOf(label);
            if (i >= 0 && Dates.date(line.substring(i)).isPresent()) {
                return new SourceDocument.Located(line.substring(i + label.length()), at);
            }
        }
        return null;
    }

    /** The label and value pairs of a grid: {label, value} with the label as the list writes it. */
    private static List<String[]> fields(SourceDocument.Grid g) {
        List<String[]> out = new ArrayList<>();
        for (List<SourceDocument.Cell> row : g.rows()) {
            for (int i = 0; i < row.size(); i++) {
                String t = Texts.collapse(row.get(i).text());
                String key = Texts.squeeze(t);
                String alone = key.endsWith("：") || key.endsWith(":") ? key.substring(0, key.length() - 1) : key;
                if (SiteChrome.METADATA_LABELS.contains(alone)) {
                    // the label in a cell of its own, its value in the next cell (empty when that is a label too)
                    String next = i + 1 < row.size() ? Texts.collapse(row.get(i + 1).text()) : "";
                    out.add(new String[] {alone, label(next) == null ? next : ""});
                    continue;
                }
                String opening = label(t);
                if (opening != null) {
                    // the label opening the cell it is the value of (索引号：11350128…)
                    out.add(new String[] {opening, t.substring(colon(t) + 1).strip()});
                }
            }
        }
        return out;
    }

    /** The label a cell opens with, followed by its colon ({@code 发布日期：…}); null when none. */
    private static String label(String cell) {
        int colon = colon(cell);
        if (colon <= 0) {
            return null;
        }
        String head = Texts.squeeze(cell.substring(0, colon));
        return SiteChrome.METADATA_LABELS.contains(head) ? head : null;
    }

    /** Where the first colon (full-width or ASCII) stands, -1 when none: a time's 10:30 comes after it. */
    private static int colon(String text) {
        int wide = text.indexOf('：');
        int ascii = text.indexOf(':');
        return wide < 0 ? ascii : ascii < 0 ? wide : Math.min(wide, ascii);
    }
}
