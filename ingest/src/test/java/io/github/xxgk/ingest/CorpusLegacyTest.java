package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import org.junit.jupiter.api.Test;

/** The legacy corpus pages: provincial labels read through the variants of the legacy table. */
class CorpusLegacyTest {

    @Test
    void pingtan2013PageReadsIntoTheFixture() {
        ReadResult result = PublishedReports.read(Corpus.page("2013-syq", "page.html"), ReadOptions.defaults());
        AnnualReport expected = Corpus.fixture("pingtan-2013-syq.json");
        Corpus.dump("2013-expected.json", expected);
        assertThat(Corpus.dump("2013-html.json", result.report())).isEqualTo(Corpus.json(expected));
        assertThat(result.report()).isEqualTo(expected);
    }

    @Test
    void pingtan2013DumpGivesTheFixturesTableButForTheGazetteRow() {
        ReadResult result = PublishedReports.read(Corpus.page("2013-syq", "page.txt"), ReadOptions.defaults());
        AnnualReport fixture = Corpus.fixture("pingtan-2013-syq.json");
        // Difference, justified: the row 2、政府公报公开 prints one figure, 0, for its two cells (the page
        // leaves 历年累计 empty); the dump cannot say which cell the 0 is in, so the reader leaves both blank
        // and says so (READ-SPLIT-AMBIGUOUS), where the fixture, typed from the HTML, has 2013年度 = 0.
        io.github.xxgk.core.StatisticsTable stats = fixture.table("stats").orElseThrow().toBuilder()
                .set("l5", "value", io.github.xxgk.core.CellValue.BLANK).build();
        assertThat(result.report().tables()).containsExactlyEntriesOf(java.util.Map.of("stats", stats));
        assertThat(result.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS")).singleElement()
                .satisfies(n -> assertThat(n.message(java.util.Locale.ENGLISH)).contains("2、政府公报公开"));
        // the text differs from the fixture's, which was typed from the HTML: the dump keeps the site's
        // chrome (当前位置 …) before the title and 附件下载 after the table, read as paragraphs
        assertThat(result.report().title()).isEqualTo(fixture.title());
        assertThat(result.report().sections()).extracting(io.github.xxgk.core.Section::heading)
                .isEqualTo(fixture.sections().stream().map(io.github.xxgk.core.Section::heading).toList());
    }

    @Test
    void pingtan2016DumpGivesTheFixturesTableButForTheTwoRowsTheNarrativeSettles() {
        ReadResult result = PublishedReports.read(Corpus.page("2016-syq", "page.txt"), ReadOptions.defaults());
        AnnualReport fixture = Corpus.fixture("pingtan-2016-syq.json");
        // Difference, justified: 主动公开文件数 prints 346085376 and 其中：1、政府网站公开数 the same run; the
        // table's relations (the warning 本年度 ≤ 历年累计 is not used to split) leave several splits, and
        // the fixture's 3460 | 85376 was settled by the narrative (2016年全区主动公开政府信息3460条,
        // NOTES-legacy.md). The reader leaves both rows blank and lists the splits.
        io.github.xxgk.core.StatisticsTable stats = fixture.table("stats").orElseThrow().toBuilder()
                .set("l1", "value", io.github.xxgk.core.CellValue.BLANK)
                .set("l1", "cumulative", io.github.xxgk.core.CellValue.BLANK)
                .set("l6", "value", io.github.xxgk.core.CellValue.BLANK)
                .set("l6", "cumulative", io.github.xxgk.core.CellValue.BLANK).build();
        assertThat(result.report().tables()).containsExactlyEntriesOf(java.util.Map.of("stats", stats));
        assertThat(result.notes()).filteredOn(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS")).hasSize(2)
                .allSatisfy(n -> assertThat(n.message(java.util.Locale.ENGLISH)).contains("3460|85376"));
        // the heading 七、…统计表 holds the table, as in the fixture
        io.github.xxgk.core.Section last = result.report().sections().get(result.report().sections().size() - 1);
        assertThat(last.heading()).isEqualTo("七、平潭综合实验区政府信息公开情况统计表");
        assertThat(last.tables()).containsExactly("stats");
    }
}
