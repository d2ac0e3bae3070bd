package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a portal's page chrome that a crawler's text dump keeps around the report (the
 * breadcrumb, the source and time line, share buttons, view tabs, download and print links): the one
 * place these phrases are listed. They are not report text: a reader of a dump recognises them with
 * these lists, leaves them out of the report and lists what it left out in the provenance. None of
 * them is an official label of the form. Not API.
 */
final class SiteChrome {

    private SiteChrome() {
    }

    /** Words that open the chrome before the article (the breadcrumb). */
    static final List<String> LEADS = List.of("当前位置", "您当前的位置", "您的位置", "你的位置", "当前所在位置");

    /** Whole whitespace-delimited pieces that are chrome wherever they stand at the article's edges. */
    static final List<String> ITEMS = List.of("微信", "微博", "QQ空间", "QQ", "全真版", "文字版", "文件下载", "附件下载",
            "附件：", "打印本页", "关闭窗口", "【打印本页】", "【关闭窗口】", "【打印】", "【关闭】", "打印", "关闭", "收藏",
            "分享到：", "分享到", "相关链接：", "相关链接", "-->", "扫一扫在手机上查看当前页面", "【字体：大", "中", "小】",
            "字号：", "大", "小", "默认", "返回顶部", "上一篇", "下一篇");

    /** Pieces that begin with one of these are chrome fields ({@code 来源：…}, {@code 时间：…}). */
    static final List<String> FIELDS = List.of("来源：", "来源:", "时间：", "时间:", "发布时间：", "发布日期：", "浏览次数：",
            "点击数：", "访问量：", "作者：", "字号：", "信息来源：", "索引号：", "主题分类：", "信息分类：", "发布机构：",
            "发文机关：", "成文日期：", "生成日期：", "发文日期：", "名称：", "文号：", "发文字号：", "公开方式：", "公开时限：");

    /** The fields of a chrome line whose value is the page's time of publication ({@code 来源：… 时间：2025-03-10 15:35}). */
    static final List<String> TIME_FIELDS = List.of("发布时间：", "发布时间:", "发布日期：", "发布日期:", "时间：", "时间:");

    /** The date a chrome line gives in one of {@link #TIME_FIELDS}, as the value after the field, or null. */
    static SourceDocument.Located timeField(String line, io.github.xxgk.ingest.SourceLocation at) {
        for (String field : TIME_FIELDS) {
            int i = line.indexOf(field);
            if (i >= 0 && Dates.date(line.substring(i + field.length())).isPresent()) {
                return new SourceDocument.Located(line.substring(i + field.length()).strip(), at);
            }
        }
        return null;
    }

    /** The rest of a field's value printed after a space (the time of {@code 时间：2014-01-10 00:00}). */
    static final Pattern FIELD_TAIL = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

    /** Word's conditional comments leaked into the text ({@code <!--[if !supportLists]-->}, {@code <!--[endif]-->}). */
    static final Pattern LEAKED_MARKUP = Pattern.compile("<!--\\[if [^\\]]{0,40}\\]-->|<!--\\[endif\\]-->|<!\\[if [^\\]]{0,40}\\]>|<!\\[endif\\]>");

    /** How many pieces that are not chrome may stand between two chrome pieces (the breadcrumb's path and title). */
    static final int GAP = 2;

    /** How far into the article a lead is looked for, in characters. */
    static final int LEAD_WINDOW = 200;

    /** What separates the steps of a breadcrumb ({@code 首页 > 政府信息公开 > 年度报告}). */
    static final Pattern BREADCRUMB = Pattern.compile("\\S\\s*[>＞»›→]\\s*\\S");

    /** How many chrome lines above the report's title are set aside at most. */
    static final int LINES_BEFORE_TITLE = 4;

    /**
     * How many lines under the report's title are looked at for the site's chrome (来源：… 时间：…, share buttons,
     * view tabs, 文件下载 and 相关链接 of a whole page printed), at most.
     */
    static final int LINES_UNDER_TITLE = 10;

    /**
     * Whether a whole line above the title is the site's chrome: a breadcrumb (a lead word, or steps joined by
     * {@code >}), or a chrome item or field ({@code 来源：…}, {@code 发布日期：…}, {@code 浏览次数：…}).
     */
    static boolean isChromeLine(String line) {
        line = unbulleted(line);
        String first = line.split("\\s+", 2)[0];
        return line.length() <= 120 && (isChrome(first) || isLead(line)
                || line.length() <= 60 && BREADCRUMB.matcher(line).find() && !line.contains("。"));
    }

