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
    /** The templates parsed once: by key, the English and the Chinese. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Template[]> TEMPLATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A template cut at its arguments: {@code parts[0]}, then argument {@code names[0]} (or, when the
     * caller gives none of that name, its {@code {name}} as written), then {@code parts[1]}, ….
     */
    private record Template(String[] parts, String[] names, int length) {
        static Template parse(String text) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            java.util.List<String> names = new java.util.ArrayList<>();
            StringBuilder part = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int end = c == '{' ? text.indexOf('}', i) : -1;
                if (end > i) {
                    parts.add(part.toString());
                    part.setLength(0);
                    names.add(text.substring(i + 1, end));
                    i = end + 1;
                } else {
                    part.append(c);
                    i++;
                }
            }
            parts.add(part.toString());
            return new Template(parts.toArray(String[]::new), names.toArray(String[]::new), text.length());
        }
    }

    private static Template template(String key, Locale locale) {
        Template[] t = TEMPLATES.get(key);
        if (t == null) {
            Label l = label(key);
            t = TEMPLATES.computeIfAbsent(key, k -> new Template[] {Template.parse(l.en()), Template.parse(l.zh())});
        }
        return Label.isChinese(locale) ? t[1] : t[0];
    }

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
        Template t = template(key, locale);
        String[] names = t.names();
        if (names.length == 0) {
            return t.parts()[0];
        }
        StringBuilder out = new StringBuilder(t.length() + 64);
        String[] parts = t.parts();
        out.append(parts[0]);
        for (int k = 0; k < names.length; k++) {
            Label arg = arguments.get(names[k]);
            if (arg != null) {
                out.append(arg.in(locale));
            } else {
                out.append('{').append(names[k]).append('}');
            }
            out.append(parts[k + 1]);
        }
        return out.toString();
    }
}
