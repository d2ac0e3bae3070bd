package io.github.xxgk.ingest;

import io.github.xxgk.ingest.internal.Charsets;
import io.github.xxgk.ingest.spi.SourceDocument;
import io.github.xxgk.ingest.internal.Findings;
import io.github.xxgk.ingest.internal.HtmlSource;
import io.github.xxgk.ingest.internal.MarkdownSource;
import io.github.xxgk.ingest.internal.PlainTextSource;
import io.github.xxgk.ingest.internal.Recogniser;
import io.github.xxgk.ingest.internal.TextSource;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.ingest.spi.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Reads published reports — web pages as served and crawlers' text dumps — into the report model,
 * with reading notes (findings with {@code READ-*} ids) and the source location of every part.
 *
 * <p>One entry point, stateless and thread-safe. The platform's default charset and locale are never
 * read. Every failure is a {@link ReadException} saying where and what; inputs beyond the limits of
 * {@link ReadOptions} are refused with one.
 */
public final class PublishedReports {

    /** The readers of further sources (PDF, Word, Excel) on the class path, found once. */
    private static final List<SourceReader> READERS = ServiceLoader.load(SourceReader.class,
            PublishedReports.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private PublishedReports() {
    }

    /**
     * The kinds of source that can be read with the modules on the class path: web pages and text dumps
     * always, PDF, Word and Excel when their modules are present.
     *
     * @return the kinds, {@link SourceKind#AUTO} excluded
     */
    public static List<SourceKind> readableKinds() {
        java.util.ArrayList<SourceKind> kinds = new java.util.ArrayList<>(List.of(SourceKind.HTML, SourceKind.TEXT_DUMP,
                SourceKind.MARKDOWN, SourceKind.PLAIN_TEXT));
        READERS.forEach(r -> kinds.add(r.kind()));
        return List.copyOf(kinds);
    }

    /**
     * Whether a {@code .txt} file is a crawler's text dump rather than other text lying beside reports:
     * its {@code 正文} marker line among its first 8 KiB. A file that cannot be read counts as a dump, so
     * that reading it reports why.
     *
     * @param file the file
     * @return whether to read it as a report
     */
    public static boolean isTextDump(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return TextSource.looksLikeDump(in.readNBytes(8192));
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Whether a file lying in a tree of reports is one as published that the modules on the class path read: a web
     * page ({@code .html}, {@code .htm}, {@code .shtml}, {@code .mht}), a crawler's text dump ({@link #isTextDump}),
     * or a file that a reader of further sources takes by its name or its first bytes (a {@code .pdf} with
     * {@code xxgk-ingest-pdf}; {@code .docx}, {@code .doc}, {@code .xlsx}, {@code .xls} with {@code xxgk-office}).
     * A file that cannot be read counts as a report, so that reading it reports why.
     *
     * @param file the file
     * @return whether to read it as a report
     */
    public static boolean isReport(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".mht")) {
            return true;
        }
        if (name.endsWith(".txt")) {
            return isTextDump(file);
        }
        if (READERS.isEmpty()) {
            return false;
        }
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return true;
        }
        return READERS.stream().anyMatch(r -> r.accepts(name, head));
    }

    /** How much of a file {@link #isReport} reads to tell its kind. */
    private static final int HEAD = 8192;

    /**
     * Reads a source given as bytes (the charset is decided from a byte-order mark, a declaration, or
     * detection, and reported when guessed).
     *
     * @param bytes the source as served or dumped
     * @param options the options
     * @return the report, its notes and provenance
     * @throws ReadException when the source cannot be read
     */
    public static ReadResult read(byte[] bytes, ReadOptions options) {
        return read(bytes, options, "bytes");
    }

    /**
     * Reads a file; {@code .txt} files are read as text dumps, others by their content unless the
     * options name the kind.
     *
     * @param file the file
     * @param options the options
     * @return the report, its notes and provenance
     * @throws ReadException when the file cannot be read or holds no report
     */
    public static ReadResult read(Path file, ReadOptions options) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                throw tooLarge(file.toString(), size, options);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException(file.toString(), "无法读取文件：" + e.getMessage(),
                    "The file cannot be read: " + e.getMessage(), e);
        }
        ReadOptions o = options;
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (o.kind() == SourceKind.AUTO) {
            java.util.Optional<SourceReader> reader = readerFor(name, bytes, file.toString());
            if (reader.isPresent()) {
                return fromReader(reader.get(), bytes, o, file.toString());
            }
            if (name.endsWith(".txt")) {
                o = o.withKind(SourceKind.TEXT_DUMP);
            } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml")) {
                o = o.withKind(SourceKind.HTML);
            } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
                o = o.withKind(SourceKind.MARKDOWN);
            }
        }
        return read(bytes, o, file.toString());
    }

    /**
     * Reads a source already decoded to a string (no charset decision is made).
     *
     * @param text the page or dump
     * @param options the options
     * @return the report, its notes and provenance
     * @throws ReadException when the source cannot be read
     */
    public static ReadResult read(String text, ReadOptions options) {
        if ((long) text.length() * 3 > options.maxBytes() && text.getBytes(StandardCharsets.UTF_8).length > options.maxBytes()) {
            throw tooLarge("string", text.length(), options);
        }
        return decoded(new Charsets.Decoded(text, "UTF-16", ""), kindOf(text, options), options, "string");
    }

    private static ReadResult read(byte[] bytes, ReadOptions options, String source) {
        if (bytes.length > options.maxBytes()) {
            throw tooLarge(source, bytes.length, options);
        }
        SourceKind kind = options.kind();
        if ((kind == SourceKind.AUTO || kind == SourceKind.HTML) && io.github.xxgk.ingest.internal.Mht.looksLikeMht(bytes)) {
            // a single-file web page (Word's, often renamed .doc): its page is read as any page (once: a page
            // that is itself a single-file web page is not unwrapped again)
            return decoded(Charsets.decode(io.github.xxgk.ingest.internal.Mht.page(bytes, source), true), SourceKind.HTML,
                    options, source);
        }
        java.util.Optional<SourceReader> chosen = kind == SourceKind.AUTO ? readerFor("", bytes, source)
                : READERS.stream().filter(r -> r.kind() == options.kind()).findFirst();
        if (chosen.isPresent()) {
            return fromReader(chosen.get(), bytes, options, source);
        }
        if (kind != SourceKind.AUTO && kind != SourceKind.HTML && kind != SourceKind.TEXT_DUMP
                && kind != SourceKind.MARKDOWN && kind != SourceKind.PLAIN_TEXT) {
            throw missingModule(source, kind);
        }
        if (io.github.xxgk.ingest.spi.Signatures.isCompoundFile(bytes)) {
            // a Word 97-2003 .doc or .xls (an OLE compound file) that no reader took: xxgk-office is not on the class
            // path, or the file is another compound file; its bytes are no text (read as one, they ended in a note
            // about a missing year)
            throw new ReadException(source, "这是 Word 97–2003（.doc）、Excel 97–2003（.xls）等 OLE 复合文档格式的二进制文件，没有读取器接受它："
                    + "读取 .doc 和 .xls 需要在类路径上加入 xxgk-office。",
                    "A binary OLE compound file (Word 97–2003 .doc, Excel 97–2003 .xls or another) that no reader takes: reading"
                    + " .doc and .xls needs xxgk-office on the class path.");
        }
        boolean markup = kind != SourceKind.TEXT_DUMP && kind != SourceKind.MARKDOWN && kind != SourceKind.PLAIN_TEXT;
        Charsets.Decoded decoded = Charsets.decode(bytes, markup);
        if (kind == SourceKind.AUTO) {
            kind = kindOf(decoded.text(), options);
        }
        return decoded(decoded, kind, options, source);
    }

    private static SourceKind kindOf(String text, ReadOptions options) {
        if (options.kind() != SourceKind.AUTO) {
            if (options.kind() != SourceKind.HTML && options.kind() != SourceKind.TEXT_DUMP
                    && options.kind() != SourceKind.MARKDOWN && options.kind() != SourceKind.PLAIN_TEXT) {
                throw new ReadException("string", "字符串只能是网页、文本转储、Markdown 或纯文本，不能是 " + options.kind() + "。",
                        "A string can only be a web page, a text dump, Markdown or plain text, not " + options.kind() + ".");
            }
            return options.kind();
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<") || head.contains("<html") || head.contains("<table") || head.contains("<p")) {
            return SourceKind.HTML;
        }
        if (!TextSource.looksLikeDump(text) && MarkdownSource.looksLikeMarkdown(text)) {
            return SourceKind.MARKDOWN;
        }
        return SourceKind.TEXT_DUMP;
    }

    /**
     * The one reader of a further module that takes a source, judged by its bytes and name; a source that
     * two readers take is refused, never given to one of them by the order they were found in.
     */
    private static java.util.Optional<SourceReader> readerFor(String name, byte[] bytes, String source) {
        List<SourceReader> taking = READERS.stream().filter(r -> r.accepts(name, bytes)).toList();
        if (taking.size() > 1) {
            List<SourceKind> kinds = taking.stream().map(SourceReader::kind).toList();
            throw new ReadException(source, "无法确定文件的类型：它可以读作 " + kinds + " 中的任何一种（文件名与内容不符？）。",
                    "The kind of the file is ambiguous: it could be read as any of " + kinds + " (does its name belie its content?).");
        }
        return taking.stream().findFirst();
    }

    private static ReadResult fromReader(SourceReader reader, byte[] bytes, ReadOptions options, String source) {
        return recognise(() -> reader.read(bytes, source, options), options, source);
    }

    private static ReadResult decoded(Charsets.Decoded decoded, SourceKind kind, ReadOptions options, String source) {
        return recognise(() -> kind == SourceKind.HTML
                ? HtmlSource.read(decoded.text(), decoded, options.maxDepth(), options.maxTableCells())
                : kind == SourceKind.MARKDOWN ? MarkdownSource.read(decoded.text(), decoded, options.maxTableCells())
                : kind == SourceKind.PLAIN_TEXT ? PlainTextSource.read(decoded.text(), decoded, options.maxTableCells())
                : TextSource.read(decoded.text(), decoded), options, source);
    }

    private static ReadResult recognise(java.util.function.Supplier<SourceDocument> source, ReadOptions options,
            String name) {
        try {
            SourceDocument doc = source.get();
            Recogniser.Output out = Recogniser.recognise(doc, options);
            List<io.github.xxgk.validation.Finding> notes = Findings.of(out.notes(), out.report().edition());
            java.util.Map<io.github.xxgk.validation.Finding, io.github.xxgk.ingest.SourceLocation> noted = new java.util.LinkedHashMap<>();
            for (int i = 0; i < notes.size(); i++) {
                int n = i;
                out.notes().get(i).source().ifPresent(at -> noted.putIfAbsent(notes.get(n), at));
            }
            return new ReadResult(out.report(), notes,
                    new Provenance(name, doc.charset(), out.cells(), out.texts(),
                            java.util.stream.Stream.concat(out.chrome().stream(), doc.furniture().stream())
                                    .map(c -> new Provenance.Omitted(c.text(), c.location())).toList(),
                            noted));
        } catch (XxgkException e) {
            if (e instanceof ReadException r) {
                throw r;
            }
            throw new ReadException(name + " (" + e.where() + ")", e.problem().zh(), e.problem().en(), e);
        } catch (StackOverflowError | RuntimeException e) {
            throw new ReadException(name, "页面无法读取：" + e, "The source cannot be read: " + e, e);
        }
    }

    private static ReadException missingModule(String source, SourceKind kind) {
        String module = kind == SourceKind.PDF ? "xxgk-ingest-pdf" : "xxgk-office";
        return new ReadException(source, "读取 " + kind + " 需要在类路径上加入 " + module + "。",
                "Reading " + kind + " needs " + module + " on the class path.");
    }

    private static ReadException tooLarge(String source, long size, ReadOptions options) {
        return new ReadException(source, "来源过大（" + size + " 字节，上限 " + options.maxBytes() + "）。",
                "The source is too large (" + size + " bytes, limit " + options.maxBytes() + ").");
    }
}