    /** How many lines of a portal's header and menus may come before the report's title. */
    static final int LINES_BEFORE_ARTICLE = 80;

    /** The longest line of a portal's header or menus (a site name, a menu item, a breadcrumb). */
    static final int MENU_LINE = 60;

    /** The longest piece of a menu line: one menu item ({@code 政策文件库}, {@code 政府工作报告}). */
    static final int MENU_ITEM = 12;

    /**
     * Whether a line longer than {@link #MENU_LINE} is a portal's menu bar all the same: pieces apart, each of them
     * short, no sentence ({@code 政府机构 要闻 政府会议 最新文件 政策文件库 政府工作报告 公示公告 …}).
     */
    static boolean isMenuLine(String line) {
        if (line.contains("。") || line.contains("，")) {
            return false;
        }
        String[] pieces = line.strip().split("\\s+");
        if (pieces.length < 4) {
            return false;
        }
        for (String p : pieces) {
            if (p.length() > MENU_ITEM) {
                return false;
            }
        }
        return true;
    }

    /** Words of a portal's footer ({@code 主办单位：… 网站标识码：… 浙ICP备…号}). */
    static final List<String> FOOTER = List.of("版权所有", "主办单位", "承办单位", "协办单位", "技术支持", "ICP备",
            "网站标识码", "公网安备", "网站地图", "联系我们", "Copyright", "©");

    /** What a line of chrome links may begin with when its pieces are run together ({@code 分享到：微信微博}). */
    static final List<String> LINK_LINES = List.of("分享到", "【打印", "【关闭", "【字体", "扫一扫", "打印本页", "关闭窗口");

    /** The headings of a list of links a portal prints under the article (相关链接 and the like). */
    static final List<String> RELATED = List.of("相关链接", "相关文章", "相关阅读", "相关推荐", "相关信息", "相关新闻",
            "推荐阅读", "延伸阅读", "相关文件");

    /** The longest line of such a list (a linked page's title). */
    static final int LINK_LINE = 80;

    /** Whether a line is the heading of such a list ({@code 相关链接}, {@code 相关链接：}). */
    static boolean isRelatedHeading(String line) {
        String t = line.strip();
        if (t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return RELATED.contains(t);
    }

    /** Whether a line after the article is the site's footer: chrome pieces, links, or footer fields. */
    static boolean isFooterLine(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (line.length() > 200) {
            return false;
        }
        return isChromeLine(line) || LINK_LINES.stream().anyMatch(line::startsWith)
                || !line.contains("。") && FOOTER.stream().anyMatch(line::contains);
    }

    /**
     * The labels of the metadata table that disclosure platforms print above (or under) the article: 索引号,
     * 发布机构, 发布日期 and the like, each in a cell before its value or opening it ({@code 索引号：…}).
     */
    static final List<String> METADATA_LABELS = List.of("索引号", "主题分类", "信息分类", "组配分类", "体裁分类",
            "发布机构", "发文机关", "发文单位", "公开主体", "所属机构", "信息来源", "成文日期", "发文日期", "生成日期", "发布日期",
            "发布时间", "公开日期", "名称", "标题", "信息名称", "文号", "发文字号", "主题词", "关键词", "关键字", "公开方式",
            "公开范围", "公开时限", "公开形式", "有效性", "时效", "内容概述", "备注");

    /** The labels among them whose value is the page's publication date. */
    static final List<String> METADATA_PUBLISHED = List.of("发布日期", "发布时间", "公开日期");

    /** The labels among them whose value is the publishing office. */
    static final List<String> METADATA_PUBLISHER = List.of("发布机构", "发文机关", "发文单位", "公开主体", "所属机构");

    /** How many of those labels make a table the page's metadata table, at least. */
    static final int METADATA_MIN_LABELS = 3;

    /** The bullets a page's lists print before their items (• 首页, • 全真版), when a whole page was printed. */
    static final String BULLETS = "•·▪◦";

    /** A line without the bullet that opens it (and the space after the bullet). */
    static String unbulleted(String line) {
        int i = 0;
        while (i < line.length() && (BULLETS.indexOf(line.charAt(i)) >= 0 || Character.isWhitespace(line.charAt(i)))) {
            i++;
        }
        return i == 0 || i == line.length() ? line : line.substring(i);
    }

    static boolean isLead(String piece) {
        return LEADS.stream().anyMatch(piece::startsWith);
    }

    static boolean isChrome(String piece) {
        return ITEMS.contains(piece) || FIELDS.stream().anyMatch(piece::startsWith) || isLead(piece);
    }
}
