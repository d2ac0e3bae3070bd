package io.github.xxgk.validation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one JSON form of findings and validation results, the form {@code xxgk validate --format json}
 * prints for each file and the Jackson modules write. A finding is
 * {@code {"rule", "severity", "location": {"kind", "id", "name"}, "message", "expected"?, "actual"?,
 * "derived"?, "related"?, "cells"?}}, the optional fields written only when they have something; a
 * result is {@code {"passed", "counts": {"ERROR", "WARNING", "INFO"}, "findings": […]}}, the fields
 * the CLI gives each file it read. Names and
 * messages are in the language the caller passes (Chinese for a {@code zh} locale, English otherwise);
 * the default locale is never read. Nothing is read back: a finding's message key, arguments and basis
 * are not part of the form.
 *
 * <p>Stateless and thread-safe.
 */
public final class FindingJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private FindingJson() {
    }

    /**
     * Writes one finding as a JSON object.
     *
     * @param g the generator, positioned where a value may be written
     * @param f the finding
     * @param locale the language of names and messages
     * @throws IOException when the generator fails
     */
    public static void write(JsonGenerator g, Finding f, Locale locale) throws IOException {
        g.writeStartObject();
        writeFields(g, f, locale);
        g.writeEndObject();
    }

    /**
     * Writes the fields of one finding into the object the generator is in, so that a caller can add
     * fields of its own (the command line adds where a read report printed what the finding is about).
     *
     * @param g the generator, inside an object
     * @param f the finding
     * @param locale the language of names and messages
     * @throws IOException when the generator fails
     */
    public static void writeFields(JsonGenerator g, Finding f, Locale locale) throws IOException {
        Objects.requireNonNull(locale, "locale");
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        g.writeObjectFieldStart("location");
        g.writeStringField("kind", f.location().kind().name());
        g.writeStringField("id", f.location().id());
        g.writeStringField("name", f.location().name().in(locale));
        g.writeEndObject();
        g.writeStringField("message", f.message(locale));
        optional(g, "expected", f.expected());
        optional(g, "actual", f.actual());
        if (!f.derived().isEmpty()) {
            g.writeObjectFieldStart("derived");
            for (Map.Entry<CellId, String> e : f.derived().entrySet()) {
                g.writeStringField(e.getKey().toString(), e.getValue());
            }
            g.writeEndObject();
        }
        ids(g, "related", f.related());
        ids(g, "cells", f.cells());
    }

    /**
     * Writes a result as a JSON object: {@code {"passed", "counts", "findings"}}, every finding listed.
     *
     * @param g the generator, positioned where a value may be written
     * @param result the result
     * @param locale the language of names and messages
     * @throws IOException when the generator fails
     */
    public static void write(JsonGenerator g, ValidationResult result, Locale locale) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("passed", result.passed());
        g.writeObjectFieldStart("counts");
        for (Map.Entry<Severity, Integer> e : result.counts().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            write(g, f, locale);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * A finding as a JSON document, indented by two spaces with {@code \n} line ends.
     *
     * @param f the finding
     * @param locale the language of names and messages
     * @return the document
     */
    public static String toJson(Finding f, Locale locale) {
        Objects.requireNonNull(f, "finding");
        return text(g -> write(g, f, locale));
    }

    /**
     * A result as a JSON document, indented by two spaces with {@code \n} line ends.
     *
     * @param result the result
     * @param locale the language of names and messages
     * @return the document
     */
    public static String toJson(ValidationResult result, Locale locale) {
        Objects.requireNonNull(result, "result");
        return text(g -> write(g, result, locale));
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String text(Body body) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private static void ids(JsonGenerator g, String name, List<CellId> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (CellId id : ids) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
    }
}
