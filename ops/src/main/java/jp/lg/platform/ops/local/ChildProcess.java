package jp.lg.platform.ops.local;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a child process and everything it started: politely first, then by force. */
final class ChildProcess {

    private ChildProcess() {}

    /** Sends SIGTERM to {@code process} and its descendants, waits, then kills what is left. */
    static void stop(Process process, long graceSeconds) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(graceSeconds, TimeUnit.SECONDS);
            for (ProcessHandle child : descendants) {
                child.onExit().get(graceSeconds, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // still running after the grace period: killed below
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
