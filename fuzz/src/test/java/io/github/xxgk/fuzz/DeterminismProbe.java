package io.github.xxgk.fuzz;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.validation.RuleCatalogue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Prints one digest of everything the library makes of the corpus (findings in both languages, the three
 * renderings, JSON, the rule catalogue, the schema), for {@link DeterminismTest} to compare across JVMs
 * started under other locales, time zones and default charsets.
 */
public final class DeterminismProbe {

    private DeterminismProbe() {
    }

    /**
     * Prints the digest.
     *
     * @param args none
     * @throws Exception when SHA-256 is missing
     */
    public static void main(String[] args) throws Exception {
        // the probe's own output in UTF-8, whatever the default charset it is started under
        new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8)
                .println(digest());
    }

    static String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (AnnualReport r : Corpus.reports()) {
            sha.update(ConcurrencyTest.outputs(r).getBytes(StandardCharsets.UTF_8));
        }
        sha.update(RuleCatalogue.markdown().getBytes(StandardCharsets.UTF_8));
        RuleCatalogue.rules().forEach(d -> sha.update((d.id() + d.editions() + d.severities()).getBytes(StandardCharsets.UTF_8)));
        sha.update(ReportJson.schema().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
