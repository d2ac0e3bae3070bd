package io.github.xxgk.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Writes a report as {@link ReportJson} does, into the host's generator. Not API. */
public final class ReportSerializer extends StdSerializer<AnnualReport> {

    private static final long serialVersionUID = 1L;

    private final transient ReportJson json;

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
    public void serialize(AnnualReport report, JsonGenerator g, SerializerProvider provider) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        json.write(report, out);
        Replay.into(out.toByteArray(), g);
    }
}
