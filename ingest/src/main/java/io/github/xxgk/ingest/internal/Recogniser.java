package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.ingest.ReadException;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one recogniser: walks the form definitions over a neutral {@link SourceDocument} and builds the report —
 * metadata, headings to sections, paragraphs, the preamble and the closing lines, grids to tables.
 * Knows nothing of HTML or text dumps. Not API.
 */
public final class Recogniser {

    /** The report, its notes, where each text and cell came from. */
    public record Output(AnnualReport report, List<Note> notes,
            Map<io.github.xxgk.core.form.CellId, SourceLocation> cells, Map<String, SourceLocation> texts,
            List<SourceDocument.Located> chrome) {
    }

    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年\\s*度?");
    /**
     * A report's title: the year, then 政府信息公开 (or 政务公开, as townships title it) and 报告 or 年报
     * (…局2023年度政府信息公开年报); or the year in brackets after it (…政府信息公开工作年度报告（2023年度）).
     */
    private static final Pattern REPORT_TITLE = Pattern.compile(".*\\d{4}\\s*年.*(?:政府信息公开|政务公开).*(?:报告|年报)"
            + "|.*(?:政府信息公开|政务公开).*(?:报告|年报)\\s*[（(]\\d{4}\\s*年度?[）)]");
    /** A report's title with the site's name after it, as a page's {@code <title>} gives it (…年度报告_某某县人民政府). */
    private static final Pattern TITLE_THEN_SITE = Pattern.compile("^(.*\\d{4}\\s*年.*政府信息公开.*?报告)\\s*[_|｜\\-—－]+.*$");

    /**
     * The report's title in a page's {@code <title>}: the whole text when it reads like a report's title, the
     * part before the site's name when one follows it, empty otherwise.
     */
    static String titleInPageTitle(String pageTitle) {
        String t = Texts.collapse(pageTitle);
        if (t.length() <= 80 && REPORT_TITLE.matcher(t).matches()) {
            return t;
        }
        Matcher m = TITLE_THEN_SITE.matcher(t);
        return m.matches() && m.group(1).length() <= 80 ? m.group(1).strip() : "";
    }

