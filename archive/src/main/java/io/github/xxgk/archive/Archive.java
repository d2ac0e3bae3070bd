package io.github.xxgk.archive;

import io.github.xxgk.archive.internal.Grouper;
import io.github.xxgk.archive.internal.KeyFigures;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.ingest.PublishedReports;
import io.github.xxgk.ingest.ReadResult;
import io.github.xxgk.render.HtmlRenderer;
import io.github.xxgk.validation.AgencyNames;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.PublicationDeadline;
import io.github.xxgk.validation.ReportValidator;
import io.github.xxgk.validation.ValidationContext;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Reads a directory tree of reports (xxgk JSON {@code .json}, and reports as published that the modules on the
 * class path read: web pages, crawlers' text dumps {@code .txt}, PDF with {@code xxgk-ingest-pdf}, Word and Excel
 * with {@code xxgk-office}; see {@link PublishedReports#isReport}), groups them by agency (name variants paired as
 * {@link AgencyNames} pairs them; a register's former names pair a renamed agency) and year, validates
 * every report with its agency's report of the year before, and lists what the archive lacks: years
 * without a report, duplicates, late publications (the deadlines of {@link PublicationDeadline}),
 * unreadable files, agencies not in the register.
 *
 * <pre>{@code
 * ArchiveSummary s = Archive.scan(Path.of("reports"), ArchiveOptions.defaults().withRegister(register));
 * s.failed();                                   // reports with an ERROR
 * s.issues(ArchiveIssue.Kind.MISSING);          // agencies and years without a report
 * }</pre>
 *
 * <p>Streaming: the tree is read twice, once to learn every file's agency and year and once agency by
 * agency in year order; besides the summaries only the report of the year before is held, per agency
 * being checked. Stateless and thread-safe.
 */
public final class Archive {

    private Archive() {
    }

    /** Told how far a scan has come: files done of the total, each file counted once per pass (two passes). */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called as files are done, from any thread.
         *
         * @param done the steps done
         * @param total the steps in all
         */
        void update(int done, int total);

        /** No progress reported. */
        Progress NONE = (d, t) -> { };
    }

    /**
     * Scans an archive.
     *
     * @param root the directory
     * @param options how
     * @return the summary
     * @throws IOException when the directory cannot be listed
     */
    public static ArchiveSummary scan(Path root, ArchiveOptions options) throws IOException {
        return scan(root, options, Progress.NONE);
    }

    /**
     * Scans an archive, telling a listener how far it has come.
     *
     * @param root the directory
     * @param options how
     * @param progress the listener
     * @return the summary
     * @throws IOException when the directory cannot be listed
     */
    public static ArchiveSummary scan(Path root, ArchiveOptions options, Progress progress) throws IOException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        List<Path> files = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Optional<Path> pages = options.pages().map(p -> p.toAbsolutePath().normalize());
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (!Files.isRegularFile(p) || (pages.isPresent() && p.toAbsolutePath().normalize().startsWith(pages.get()))) {
                    continue;
                }
                if (isReport(p)) {
                    files.add(p);
                } else {
                    ignored.add(relative(root, p));
                }
            }
        }
        int total = files.size() * 2;
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            // pass 1: every file's agency and year
            List<Entry> entries = run(pool, () -> java.util.stream.IntStream.range(0, files.size()).parallel().mapToObj(i -> {
                Entry e = index(root, files.get(i), i, options);
                progress.update(done.incrementAndGet(), total);
                return e;
            }).toList());
            List<ArchiveIssue> issues = new ArrayList<>();
            List<Entry> readable = new ArrayList<>();
            for (Entry e : entries) {
                if (e.problem != null) {
                    issues.add(new ArchiveIssue(ArchiveIssue.Kind.UNREADABLE, "", OptionalInt.empty(), List.of(e.path),
                            e.problem.zh(), e.problem.en()));
                    done.incrementAndGet();
                } else {
                    readable.add(e);
                }
            }
            Grouper grouper = new Grouper(options.register());
            Map<String, String> keyOfName = grouper.group(readable.stream().map(e -> e.agency).distinct().sorted().toList());
            for (Grouper.Ambiguity a : grouper.ambiguities()) {
                issues.add(new ArchiveIssue(ArchiveIssue.Kind.AMBIGUOUS_NAME, a.name(), OptionalInt.empty(), List.of(),
                        "名称“" + a.name() + "”可与多个机构配对（" + String.join("、", a.candidates()) + "），按单独机构处理",
                        "The name \"" + a.name() + "\" pairs with several agencies (" + String.join(", ", a.candidates())
                                + "); kept as an agency of its own"));
            }
            Map<String, TreeMap<Integer, List<Entry>>> chains = new TreeMap<>();
            for (Entry e : readable) {
                chains.computeIfAbsent(keyOfName.get(e.agency), k -> new TreeMap<>())
                        .computeIfAbsent(e.year, k -> new ArrayList<>()).add(e);
            }
            OptionalInt checked = options.year();
            int first = checked.isPresent() ? checked.getAsInt()
                    : readable.stream().mapToInt(e -> e.year).min().orElse(0);
            int last = checked.isPresent() ? checked.getAsInt()
                    : readable.stream().mapToInt(e -> e.year).max().orElse(-1);
            ReportValidator validator = ReportValidator.withTownshipDeadline(options.townshipDeadline());
            // pass 2: agency by agency, year by year, each report with the year before
            List<Map.Entry<String, TreeMap<Integer, List<Entry>>>> work = new ArrayList<>(chains.entrySet());
            List<List<ReportSummary>> results = run(pool, () -> work.parallelStream().map(chain -> {
                List<ReportSummary> out = new ArrayList<>();
                List<ArchiveIssue> local = new ArrayList<>();
                check(root, chain.getKey(), chain.getValue(), first, last, grouper, validator, options, out, local, progress, done, total);
                synchronized (issues) {
                    issues.addAll(local);
                }
                return out;
            }).toList());
            List<ReportSummary> reports = new ArrayList<>();
            results.forEach(reports::addAll);
            reports.sort(Comparator.comparing(ReportSummary::agencyKey).thenComparingInt(ReportSummary::year)
                    .thenComparing(ReportSummary::path));
            List<AgencySummary> agencies = agencies(chains, grouper, first, last, issues, options);
            issues.sort(Comparator.comparing(ArchiveIssue::kind).thenComparing(ArchiveIssue::agency)
                    .thenComparingInt(i -> i.year().orElse(0)).thenComparing(i -> String.join("\n", i.paths())));
            OptionalInt f = readable.isEmpty() && checked.isEmpty() ? OptionalInt.empty() : OptionalInt.of(first);
            OptionalInt l = readable.isEmpty() && checked.isEmpty() ? OptionalInt.empty() : OptionalInt.of(last);
            return new ArchiveSummary(root.toString(), f, l, !options.register().isEmpty(), reports, agencies, issues, ignored);
        } finally {
            pool.shutdown();
        }
    }

    private static <T> T run(ForkJoinPool pool, java.util.concurrent.Callable<T> task) throws IOException {
        try {
            return pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }

    // ------------------------------------------------------------------ files

    /**
     * Whether a file of the tree is read as a report: JSON, and a report as published that the modules on the class
     * path read ({@link PublishedReports#isReport}: web pages, a .txt only when a crawler's dump, PDF and Word with
     * their modules).
     */
    static boolean isReport(Path file) {
        return name(file).endsWith(".json") || PublishedReports.isReport(file);
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path p) {
        Path r = root.relativize(p);
        StringBuilder sb = new StringBuilder();
        for (Path part : r) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }

    /** A report and what reading it noted. */
    record Loaded(AnnualReport report, List<Finding> notes) {
    }

    static Loaded load(Path file, ArchiveOptions options) throws IOException {
        String name = name(file);
        if (name.endsWith(".json")) {
            return new Loaded(ReportJson.defaults().read(file), List.of());
        }
        ReadResult r = PublishedReports.read(file, options.readOptions());
        return new Loaded(r.report(), r.notes());
    }

    /** One file as the first pass found it. */
    static final class Entry {
        final int index;
        final String path;
        final Path file;
        String agency;
        Optional<AgencyKind> kind = Optional.empty();
        int year;
        io.github.xxgk.core.form.Label problem;

        Entry(int index, String path, Path file) {
            this.index = index;
            this.path = path;
            this.file = file;
        }
    }

    private static Entry index(Path root, Path file, int i, ArchiveOptions options) {
        Entry e = new Entry(i, relative(root, file), file);
        try {
            if (name(file).endsWith(".json") && peek(file, e)) {
                return e; // the whole report is read, and checked, in the second pass
            }
            AnnualReport r = load(file, options).report();
            e.agency = r.agency().name();
            e.kind = r.agency().kind();
            e.year = r.year();
        } catch (XxgkException x) {
            e.problem = new io.github.xxgk.core.form.Label(x.message(Locale.CHINA), x.message(Locale.ENGLISH));
        } catch (IOException | UncheckedIOException x) {
            String m = x.getMessage() == null ? x.getClass().getSimpleName() : x.getMessage();
            e.problem = new io.github.xxgk.core.form.Label("无法读取文件：" + m, "cannot read the file: " + m);
        } catch (RuntimeException | StackOverflowError x) {
            String m = x.getClass().getSimpleName();
            e.problem = new io.github.xxgk.core.form.Label("读取时出现内部错误（" + m + "），请报告此问题",
                    "internal error while reading (" + m + "); please report it");
        }
        return e;
    }

    /**
     * Reads only the agency and the year of a JSON report (the first pass needs no more): the top-level
     * {@code agency.name}, {@code agency.kind} and {@code year}, stopping once it has them. Whether the
     * rest is a valid report the second pass finds out; anything unexpected here leaves it to a full read.
     */
    private static boolean peek(Path file, Entry e) {
        try (InputStream in = Files.newInputStream(file);
                com.fasterxml.jackson.core.JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            String agency = null;
            Optional<AgencyKind> kind = Optional.empty();
            int year = Integer.MIN_VALUE;
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = p.currentName();
                com.fasterxml.jackson.core.JsonToken t = p.nextToken();
                if (field.equals("year") && t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                    year = p.getIntValue();
                } else if (field.equals("agency") && t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                        if (f.equals("name") && v == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                            agency = p.getText();
                        } else if (f.equals("kind") && v == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                            String k = p.getText();
                            kind = java.util.Arrays.stream(AgencyKind.values()).filter(x -> x.name().equals(k)).findFirst();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
                if (agency != null && year != Integer.MIN_VALUE && kind.isPresent()) {
                    break;
                }
            }
            if (agency == null || agency.isBlank() || year == Integer.MIN_VALUE) {
                return false;
            }
            e.agency = agency;
            e.kind = kind;
            e.year = year;
            return true;
        } catch (IOException | RuntimeException x) {
            return false;
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    // ------------------------------------------------------------------ one agency's chain

    private static void check(Path root, String key, TreeMap<Integer, List<Entry>> chain, int first, int last, Grouper grouper,
            ReportValidator validator, ArchiveOptions options, List<ReportSummary> out, List<ArchiveIssue> issues,
            Progress progress, AtomicInteger done, int total) {
        Optional<RegisteredAgency> registered = grouper.registered(key);
        AnnualReport previous = null;
        String previousPath = null;
        for (Map.Entry<Integer, List<Entry>> year : chain.entrySet()) {
            int y = year.getKey();
            boolean checkedYear = y >= first && y <= last;
            boolean neededBefore = y == first - 1;
            List<Entry> files = year.getValue();
            if (!checkedYear && !neededBefore) {
                for (int i = 0; i < files.size(); i++) {
                    progress.update(done.incrementAndGet(), total);
                }
                previous = null;
                continue;
            }
            if (files.size() > 1 && checkedYear) {
                issues.add(new ArchiveIssue(ArchiveIssue.Kind.DUPLICATE, key, OptionalInt.of(y),
                        files.stream().map(f -> f.path).toList(), files.size() + " 份同年报告，以第一份（按路径）为准与次年比对",
                        files.size() + " reports of one year; the first (by path) is compared with the next year"));
            }
            AnnualReport firstOfYear = null;
            String firstPath = null;
            for (int i = 0; i < files.size(); i++) {
                Entry e = files.get(i);
                Loaded loaded;
                try {
                    loaded = load(e.file, options);
                } catch (XxgkException x) {
                    e.problem = new io.github.xxgk.core.form.Label(x.message(Locale.CHINA), x.message(Locale.ENGLISH));
                    issues.add(new ArchiveIssue(ArchiveIssue.Kind.UNREADABLE, key, OptionalInt.of(y), List.of(e.path),
                            e.problem.zh(), e.problem.en()));
                    progress.update(done.incrementAndGet(), total);
                    continue;
                } catch (IOException | RuntimeException x) {
                    String m = x.getMessage() == null ? x.getClass().getSimpleName() : x.getMessage();
                    e.problem = new io.github.xxgk.core.form.Label("无法读取文件：" + m, "cannot read the file: " + m);
                    issues.add(new ArchiveIssue(ArchiveIssue.Kind.UNREADABLE, key, OptionalInt.of(y), List.of(e.path),
                            e.problem.zh(), e.problem.en()));
                    progress.update(done.incrementAndGet(), total);
                    continue;
                }
                AnnualReport r = loaded.report();
                boolean duplicate = firstOfYear != null;
                if (firstOfYear == null) {
                    firstOfYear = r;
                    firstPath = e.path;
                }
                if (checkedYear) {
                    AnnualReport before = previous != null && previous.year() == y - 1 ? previous : null;
                    out.add(summarise(e, r, loaded.notes(), key, registered, before, before == null ? null : previousPath,
                            duplicate, validator, options, issues));
                }
                progress.update(done.incrementAndGet(), total);
            }
            previous = firstOfYear;
            previousPath = firstPath;
        }
    }

    private static ReportSummary summarise(Entry e, AnnualReport r, List<Finding> notes, String key,
            Optional<RegisteredAgency> registered, AnnualReport before, String beforePath, boolean duplicate,
            ReportValidator validator, ArchiveOptions options, List<ArchiveIssue> issues) {
        ValidationContext ctx = ValidationContext.none();
        if (r.agency().kind().isEmpty() && registered.isPresent()) {
            ctx = ctx.withAgencyKind(registered.get().kind());
        }
        if (before != null) {
            boolean paired = AgencyNames.variant(r.agency().name(), before.agency().name()).isPresent();
            ctx = paired ? ctx.withPrevious(before) : ctx.withPreviousForced(before);
        }
        ValidationResult result = validator.validate(r, ctx);
        if (!notes.isEmpty()) {
            List<Finding> all = new ArrayList<>(notes);
            all.addAll(result.findings());
            result = new ValidationResult(all);
        }
        Optional<PublicationDeadline> deadline = PublicationDeadline.of(r, ctx, options.townshipDeadline());
        Optional<LocalDate> published = ctx.publicationDateOf(r);
        boolean late = deadline.isPresent() && published.isPresent() && deadline.get().missedBy(published.get());
        if (late) {
            issues.add(new ArchiveIssue(ArchiveIssue.Kind.LATE, key, OptionalInt.of(r.year()), List.of(e.path),
                    deadline.get().ruleId() + "：" + published.get() + " 发布，时限 " + deadline.get().date(),
                    deadline.get().ruleId() + ": published " + published.get() + ", deadline " + deadline.get().date()));
        }
        Map<String, Integer> byRule = new TreeMap<>();
        List<FindingSummary> errors = new ArrayList<>();
        for (Finding f : result.findings()) {
            byRule.merge(f.ruleId(), 1, Integer::sum);
            if (f.severity() == Severity.ERROR && errors.size() < options.maxErrorsKept()) {
                errors.add(new FindingSummary(f.ruleId(), f.severity(), f.location().name().zh(), f.location().name().en(),
                        f.message(Locale.CHINA), f.message(Locale.ENGLISH)));
            }
        }
        Optional<String> page = Optional.empty();
        if (options.pages().isPresent()) {
            Path dir = options.pages().get();
            String file = String.format(Locale.ROOT, "r%06d.html", e.index);
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(file), HtmlRenderer.standard().withFindings(result).render(r), StandardCharsets.UTF_8);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            Path name = dir.getFileName();
            page = Optional.of((name == null ? "" : name + "/") + file);
        }
        return new ReportSummary(e.path, r.agency().name(), key, registered.map(RegisteredAgency::region).orElse(""), r.year(),
                r.edition(), published, deadline.map(PublicationDeadline::date), late, result.passed(), result.counts(), byRule,
                errors, Optional.ofNullable(beforePath), page, KeyFigures.of(r), duplicate);
    }

    // ------------------------------------------------------------------ agencies and years

    private static List<AgencySummary> agencies(Map<String, TreeMap<Integer, List<Entry>>> chains, Grouper grouper,
            int first, int last, List<ArchiveIssue> issues, ArchiveOptions options) {
        Map<String, AgencySummary> out = new TreeMap<>();
        boolean register = !options.register().isEmpty();
        for (Map.Entry<String, TreeMap<Integer, List<Entry>>> c : chains.entrySet()) {
            String key = c.getKey();
            Optional<RegisteredAgency> reg = grouper.registered(key);
            TreeSet<String> names = new TreeSet<>();
            TreeSet<AgencyKind> kinds = new TreeSet<>();
            TreeSet<Integer> present = new TreeSet<>();
            c.getValue().values().forEach(l -> l.forEach(e -> {
                if (e.problem == null) { // not found unreadable in the second pass
                    names.add(e.agency);
                    e.kind.ifPresent(kinds::add);
                    present.add(e.year);
                }
            }));
            if (present.isEmpty() && reg.isEmpty()) {
                continue; // every file of it is listed as unreadable
            }
            List<Integer> years = present.stream().filter(y -> y >= first && y <= last).toList();
            int from = reg.isPresent() || present.isEmpty() ? first : Math.max(first, present.first());
            List<Integer> missing = missing(from, last, present);
            Optional<AgencyKind> kind = reg.map(RegisteredAgency::kind).or(() -> kinds.size() == 1 ? Optional.of(kinds.first()) : Optional.empty());
            out.put(key, new AgencySummary(key, List.copyOf(names), kind, reg.map(RegisteredAgency::region).orElse(""),
                    reg.isPresent(), years, missing));
            if (register && reg.isEmpty()) {
                issues.add(new ArchiveIssue(ArchiveIssue.Kind.NOT_IN_REGISTER, key, OptionalInt.empty(),
                        c.getValue().values().stream().flatMap(l -> l.stream().map(e -> e.path)).toList(),
                        "登记表中没有该机构", "the register does not list this agency"));
            }
        }
        for (RegisteredAgency a : options.register().agencies()) {
            out.computeIfAbsent(a.name(), k -> new AgencySummary(k, List.of(), Optional.of(a.kind()), a.region(), true,
                    List.of(), missing(first, last, java.util.Set.of())));
        }
        for (AgencySummary a : out.values()) {
            for (int y : a.missing()) {
                issues.add(new ArchiveIssue(ArchiveIssue.Kind.MISSING, a.key(), OptionalInt.of(y), List.of(),
                        y + " 年度报告缺失", "no report for " + y));
            }
        }
        return List.copyOf(out.values());
    }

    private static List<Integer> missing(int from, int last, java.util.Set<Integer> present) {
        List<Integer> out = new ArrayList<>();
        for (int y = from; y <= last; y++) {
            if (!present.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }
}
