package io.github.xxgk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help in Chinese and usage errors in the chosen language. The Chinese help is the resource
 * {@code usage-zh.properties} (UTF-8, read directly: no default locale decides it); the English help is
 * that of the annotations. picocli's own messages for usage errors are English and may carry Java class
 * names, so each kind of error is worded here in both languages.
 */
final class UsageMessages {

    private UsageMessages() {
    }

    /** The Chinese help texts. */
    static ResourceBundle chinese() {
        try (InputStream in = UsageMessages.class.getResourceAsStream("usage-zh.properties")) {
            if (in == null) {
                throw new IllegalStateException("usage-zh.properties is missing from the jar");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was wrong with the arguments, in one line, without a Java class name. */
    static String problem(CommandLine.ParameterException e, Language lang) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            String args = u.getUnmatched().stream().map(a -> "“" + a + "”").collect(Collectors.joining(lang.pick("、", ", ")));
            String known = u.getUnmatched().stream().anyMatch(a -> a.startsWith("-"))
                    ? lang.pick("无法识别的选项或参数：", "unknown option or argument: ")
                    : lang.pick("多余或无法识别的参数：", "unexpected or unknown argument: ");
            List<String> suggestions = u.getSuggestions();
            return known + args + (suggestions.isEmpty() ? ""
                    : lang.pick("；是否想用：", "; did you mean: ") + String.join(lang.pick("、", ", "), suggestions));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            String what = m.getMissing().stream().map(UsageMessages::name).collect(Collectors.joining(lang.pick("、", ", ")));
            return lang.pick("缺少必需的", "missing ") + (m.getMissing().stream().allMatch(ArgSpec::isOption)
                    ? lang.pick("选项：", "required option: ") : lang.pick("参数：", "required argument: ")) + what;
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return lang.pick("选项 " + name(o.getOverwritten()) + " 只能给一次", "option " + name(o.getOverwritten()) + " may be given only once");
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            return lang.pick(name(arg) + " 的值“" + e.getValue() + "”无效，应为" + expected(arg, lang),
                    "invalid value “" + e.getValue() + "” for " + name(arg) + ": expected " + expected(arg, lang));
        }
        if (arg != null) {
            return lang.pick(name(arg) + " 用法有误", "wrong use of " + name(arg));
        }
        // a message of ours (Xxgk.run) or one picocli words without an argument
        String message = e.getMessage() == null ? "" : Safe.withoutClassNames(e.getMessage());
        return message.isBlank() ? lang.pick("用法错误", "bad usage") : message;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static String expected(ArgSpec arg, Language lang) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            return lang.pick("以下之一：", "one of: ") + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return lang.pick("日期 YYYY-MM-DD", "a date YYYY-MM-DD");
        }
        if (type == Path.class) {
            return lang.pick("文件路径", "a file path");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return lang.pick("整数", "a whole number");
        }
        return lang.pick("“" + arg.paramLabel() + "”", arg.paramLabel());
    }
}
