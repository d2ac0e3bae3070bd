package io.github.xxgk.cli;

import io.github.xxgk.archive.AgencyRegister;
import io.github.xxgk.archive.Archive;
import io.github.xxgk.archive.ArchiveIssue;
import io.github.xxgk.archive.ArchiveOptions;
import io.github.xxgk.archive.ArchiveSummary;
import io.github.xxgk.archive.FindingSummary;
import io.github.xxgk.archive.ReportSummary;
import io.github.xxgk.archive.SummaryWriters;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.form.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk archive}: checks a directory tree of many agencies' reports over the years. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Checks an archive: a directory tree of reports (.json, or as published: .html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht) of many agencies and years. "
                + "Groups them by agency (name variants paired), compares each with the agency's report of the year before, "
                + "validates all, and lists missing years, duplicates, late publications, unreadable files and agencies not in the register.",
            "Exit code: 0 every report passes and no year is missing, 1 a report has an ERROR or an agency lacks a year, "
                + "2 bad usage, an unreadable register or file, or no report at all."},
        footer = {"", "Examples:",
            "  xxgk archive reports/",
            "  xxgk archive reports/ --agencies register.csv --year 2024 --out summary.html",
            "  xxgk archive reports/ --out summary.xlsx",
            "", "Register (CSV, UTF-8): name,kind,parent_region[,former_names] — kind an agency kind or its Chinese name, "
                + "former names separated by |."})
