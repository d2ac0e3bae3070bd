package io.github.xxgk.cli;

import java.util.Locale;

/** The language of the command line's output. */
enum Language {
    /** Chinese. */
    zh(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * The language the arguments ask for, read before they are parsed so that help and usage errors
     * are in it too: English when {@code --lang en} (or {@code --lang=en}) is among them, else Chinese.
     */
    static Language of(String[] args) {
        Language lang = zh;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if ((args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("en")) || args[i].equals("--lang=en")) {
                lang = en;
            } else if ((args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("zh")) || args[i].equals("--lang=zh")) {
                lang = zh;
            }
        }
        return lang;
    }

    String pick(String zh, String en) {
        return this == Language.zh ? zh : en;
    }
}
