package io.github.xxgk.cli;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadOptions;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xxgk read}: reads published reports (web pages, text dumps) into the xxgk JSON format and
 * prints the reading notes. Exit codes: 0 every input read without a warning, 1 read, with a warning
 * note (look at the page: a blank left by an ambiguous split, text in a numeric cell, a missing table),
 * 2 bad usage or an input that cannot be read.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Reads published reports (.html, .htm, .mht web pages; .txt text dumps; .pdf files with a text layer; .docx and .doc Word documents; .xlsx and .xls workbooks written by xxgk; directories of them) into the xxgk JSON format and prints the reading notes.",
            "One input without -o: the JSON goes to standard output, the notes to standard error.",
            "Several inputs without --out-dir: each report is written beside its page (page.html -> page.json)."},
        footer = {"", "Exit codes: 0 read, no warning; 1 read with a warning note; 2 bad usage or unreadable input.",
            "", "Examples:",
            "  xxgk read page.html -o report.json",
            "  xxgk read --out-dir reports/ pages/",
            "  xxgk read --agency-kind TOWNSHIP_OR_STREET --lang en page.txt"})
final class ReadCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "inputs", description = "Published reports (.html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht) or directories of them.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "Write the report here (one input only).")
    private Path output;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write each report to DIR/<name>.json.")
    private Path outDir;

    @Option(names = "--agency-kind", description = "The agency's kind instead of inferring it from the name: ${COMPLETION-CANDIDATES}.")
    private AgencyKind agencyKind;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the notes: zh (default) or en.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && outDir != null) {
            err.println("xxgk read: " + lang.pick("-o 与 --out-dir 只能选一个", "use -o or --out-dir, not both"));
            return Xxgk.UNUSABLE;
        }
        List<Path> files = new ArrayList<>();
        boolean missing = false;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> Files.isRegularFile(p) && Reports.isPublished(p) && Reports.supportedInDirectory(p)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                err.println("xxgk read: " + input + ": " + lang.pick("文件不存在", "no such file"));
                missing = true;
            }
        }
        if (files.isEmpty()) {
            err.println("xxgk read: " + lang.pick("没有可读取的报告（.html、.htm、.txt、.pdf、.doc、.docx、.xls、.xlsx、.mht）", "no report to read (.html, .htm, .txt, .pdf, .doc, .docx, .xls, .xlsx, .mht)"));
            return Xxgk.UNUSABLE;
        }
        if (output != null && files.size() > 1) {
            err.println("xxgk read: " + lang.pick("多个输入请用 --out-dir", "several inputs: use --out-dir"));
            return Xxgk.UNUSABLE;
        }
        ReadOptions options = ReadOptions.defaults();
        if (agencyKind != null) {
            options = options.withAgencyKind(agencyKind);
        }
        boolean unreadable = missing;
        boolean warned = false;
        for (Path file : files) {
            ReadResult r;
            try {
                r = PublishedReports.read(file, options);
            } catch (XxgkException e) {
                err.println("xxgk read: " + file + ": " + e.message(lang.locale));
                unreadable = true;
                continue;
            }
            String json = ReportJson.defaults().write(r.report());
            Path target = output != null ? output : outDir != null ? outDir.resolve(jsonName(file)) : null;
            if (target == null && files.size() > 1) {
                target = jsonName(file).equals(file.getFileName().toString()) ? null : file.resolveSibling(jsonName(file));
            }
            if (target == null) {
                out.print(json);
                out.flush();
            } else {
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                Files.writeString(target, json, StandardCharsets.UTF_8);
            }
            PrintWriter notes = target == null ? err : out;
            notes.println(file + (target == null ? "" : " → " + target) + "  " + r.report().edition() + "  "
                    + r.report().agency().name() + "  " + r.report().year());
            for (Finding f : r.notes()) {
                notes.println("  " + f.severity() + " " + f.ruleId() + "  " + f.message(lang.locale));
            }
            notes.flush();
            warned |= r.hasWarnings();
        }
        return unreadable ? Xxgk.UNUSABLE : warned ? Xxgk.FAILED : Xxgk.PASSED;
    }

    private static String jsonName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }
}
