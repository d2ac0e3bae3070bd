package io.github.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.json.ReportJson;
import io.github.xxgk.testing.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests of issue 13 for the command line's batches: every entry reported, nothing blocks, nothing raw on a terminal. */
class CliBatchTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Xxgk.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @AfterEach
    void noFault() {
        ValidateCommand.faultForTests = null;
    }

    private static String report(String agency) {
        AnnualReport r = ReportGenerator.of(Edition.STANDARD_2021).consistent(1);
        return ReportJson.defaults().write(r.toBuilder().agency(Agency.of(agency, AgencyKind.STATE_COUNCIL_DEPARTMENT))
                .publicationDate(LocalDate.of(r.year() + 1, 1, 10)).build());
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mk.exitValue()).isZero();
    }

    @Test
    void everyOddEntryOfADirectoryIsReportedWithItsReasonAndNothingBlocks() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(odd.resolve("a-good.json"), report("某市统计局"));
        Files.createDirectories(odd.resolve("b-dir.json"));
        Files.writeString(odd.resolve("b-dir.json/inside.json"), report("某市统计局"));
        mkfifo(odd.resolve("c-fifo.json"));
        Files.createSymbolicLink(odd.resolve("d-dangling.json"), odd.resolve("nowhere.json"));
        Files.createSymbolicLink(odd.resolve("e-loop1.json"), odd.resolve("e-loop2.json"));
        Files.createSymbolicLink(odd.resolve("e-loop2.json"), odd.resolve("e-loop1.json"));
        Files.createSymbolicLink(odd.resolve("f-dirlink"), odd.resolve("b-dir.json"));
        Files.writeString(odd.resolve("g-notes.txt"), "not a report");
        Run r = run("validate", "--lang", "en", odd.toString());
        String out = r.out();
        assertThat(out).contains("a-good.json  PASSED").contains("inside.json  PASSED")
                .contains("b-dir.json  SKIPPED  a directory named .json")
                .contains("c-fifo.json  SKIPPED  not a regular file (a FIFO), not opened")
                .contains("d-dangling.json  SKIPPED  a symbolic link to nothing")
                .contains("e-loop1.json  SKIPPED  a loop of symbolic links").contains("e-loop2.json  SKIPPED  a loop of symbolic links")
                .contains("f-dirlink  SKIPPED  a symbolic link to a directory, not followed")
                .contains("g-notes.txt  SKIPPED  not a report file (.json, .html, .htm, .pdf, .doc, .docx, .xls, .xlsx, .mht, or a crawler's .txt dump)")
                .contains("files 2, passed 2, failed 0, unreadable 0, skipped 7");
        assertThat(r.code()).isZero();
        // the same in JSON
        JsonNode doc = new ObjectMapper().readTree(run("validate", "--format", "json", "--lang", "en", odd.toString()).out());
        assertThat(doc.get("files")).hasSize(2);
        assertThat(doc.get("skipped")).hasSize(7);
        assertThat(doc.get("summary").get("skipped").asInt()).isEqualTo(7);
    }

    @Test
    void aFifoNamedOnTheCommandLineIsUnreadableAndNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        mkfifo(fifo);
        Path good = Files.writeString(dir.resolve("good.json"), report("某市统计局"));
        Run v = run("validate", "--lang", "en", fifo.toString(), good.toString());
        assertThat(v.code()).isEqualTo(2);
        assertThat(v.out()).contains("pipe.json  UNREADABLE  not a regular file (a FIFO), not opened").contains("good.json  PASSED");
        Run render = run("render", "--lang", "en", fifo.toString(), "--to", "txt");
        assertThat(render.code()).isEqualTo(2);
        assertThat(render.err()).contains("not a regular file (a FIFO)");
        assertThat(run("validate", "--previous", fifo.toString(), good.toString()).code()).isEqualTo(2);
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestIsRead() throws Exception {
        Path root = Files.createDirectories(dir.resolve("tree"));
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.writeString(locked.resolve("hidden.json"), report("某市统计局"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(root.resolve("r" + i + ".json"), report("某市统计局"));
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Run r = run("validate", "--lang", "en", root.toString());
            for (int i = 0; i < 5; i++) {
                assertThat(r.out()).contains("r" + i + ".json  PASSED");
            }
            if (Files.isReadable(locked)) {
                // the superuser reads any directory: then the file in it is simply read too
                assertThat(r.out()).contains("hidden.json  PASSED");
            } else {
                assertThat(r.out()).contains("locked  UNREADABLE  permission denied").contains("unreadable 1");
                assertThat(r.code()).isEqualTo(2);
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anInternalErrorIsThatFilesErrorAndTheBatchGoesOn() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("r" + i + ".json"), report(i == 1 ? "出错局" : "某市统计局"));
        }
        ValidateCommand.faultForTests = r -> {
            if (r.agency().name().equals("出错局")) {
                throw new IllegalStateException("simulated defect");
            }
            return io.github.xxgk.validation.ReportValidator.standard().validate(r);
        };
        Run r = run("validate", "--lang", "en", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("r0.json  PASSED").contains("r2.json  PASSED")
                .contains("r1.json  INTERNAL ERROR  internal error in validation: simulated defect (at CliBatchTest.")
                .doesNotContain("IllegalStateException")
                .contains("files 3, passed 2, failed 0, unreadable 0, internal errors 1");
        JsonNode doc = new ObjectMapper().readTree(run("validate", "--format", "json", "--lang", "en", dir.toString()).out());
        assertThat(doc.get("files").get(1).get("internalError").asBoolean()).isTrue();
        assertThat(doc.get("summary").get("internalErrors").asInt()).isEqualTo(1);
    }

    @Test
    void controlCharactersInNamesNeverReachTheTerminalRaw() throws Exception {
        String hostile = "某局\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\u2028";
        Path file = Files.writeString(dir.resolve("x\u001b[31m.json"), report(hostile));
        for (String format : new String[] {"text", "json"}) {
            Run r = run("validate", "--format", format, dir.toString());
            String all = r.out() + r.err();
            assertThat(all.codePoints().filter(c -> c != '\n' && Safe.unsafe(c)).toArray()).as(format).isEmpty();
        }
        Run text = run("validate", file.toString());
        assertThat(text.out()).contains("x\\u001B[31m.json").contains("某局\\u001B[2J\\u001B]0;pwned\\u0007\\u009B31m\\u202Eevil\\u2028");
        JsonNode doc = new ObjectMapper().readTree(run("validate", "--format", "json", file.toString()).out());
        assertThat(doc.get("files").get(0).get("agency").asText()).isEqualTo(hostile); // escaped in JSON, intact when parsed
    }

    /** A name as octal escapes for the shell's printf: ASCII, whatever this JVM's file name encoding. */
    private static String octal(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            sb.append('\\').append(Integer.toOctalString(b & 0xFF));
        }
        return sb.toString();
    }

    @Test
    void cjkFileNamesUnderLangC() throws Exception {
        // the names are made and passed by the shell from their bytes, so this JVM's own locale plays no part
        Files.writeString(dir.resolve("report.json"), report("某市统计局"));
        String script = String.join("\n",
                "set -e",
                "cd '" + dir + "'",
                "d=$(printf '" + octal("报告目录") + "')",
                "f=$(printf '" + octal("某市统计局2024年报告.json") + "')",
                "mkdir \"$d\"",
                "cp report.json \"$d/$f\"",
                "LANG=C LC_ALL=C exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                        + System.getProperty("java.class.path") + "' " + Xxgk.class.getName()
                        + " validate --lang en \"$d\" \"$d/$f\"");
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true);
        pb.environment().remove(Utf8Launch.ARGS);
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(output, StandardCharsets.UTF_8);
        assertThat(out).contains("报告目录/某市统计局2024年报告.json  PASSED").contains("files 2, passed 2");
        assertThat(p.exitValue()).isZero();
    }
}
