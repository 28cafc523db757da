package jp.lg.platform.ops.local;

import java.util.ArrayDeque;
import java.util.Deque;

/** What has been started, closed in reverse order exactly once, whatever fails on the way. */
final class ShutdownList implements AutoCloseable {

    private final Deque<NamedCloseable> started = new ArrayDeque<>();

    private record NamedCloseable(String name, AutoCloseable closeable) {}

    /** Remembers {@code closeable} and returns it. */
    synchronized <T extends AutoCloseable> T add(String name, T closeable) {
        started.push(new NamedCloseable(name, closeable));
        return closeable;
    }

    /** Closes everything added, last first, reporting each step to {@code console}. */
    synchronized void closeAll(Console console) {
        while (!started.isEmpty()) {
            NamedCloseable next = started.pop();
            long start = System.nanoTime();
            try {
                next.closeable().close();
                console.line("  stopped " + next.name() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
            } catch (Exception e) {
                console.line("  could not stop " + next.name() + " cleanly: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closeAll(new Console(System.out, false));
    }
}
