package io.github.xxgk.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.json.FindingJson;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

/** Writes a finding with {@link FindingJson}. Not API. */
public final class FindingSerializer extends StdSerializer<Finding> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<Locale> locale;
    private final String attribute;

    /**
     * Creates the serializer.
     *
     * @param locale the module's language
     * @param attribute the name of the writer attribute that overrides it
     */
    public FindingSerializer(Supplier<Locale> locale, String attribute) {
        super(Finding.class);
        this.locale = locale;
        this.attribute = attribute;
    }

    @Override
    public void serialize(Finding f, JsonGenerator g, SerializerProvider provider) throws IOException {
        FindingJson.write(g, f, Language.of(provider, attribute, locale));
    }
}
