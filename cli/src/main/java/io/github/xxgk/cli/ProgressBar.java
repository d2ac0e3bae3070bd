package io.github.xxgk.cli;

import java.io.PrintWriter;

/** A progress bar on standard error for the archive commands, shown only on a terminal. Thread-safe. */
final class ProgressBar {

    private final boolean on;
    private final PrintWriter err;
    private int shown = -1;

    ProgressBar(boolean on, PrintWriter err) {
        this.on = on;
        this.err = err;
    }

    synchronized void update(int done, int total) {
        if (!on || total <= 1) {
            return;
        }
        int percent = (int) ((long) done * 100 / total);
        if (percent != shown) {
            shown = percent;
            int bar = percent / 4;
            err.print("\r[" + "#".repeat(bar) + " ".repeat(25 - bar) + "] " + percent + "% " + done + "/" + total);
            err.flush();
        }
    }

    void finish() {
        if (on && shown >= 0) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
