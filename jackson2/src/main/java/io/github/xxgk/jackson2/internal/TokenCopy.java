package io.github.xxgk.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.json.ReportJsonException;
import io.github.xxgk.jackson2.ReportMappingException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The value at a host parser's current token copied to UTF-8 for {@link ReportJson}: exactly its tokens
 * (numbers as their text), one token a line, so that the line of a problem that {@link ReportJson}
 * reports names the token, whose place in the host's document was kept. Not API.
 */
public final class TokenCopy {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The most the copy may take: the whole input the format's default limits allow. */
    private static final long LIMIT = (long) ReportJson.DEFAULT_MAX_BYTES * ReportJson.INPUT_FACTOR;

    private final byte[] bytes;
    private final List<JsonLocation> locations;

    private TokenCopy(byte[] bytes, List<JsonLocation> locations) {
        this.bytes = bytes;
        this.locations = locations;
    }

    /**
     * Copies the value at the parser's current token (an object whose start the caller has consumed, when
     * the parser is at a property name), leaving the parser at its last token.
     *
     * @param p the host's parser
     * @return the copy
     * @throws IOException when the host's parser fails (a syntax error, with its location)
     * @throws ReportMappingException when the value is too large or is not JSON
     */
    public static TokenCopy of(JsonParser p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        List<JsonLocation> locations = new ArrayList<>(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            int depth = 0;
            JsonToken t = p.currentToken();
            if (t == JsonToken.FIELD_NAME) {
                locations.add(p.currentTokenLocation());
                g.writeStartObject();
                depth = 1;
            }
            while (true) {
                if (t == null) {
                    throw refused(p.currentLocation(), "", "The document ends inside the report.", "文档在报告中途结束。");
                }
                if (!locations.isEmpty()) {
                    g.writeRaw('\n');
                }
                locations.add(p.currentTokenLocation());
                switch (t) {
                    case START_OBJECT -> {
                        g.writeStartObject();
                        depth++;
                    }
                    case START_ARRAY -> {
                        g.writeStartArray();
                        depth++;
                    }
                    case END_OBJECT -> {
                        g.writeEndObject();
                        depth--;
                    }
                    case END_ARRAY -> {
                        g.writeEndArray();
                        depth--;
                    }
                    case FIELD_NAME -> g.writeFieldName(p.currentName());
                    case VALUE_STRING -> g.writeString(p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw refused(p.currentTokenLocation(), "", "The value is not JSON (" + t + ").",
                            "该值不是 JSON（" + t + "）。");
                }
                if (depth == 0) {
                    break;
                }
                if (out.size() > LIMIT) {
                    throw refused(p.currentTokenLocation(), "", "The report is larger than the limit of " + LIMIT
                            + " bytes.", "报告超过 " + LIMIT + " 字节的上限。");
                }
                try {
                    t = p.nextToken();
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                    throw refused(at, "", "JSON syntax error: " + e.getOriginalMessage(), "JSON 语法错误：" + e.getOriginalMessage(), e);
                }
            }
        }
        return new TokenCopy(out.toByteArray(), locations);
    }

    /** The copy, UTF-8. */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * The host's exception for a refusal of the copy: at the host's place of the token the problem is at
     * (the report's start when the problem is the whole report's).
     *
     * @param e the refusal
     * @return the exception to throw
     */
    public ReportMappingException refusal(ReportJsonException e) {
        int token = e.line() - 1;
        JsonLocation at = locations.get(token >= 0 && token < locations.size() ? token : 0);
        return refused(at, e.pointer(), e.problem().en(), e.problem().zh(), e);
    }

    /**
     * The host's exception for another of the library's refusals (not of the JSON): at the report's start.
     *
     * @param e the refusal
     * @return the exception to throw
     */
    public ReportMappingException refusal(XxgkException e) {
        return refused(locations.get(0), "", e.where() + ": " + e.problem().en(), e.where() + "：" + e.problem().zh(), e);
    }

    /**
     * The refusal, its cause the library's exception at the place in the host's document: the pointer
     * inside the report, the host's line and column.
     */
    private static ReportMappingException refused(JsonLocation at, String pointer, String en, String zh, Throwable cause) {
        ReportJsonException located = new ReportJsonException(pointer, Math.max(0, at.getLineNr()),
                Math.max(0, at.getColumnNr()), zh, en, cause);
        return new ReportMappingException(message(pointer, en, zh), at, located);
    }

    private static ReportMappingException refused(JsonLocation at, String pointer, String en, String zh) {
        return refused(at, pointer, en, zh, null);
    }

    private static String message(String pointer, String en, String zh) {
        return "xxgk report " + (pointer.isEmpty() ? "/" : pointer) + ": " + en + " / " + zh;
    }
}
