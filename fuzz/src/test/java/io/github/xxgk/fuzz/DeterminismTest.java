package io.github.xxgk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library reads no default locale, time zone or charset: JVMs started under very different ones
 * (and with another hash seed for every run, so set and map orders would show) give byte-identical
 * outputs, the same as this JVM's.
 */
class DeterminismTest {

    private static final String[][] ENVIRONMENTS = {
        {"C", "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC", "-Dfile.encoding=US-ASCII"},
        {"C.UTF-8", "-Duser.language=zh", "-Duser.country=CN", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8"},
        {"C.UTF-8", "-Duser.language=ar", "-Duser.country=SA", "-Duser.timezone=America/St_Johns", "-Dfile.encoding=UTF-16"},
        {"C", "-Duser.language=th", "-Duser.country=TH", "-Duser.variant=TH", "-Duser.timezone=Etc/GMT+12", "-Dfile.encoding=ISO-8859-1"},
        {"C.UTF-8", "-Duser.language=hi", "-Duser.country=IN", "-Duser.timezone=Asia/Kathmandu", "-Djava.locale.providers=COMPAT"},
    };

    @Test
    void jvmsUnderOtherLocalesTimeZonesAndCharsetsGiveTheSameBytes() throws Exception {
        String here = DeterminismProbe.digest();
        List<Process> processes = new ArrayList<>();
        for (String[] env : ENVIRONMENTS) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-XX:+UseSerialGC");
            command.add("-XX:TieredStopAtLevel=1");
            for (int i = 1; i < env.length; i++) {
                command.add(env[i]);
            }
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(DeterminismProbe.class.getName());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("LANG", env[0]);
            pb.environment().put("LC_ALL", env[0]);
            pb.environment().put("TZ", "Pacific/Chatham");
            pb.directory(Path.of("").toAbsolutePath().toFile());
            processes.add(pb.start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(out).as(String.join(" ", ENVIRONMENTS[i])).isEqualTo(here);
        }
    }
}
