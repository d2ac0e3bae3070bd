package io.github.xxgk.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.core.json.ReportJsonException;
import java.io.IOException;

/** Reads a report with {@link ReportJson} from the host's tokens. Not API. */
public final class ReportDeserializer extends StdDeserializer<AnnualReport> {

    private static final long serialVersionUID = 1L;

    private final transient ReportJson json;

    /**
     * Creates the deserializer.
     *
     * @param json the reader
     */
    public ReportDeserializer(ReportJson json) {
        super(AnnualReport.class);
        this.json = json;
    }

    @Override
    public AnnualReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        TokenCopy copy = TokenCopy.of(p);
        try {
            return json.read(copy.bytes());
        } catch (ReportJsonException e) {
            throw copy.refusal(e);
        } catch (XxgkException e) {
            throw copy.refusal(e);
        }
    }
}
