package io.github.xxgk.core.form;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the two languages of the library: the official Chinese wording, character for character
 * (full-width punctuation included), and an English rendering of it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zh the official Chinese text
 * @param en the English text
 */
public record Label(String zh, String en) {

    /** Creates a label; neither text may be null. */
    public Label {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The text for a locale the caller passes: Chinese for any {@code zh} locale, English otherwise.
     * The JVM's default locale is never consulted.
     *
     * @param locale the caller's locale
     * @return the text in that language
     */
    public String in(Locale locale) {
        return isChinese(locale) ? zh : en;
    }

    /** Whether a caller's locale asks for Chinese text. */
    public static boolean isChinese(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }
}
