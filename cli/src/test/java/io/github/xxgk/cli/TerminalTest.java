package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar follows standard error: frames on a terminal, none in a redirected file. */
class TerminalTest {

    @Test
    void terminalDevicesAreTheTtysAndPtsNotPipesOrFiles() {
        assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/console")).isTrue();
        assertThat(Terminal.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(Terminal.isTerminalDevice("/tmp/log.txt")).isFalse();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
        assertThat(Terminal.isTerminalDevice("socket:[99]")).isFalse();
    }

    @Test
    void standardErrorRedirectedToAFileGetsNoFrames(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("r" + i + ".json"),
                    ReportJson.defaults().write(ReportGenerator.of(Edition.STANDARD_2021).consistent(i)));
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.xxgk.cli.Xxgk", "validate", "--lang", "en", dir.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("files 6");
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("[#");
    }

    @Test
    void onATerminalTheBarIsDrawnOnStandardErrorOnly() throws Exception {
        Path dir = Files.createTempDirectory("xxgk-terminal");
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("r" + i + ".json"),
                    ReportJson.defaults().write(ReportGenerator.of(Edition.STANDARD_2021).consistent(i)));
        }
        CliTest.Run text = runOnTerminal("validate", "--lang", "en", dir.toString());
        assertThat(text.err()).contains("\r[").contains("100% 4/4");
        assertThat(text.out()).doesNotContain("\r").contains("files 4");
        // JSON output gets no bar even on a terminal
        assertThat(runOnTerminal("validate", "--format", "json", dir.toString()).err()).doesNotContain("\r");
    }

    private static CliTest.Run runOnTerminal(String... args) {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int code = Xxgk.run(args, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), true);
        return new CliTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
