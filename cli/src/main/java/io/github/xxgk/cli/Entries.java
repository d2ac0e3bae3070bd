package io.github.xxgk.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The entries of a batch: the command line's arguments and, for a directory, every entry below it. Each
 * one becomes a report to read or an outcome that says why not (unreadable, with the reason; skipped,
 * with the reason). Nothing is opened that could block (FIFOs, devices, sockets), directory links are not
 * followed (so there are no loops), and a failure on one entry never stops the walk.
 */
final class Entries {

    private Entries() {
    }

    /** What an entry is, read without opening it. */
    private enum Kind { FILE, DIRECTORY, SPECIAL, DANGLING_LINK, LINK_LOOP, MISSING, UNREADABLE }

    /**
     * Collects the reports to read under an argument, and the outcomes of the entries that are not.
     *
     * @param input a command-line argument
     * @param lang the language of the reasons
     * @param files the files to read, in order
     * @param outcomes where unreadable and skipped entries go
     */
    static void collect(Path input, Language lang, List<Path> files, List<Outcome> outcomes) {
        Kind kind = kind(input);
        if (kind == Kind.DIRECTORY) {
            walk(input, lang, files, outcomes);
            return;
        }
        if (kind == Kind.FILE) {
            files.add(input); // an argument is read whatever its name
            return;
        }
        outcomes.add(Outcome.unreadable(input, reason(input, kind, lang)));
    }

    /**
     * Why a file named on the command line cannot be read, without opening it; empty when it is a
     * regular file (or a link to one).
     */
    static Optional<String> notARegularFile(Path file, Language lang) {
        Kind kind = kind(file);
        return kind == Kind.FILE ? Optional.empty() : Optional.of(reason(file, kind, lang));
    }

