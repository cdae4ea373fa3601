package dev.poolforge.examples.demo;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display, rewritten in place with a carriage return. It goes to its own
 * stream (the demo uses stderr) and is wiped before the results are printed, so it never mixes
 * with the table.
 */
final class Progress {
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private int lastLength;

    Progress(PrintStream out) {
        this.out = out;
    }

    void show(String label, long elapsedNanos, long totalNanos) {
        double done = Math.min(1.0, (double) elapsedNanos / totalNanos);
        int filled = (int) Math.round(done * BAR_WIDTH);
        write(String.format(Locale.ROOT, "%-18s [%s%s] %4.1f / %d s", label, "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), elapsedNanos / 1e9, Math.round(totalNanos / 1e9)));
    }

    /** Wipes the line, leaving the cursor at its start. */
    void clear() {
        write("");
        out.print('\r');
        out.flush();
    }

    /** Overwrites the previous line, padding with spaces where it was longer. */
    private void write(String line) {
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
    }
}
