package io.github.xxgk.jackson2.internal;

import com.fasterxml.jackson.databind.SerializerProvider;
import java.util.Locale;
import java.util.function.Supplier;

/** The language of one write: the writer's attribute, else the module's. Not API. */
final class Language {

    private Language() {
    }

    static Locale of(SerializerProvider provider, String attribute, Supplier<Locale> fallback) {
        Object given = provider.getAttribute(attribute);
        if (given instanceof Locale l) {
            return l;
        }
        Locale l = fallback.get();
        if (l == null) {
            throw new IllegalStateException("the xxgk module's language supplier gave no locale");
        }
        return l;
    }
}
