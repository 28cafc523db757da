package jp.lg.platform.ops.local;

import java.io.PrintStream;

/**
 * What the local stack prints for people: whole lines, and one progress line that a terminal
 * rewrites in place (elsewhere it is printed every {@value #PLAIN_PROGRESS_EVERY} seconds).
 * Safe to use from several threads.
 */
final class Console {

    static final int PLAIN_PROGRESS_EVERY = 10;

    private final PrintStream out;
    private final boolean terminal;
    private boolean progressShown;

    Console(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Prints a line, first clearing a progress line that is showing. */
    synchronized void line(String text) {
        clearProgress();
        out.println(text);
        out.flush();
    }

    /** Shows {@code text} as the progress of something that has run {@code seconds} so far. */
    synchronized void progress(String text, int seconds) {
        if (terminal) {
            out.print("\r\033[K" + text);
            progressShown = true;
        } else if (seconds % PLAIN_PROGRESS_EVERY < 2) {
            out.println(text);
        }
        out.flush();
    }

    private void clearProgress() {
        if (progressShown) {
            out.print("\r\033[K");
            progressShown = false;
        }
    }
}
