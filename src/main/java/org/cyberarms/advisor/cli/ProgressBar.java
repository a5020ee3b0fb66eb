package org.cyberarms.advisor.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on stderr, redrawn at most every 200 ms, for runs long enough to wonder about.
 * Shown only when the advisor runs in a terminal (never in a pipe, a file or CI logs).
 */
final class ProgressBar implements IntConsumer {

    private static final int WIDTH = 40;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final int total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    private ProgressBar(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar when stderr is a terminal and the run is long; otherwise nothing. */
    static IntConsumer forRun(int total, boolean longRun) {
        return System.console() != null && longRun ? new ProgressBar(System.err, total) : done -> { };
    }

    @Override
    public void accept(int done) {
        long now = System.nanoTime();
        if (now - started < REDRAW_NANOS * 5 || (now - lastDrawn < REDRAW_NANOS && done < total)) {
            return; // short runs never show a bar
        }
        lastDrawn = now;
        int filled = (int) ((long) WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (100L * done / total) + "% ("
                + done + "/" + total + " samples)");
        if (done >= total) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
        err.flush();
    }
}
