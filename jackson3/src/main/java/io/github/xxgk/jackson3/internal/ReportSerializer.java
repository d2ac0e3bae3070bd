package io.github.xxgk.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.io.ByteArrayOutputStream;

/** Writes a report as {@link ReportJson} does, into the host's generator. Not API. */
public final class ReportSerializer extends StdSerializer<AnnualReport> {

    private final ReportJson json;

    /**
     * Creates the serializer.
     *
     * @param json the writer
     */
    public ReportSerializer(ReportJson json) {
        super(AnnualReport.class);
        this.json = json;
    }

    @Override
    public void serialize(AnnualReport report, JsonGenerator g, SerializationContext provider) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        json.write(report, out);
        Replay.into(out.toByteArray(), g);
    }
}
