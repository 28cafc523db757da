package jp.lg.platform.ops.bench;

import java.io.PrintStream;

/**
 * What the benchmark prints while it runs: whole lines prefixed with the seconds since start, so
 * progress reads the same in a terminal and in a log file. Safe to use from several threads.
 */
final class BenchOut {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    BenchOut(PrintStream out) {
        this.out = out;
    }

    synchronized void line(String format, Object... args) {
        out.printf("[%6.1f s] %s%n", (System.nanoTime() - startNanos) / 1e9, String.format(format, args));
        out.flush();
    }

    /** Prints text as it is, without the time prefix (the table and the JSON line). */
    synchronized void raw(String text) {
        out.println(text);
        out.flush();
    }
}
