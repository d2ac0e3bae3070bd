package io.github.xxgk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the process's standard error is a terminal, which decides whether {@code validate} shows its
 * progress bar there. {@code System.console()} cannot tell: on Java 17 it is non-null only when standard
 * input and output are terminals, so {@code validate dir > out.txt} would show no bar and
 * {@code validate dir 2> log} would fill the log with frames.
 *
 * <p>On Linux the link {@code /proc/self/fd/2} names the device: a terminal is {@code /dev/pts/N},
 * {@code /dev/ttyN} or {@code /dev/console}; a pipe or a file is not. Elsewhere on a POSIX system
 * {@code sh -c '[ -t 2 ]'} is asked, with standard error inherited so that it tests the same descriptor.
 * On Windows, or when neither can answer, {@code System.console() != null} is the best guess. A
 * terminal whose {@code TERM} is {@code dumb} gets no bar (it cannot return the cursor).
 */
final class Terminal {

    private Terminal() {
    }

    /** Whether standard error is a terminal that can show a progress bar. */
    static boolean standardErrorIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd2)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
            } catch (IOException | SecurityException e) {
                // fall through to the next way of asking
            }
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("windows") && Files.isExecutable(Path.of("/bin/sh"))) {
            try {
                Process p = new ProcessBuilder("/bin/sh", "-c", "[ -t 2 ]")
                        .redirectInput(ProcessBuilder.Redirect.PIPE)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                p.getOutputStream().close();
                if (p.waitFor(2, TimeUnit.SECONDS)) {
                    return p.exitValue() == 0;
                }
                p.destroyForcibly();
            } catch (IOException e) {
                // fall through
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return System.console() != null;
    }

    /** Whether the target of {@code /proc/self/fd/N} is a terminal device. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