    /** The title of a blank template, which prints no year. */
    private static final Pattern TEMPLATE_TITLE = Pattern.compile(".*政府信息公开.*报告.*");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})年1月1日[至到—-]+(?:\\1年)?12月31日");
    private static final Pattern DATE_LINE_META = Pattern.compile(
            "(?:(?:发布日期|发布时间|成文日期)[：:\\s]*\\d{4}[-/.年])|(?:^(?:日期|时间)[：:]\\s*\\d{4}[-/.年])"
            + "|(?:^[（(]?\\d{4}年\\d{1,2}月\\d{1,2}日[）)]?$)");
    private static final Pattern ANY_NUMBERING = Pattern.compile(
            "^((?:[一二三四五六七八九十]{1,3}、)|(?:（[一二三四五六七八九十\\d]{1,3}）)|(?:\\d{1,2}[.、．]))\\s*(.*)$");
    private static final Pattern TOP = Pattern.compile("^([一二三四五六七八九十]{1,3}(?:、|．|\\.(?!\\d)))\\s*(.+)$");
    /** A top numbering followed by a space where 、 should stand (一　总体情况). */
    private static final Pattern SPACED_TOP = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s+(.+)$");
    private static final Pattern SUB = Pattern.compile("^(（[一二三四五六七八九十]{1,3}）)\\s*(.+)$");
    private static final Pattern SUBSUB = Pattern.compile("^(\\d{1,2}[.、．])\\s*(.+)$");

    private final SourceDocument doc;
    private final ReadOptions options;
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, SourceLocation> texts = new LinkedHashMap<>();
    private final List<SourceDocument.Located> chrome = new ArrayList<>();
    /** The site's footer after the article, listed after the chrome met while reading. */
    private final List<SourceDocument.Located> trailingChrome = new ArrayList<>();

    /** The year to take when the source prints none (a blank template), -1 for none. */
    private final int assumedYear;
    /** Whether no year was found (the reason {@link #run} failed). */
    private boolean noYear;

    private Recogniser(SourceDocument doc, ReadOptions options, int assumedYear) {
        this.doc = doc;
        this.options = options;
        this.assumedYear = assumedYear;
    }

    /**
     * Recognises a report in a document.
     *
     * @param doc the neutral document
     * @param options the reading options
     * @return the report and what was noted
     * @throws ReadException when no reporting year can be found
     */
    public static Output recognise(SourceDocument doc, ReadOptions options) {
        Recogniser first = new Recogniser(doc, options, -1);
        try {
            return first.run();
        } catch (ReadException e) {
            if (!first.noYear) {
                throw e;
            }
            // a source that prints no year at all may be a blank template of the format (the official Word
            // template): its tables name the edition, every cell is blank, its sections hold only the
            // template's instructions in parentheses
            Optional<Edition> edition = templateEdition(doc);
            if (edition.isPresent()) {
                Output out = new Recogniser(doc, options, edition.get().firstYear()).run();
                if (isBlank(out.report())) {
                    return out;
                }
            }
            throw e;
        }
    }

    /** The edition whose tables the grids match best, when one edition matches better than every other. */
    private static Optional<Edition> templateEdition(SourceDocument doc) {
        Edition best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Edition e : Edition.values()) {
            int total = 0;
            List<FormIndex> indexes = e.form().tables().stream().map(FormIndex::of).toList();
            for (SourceDocument.Block b : doc.blocks()) {
                if (b instanceof SourceDocument.Grid g) {
                    int max = 0;
                    for (FormIndex i : indexes) {
                        max = Math.max(max, GridReader.score(i, g));
                    }
                    total += max > 2 ? max : 0;
                }
            }
            if (total > bestScore) {
                best = e;
                bestScore = total;
                tie = false;
            } else if (total == bestScore && total > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Whether a report read from a template is blank: every table found, every cell blank, no text. */
    private static boolean isBlank(AnnualReport report) {
        if (report.tables().size() != report.form().tables().size() || !report.preamble().isEmpty()) {
            return false;
        }
        for (io.github.xxgk.core.StatisticsTable t : report.tables().values()) {
            for (io.github.xxgk.core.form.CellDefinition c : t.definition().cells()) {
                if (!t.valueAt(c.index()).isBlank()) {
                    return false;
                }
            }
            if (!t.extraRows().isEmpty() || !t.extraColumns().isEmpty()) {
                return false;
            }
        }
        return report.sections().stream().allMatch(s -> s.paragraphs().isEmpty() && s.subsections().isEmpty());
    }

    /** A template's instruction: a line wholly in full-width parentheses, as （文字描述）. */
    private static boolean isInstruction(String text) {
        String t = text.strip();
        return t.length() >= 3 && t.charAt(0) == '（' && t.charAt(t.length() - 1) == '）'
                && t.indexOf('）') == t.length() - 1;
    }

    /** A section under construction. */
    private static final class Node {
        final Optional<String> form;
        final String numbering;
        final String title;
        final int level;
        final List<String> paragraphs = new ArrayList<>();
        final List<SourceLocation> paragraphLocations = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final List<String> tables = new ArrayList<>();
        final SourceLocation location;

        Node(Optional<String> form, String numbering, String title, int level, SourceLocation location) {
            this.form = form;
            this.numbering = numbering;
            this.title = title;
            this.level = level;
            this.location = location;
        }
    }

    private Output run() {
        if (!doc.charsetNote().isEmpty()) {
            // a declaration that does not fit the bytes is not “no declaration”
            String key = doc.charsetNote().contains(Charsets.MISMATCH) ? "read.charset_mismatch" : "read.charset";
            notes.add(Note.report("READ-CHARSET", Severity.INFO, key, "", doc.charset(), doc.charsetNote(),
                    null).inChinese(doc.charset(), Charsets.zh(doc.charsetNote())));
        }
        List<SourceDocument.Block> blocks = new ArrayList<>(doc.blocks());
        // the disclosure platform's metadata table (索引号、发布机构、发布日期…): no report text, listed as left out
        // (one above the title was dropped unsaid, one under it read as the preamble); its date and office kept
        MetadataGrid.Fields pageFields = MetadataGrid.take(blocks, chrome);
        // the title printed in the body: the first paragraph, when it reads like one
        String bodyTitle = "";
        SourceLocation titleAt = null;
        int start = 0;
        int skipped = 0;
        int looked = -1;
        SourceDocument.Located dateAbove = null;
        for (int i = 0; i < blocks.size() && i < 3 + skipped; i++) {
            if (blocks.get(i) instanceof SourceDocument.Para p) {
                String t = Texts.collapse(p.text());
                if (skipped < SiteChrome.LINES_BEFORE_TITLE && SiteChrome.isChromeLine(t)) {
                    // the site's breadcrumb or a source/date line printed above the title: chrome, kept aside
                    chrome.add(new SourceDocument.Located(t, p.location()));
                    // a dump's metadata line there (文号： 发布日期： 2024-01-25): the date, if no other is given
                    dateAbove = dateAbove != null ? dateAbove : MetadataGrid.publishedIn(t, p.location());
                    skipped++;
                    start = i + 1;
                    continue;
                }
                if ((t.length() <= 80 && REPORT_TITLE.matcher(t).matches()) || p.heading() == 1
                        || assumedYear > 0 && t.length() <= 80 && TEMPLATE_TITLE.matcher(t).matches()) {
                    bodyTitle = t;
                    titleAt = p.location();
                    start = i + 1;
                } else if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof SourceDocument.Para q && t.length() <= 40) {
                    // a title printed over two lines
                    String second = Texts.collapse(q.text());
                    String joined = t + second;
                    if (second.length() <= 80 && REPORT_TITLE.matcher(second).matches() && !agencyOf(second).isEmpty()) {
                        // the next line is the whole title, agency and all: this one is no part of it (a portal's menu line
                        // 首页 | 信息公开 above it; it was joined to the title and the agency's name), kept aside
                        chrome.add(new SourceDocument.Located(t, p.location()));
                        bodyTitle = second;
                        titleAt = q.location();
                        start = i + 2;
                    } else if (second.length() <= 40 && REPORT_TITLE.matcher(joined).matches()) {
                        bodyTitle = joined;
                        titleAt = p.location();
                        start = i + 2;
                    }
                }
                looked = i;
                break;
            }
        }
        if (!doc.runTogether() && !REPORT_TITLE.matcher(bodyTitle).matches()) {
            // a portal page whose article container is not a known one: the site's name, menus and breadcrumb
            // come before the title (and a site name in <h1> is not the title); they are chrome, kept aside
            int from = looked < 0 ? start : looked;
            int found = -1;
            for (int i = from; i < blocks.size() && i < from + SiteChrome.LINES_BEFORE_ARTICLE; i++) {
                if (blocks.get(i) instanceof SourceDocument.Image
                        || blocks.get(i) instanceof SourceDocument.Grid g && !formTable(g)) {
                    continue; // a whole page printed: the site's logo, its menus laid out in tables
                }
                if (!(blocks.get(i) instanceof SourceDocument.Para p)) {
                    break;
                }
                String t = Texts.collapse(p.text());
                if (t.length() <= 80 && REPORT_TITLE.matcher(t).matches()) {
                    found = i;
                    break;
                }
                if (t.length() > SiteChrome.MENU_LINE && !SiteChrome.isMenuLine(t)) {
                    break;
                }
            }
            if (found >= 0) {
                // from the first block not yet set aside: a table or a picture before the first line looked at too
                for (int i = Math.min(start, from); i < found; i++) {
                    SourceDocument.Located l = PageFooter.located(blocks.get(i));
                    if (!l.text().isEmpty()) {
                        chrome.add(l);
                    }
                }
                SourceDocument.Para p = (SourceDocument.Para) blocks.get(found);
                bodyTitle = Texts.collapse(p.text());
                titleAt = p.location();
                start = found + 1;
            }
        }
        SourceDocument.Located metaTitle = doc.metadata().get(SourceDocument.TITLE);
        String title = bodyTitle;
        if (title.isEmpty() && metaTitle != null) {
            title = Texts.collapse(metaTitle.text());
            titleAt = metaTitle.location();
        }
        // year
        int year = -1;
        Matcher ym = TITLE_YEAR.matcher(title);
        if (ym.find()) {
            year = Integer.parseInt(ym.group(1));
        }
        SourceDocument.Located dateLine = null;
        SourceDocument.Located dateUnder = null;
        boolean bylineSeen = false;
        for (int under = 0; !bodyTitle.isEmpty() && under < SiteChrome.LINES_UNDER_TITLE && start < blocks.size()
                && (blocks.get(start) instanceof SourceDocument.Para || blocks.get(start) instanceof SourceDocument.Image
                        && under > 0); under++) {
            if (blocks.get(start) instanceof SourceDocument.Image picture) {
                // a whole page printed: a picture among the site's lines under the title (the page's QR code)
                chrome.add(PageFooter.located(picture));
                start++;
                continue;
            }
            SourceDocument.Para p = (SourceDocument.Para) blocks.get(start);
            String line = Texts.collapse(p.text());
            Matcher prefix = TITLE_YEAR.matcher(bodyTitle);
            String named = prefix.find() ? bodyTitle.substring(0, prefix.start()).strip() : "";
            boolean dated = DATE_LINE_META.matcher(line).find();
            boolean byline = !named.isEmpty() && line.startsWith(named) && line.indexOf('。') < 0
                    && TITLE_YEAR.matcher(line).find();
            if (!bylineSeen && line.length() <= 120 && (dated || byline)) {
                // the line under the title that names the agency and year, or gives the publication date
                if (dated) {
                    dateLine = new SourceDocument.Located(line, p.location());
                }
                texts.put("/byline", p.location());
                bylineSeen = true;
                start++;
            } else if (SiteChrome.isChromeLine(line)) {
                // the site's 来源：… 浏览次数：… line or the font-size links under the title: chrome, kept aside; its
                // 时间：2025-03-10 15:35 the date, if no other is given
                chrome.add(new SourceDocument.Located(line, p.location()));
                dateUnder = dateUnder != null ? dateUnder : SiteChrome.timeField(line, p.location());
                start++;
            } else {
                break;
            }
        }
        List<SourceDocument.Block> body = blocks.subList(start, blocks.size());
        if (year < 0) {
            for (SourceDocument.Block b : body) {
                if (b instanceof SourceDocument.Para p) {
                    Matcher m = PERIOD.matcher(Texts.squeeze(p.text()));
                    if (m.find()) {
                        year = Integer.parseInt(m.group(1));
                        notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred", "year",
                                String.valueOf(year), "the statistics period", p.location())
                                .inChinese(String.valueOf(year), "统计期限"));
                        break;
                    }
                }
            }
        }
        Optional<LocalDate> published = Optional.empty();
        SourceDocument.Located metaDate = dateLine != null ? dateLine
                : pageFields.published().orElse(doc.metadata().getOrDefault(SourceDocument.DATE,
                        dateAbove != null ? dateAbove : dateUnder));
        if (metaDate != null) {
            published = Dates.date(metaDate.text());
        }
        if (year < 0 && published.isPresent()) {
            year = published.get().getYear() - 1;
            notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred", "year",
                    String.valueOf(year), "the publication date", metaDate.location())
                    .inChinese(String.valueOf(year), "发布日期"));
        }
        if ((year < AnnualReport.FIRST_YEAR || year > 2100) && assumedYear > 0) {
            year = assumedYear;
            notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred", "year",
                    String.valueOf(year), "the form of the tables: a blank template, which prints no year (the first year of its edition)",
                    null).inChinese(String.valueOf(year), "表格的格式：这是未印年度的空白模板（取其版本的首个年度）"));
        }
        if (year < AnnualReport.FIRST_YEAR || year > 2100) {
            noYear = true;
            throw new ReadException("source", "找不到报告年度：标题、统计期限和发布日期都没有给出年度。",
                    "No reporting year found: neither the title, the statistics period nor the publication date gives one.");
        }
        Edition edition = Edition.forYear(year);
        FormDefinition form = edition.form();
        if (!title.isEmpty()) {
            texts.put("/title", titleAt);
        }

        // agency
        String agencyName = "";
        if (!title.isEmpty()) {
            agencyName = agencyOf(title);
        }
        if (agencyName.isEmpty()) {
            SourceDocument.Located publisher = pageFields.publisher().orElse(doc.metadata().get(SourceDocument.PUBLISHER));
            agencyName = publisher == null ? "" : Texts.collapse(publisher.text());
            if (agencyName.isEmpty()) {
                // neither the title nor the page names the agency: said so, not said to be inferred from the page
                agencyName = "（未知机构）";
                notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_absent", "agency",
                        agencyName, "", null));
            } else {
                notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred", "agency",
                        agencyName, "the page's publisher", publisher.location())
                        .inChinese(agencyName, "页面的发布机构"));
            }
        }
        AgencyKind kind;
        if (options.agencyKind().isPresent()) {
            kind = options.agencyKind().get();
        } else {
            AgencyKinds.Inferred inferred = AgencyKinds.infer(agencyName);
            kind = inferred.kind();
            notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred", "agency.kind",
                    kind.label().en(),
                    inferred.from().isEmpty() ? "no known ending of the name" : "the name's ending " + inferred.from(),
                    titleAt).inChinese(kind.label().zh(),
                    inferred.from().isEmpty() ? "名称（无已知的结尾）" : "名称的结尾" + inferred.from()));
        }

        // structure
        List<String> preamble = new ArrayList<>();
        List<SourceLocation> preambleAt = new ArrayList<>();
        List<Node> top = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        Map<String, List<SourceDocument.Grid>> grids = new LinkedHashMap<>();
        Map<String, Node> tableSection = new HashMap<>();
        Map<String, Node> tableTop = new HashMap<>();
        // in the order they were taken from their paragraphs
        Map<String, Caption> captions = new LinkedHashMap<>();
        Map<String, List<SourceDocument.Image>> images = new HashMap<>();
        Map<TableDefinition, FormIndex> indexes = new LinkedHashMap<>();
        for (TableDefinition t : form.tables()) {
            indexes.put(t, FormIndex.of(t));
        }
        String lastTable = null;
        List<Object> items = new ArrayList<>(doc.runTogether() ? DumpReader.separate(body, form, indexes) : body);
        int firstText = 0;
        while (firstText < items.size() && items.get(firstText) instanceof DumpReader.Chrome) {
            firstText++;
        }
        if (doc.runTogether() && firstText < items.size() && items.get(firstText) instanceof SourceDocument.Para p0) {
            String t = Texts.collapse(p0.text());
            if (t.length() <= 80 && REPORT_TITLE.matcher(t).matches()) {
                title = t;
                texts.put("/title", p0.location());
                items.remove(firstText);
            }
        }
        if (!doc.runTogether()) {
            // the site's footer after the article (share and print links, 主办单位, ICP备案): chrome, kept aside; a
            // whole page's footer, found from the site's marks (link tables, a sentence of the site's under them)
            int end = PageFooter.start(items, Recogniser::formTable);
            while (end > 0 && items.get(end - 1) instanceof SourceDocument.Para p
                    && SiteChrome.isFooterLine(Texts.collapse(p.text()))) {
                end--;
            }
            // a list of links under the article (相关链接, then the titles of other pages, other years' reports
            // among them): chrome too; it was a sub-section of 六、 and the signature above it lost its place
            for (int k = end - 1; k >= 0 && end - k <= 40; k--) {
                if (!(items.get(k) instanceof SourceDocument.Para p)) {
                    break;
                }
                String line = Texts.collapse(p.text());
                if (SiteChrome.isRelatedHeading(line)) {
                    end = k;
                    break;
                }
                if (line.length() > SiteChrome.LINK_LINE || line.contains("。")) {
                    break;
                }
            }
            List<Object> footer = items.subList(end, items.size());
            for (Object f : footer) {
                SourceDocument.Located l = PageFooter.located(f);
                if (!l.text().isEmpty()) {
                    trailingChrome.add(l);
                }
            }
            footer.clear();
        }
        int copy = SecondCopy.start(items, title);
        if (copy >= 0) {
            // the report printed again after itself (a print version; a dump keeps both): left out, before the footer
            trailingChrome.addAll(0, SecondCopy.lines(items, copy));
            items.subList(copy, items.size()).clear();
        }
        if (!doc.runTogether()) {
            NumberApart.join(items, form);
        }
        boolean numberedTop = false;
        for (Object item : items) {
            if (item instanceof SourceDocument.Para p) {
                Matcher top1 = TOP.matcher(Texts.collapse(p.text()));
                if (top1.matches() && (isHeading(top1.group(2), 40) || runInSection(form, top1.group(2)) != null)) {
                    numberedTop = true;
                    break;
                }
            }
        }
        // the tag of the sections' headings (<h1> when a word processor saved the page, <h2>–<h4> on sites): a heading
        // tagged lower is one level below them for each tag between (<h1>一、 <h2>（一）: a subsection)
        int sectionTag = 0;
        for (Object item : items) {
            if (item instanceof SourceDocument.Para p && p.heading() >= 1
                    && (sectionTag == 0 || p.heading() < sectionTag)) {
                String text = Texts.collapse(p.text());
                Matcher any = ANY_NUMBERING.matcher(text);
                if (TOP.matcher(text).matches() || section(form, any.matches() ? any.group(2).strip() : text).isPresent()) {
                    sectionTag = p.heading();
                }
            }
        }
        int sectionDepth = sectionTag == 0 ? 2 : sectionTag;
        Map<String, DumpReader.Region> regions = new LinkedHashMap<>();
        for (Object item : items) {
            if (item instanceof DumpReader.Chrome c) {
                chrome.add(new SourceDocument.Located(c.text(), c.location()));
                continue;
            }
            if (item instanceof DumpReader.Region region) {
                regions.putIfAbsent(region.table().id(), region);
                if (!stack.isEmpty() && !afterClosing(stack)) {
                    tableSection.putIfAbsent(region.table().id(), stack.get(stack.size() - 1));
                    tableTop.putIfAbsent(region.table().id(), stack.get(0));
                }
                continue;
            }
            SourceDocument.Block b = (SourceDocument.Block) item;
            if (b instanceof SourceDocument.Grid g) {
                TableDefinition best = null;
                int bestScore = 2;
                for (Map.Entry<TableDefinition, FormIndex> e : indexes.entrySet()) {
                    int s = GridReader.score(e.getValue(), g);
                    if (s > bestScore) {
                        bestScore = s;
                        best = e.getKey();
                    }
                }
                if (best == null) {
                    // a grid of no table of the form: its text is kept as paragraphs, in order
                    for (List<SourceDocument.Cell> row : g.rows()) {
                        String line = Texts.rowLine(row);
                        if (!line.isEmpty()) {
                            addParagraph(stack, preamble, preambleAt, line, g.location());
                        }
                    }
                    lastTable = null;
                    continue;
                }
                if (grids.containsKey(best.id()) && !best.id().equals(lastTable)) {
                    // printed twice, apart: the second is read as a continuation too
                }
                if (!grids.containsKey(best.id())) {
                    // the table's title printed just before it (平潭综合实验区政府信息公开情况统计表): its caption
                    List<String> paragraphs = stack.isEmpty() ? preamble : stack.get(stack.size() - 1).paragraphs;
                    List<SourceLocation> at = stack.isEmpty() ? preambleAt : stack.get(stack.size() - 1).paragraphLocations;
                    String tableTitle = Keys.of(best.title().zh());
                    if (!paragraphs.isEmpty() && !tableTitle.isEmpty()) {
                        String last = paragraphs.get(paragraphs.size() - 1);
                        if (last.length() <= 60 && Keys.of(last).endsWith(tableTitle)) {
                            captions.put(best.id(), new Caption(paragraphs, at, paragraphs.size() - 1, last,
                                    at.get(at.size() - 1)));
                            paragraphs.remove(paragraphs.size() - 1);
                            at.remove(at.size() - 1);
                        }
                    }
                }
                grids.computeIfAbsent(best.id(), k -> new ArrayList<>()).add(g);
                if (!stack.isEmpty() && !afterClosing(stack)) {
                    tableSection.putIfAbsent(best.id(), stack.get(stack.size() - 1));
                    tableTop.putIfAbsent(best.id(), stack.get(0));
                }
                lastTable = best.id();
                continue;
            }
            if (b instanceof SourceDocument.Image img) {
                // pictures before any heading are kept under "": a scan has nothing else
                images.computeIfAbsent(stack.isEmpty() ? "" : topOf(stack).form.orElse(""), k -> new ArrayList<>())
                        .add(img);
                continue;
            }
            SourceDocument.Para p = (SourceDocument.Para) b;
            String text = Texts.collapse(p.text());
            if (text.isEmpty()) {
                continue;
            }
            lastTable = null;
            if (p.heading() >= 2) {
                Matcher any = ANY_NUMBERING.matcher(text);
                String numbering = any.matches() ? any.group(1) : "";
                String headingTitle = any.matches() ? any.group(2).strip() : text;
                // sites print the sections in <h2>, <h3> or <h4>: a heading numbered 一、 or titled as a section
                // of the form is a section whatever its tag; the others go by their tag
                int level = TOP.matcher(text).matches() || section(form, headingTitle).isPresent() ? 1
                        : Math.max(1, p.heading() - sectionDepth + 1);
                if (level == 1) {
                    Optional<String> id = section(form, headingTitle);
                    if (id.isEmpty() && !numbering.isEmpty()) {
                        id = nearSection(form, numbering, headingTitle);
                    }
                    if (id.isEmpty()) {
                        notes.add(Note.report("READ-HEADING-UNKNOWN", Severity.INFO, "read.heading_unknown", "",
                                text, "", p.location()));
                    }
                    Node n = new Node(id, numbering, headingTitle, 1, p.location());
                    top.add(n);
                    stack.clear();
                    stack.add(n);
                    continue;
                }
                if (!stack.isEmpty()) {
                    while (stack.size() > 1 && stack.get(stack.size() - 1).level >= level) {
                        stack.remove(stack.size() - 1);
                    }
                    Node n = new Node(Optional.empty(), numbering, headingTitle, level, p.location());
                    stack.get(stack.size() - 1).children.add(n);
                    stack.add(n);
                    continue;
                }
            }
            Matcher m = TOP.matcher(text);
            String[] runIn = m.matches() && !isHeading(m.group(2), 40) ? runInSection(form, m.group(2)) : null;
            if (runIn == null && !numberedTop && !doc.runTogether()) {
                // no section numbered 一、 in the whole report: its sections may be numbered （一）…（六）
                Matcher sub = SUB.matcher(text);
                if (sub.matches() && (isHeading(sub.group(2), 40) ? section(form, sub.group(2).strip()).isPresent()
                        : runInSection(form, sub.group(2)) != null)) {
                    m = sub;
                    runIn = isHeading(sub.group(2), 40) ? null : runInSection(form, sub.group(2));
                }
            }
            if (m.matches() && (isHeading(m.group(2), 40) || runIn != null)) {
                String headingTitle = runIn != null ? runIn[0] : m.group(2).strip();
                Optional<String> id = section(form, headingTitle);
                if (id.isEmpty()) {
                    id = nearSection(form, m.group(1), headingTitle);
                }
                if (id.isEmpty()) {
                    notes.add(Note.report("READ-HEADING-UNKNOWN", Severity.INFO, "read.heading_unknown", "",
                            text, "", p.location()));
                }
                Node n = new Node(id, m.group(1), headingTitle, 1, p.location());
                top.add(n);
                stack.clear();
                stack.add(n);
                if (runIn != null && !runIn[1].isEmpty()) {
                    // the text run on after the heading in the same paragraph: the section's first paragraph
                    addParagraph(stack, preamble, preambleAt, runIn[1], p.location());
                }
                continue;
            }
            if (!numberedTop && !doc.runTogether()) {
                // no section numbered 一、 in the whole report: a line that is a section's title, numbered with a
                // space for 、 (一　总体情况) or not at all (Word's list numbering lost in the paste), is that
                // section's heading, once (they were paragraphs of the preamble, and every section missing)
                Matcher spaced = SPACED_TOP.matcher(text);
                String numbering = spaced.matches() ? spaced.group(1) : "";
                String headingTitle = spaced.matches() ? spaced.group(2).strip() : text;
                Optional<String> id = isHeading(headingTitle, 40) ? section(form, headingTitle) : Optional.empty();
                if (id.isPresent() && top.stream().noneMatch(n -> n.form.equals(id))) {
                    Node n = new Node(id, numbering, headingTitle, 1, p.location());
                    top.add(n);
                    stack.clear();
                    stack.add(n);
                    continue;
                }
            }
            Optional<String[]> off = numberedTop && !stack.isEmpty() && isHeading(text, 40)
                    ? OffNumbering.heading(form, text, top.stream().flatMap(t -> t.form.stream()).toList())
                    : Optional.empty();
            if (off.isPresent()) {
                // a section numbered （四） or 4. among sections numbered 一、: that section, its numbering as printed
                Node n = new Node(Optional.of(off.get()[2]), off.get()[0], off.get()[1], 1, p.location());
                top.add(n);
                stack.clear();
                stack.add(n);
                continue;
            }
            if (!stack.isEmpty()) {
                Matcher s2 = SUB.matcher(text);
                Matcher s3 = SUBSUB.matcher(text);
                int level = 0;
                Matcher used = null;
                // sections numbered （一）…（六） (no 一、 in the report): their items 1. 2. are one level under
                // them, as （一） is under 一、, and a heading by the same test (short, no sentence's end)
                boolean bracketed = !numberedTop && SUB.matcher(stack.get(0).numbering + stack.get(0).title).matches();
                if (s2.matches() && isHeading(s2.group(2), 30)) {
                    level = 2;
                    used = s2;
                } else if (s3.matches() && isHeading(s3.group(2), 30) && (stack.size() >= 2 || bracketed)) {
                    level = bracketed ? 2 : 3;
                    used = s3;
                }
                if (used != null) {
                    while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) {
                        stack.remove(stack.size() - 1);
                    }
                    Node n = new Node(Optional.empty(), used.group(1), used.group(2).strip(), level, p.location());
                    stack.get(stack.size() - 1).children.add(n);
                    stack.add(n);
                    continue;
                }
            }
            addParagraph(stack, preamble, preambleAt, text, p.location());
        }

        // closing lines: a date line ending the last section, and a short signature line before it (or before
        // the date on its line: 某某局　2024年1月25日)
        List<String> closing = new ArrayList<>();
        List<SourceLocation> closingAt = new ArrayList<>();
        if (!top.isEmpty()) {
            Node last = deepestLast(top.get(top.size() - 1));
            int n = last.paragraphs.size();
            String end = n > 0 ? last.paragraphs.get(n - 1) : "";
            int signed = Dates.dateAfterSignature(end);
            boolean signedDate = signed > 0 && isSignature(end.substring(0, signed));
            if (n > 0 && (Dates.isDateLine(end) || signedDate)) {
                int from = n - 1;
                if (n >= 2 && !signedDate && isSignature(last.paragraphs.get(n - 2))) {
                    from = n - 2;
                }
                for (int i = from; i < n; i++) {
                    closing.add(last.paragraphs.get(i));
                    closingAt.add(last.paragraphLocations.get(i));
                }
                last.paragraphs.subList(from, n).clear();
                last.paragraphLocations.subList(from, n).clear();
            }
        }
        if (published.isEmpty() && !closing.isEmpty()) {
            published = Dates.dateLine(closing.get(closing.size() - 1));
            if (published.isPresent()) {
                notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred",
                        "publicationDate", published.get().toString(), "the date line",
                        closingAt.get(closingAt.size() - 1)).inChinese(published.get().toString(), "落款日期"));
            }
        }

        SourceDocument.Located url = doc.metadata().get(SourceDocument.URL);
        if (published.isEmpty() && url != null) {
            // no date printed: the one in the page's address, as portals' publishing systems write it
            // (…/202401/t20240125_123.html)
            published = Dates.urlDate(url.text());
            if (published.isPresent()) {
                notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred",
                        "publicationDate", published.get().toString(), "the page's address", url.location())
                        .inChinese(published.get().toString(), "页面地址"));
            }
        }
        AnnualReport.Builder report = AnnualReport.builder(edition).agency(Agency.of(agencyName, kind)).year(year)
                .title(title);
        published.ifPresent(report::publicationDate);
        Map<io.github.xxgk.core.form.CellId, SourceLocation> cells = new LinkedHashMap<>();
        // by identity: a caption's lists change as captions are put back
        java.util.Set<Caption> restored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Optional<SourceDocument.Located> attachment = Attachments.mention(items);
        // the text as read, sections and preamble, for what it states of the cells whose runs the tables' relations
        // leave several splits of: read only when a run asks for it
        AnnualReport.Builder textOnly = AnnualReport.builder(edition).agency(Agency.of(agencyName, kind)).year(year);
        StatedFigures stated = StatedFigures.of(() -> {
            preamble.forEach(textOnly::preamble);
            for (int i = 0; i < top.size(); i++) {
                textOnly.section(build(top.get(i), "", new HashMap<>()));
            }
            return textOnly.build();
        });
        for (TableDefinition t : form.tables()) {
            List<SourceDocument.Grid> gs = grids.get(t.id());
            DumpReader.Region region = regions.get(t.id());
            if (gs == null && region == null) {
                List<SourceDocument.Image> pictures = form.sections().stream().filter(s -> s.tables().contains(t.id()))
                        .map(s -> images.getOrDefault(s.id(), List.of())).flatMap(List::stream).toList();
                if (pictures.isEmpty() && top.isEmpty() && grids.isEmpty() && regions.isEmpty()) {
                    // no heading, no table, only pictures (a scan): the tables are in the pictures
                    pictures = images.getOrDefault("", List.of());
                }
                if (!pictures.isEmpty()) {
                    notes.add(Note.table("READ-TABLE-IMAGE", Severity.INFO, "read.table_image", t.id(),
                            pictures.get(0).source(), "", pictures.get(0).location()));
                    notes.add(Note.table("ACCESS-MACHINE-READABLE", Severity.INFO, "read.table_image", t.id(),
                            pictures.get(0).source(), "", pictures.get(0).location()));
                } else if (attachment.isPresent()) {
                    // the page names an attachment (附件：…统计表.xls): the note gives that line and where it stands
                    notes.add(Note.table("READ-TABLE-MISSING", Severity.WARNING, "read.table_attachment", t.id(),
                            attachment.get().text(), "an attachment the page names", attachment.get().location())
                            .inChinese(attachment.get().text(), "页面所列附件"));
                } else {
                    notes.add(Note.table("READ-TABLE-MISSING", Severity.WARNING, "read.table_missing", t.id(), "", "",
                            null));
                }
                continue;
            }
            Caption caption = captions.get(t.id());
            // the form's own caption (表三 收到和处理政府信息公开申请情况, as the form numbers and titles the table) is
            // no caption of the page's own: the table stands for it
            boolean formsOwn = caption != null && Keys.of(caption.text()).equals(Keys.of(t.number().zh() + t.title().zh()));
            GridReader.Result r = gs != null
                    ? GridReader.read(t, indexes.get(t), gs, caption == null || formsOwn ? "" : caption.text(), stated)
                    : DumpTables.read(region, indexes.get(t), stated);
            if (caption != null && r.table().printedShape().isEmpty() && !formsOwn) {
                // no shape to hold the caption: it stays a paragraph where it was printed (put back below)
                restored.add(caption);
            }
            report.table(r.table());
            notes.addAll(r.notes());
            cells.putAll(r.cells());
            // what the table printed that the model has no place for: listed as left out, with where it was
            chrome.addAll(r.omitted());
            Node holder = tableSection.get(t.id());
            boolean loose = form.sections().stream().noneMatch(sd -> sd.tables().contains(t.id()));
            if (holder != null && loose && !Keys.of(holder.title).contains(Keys.of(t.title().zh()))) {
                // a table no section of the form holds stands apart, unless printed under a heading that
                // names it (七、平潭综合实验区政府信息公开情况统计表)
                holder = null;
            }
            if (holder != null) {
                Optional<SectionDefinition> place = tableTop.get(t.id()).form.flatMap(form::section);
                boolean onlyContent = holder != tableTop.get(t.id()) && holder.paragraphs.isEmpty()
                        && holder.children.isEmpty();
                if (place.isEmpty() || !place.get().tables().contains(t.id()) || onlyContent) {
                    // printed where the form does not place it, or as the only content of a sub-heading of the
                    // section that is its place (四、 → （一）复议诉讼情况 → 表四): held there (the sub-heading was
                    // taken for one without content)
                    holder.tables.add(t.id());
                }
            }
        }
        // the captions put back where they were printed, the last taken first: each goes back to the place
        // it was taken from (several captions of one section went back in reverse order, each put back first)
        List<Caption> taken = new ArrayList<>(captions.values());
        for (int i = taken.size() - 1; i >= 0; i--) {
            Caption caption = taken.get(i);
            if (restored.contains(caption)) {
                caption.paragraphs().add(Math.min(caption.index(), caption.paragraphs().size()), caption.text());
                caption.at().add(Math.min(caption.index(), caption.at().size()), caption.location());
            }
        }
        for (int i = 0; i < preamble.size(); i++) {
            report.preamble(preamble.get(i));
            texts.put("/preamble/" + i, preambleAt.get(i));
        }
        if (assumedYear > 0) {
            List<String> instructions = new ArrayList<>();
            for (Node n : top) {
                for (int i = n.paragraphs.size() - 1; i >= 0; i--) {
                    if (isInstruction(n.paragraphs.get(i))) {
                        instructions.add(0, n.paragraphs.get(i));
                        n.paragraphs.remove(i);
                        n.paragraphLocations.remove(i);
                    }
                }
            }
            if (!instructions.isEmpty()) {
                notes.add(Note.report("READ-METADATA-INFERRED", Severity.INFO, "read.metadata_inferred", "sections",
                        "no text", "a blank template: its instructions " + String.join(" ", instructions)
                                + " are not report text", null).inChinese("无正文",
                                "空白模板：其中的填写说明" + String.join(" ", instructions) + "不是报告正文"));
            }
        }
        for (int i = 0; i < top.size(); i++) {
            report.section(build(top.get(i), "/sections/" + i));
        }
        for (int i = 0; i < closing.size(); i++) {
            report.closing(closing.get(i));
            texts.put("/closing/" + i, closingAt.get(i));
        }
        chrome.addAll(trailingChrome);
        return new Output(report.build(), notes, cells, texts, chrome);
    }

    /** Whether a grid is a table of a form of any edition (a report's table, never a page's menu). */
    private static boolean formTable(SourceDocument.Grid g) {
        for (Edition e : Edition.values()) {
            for (TableDefinition t : e.form().tables()) {
                if (GridReader.score(FormIndex.of(t), g) > 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the section being read has just ended with the report's date line (a table after it stands apart). */
    private static boolean afterClosing(List<Node> stack) {
        return !stack.isEmpty() && !stack.get(stack.size() - 1).paragraphs.isEmpty()
                && Dates.isDateLine(lastOf(stack.get(stack.size() - 1).paragraphs));
    }

    /** A paragraph taken as a table's caption, and where it was. */
    private record Caption(List<String> paragraphs, List<SourceLocation> at, int index, String text,
            SourceLocation location) {
    }

    private static String lastOf(List<String> list) {
        return list.get(list.size() - 1);
    }

    private static Node topOf(List<Node> stack) {
        return stack.get(0);
    }

    private static Node deepestLast(Node n) {
        Node cur = n;
        while (!cur.children.isEmpty()) {
            Node child = cur.children.get(cur.children.size() - 1);
            if (child.paragraphs.isEmpty() && child.children.isEmpty()) {
                break;
            }
            cur = child;
        }
        return cur;
    }

    private static void addParagraph(List<Node> stack, List<String> preamble, List<SourceLocation> preambleAt,
            String text, SourceLocation at) {
        if (stack.isEmpty()) {
            preamble.add(text);
            preambleAt.add(at);
        } else {
            Node n = stack.get(stack.size() - 1);
            n.paragraphs.add(text);
            n.paragraphLocations.add(at);
        }
    }

    private Section build(Node n, String pointer) {
        return build(n, pointer, texts);
    }

    /** The section of a node, where each of its texts was put in {@code at}. */
    private static Section build(Node n, String pointer, Map<String, SourceLocation> at) {
        Section.Builder b = Section.builder(n.numbering, n.title);
        n.form.ifPresent(b::form);
        at.put(pointer + "/title", n.location);
        for (int i = 0; i < n.paragraphs.size(); i++) {
            b.paragraph(n.paragraphs.get(i));
            at.put(pointer + "/paragraphs/" + i, n.paragraphLocations.get(i));
        }
        for (int i = 0; i < n.children.size(); i++) {
            b.subsection(build(n.children.get(i), pointer + "/subsections/" + i, at));
        }
        n.tables.forEach(b::table);
        return b.build();
    }

    /** Punctuation between a run-in heading and its text ({@code 一、总体情况：…}, {@code 一、总体情况。…}). */
    private static final String AFTER_HEADING = "：:。．.，, ";

    /**
     * A section heading run into its paragraph ({@code 一、总体情况2023年，本局…}, {@code 一、总体情况：…}): the
     * printed title of the form's section (or one of its variants) the text opens with, the longest such, and
     * the text after it; null when the text opens with no section's title.
     */
    static String[] runInSection(FormDefinition form, String printed) {
        String text = printed.strip();
        String key = Keys.of(text);
        String best = null;
        for (SectionDefinition s : form.sections()) {
            List<String> titles = new ArrayList<>(s.variants());
            titles.add(s.title().zh());
            for (String t : titles) {
                String k = Keys.of(t);
                if (!k.isEmpty() && key.startsWith(k) && (best == null || k.length() > Keys.of(best).length())) {
                    best = t;
                }
            }
        }
        if (best == null) {
            return null;
        }
        // where in the printed text the title's key ends
        int want = Keys.of(best).length();
        int end = 0;
        while (end < text.length() && Keys.of(text.substring(0, end)).length() < want) {
            end++;
        }
        String head = text.substring(0, end).strip();
        int rest = end;
        while (rest < text.length() && AFTER_HEADING.indexOf(text.charAt(rest)) >= 0) {
            rest++;
        }
        String after = text.substring(rest).strip();
        if (after.isEmpty() && rest == end) {
            return null; // the heading alone: read as such
        }
        return new String[] {head, after};
    }

    /** What a title's agency ends before, when the year comes after it (…局政府信息公开工作2023年度报告). */
    private static final String SUBJECT = "政府信息公开";
    /** The subject as townships title it (某某镇人民政府2023年政务公开工作年度报告). */
    private static final String SUBJECT_TOWNSHIP = "政务公开";

    /** Where the first subject stands in a text from an index, -1 when none. */
    private static int subjectAt(String text, int from) {
        int a = text.indexOf(SUBJECT, from);
        int b = text.indexOf(SUBJECT_TOWNSHIP, from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
    /** The word that may join the agency to the year ({@code 某某局关于2023年…}). */
    private static final String ABOUT = "关于";

    /**
     * The agency a title names: the words before the year ({@code 某某县财政局2023年…}), before
     * {@code 政府信息公开} when that comes first ({@code 某某局政府信息公开工作2023年度报告}), or between the
     * year and {@code 政府信息公开} when the title opens with the year ({@code 2023年度某某县财政局政府信息公开…});
     * a joining {@code 关于} is not part of it. Empty when the title names none.
     */
    static String agencyOf(String title) {
        Matcher m = TITLE_YEAR.matcher(title);
        if (!m.find()) {
            return "";
        }
        String before = title.substring(0, m.start()).strip();
        int subject = subjectAt(before, 0);
        if (subject > 0) {
            before = before.substring(0, subject).strip();
        }
        if (before.endsWith(ABOUT)) {
            before = before.substring(0, before.length() - ABOUT.length()).strip();
        }
        if (before.isEmpty()) {
            int after = subjectAt(title, m.end());
            if (after > m.end()) {
                before = title.substring(m.end(), after).strip();
            }
        }
        return before;
    }

    /** A heading's title: short, with no sentence punctuation inside or at its end. */
    private static boolean isHeading(String title, int max) {
        String t = title.strip();
        if (t.isEmpty() || t.length() > max) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '；' || c == '！' || c == '？' || (c == '：' && i == t.length() - 1)
                    || (c == '，' && i == t.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSignature(String line) {
        String t = Texts.squeeze(line);
        return t.length() <= 30 && t.chars().noneMatch(c -> c == '。' || c == '，' || c == '；' || Character.isDigit(c));
    }

    /** The form section a printed title names: the official title or a variant, under the label key. */
    static Optional<String> section(FormDefinition form, String printedTitle) {
        String k = Keys.of(printedTitle);
        for (SectionDefinition s : form.sections()) {
            if (s.accepts(printedTitle) || Keys.of(s.title().zh()).equals(k)
                    || s.variants().stream().anyMatch(v -> Keys.of(v).equals(k))) {
                return Optional.of(s.id());
            }
        }
        return Optional.empty();
    }

    /** The form section under the same numbering whose title differs by a misprint or two. */
    static Optional<String> nearSection(FormDefinition form, String numbering, String printedTitle) {
        String k = Keys.of(printedTitle);
        for (SectionDefinition s : form.sections()) {
            if (!Keys.of(s.numbering()).equals(Keys.of(numbering))) {
                continue;
            }
            // the official title or a variant (the 2008 item's heading, which reports print with or without
            // its 的: 因政府信息公开申请行政复议、提起行政诉讼情况)
            List<String> titles = new ArrayList<>();
            titles.add(s.title().zh());
            titles.addAll(s.variants());
            for (String title : titles) {
                String official = Keys.of(title);
                int max = Keys.tolerance(official);
                if (max > 0 && Keys.distance(k, official, max) <= max) {
                    return Optional.of(s.id());
                }
            }
        }
        return Optional.empty();
    }
}