    private static Kind kind(Path p) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        } catch (IOException | SecurityException e) {
            return Kind.UNREADABLE;
        }
        BasicFileAttributes target = own;
        if (own.isSymbolicLink()) {
            try {
                target = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return Kind.DANGLING_LINK;
            } catch (FileSystemException e) {
                return e.getReason() != null && e.getReason().contains("levels of symbolic links") ? Kind.LINK_LOOP
                        : Kind.UNREADABLE;
            } catch (IOException | SecurityException e) {
                return Kind.UNREADABLE;
            }
        }
        if (target.isDirectory()) {
            return Kind.DIRECTORY;
        }
        return target.isRegularFile() ? Kind.FILE : Kind.SPECIAL;
    }

    private static String reason(Path p, Kind kind, Language lang) {
        return switch (kind) {
            case MISSING -> lang.pick("文件不存在", "no such file");
            case DANGLING_LINK -> lang.pick("符号链接指向不存在的文件", "a symbolic link to nothing (dangling)");
            case LINK_LOOP -> lang.pick("符号链接形成循环", "a loop of symbolic links");
            case SPECIAL -> lang.pick("不是普通文件（" + special(p, lang) + "），未打开", "not a regular file (" + special(p, lang)
                    + "), not opened");
            case UNREADABLE -> lang.pick("无法读取其属性", "its attributes cannot be read");
            case DIRECTORY -> lang.pick("是目录", "a directory");
            case FILE -> "";
        };
    }

    /** FIFO, socket or device, from the Unix mode where the platform gives it. */
    private static String special(Path p, Language lang) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> lang.pick("命名管道 FIFO", "a FIFO");
                case 0140000 -> lang.pick("套接字", "a socket");
                case 0020000, 0060000 -> lang.pick("设备文件", "a device");
                default -> lang.pick("特殊文件", "a special file");
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException
                | ClassCastException e) {
            return lang.pick("特殊文件", "a special file");
        }
    }

    private static void walk(Path root, Language lang, List<Path> files, List<Outcome> outcomes) {
        List<Path> found = new ArrayList<>();
        List<Outcome> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new FileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && json(dir)) {
                                problems.add(Outcome.skipped(dir, lang.pick("是名为 .json 的目录（其中的文件照常读取）",
                                        "a directory named .json (its files are read as any directory's)")));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            Kind kind = attrs.isRegularFile() ? Kind.FILE : kind(file);
                            if (kind == Kind.FILE) {
                                if (Reports.supportedInDirectory(file)) {
                                    found.add(file);
                                } else {
                                    problems.add(Outcome.skipped(file, lang.pick("不是报告文件（.json、.html、.htm、.pdf、.doc、.docx、.xls、.xlsx、.mht 或爬虫导出的 .txt）",
                                            "not a report file (.json, .html, .htm, .pdf, .doc, .docx, .xls, .xlsx, .mht, or a crawler's .txt dump)")));
                                }
                            } else if (kind == Kind.DIRECTORY) {
                                problems.add(Outcome.skipped(file, lang.pick("指向目录的符号链接，未跟随",
                                        "a symbolic link to a directory, not followed")));
                            } else if (kind == Kind.UNREADABLE || kind == Kind.MISSING) {
                                problems.add(Outcome.unreadable(file, reason(file, kind, lang)));
                            } else {
                                problems.add(Outcome.skipped(file, reason(file, kind, lang)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(Outcome.unreadable(file, failure(lang, e)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                problems.add(Outcome.unreadable(dir, lang.pick("目录未能读完：", "the directory could not be read to its end: ")
                                        + ioProblem(lang, e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            problems.add(Outcome.unreadable(root, failure(lang, e)));
        }
        found.sort(Comparator.naturalOrder());
        files.addAll(found);
        problems.sort(Comparator.comparing(Outcome::path));
        outcomes.addAll(problems);
    }

    private static boolean json(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().endsWith(".json");
    }

    private static String failure(Language lang, Exception e) {
        if (e instanceof AccessDeniedException) {
            return lang.pick("无权读取（权限不足）", "permission denied");
        }
        if (e instanceof FileSystemLoopException) {
            return lang.pick("符号链接形成循环", "a loop of symbolic links");
        }
        return ioProblem(lang, e);
    }

    /** An I/O problem in a line: its kind and the system's reason, without the path repeated or a class name. */
    static String ioProblem(Language lang, Exception e) {
        if (e instanceof AccessDeniedException) {
            return lang.pick("无法读取：权限不足", "cannot read: permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return lang.pick("无法读取：文件不存在", "cannot read: no such file");
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return lang.pick("无法读取：路径中有一段不是目录", "cannot read: a part of the path is not a directory");
        }
        if (e instanceof FileSystemLoopException) {
            return lang.pick("无法读取：符号链接形成循环", "cannot read: a loop of symbolic links");
        }
        String detail = e instanceof FileSystemException f ? (f.getReason() == null ? "" : f.getReason())
                : e.getMessage() == null ? "" : e.getMessage();
        return lang.pick("无法读取", "cannot read") + (detail.isBlank() ? lang.pick("（系统未给出原因）", " (the system gave no reason)")
                : lang.pick("：", ": ") + Safe.withoutClassNames(detail));
    }

    /**
     * An internal error (a defect of the library, not of the input) as one file's problem: the stage, what
     * went wrong and where in the library it was thrown, without Java class names.
     */
    static String internal(Language lang, String stage, Throwable e) {
        String where = "";
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("io.github.xxgk.")) {
                String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                where = cls + "." + f.getMethodName() + ":" + f.getLineNumber();
                break;
            }
        }
        String what;
        if (e instanceof StackOverflowError) {
            what = lang.pick("嵌套过深，调用栈溢出", "nesting too deep: the call stack overflowed");
        } else if (e.getMessage() == null || e.getMessage().isBlank()) {
            what = lang.pick("未给出说明", "no detail given");
        } else {
            what = Safe.withoutClassNames(e.getMessage());
        }
        return lang.pick("内部错误，阶段“" + stage + "”：" + what + (where.isEmpty() ? "" : "（位于 " + where + "）")
                + "；请报告此问题。", "internal error in " + stage + ": " + what + (where.isEmpty() ? "" : " (at " + where + ")")
                + "; please report it.");
    }
}
