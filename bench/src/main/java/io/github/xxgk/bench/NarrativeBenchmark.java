package io.github.xxgk.bench;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.testing.ReportGenerator;
import io.github.xxgk.validation.NarrativeFigure;
import io.github.xxgk.validation.NarrativeFigures;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the narrative figures of a real-sized 2021 report (the six sections of a district report with
 * paragraphs as real reports write them, about 1,300 characters with 13 figures and nil statements, which agree with its tables), through
 * the public API ({@link NarrativeFigures#of(AnnualReport)}) and as part of validation; over 256 distinct
 * reports (their figures differ) taken in turn, and over a report whose text has no figure at all.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar Narrative}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class NarrativeBenchmark {

    private static final int DISTINCT = 256;

    /**
     * Section paragraphs made like those of a real 2022 district report: {@code #} is a figure that varies from
     * report to report, {@code {cell+cell}} the report's own cells, so that the text agrees with the tables;
     * {@code 2022年} becomes the report's own year.
     */
    private static final String[][] TEXT = {
        {"2022年，本区坚持以习近平新时代中国特色社会主义思想为指导，认真执行《条例》相关规定，强化责任担当，加强信息公开平台建设，扎实推进政务公开工作。",
            "（一）主动公开方面。持续推进基础信息公开、深化重点领域信息公开，2022年全区共主动公开政府信息#4条。一是做好规范性文件公开。设立规范性文件库，集中公开现行有效行政规范性文件{t2.normative_documents.in_force}件，动态更新本年度制发的规范性文件{t2.normative_documents.issued}件。二是做好各类规划公开，本年度公开信息77条。三是做好惠企纾困政策公开，发布政策文件20件。",
            "（二）依申请公开方面。一是畅通依申请公开渠道，督促各有关单位及时受理，提高答复时效性。二是规范依申请受理答复流程。2022年，全区收到政府信息公开申请{t3.r1.total}件，主要涉及自然人{t3.r1.natural_person}件等，均在法定期限内予以答复，办结率100%。三是加强行政复议、行政诉讼案件的处理工作。2022年，全区政府信息公开工作方面共有行政诉讼案件{t4.cases.direct_total+t4.cases.after_review_total}件、行政复议案件{t4.cases.review_total}件，均已结案。",
            "（三）政府信息管理方面。一是健全信息发布平台管理机制，严格落实信息发布时限、运行维护、保密安全等责任管理。二是规范信息发布全流程，建立规范的信息采集、审核、发布、更新流程。三是加强规范性文件清理，对文号、成文日期、发布日期、有效性等要素进行规范标注。",
            "（四）信息公开平台建设方面。改版提升政府门户网站，新增社保等8个便民主题，对全区现存的33个政务新媒体加强信息更新、互动服务等方面监管。",
            "（五）监督保障方面。根据国务院办公厅2022年政务公开工作要点，印发任务分解表，将政务公开纳入绩效考核体系，开展社会评议，对工作不力的严肃追究责任。"},
        {"主动公开情况见下表。"},
        {"依申请公开情况见下表。"},
        {"行政复议、行政诉讼情况见下表。"},
        {"2022年，本区政务公开工作取得了一定成效，但仍存在一些问题：一是信息公开的主动性和规范性有待提升；二是政策解读的形式还不够丰富。下一步，一是加强培训；二是完善制度，丰富解读形式。"},
        {"2022年，无收取信息处理费情况。落实年度政务公开工作要点，公开建议提案办理结果。"}};

    private AnnualReport report;
    private AnnualReport[] distinct;
    private AnnualReport plain;
    private ReportValidator validator;
    private int next;

    private static AnnualReport withText(AnnualReport base, int variant) {
        List<Section> sections = new ArrayList<>();
        var defs = Edition.STANDARD_2021.form().sections();
        for (int i = 0; i < defs.size(); i++) {
            Section.Builder b = Section.builder(defs.get(i).numbering(), defs.get(i).title().zh()).form(defs.get(i).id());
            for (String p : TEXT[i]) {
                // the text names the report's own year, as a report does (a figure dated to another year
                // is not compared with the tables)
                b.paragraph(fill(base, p.replace("#", Integer.toString(variant)).replace("2022年", base.year() + "年")));
            }
            sections.add(b.build());
        }
        return base.toBuilder().agency(Agency.of("某区人民政府办公室", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT))
                .title("某区" + base.year() + "年政府信息公开工作年度报告")
                .publicationDate(LocalDate.of(base.year() + 1, 1, 20)).sections(sections).build();
    }

    /** Replaces each {@code {cell+cell}} of a paragraph by the sum of the report's cells. */
    private static String fill(AnnualReport r, String p) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            int open = p.indexOf('{', i);
            if (open < 0) {
                out.append(p, i, p.length());
                break;
            }
            int close = p.indexOf('}', open);
            out.append(p, i, open);
            long sum = 0;
            for (String id : p.substring(open + 1, close).split("\\+")) {
                sum += ((io.github.xxgk.core.Count) r.value(io.github.xxgk.core.form.CellId.parse(id))).value();
            }
            out.append(sum);
            i = close + 1;
        }
        return out.toString();
    }

    /** Builds the reports. */
    @Setup
    public void setUp() {
        ReportGenerator generator = ReportGenerator.of(Edition.STANDARD_2021);
        report = withText(generator.consistent(42), 7);
        distinct = new AnnualReport[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            distinct[i] = withText(generator.consistent(i), i + 1);
        }
        List<Section> none = Edition.STANDARD_2021.form().sections().stream()
                .map(d -> Section.builder(d.numbering(), d.title().zh()).form(d.id())
                        .paragraph("本年度持续推进主动公开、依申请公开、政府信息管理、平台建设和监督保障工作，进一步规范政府信息公开。").build())
                .toList();
        plain = report.toBuilder().sections(none).build();
        validator = ReportValidator.standard();
        if (NarrativeFigures.of(report).size() < 12 || !NarrativeFigures.of(plain).isEmpty()) {
            throw new IllegalStateException("unexpected figures: " + NarrativeFigures.of(report));
        }
        for (AnnualReport r : distinct) {
            var narrative = validator.validate(r).findings().stream().filter(f -> f.location().text().isPresent()).toList();
            if (!narrative.isEmpty()) {
                throw new IllegalStateException("the text must agree with the tables: " + narrative);
            }
        }
    }

    /** The figures of the real-sized report, through the public API. */
    @Benchmark
    public List<NarrativeFigure> figures() {
        return NarrativeFigures.of(report);
    }

    /** The figures of 256 distinct reports in turn. */
    @Benchmark
    public List<NarrativeFigure> figuresDistinct() {
        AnnualReport r = distinct[next];
        next = (next + 1) % DISTINCT;
        return NarrativeFigures.of(r);
    }

    /** The figures of a report whose text has none. */
    @Benchmark
    public List<NarrativeFigure> figuresOfPlainText() {
        return NarrativeFigures.of(plain);
    }

    /** Validating the real-sized report, narrative rules included. */
    @Benchmark
    public ValidationResult validate() {
        return validator.validate(report);
    }

    /** Validating 256 distinct reports in turn, narrative rules included. */
    @Benchmark
    public ValidationResult validateDistinct() {
        AnnualReport r = distinct[next];
        next = (next + 1) % DISTINCT;
        return validator.validate(r);
    }
}
