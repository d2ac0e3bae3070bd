package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legacy corpus pages: provincial labels read through the variants of the legacy table. */
class CorpusLegacyTest {

    private static String readString(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pingtan2013PageReadsIntoTheFixture() {
        ReadResult result = PublishedReports.read(Corpus.page("2013-syq", "page.html"), ReadOptions.defaults());
        AnnualReport expected = Corpus.fixture("pingtan-2013-syq.json");
        Corpus.dump("2013-expected.json", expected);
        assertThat(Corpus.dump("2013-html.json", result.report())).isEqualTo(Corpus.json(expected));
        assertThat(result.report()).isEqualTo(expected);
    }

    @Test
    void pingtan2013DumpReadsIntoTheFixtureButForTheGazetteRow() {
        ReadResult result = PublishedReports.read(Corpus.page("2013-syq", "page.txt"), ReadOptions.defaults());
        AnnualReport fixture = Corpus.fixture("pingtan-2013-syq.json");
        // Difference, justified: the row 2、政府公报公开 prints one figure, 0, for its two cells (the page
        // leaves 历年累计 empty); the dump cannot say which cell the 0 is in, so the reader leaves both blank
        // and says so (READ-SPLIT-AMBIGUOUS), where the fixture, typed from the HTML, has 2013年度 = 0.
        io.github.xxgk.core.StatisticsTable stats = fixture.table("stats").orElseThrow().toBuilder()
                .set("l5", "value", io.github.xxgk.core.CellValue.BLANK).build();
        AnnualReport expected = fixture.toBuilder().table(stats).build();
        // every heading, paragraph, the title over two lines, the office's line, the date line: as the fixture
        assertThat(Corpus.dump("2013-txt.json", result.report())).isEqualTo(Corpus.json(expected));
        assertThat(result.report()).isEqualTo(expected);
        assertThat(result.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS")).singleElement()
                .satisfies(n -> assertThat(n.message(java.util.Locale.ENGLISH)).contains("2、政府公报公开"));
        // the site's chrome is left out of the report and listed, with where it was: the breadcrumb with
        // the source and time line and the buttons before the title, 附件下载 after the table
        assertThat(result.provenance().omitted()).extracting(Provenance.Omitted::text).containsExactly(
                "当前位置： 首页政务公开政府信息公开政府信息公开年报 平潭综合实验区2013年政府信息公开工作年度报告 "
                        + "来源：平潭综合实验区管委会办公室 时间：2014-01-10 00:00 微信 微博 QQ空间 全真版 文字版 文件下载 "
                        + "相关链接： -->",
                "附件下载");
        String page = readString(Corpus.page("2013-syq", "page.txt"));
        int at = page.lastIndexOf("附件下载");
        assertThat(result.provenance().omitted().get(1).location()).isEqualTo(new SourceLocation.TextRange(at, at + 4));
        // html and txt of one report give the same table but for that cell
        AnnualReport html = PublishedReports.read(Corpus.page("2013-syq", "page.html"), ReadOptions.defaults()).report();
        assertThat(html.table("stats").orElseThrow().toBuilder().set("l5", "value", io.github.xxgk.core.CellValue.BLANK)
                .build()).isEqualTo(result.report().table("stats").orElseThrow());
    }

    @Test
    void pingtan2016DumpReadsIntoTheFixtureButForOneRowAndTwoHeadings() {
        ReadResult result = PublishedReports.read(Corpus.page("2016-syq", "page.txt"), ReadOptions.defaults());
        AnnualReport fixture = Corpus.fixture("pingtan-2016-syq.json");
        // Difference 1, justified: 主动公开文件数 prints 346085376 and 其中：1、政府网站公开数 the same run; the
        // table's relations (the warnings 本年度 ≤ 历年累计 and 其中 ≤ its total are not used to split) leave
        // several splits of each. The text states 2016年全区主动公开政府信息3460条, which leaves one split of
        // 主动公开文件数, 3460|85376, as in the fixture; the text states nothing of 政府网站公开数, whose 3460 | 85376
        // the fixture took by reading (NOTES-legacy.md): the reader leaves that row blank and lists the splits.
        io.github.xxgk.core.StatisticsTable stats = fixture.table("stats").orElseThrow().toBuilder()
                .set("l6", "value", io.github.xxgk.core.CellValue.BLANK)
                .set("l6", "cumulative", io.github.xxgk.core.CellValue.BLANK).build();
        // Difference 2, justified: under 二、（三） the dump prints 1.门户网站在“平潭… and 2.公众查阅点指定区…: the
        // headings run into their text with nothing to mark where the titles end (no numbering, no year, no
        // heading word follows them, no full stop), so the reader cannot tell 门户网站 from 门户网站在; it keeps
        // each as a paragraph of （三） opening with its numbering, every character kept, where the fixture
        // (typed by reading) makes two subsections of them.
        AnnualReport expected = fixture.toBuilder().table(stats)
                .sections(fixture.sections().stream().map(CorpusLegacyTest::runIn).toList()).build();
        Corpus.dump("2016-expected.json", expected);
        assertThat(Corpus.dump("2016-txt.json", result.report())).isEqualTo(Corpus.json(expected));
        assertThat(result.report()).isEqualTo(expected);
        assertThat(result.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS")).singleElement()
                .satisfies(n -> assertThat(n.message(java.util.Locale.CHINA)).contains("政府网站公开数")
                        .contains("3460|85376"));
        assertThat(result.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT")).singleElement()
                .satisfies(n -> assertThat(n.message(java.util.Locale.CHINA)).contains("主动公开文件数：3460|85376")
                        .contains("“2016年全区主动公开政府信息3460条。”"));
        // Word's conditional comments leaked into the dump are left out of the text, and listed
        assertThat(result.provenance().omitted()).extracting(Provenance.Omitted::text)
                .containsExactly("<!--[if !supportLists]-->", "<!--[endif]-->");
    }

    /** 二、（三）'s two subsections as the dump prints them: paragraphs opening with numbering and title. */
    private static io.github.xxgk.core.Section runIn(io.github.xxgk.core.Section s) {
        if (!s.numbering().equals("二、")) {
            return s;
        }
        List<io.github.xxgk.core.Section> subs = new java.util.ArrayList<>(s.subsections());
        io.github.xxgk.core.Section forms = subs.get(2);
        assertThat(forms.numbering() + forms.title()).isEqualTo("（三）主动公开政府信息的主要形式");
        List<String> paragraphs = new java.util.ArrayList<>(forms.paragraphs());
        for (io.github.xxgk.core.Section sub : forms.subsections()) {
            for (int i = 0; i < sub.paragraphs().size(); i++) {
                paragraphs.add(i == 0 ? sub.numbering() + sub.title() + sub.paragraphs().get(0) : sub.paragraphs().get(i));
            }
        }
        subs.set(2, new io.github.xxgk.core.Section(forms.form(), forms.numbering(), forms.title(), paragraphs,
                List.of(), forms.tables()));
        return new io.github.xxgk.core.Section(s.form(), s.numbering(), s.title(), s.paragraphs(), subs, s.tables());
    }
}
