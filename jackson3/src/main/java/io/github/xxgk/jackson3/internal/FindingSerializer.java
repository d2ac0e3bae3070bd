package io.github.xxgk.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.json.FindingJson;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/** Writes a finding with {@link FindingJson}. Not API. */
public final class FindingSerializer extends StdSerializer<Finding> {

    private final Supplier<Locale> locale;
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
    public void serialize(Finding f, JsonGenerator g, SerializationContext provider) {
        Replay.into(FindingJson.toJson(f, Language.of(provider, attribute, locale)).getBytes(StandardCharsets.UTF_8), g);
    }
}
