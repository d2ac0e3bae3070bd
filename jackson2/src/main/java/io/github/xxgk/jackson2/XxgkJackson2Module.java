package io.github.xxgk.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.jackson2.internal.FindingSerializer;
import io.github.xxgk.jackson2.internal.ReportDeserializer;
import io.github.xxgk.jackson2.internal.ReportSerializer;
import io.github.xxgk.jackson2.internal.ResultSerializer;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Jackson 2 module of xxgk: an {@link AnnualReport} is read and written in the library's one JSON
 * format, by {@link ReportJson} itself (whatever the mapper's settings, the report's JSON is the
 * format's), and a {@link ValidationResult} or a {@link Finding} is written in the form of
 * {@code xxgk validate --format json} ({@link io.github.xxgk.validation.json.FindingJson}). Findings are
 * not read back: their JSON holds a message rendered in one language, not the rule's key and arguments.
 *
 * <p>A report the format refuses, or whose JSON is broken inside it, however deep in the document it
 * is, is refused with a
 * {@link ReportMappingException}, a {@code JsonMappingException} (HTTP 400 in Spring) whose location is
 * the place in the host's document and whose message gives the JSON pointer inside the report, in
 * English and Chinese; its cause is the library's {@link io.github.xxgk.core.json.ReportJsonException}
 * with that pointer and the line and column in the host's document.
 *
 * <p>Names and messages of findings are written in the language of {@link #LOCALE_ATTRIBUTE} when the
 * writer has that attribute ({@code mapper.writer().withAttribute(LOCALE_ATTRIBUTE, Locale.ENGLISH)}),
 * else in the module's language (Chinese for a {@code zh} locale, English otherwise). The default
 * locale of the JVM or of the mapper is never read.
 *
 * <p>Registered with {@code mapper.registerModule(new XxgkJackson2Module())}, or found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}.
 *
 * <p>Immutable and thread-safe.
 */
public final class XxgkJackson2Module extends Module {

    /** The name of the writer attribute that gives the language of findings for one call. */
    public static final String LOCALE_ATTRIBUTE = "io.github.xxgk.locale";

    private final ReportJson json;
    private final Supplier<Locale> locale;

    /** The module with the format's default limits, writing findings in Chinese. */
    public XxgkJackson2Module() {
        this(ReportJson.defaults(), () -> Locale.SIMPLIFIED_CHINESE);
    }

    private XxgkJackson2Module(ReportJson json, Supplier<Locale> locale) {
        this.json = json;
        this.locale = locale;
    }

    /**
     * The same module writing findings in one language.
     *
     * @param language the language of names and messages
     * @return the module
     */
    public XxgkJackson2Module withLocale(Locale language) {
        Objects.requireNonNull(language, "language");
        return new XxgkJackson2Module(json, () -> language);
    }

    /**
     * The same module asking for the language of findings at each write (the current request's, say).
     *
     * @param language gives the language; it must not return null
     * @return the module
     */
    public XxgkJackson2Module withLocale(Supplier<Locale> language) {
        return new XxgkJackson2Module(json, Objects.requireNonNull(language, "language"));
    }

    /**
     * The same module reading and writing reports with other limits.
     *
     * @param reportJson the reader and writer of reports
     * @return the module
     */
    public XxgkJackson2Module withReportJson(ReportJson reportJson) {
        return new XxgkJackson2Module(Objects.requireNonNull(reportJson, "reportJson"), locale);
    }

    @Override
    public String getModuleName() {
        return "xxgk";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Object getTypeId() {
        return XxgkJackson2Module.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(AnnualReport.class, new ReportSerializer(json));
        serializers.addSerializer(ValidationResult.class, new ResultSerializer(locale, LOCALE_ATTRIBUTE));
        serializers.addSerializer(Finding.class, new FindingSerializer(locale, LOCALE_ATTRIBUTE));
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(AnnualReport.class, new ReportDeserializer(json));
        context.addDeserializers(deserializers);
    }
}
