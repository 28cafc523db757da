package jp.lg.platform.core.bench;

import java.io.PrintStream;

/**
 * What a benchmark prints while it runs: whole lines prefixed with the seconds since start, so
 * progress reads the same in a terminal and in a log file. Safe to use from several threads.
 */
public final class BenchOut {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    public BenchOut(PrintStream out) {
        this.out = out;
    }

    public synchronized void line(String format, Object... args) {
        out.printf("[%6.1f s] %s%n", (System.nanoTime() - startNanos) / 1e9, String.format(format, args));
        out.flush();
    }

    /** Prints text as it is, without the time prefix (the table and the JSON line). */
    public synchronized void raw(String text) {
        out.println(text);
        out.flush();
    }
}
