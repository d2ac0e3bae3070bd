package io.github.xxgk.validation.internal;

import io.github.xxgk.core.form.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The library's message bundles, Chinese ({@code messages_zh.properties}) and English
 * ({@code messages.properties}), read as UTF-8 once. Templates name their arguments ({@code {cell}});
 * nothing is formatted by locale and the default locale is never read. Not API.
 */
public final class Messages {

    private static final Properties EN = load("messages.properties");
    private static final Properties ZH = load("messages_zh.properties");

    private Messages() {
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/io/github/xxgk/validation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Whether both bundles have a key. */
    public static boolean has(String key) {
        return EN.containsKey(key) && ZH.containsKey(key);
    }

    /** A bundle entry in both languages. */
    public static Label label(String key) {
        String en = EN.getProperty(key);
        String zh = ZH.getProperty(key);
        if (en == null || zh == null) {
            throw new IllegalStateException("missing message " + key);
        }
        return new Label(zh, en);
    }

    /** A template rendered with its arguments in both languages. */
    public static Label label(String key, Map<String, Label> arguments) {
        return new Label(render(key, arguments, Locale.SIMPLIFIED_CHINESE), render(key, arguments, Locale.ENGLISH));
    }

    /**
     * Renders a template with its arguments.
     *
     * @param key the template key
     * @param arguments the arguments by name
     * @param locale the caller's locale
     * @return the message
     */
    public static String render(String key, Map<String, Label> arguments, Locale locale) {
        String text = label(key).in(locale);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '{' ? text.indexOf('}', i) : -1;
            if (end > i) {
                Label arg = arguments.get(text.substring(i + 1, end));
                if (arg != null) {
                    out.append(arg.in(locale));
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
