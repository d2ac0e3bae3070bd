package io.github.xxgk.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A document the library wrote, replayed token by token into the host's generator, so that the host's
 * settings (indentation, format) apply and the content is the library's exactly. Not API.
 */
public final class Replay {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Replay() {
    }

    /**
     * Writes a document's tokens.
     *
     * @param utf8 the document
     * @param g the host's generator
     * @throws IOException when the generator fails
     */
    public static void into(byte[] utf8, JsonGenerator g) throws IOException {
        try (JsonParser p = FACTORY.createParser(utf8)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> g.writeStartObject();
                    case START_ARRAY -> g.writeStartArray();
                    case END_OBJECT -> g.writeEndObject();
                    case END_ARRAY -> g.writeEndArray();
                    case FIELD_NAME -> g.writeFieldName(p.currentName());
                    case VALUE_STRING -> g.writeString(p.getText());
                    case VALUE_NUMBER_INT -> {
                        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                            g.writeNumber(p.getBigIntegerValue());
                        } else {
                            g.writeNumber(p.getLongValue());
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> g.writeNumber(p.getDecimalValue());
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException("unexpected token " + t);
                }
            }
        }
    }
}
