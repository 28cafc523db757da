package jp.lg.platform.ops.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Waits for a child process to become ready, reporting progress, and fails with the end of its log
 * when it exits or takes too long.
 */
final class ReadinessWait {

    private static final long POLL_MILLIS = 500;
    private static final long PROGRESS_MILLIS = 2_000;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final int logLines;

    ReadinessWait(String name, Process process, Path logFile, int logLines) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.logLines = logLines;
    }

    /** Polls {@code ready} until it is true; {@code progress} gets the elapsed seconds every ~2 s. */
    void until(BooleanSupplier ready, Duration timeout, IntConsumer progress) {
        long start = System.nanoTime();
        long nextProgress = PROGRESS_MILLIS;
        while (!ready.getAsBoolean()) {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (!process.isAlive()) {
                throw failure(name + " exited with status " + process.exitValue() + " while starting");
            }
            if (elapsed > timeout.toMillis()) {
                throw failure(name + " not ready after " + timeout.toSeconds() + " s");
            }
            if (elapsed >= nextProgress) {
                progress.accept((int) (elapsed / 1000));
                nextProgress += PROGRESS_MILLIS;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(what + "; last " + logLines + " lines of " + logFile + ":"
                + System.lineSeparator() + LogTail.lastLines(logFile, logLines));
    }
}
