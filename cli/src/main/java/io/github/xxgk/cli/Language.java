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

    String pick(String zh, String en) {
        return this == Language.zh ? zh : en;
    }
}
