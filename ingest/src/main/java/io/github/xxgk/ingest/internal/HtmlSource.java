package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page as served into the neutral {@link SourceDocument}: the article body found among the site's
 * chrome, its paragraphs (block elements and line breaks), its data tables as grids (layout tables
 * around them looked through), images, and the page's metadata. Knows nothing of the forms. Not API.
 */
public final class HtmlSource {

    private HtmlSource() {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "center", "dd", "dt", "dl", "section", "article", "header", "footer",
            "form", "hr", "address", "caption", "body", "tbody", "thead", "tfoot");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "iframe",
            "object", "select", "button", "textarea", "svg", "math");
    /** Containers that content-management systems put the article body in, most specific first. */
    private static final List<String> BODY_SELECTORS = List.of("div.TRS_Editor", "div.trs_editor", ".TRS_UEDITOR",
            ".article_content", "#zoom", ".Custom_UnionStyle", "#UCAP-CONTENT", ".pages_content", "article");
    private static final Pattern DATE_TEXT = Pattern.compile(
            "(?:发布时间|发布日期|时间|日期)\\s*[：:]\\s*(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)");

    /**
     * Parses a decoded page.
     *
     * @param html the page's text
     * @param charset the charset decision
     * @param maxDepth the deepest nesting accepted
     * @param maxTableCells the most cells of one table
     * @return the document
     */
    public static SourceDocument read(String html, Charsets.Decoded charset, int maxDepth, int maxTableCells) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser());
        Map<Element, Integer> positions = positions(page, maxDepth);
        Map<String, SourceDocument.Located> meta = metadata(page, positions);
        Element body = bodyOf(page);
        Walker walker = new Walker(positions, maxTableCells);
        walker.walk(body);
        walker.flush();
        return new SourceDocument(walker.blocks, meta, false, charset.charset(), charset.guess());
    }

    private static Map<Element, Integer> positions(Document page, int maxDepth) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        int[] depth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int d) {
                if (node instanceof Element e) {
                    out.put(e, out.size());
                    if (d > maxDepth) {
                        throw new ReadException("html element #" + out.size() + " <" + e.normalName() + ">",
                                "页面元素嵌套超过 " + maxDepth + " 层。",
                                "The page nests elements deeper than " + maxDepth + " levels.");
                    }
                    depth[0] = Math.max(depth[0], d);
                }
            }

            @Override
            public void tail(Node node, int d) {
            }
        }, page);
        return out;
    }

    private static SourceLocation at(Map<Element, Integer> positions, Element e) {
        Integer p = positions.get(e);
        return new SourceLocation.HtmlElement(p == null ? -1 : p, e.normalName());
    }

    private static Map<String, SourceDocument.Located> metadata(Document page, Map<Element, Integer> positions) {
        Map<String, SourceDocument.Located> out = new HashMap<>();
        for (Element m : page.select("meta[name][content]")) {
            String name = m.attr("name").toLowerCase(java.util.Locale.ROOT);
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            switch (name) {
                case "articletitle", "title", "dc.title" -> out.putIfAbsent(SourceDocument.TITLE, new SourceDocument.Located(content, at(positions, m)));
                case "pubdate", "publishdate", "dc.date", "firstpublishedtime" ->
                        out.putIfAbsent(SourceDocument.DATE, new SourceDocument.Located(content, at(positions, m)));
                case "contentsource", "source" -> out.putIfAbsent(SourceDocument.PUBLISHER, new SourceDocument.Located(content, at(positions, m)));
                case "url" -> out.putIfAbsent(SourceDocument.URL, new SourceDocument.Located(content, at(positions, m)));
                default -> {
                }
            }
        }
        // the page's own address, as a saved page keeps it (og:url, the canonical link)
        Element address = page.selectFirst("meta[property=og:url][content], link[rel=canonical][href]");
        if (address != null && !out.containsKey(SourceDocument.URL)) {
            String href = address.hasAttr("content") ? address.attr("content") : address.attr("href");
            if (!href.isBlank()) {
                out.put(SourceDocument.URL, new SourceDocument.Located(href.strip(), at(positions, address)));
            }
        }
        if (!out.containsKey(SourceDocument.TITLE)) {
            Element t = page.selectFirst(".article_title, h1");
            if (t != null && !t.text().isBlank()) {
                out.put(SourceDocument.TITLE, new SourceDocument.Located(t.text().strip(), at(positions, t)));
            }
        }
        if (!out.containsKey(SourceDocument.TITLE)) {
            // the page's <title>, where it gives the report's title (often followed by the site's name)
            Element t = page.selectFirst("head > title, title");
            String title = t == null ? "" : Recogniser.titleInPageTitle(t.text());
            if (!title.isEmpty()) {
                out.put(SourceDocument.TITLE, new SourceDocument.Located(title, at(positions, t)));
            }
        }
        if (!out.containsKey(SourceDocument.DATE)) {
            for (Element e : page.getAllElements()) {
                if (SKIP.contains(e.normalName())) {
                    continue;
                }
                String own = e.ownText();
                Matcher m = DATE_TEXT.matcher(own);
                if (m.find()) {
                    out.put(SourceDocument.DATE, new SourceDocument.Located(m.group(1), at(positions, e)));
                    break;
                }
            }
        }
        return out;
    }

    private static Element bodyOf(Document page) {
        for (String selector : BODY_SELECTORS) {
            Element e = page.selectFirst(selector);
            if (e != null && !e.text().isBlank()) {
                return e;
            }
        }
        return page.body();
    }

    /** Walks the body, collecting paragraphs, grids and images. */
    private static final class Walker {
        private final Map<Element, Integer> positions;
        private final int maxTableCells;
        final List<SourceDocument.Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Element textOwner;
        private int tables;

        Walker(Map<Element, Integer> positions, int maxTableCells) {
            this.positions = positions;
            this.maxTableCells = maxTableCells;
        }

        void walk(Element root) {
            NodeTraversor.traverse(new NodeVisitor() {
                private int skipping;
                private Element skipRoot;

                @Override
                public void head(Node node, int depth) {
                    if (skipRoot != null) {
                        return;
                    }
                    if (node instanceof TextNode t) {
                        if (text.isEmpty() && !t.isBlank()) {
                            textOwner = t.parent() != null ? t.parent() : root;
                        }
                        text.append(t.getWholeText());
                        return;
                    }
                    if (!(node instanceof Element e)) {
                        return;
                    }
                    String tag = e.normalName();
                    if (SKIP.contains(tag)) {
                        skipRoot = e;
                        return;
                    }
                    if (tag.equals("table")) {
                        if (e.selectFirst("table table") == null && e != root && isDataTable(e)) {
                            flush();
                            // the table's own title (<caption>): a line before it, as pages print titles
                            for (Element c : e.children()) {
                                if (c.normalName().equals("caption") && !Texts.collapse(c.text()).isEmpty()) {
                                    blocks.add(new SourceDocument.Para(c.text(), at(positions, c), new int[0], 0));
                                }
                            }
                            grid(e);
                            skipRoot = e;
                        } else {
                            flush();
                        }
                        return;
                    }
                    if (tag.equals("img")) {
                        flush();
                        blocks.add(new SourceDocument.Image(e.attr("src"), at(positions, e)));
                        return;
                    }
                    if (tag.equals("br") || BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th")
                            || tag.equals("tr")) {
                        flush();
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (skipRoot != null) {
                        if (node == skipRoot) {
                            skipRoot = null;
                        }
                        return;
                    }
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th") || tag.equals("tr")) {
                            flush();
                        }
                    }
                }
            }, root);
        }

        private static boolean isDataTable(Element table) {
            return !table.select("tr").isEmpty();
        }

        void flush() {
            if (!text.isEmpty()) {
                String t = text.toString();
                if (!Texts.collapse(t).isEmpty()) {
                    Element owner = textOwner == null ? new Element("p") : textOwner;
                    Element h = owner.closest("h1, h2, h3, h4, h5, h6");
                    int level = h == null ? 0 : h.normalName().charAt(1) - '0';
                    blocks.add(new SourceDocument.Para(t, at(positions, owner), new int[0], level));
                }
                text.setLength(0);
                textOwner = null;
            }
        }

        private void grid(Element table) {
            List<List<SourceDocument.Cell>> rows = new ArrayList<>();
            long cells = 0;
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue;
                }
                List<SourceDocument.Cell> row = new ArrayList<>();
                for (Element td : tr.children()) {
                    String tag = td.normalName();
                    if (!tag.equals("td") && !tag.equals("th")) {
                        continue;
                    }
                    int rowspan = span(td.attr("rowspan"));
                    int colspan = span(td.attr("colspan"));
                    cells += (long) rowspan * colspan;
                    if (cells > maxTableCells) {
                        throw new ReadException("html table " + tables,
                                "表格的单元格超过 " + maxTableCells + " 个。",
                                "A table has more than " + maxTableCells + " cells.");
                    }
                    row.add(new SourceDocument.Cell(cellText(td), rowspan, colspan, positions.getOrDefault(td, -1)));
                }
                rows.add(row);
            }
            blocks.add(new SourceDocument.Grid(tables++, rows, at(positions, table)));
        }

        private static int span(String attr) {
            String digits = attr.strip();
            if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
                return 1;
            }
            return Math.max(1, Math.min(1000, Integer.parseInt(digits)));
        }

        private static String cellText(Element td) {
            StringBuilder out = new StringBuilder();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        out.append(t.getWholeText());
                    } else if (node instanceof Element e && (e.normalName().equals("br") || BLOCKS.contains(e.normalName()))) {
                        out.append(' ');
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                }
            }, td);
            return out.toString();
        }
    }
}
