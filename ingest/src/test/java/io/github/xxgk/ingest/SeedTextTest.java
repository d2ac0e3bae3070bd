package io.github.xxgk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.validation.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's text as published ({@code ../shared/seed/000_bfaacea65ec70e8f.txt}) against the shipped
 * seed JSON. What is equal is asserted; the differences are listed and justified:
 *
 * <ul>
 *   <li><b>The statistics table.</b> The text prints no table: the seed's figures were typed from
 *       the narrative ("主动公开政府信息20条" and the like). Reading narrative figures is not the reader's
 *       job (FORMATS.md §5 belongs to the validator's narrative checks); the reader reports the table
 *       missing (READ-TABLE-MISSING) and leaves it absent.</li>
 *   <li><b>The agency.</b> The title names 北大湖镇; the seed's 永吉县北大湖镇 comes from the preamble
 *       ("2017年度永吉县北大湖镇政府信息公开年度报告"). The reader takes the title's.</li>
 *   <li><b>Run-in numbered sentences.</b> The seed types {@code （一）健全领导机构。为规范…} as a subsection
 *       titled {@code 健全领导机构。}, and the unpunctuated line {@code （一）2017年没有回应公众社会热点或重大舆情}
 *       as a paragraph; the corpus fixtures (NOTES-format.md, "Headings versus run-in sentences") do
 *       the opposite, and the reader follows the corpus fixtures.</li>
 * </ul>
 */
class SeedTextTest {

    private static final Path SEED_JSON = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.json");

    /** The copy of the seed's published text bundled in examples (README's main job starts from it). */
    private static final Path SEED_TEXT = Path.of("../examples/src/main/resources/io/github/xxgk/examples/seed-2017-beidahu.txt");

    @Test
    void theBundledSeedTextIsTheSeedAsPublished() throws IOException {
        String corpus = System.getProperty("xxgk.corpus", "");
        Path text = corpus.isEmpty() ? Path.of("") : Path.of(corpus).resolveSibling("seed").resolve("000_bfaacea65ec70e8f.txt");
        assumeTrue(!corpus.isEmpty() && Files.isRegularFile(text),
                "SKIPPED: ../shared/seed is not there (the corpus profile is off); the bundled copy is not compared");
        assertThat(Files.readAllBytes(SEED_TEXT)).isEqualTo(Files.readAllBytes(text));
    }

    @Test
    void theNotesOnTheSeedTextSpeakChineseInChinese() {
        ReadResult r = PublishedReports.read(SEED_TEXT, ReadOptions.defaults());
        assertThat(r.notes()).isNotEmpty();
        for (Finding n : r.notes()) {
            // no English words in a Chinese message (charset names aside)
            assertThat(n.message(java.util.Locale.CHINA)).as(n.ruleId()).doesNotContainPattern("[a-z]{3,}");
        }
    }

    @Test
    void theSeedTextGivesTheSeedsMetadataPreambleAndHeadings() throws IOException {
        ReadResult r = PublishedReports.read(SEED_TEXT, ReadOptions.defaults());
        AnnualReport seed = ReportJson.defaults().read(SEED_JSON);
        AnnualReport read = r.report();
        assertThat(read.edition()).isEqualTo(seed.edition());
        assertThat(read.year()).isEqualTo(seed.year());
        assertThat(read.title()).isEqualTo(seed.title());
        assertThat(read.publicationDate()).isEqualTo(seed.publicationDate());
        assertThat(read.agency().kind()).isEqualTo(seed.agency().kind());
        assertThat(read.preamble()).isEqualTo(seed.preamble());
        assertThat(read.closing()).isEqualTo(seed.closing());
        assertThat(headings(read.sections())).isEqualTo(headings(seed.sections()));
        assertThat(read.sections()).extracting(Section::form).isEqualTo(seed.sections().stream().map(Section::form).toList());
        // the sections without run-in numbered sentences are read exactly
        for (int i : new int[] {3, 4, 5}) {
            assertThat(read.sections().get(i)).isEqualTo(seed.sections().get(i));
        }
        // the differences, as listed above
        assertThat(read.agency().name()).isEqualTo("北大湖镇");
        assertThat(seed.agency().name()).isEqualTo("永吉县北大湖镇");
        assertThat(read.tables()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).contains("READ-TABLE-MISSING");
    }

    private static List<String> headings(List<Section> sections) {
        return sections.stream().map(Section::heading).toList();
    }
}
