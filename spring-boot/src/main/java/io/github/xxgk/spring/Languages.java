package io.github.xxgk.spring;

import java.util.List;
import java.util.Locale;

/** The language of an answer: Chinese or English, chosen by the request's Accept-Language. */
final class Languages {

    private static final List<Locale> OFFERED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private Languages() {
    }

    /**
     * Chinese or English, whichever the header ranks first; the fallback when it names neither (or is
     * absent or malformed). The JVM's default locale is never read.
     */
    static Locale of(String acceptLanguage, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0 || range.getRange().equals("*")) {
                    continue;
                }
                List<Locale> match = Locale.filter(List.of(range), OFFERED);
                if (!match.isEmpty()) {
                    return match.get(0).getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                }
                String primary = range.getRange().split("-", 2)[0];
                if (primary.equals("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (primary.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return fallback;
        }
        return fallback;
    }
}
