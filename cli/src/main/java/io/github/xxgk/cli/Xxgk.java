package io.github.xxgk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xxgk} command line: {@code read}, {@code validate}, {@code render}, {@code rules}, and for many
 * reports {@code archive}, {@code compare} and {@code rollup}. Output is UTF-8
 * whatever the platform's default; exit codes: 0 every report passes, 1 a report has an ERROR, 2 bad
 * usage or an unreadable input.
 */
@Command(name = "xxgk", mixinStandardHelpOptions = true, versionProvider = Xxgk.Version.class,
        description = {"政府信息公开工作年度报告 — read, validate, render, check archives of many reports, compare years, roll up; list the rules.",
            "Reports are read in the xxgk JSON format (\"format\": \"xxgk.report/1\") or as published (web pages, text dumps, PDF, Word, Excel)."},
        subcommands = {ReadCommand.class, ValidateCommand.class, RenderCommand.class, RulesCommand.class, ArchiveCommand.class,
            CompareCommand.class, RollupCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  xxgk read page.html -o report.json",
            "  xxgk validate report.json",
            "  xxgk validate --format json --lang en reports/",
            "  xxgk render report.json --to html --findings -o report.html",
            "  xxgk rules --lang en",
            "", "Help and messages are in Chinese unless --lang en is given (e.g. xxgk validate --help --lang en)."})
public final class Xxgk implements Runnable {

    /** Exit code: every report passes. */
    public static final int PASSED = 0;
    /** Exit code: a report has an ERROR finding. */
    public static final int FAILED = 1;
    /** Exit code: bad usage or an unreadable input. */
    public static final int UNUSABLE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line with the process's standard streams, in UTF-8, and exits with its code. */
    public static void main(String[] args) {
        args = Utf8Launch.arguments(args);
        OptionalInt relaunched = Utf8Launch.relaunchIfNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
            // Apache POI (Word and Excel) logs through the Log4j API; without this the API complains on
            // standard error that it has no logging back end. The simple one prints only errors.
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Terminal.standardErrorIsTerminal()));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal (a progress bar is shown there)
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        Language lang = Language.of(args);
        CommandLine cl = new CommandLine(new Xxgk());
        if (lang == Language.zh) {
            cl.setResourceBundle(UsageMessages.chinese());
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((e, given) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("xxgk: " + Safe.text(UsageMessages.problem(e, lang)));
            w.println(lang.pick("用法见 ", "see ") + e.getCommandLine().getCommandSpec().qualifiedName() + " --help"
                    + (lang == Language.zh ? "" : " --lang en"));
            w.flush();
            return UNUSABLE;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("xxgk: " + Safe.text(Entries.internal(lang, lang.pick("命令", "the command"), e)));
            return UNUSABLE;
        });
        cl.getSubcommands().get("validate").<ValidateCommand>getCommand().terminal = terminal;
        cl.getSubcommands().get("archive").<ArchiveCommand>getCommand().terminal = terminal;
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @CommandLine.Option(names = "--lang", defaultValue = "zh", description = "Language of the help and the messages: zh (default) or en.")
    private Language lang;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), lang.pick("缺少命令：read、validate、render 或 rules",
                "a command is required: read, validate, render or rules"));
    }

    /** The version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Xxgk.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"xxgk " + p.getProperty("version", "unknown")};
        }
    }
}
