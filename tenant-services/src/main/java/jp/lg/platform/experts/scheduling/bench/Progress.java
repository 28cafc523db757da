package jp.lg.platform.experts.scheduling.bench;

import java.io.PrintStream;

/**
 * What the benchmark prints while it runs: lines prefixed with the seconds since start (as
 * {@code ops/bench/run outbox} does), then the table and the JSON line as they are. Thread-safe.
 */
final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    synchronized void line(String format, Object... args) {
        out.printf("[%6.1f s] %s%n", (System.nanoTime() - startNanos) / 1e9, String.format(format, args));
        out.flush();
    }

    synchronized void raw(String text) {
        out.println(text);
        out.flush();
    }
}