final class ArchiveCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir", description = "The archive's directory.")
    private Path root;

    @Option(names = "--agencies", paramLabel = "FILE", description = "The register of the agencies expected (CSV).")
    private Path agencies;

    @Option(names = "--year", paramLabel = "N", description = "Check only the reports of year N (N-1 is still read, to compare with).")
    private Integer year;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "Write the summary: .html (with each report's page in FILE-pages/), "
            + ".json, .csv (and FILE-agencies.csv) or .xlsx. Without it a text summary is printed.")
    private Path outFile;

    @Option(names = "--no-pages", description = "With an .html summary, do not write each report's page.")
    private boolean noPages;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the messages and the page: zh (default) or en.")
    private Language lang;

    @Option(names = "--township-deadline", paramLabel = "MM-DD", defaultValue = "01-31",
            description = "Deadline of townships, streets and other bodies in the following year (default 01-31).")
    private String townshipDeadline;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to read and validate with (default: one per processor).")
    private Integer threads;

    boolean terminal;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<MonthDay> parsed = Safe.deadline(townshipDeadline, "archive", lang, err);
        if (parsed.isEmpty()) {
            return Xxgk.UNUSABLE;
        }
        MonthDay deadline = parsed.get();
        if (!Files.isDirectory(root)) {
            err.println("xxgk archive: " + Safe.text(root + ": " + lang.pick("不是目录", "not a directory")));
            return Xxgk.UNUSABLE;
        }
        String kind = outFile == null ? "" : extension(outFile);
        if (outFile != null && !kind.equals("html") && !kind.equals("json") && !kind.equals("csv") && !kind.equals("xlsx")) {
            err.println("xxgk archive: " + Safe.text(outFile + ": " + lang.pick("输出文件应为 .html、.json、.csv 或 .xlsx",
                    "the output is .html, .json, .csv or .xlsx")));
            return Xxgk.UNUSABLE;
        }
        ArchiveOptions options = ArchiveOptions.defaults().withTownshipDeadline(deadline);
        if (threads != null) {
            if (threads < 1) {
                err.println("xxgk archive: " + lang.pick("线程数至少为 1", "threads must be at least 1"));
                return Xxgk.UNUSABLE;
            }
            options = options.withThreads(threads);
        }
        if (agencies != null) {
            try {
                options = options.withRegister(AgencyRegister.read(agencies));
            } catch (XxgkException e) {
                err.println("xxgk archive: " + Safe.text(e.message(lang.locale)));
                return Xxgk.UNUSABLE;
            } catch (IOException e) {
                err.println("xxgk archive: " + Safe.text(agencies + ": " + Entries.ioProblem(lang, e)));
                return Xxgk.UNUSABLE;
            }
        }
        if (year != null) {
            options = options.withYear(year);
        }
        if (kind.equals("html") && !noPages) {
            options = options.withPages(pagesDir(outFile));
        }
        ProgressBar bar = new ProgressBar(terminal, err);
        ArchiveSummary s = Archive.scan(root, options, bar::update);
        bar.finish();
        switch (kind) {
            case "json" -> write(outFile, w -> SummaryWriters.json(s, w));
            case "csv" -> {
                write(outFile, w -> SummaryWriters.csv(s, w));
                write(sibling(outFile, "-agencies.csv"), w -> SummaryWriters.agenciesCsv(s, w));
            }
            case "html" -> write(outFile, w -> SummaryWriters.html(s, lang.locale, w));
            case "xlsx" -> {
                try (OutputStream o = Files.newOutputStream(outFile)) {
                    SummaryWriters.xlsx(s, o);
                }
            }
            default -> { }
        }
        text(s, out, outFile == null);
        out.flush();
        if (s.reports().isEmpty()) {
            err.println("xxgk archive: " + lang.pick("没有可读取的报告", "no readable report"));
            return Xxgk.UNUSABLE;
        }
        if (!s.issues(ArchiveIssue.Kind.UNREADABLE).isEmpty()) {
            return Xxgk.UNUSABLE;
        }
        return s.failed() > 0 || !s.issues(ArchiveIssue.Kind.MISSING).isEmpty() ? Xxgk.FAILED : Xxgk.PASSED;
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    /** {@code summary.html} → {@code summary-pages}, beside it. */
    static Path pagesDir(Path html) {
        return sibling(html, "-pages");
    }

    private static Path sibling(Path file, String suffix) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String stem = dot < 0 ? n : n.substring(0, dot);
        return file.resolveSibling(stem + suffix);
    }

    private void text(ArchiveSummary s, PrintWriter out, boolean details) {
        StringBuilder sb = new StringBuilder();
        if (details) {
            for (ReportSummary r : s.reports()) {
                if (r.passed()) {
                    continue;
                }
                sb.append(Safe.text(r.path())).append("  ").append(lang.pick("未通过", "FAILED")).append("  ")
                        .append(Safe.text(r.agency())).append("  ").append(r.year()).append('\n');
                for (FindingSummary f : r.errors()) {
                    sb.append("  ERROR ").append(f.rule()).append("  ")
                            .append(Safe.text(lang == Language.zh ? f.messageZh() : f.messageEn())).append('\n');
                }
            }
            for (ArchiveIssue i : s.issues()) {
                sb.append(i.kind().name()).append("  ").append(Safe.text(i.agency()));
                if (i.year().isPresent()) {
                    sb.append("  ").append(i.year().getAsInt());
                }
                if (!i.paths().isEmpty()) {
                    sb.append("  ").append(Safe.text(String.join(", ", i.paths())));
                }
                sb.append("  ").append(Safe.text(lang == Language.zh ? i.detail() : i.detailEn())).append('\n');
            }
            sb.append('\n');
        }
        int errors = s.reports().stream().mapToInt(r -> r.count(Severity.ERROR)).sum();
        sb.append(lang.pick("报告 " + s.reports().size() + "，通过 " + s.passed() + "，未通过 " + s.failed() + "（错误 " + errors + "），机构 "
                + s.agencies().size(), "reports " + s.reports().size() + ", passed " + s.passed() + ", failed " + s.failed()
                + " (errors " + errors + "), agencies " + s.agencies().size()));
        sb.append(lang.pick("，缺少年度 ", ", missing years ")).append(s.issues(ArchiveIssue.Kind.MISSING).size())
                .append(lang.pick("，重复 ", ", duplicates ")).append(s.issues(ArchiveIssue.Kind.DUPLICATE).size())
                .append(lang.pick("，逾期 ", ", late ")).append(s.issues(ArchiveIssue.Kind.LATE).size())
                .append(lang.pick("，无法读取 ", ", unreadable ")).append(s.issues(ArchiveIssue.Kind.UNREADABLE).size());
        if (s.registered()) {
            sb.append(lang.pick("，未登记 ", ", not in the register ")).append(s.issues(ArchiveIssue.Kind.NOT_IN_REGISTER).size());
        }
        sb.append('\n');
        if (outFile != null) {
            sb.append(lang.pick("汇总已写入 ", "summary written to ")).append(Safe.text(outFile.toString())).append('\n');
        }
        out.print(sb);
    }
}
