package jp.lg.platform.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * What the CPU did between two readings: the CPU time of the application's process (all its threads), of this
 * benchmark's JVM (the Kafka broker and the load generator and clients), of PostgreSQL (every process named
 * {@code postgres}), and how busy the whole machine was ({@code /proc/stat}: every core, every process). A
 * figure per command does not depend on how crowded the machine was, unlike a latency; the machine's share
 * tells whether a phase was limited by the CPU at all.
 */
final class CpuMeter {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final ProcessHandle app;

    CpuMeter(ProcessHandle app) {
        this.app = app;
    }

    /** One moment: CPU time so far of the application, this JVM and PostgreSQL; the machine's busy and total ticks. */
    record Reading(long wallNanos, Duration appCpu, Duration benchCpu, Duration postgresCpu, long busyTicks,
            long totalTicks) {}

    /**
     * Between two readings: the application's CPU time and cores, the cores of this JVM and of PostgreSQL, and the
     * machine's busy share (NaN if unknown).
     */
    record Usage(Duration appCpu, double appCores, double benchCores, double postgresCores, double machineBusy) {

        /** Milliseconds of the application's CPU for each of {@code count} units of work. */
        double appMillisEach(long count) {
            return count == 0 ? Double.NaN : appCpu.toNanos() / 1e6 / count;
        }

        String describe(long count, String unit) {
            return String.format("application %.2f ms CPU a %s (%.2f cores), benchmark JVM %.2f cores, PostgreSQL %.2f"
                    + " cores, machine %.0f %% busy", appMillisEach(count), unit, appCores, benchCores, postgresCores,
                    machineBusy * 100);
        }
    }

    /** The CPU used over {@code duration} while nothing is asked of the application: what it costs at rest. */
    Usage atRest(Duration duration) throws InterruptedException {
        Reading before = read();
        Thread.sleep(duration.toMillis());
        return between(before, read());
    }

    Reading read() {
        long[] ticks = machineTicks();
        return new Reading(System.nanoTime(), cpuOf(app), cpuOf(ProcessHandle.current()), postgresCpu(), ticks[0],
                ticks[1]);
    }

    static Usage between(Reading from, Reading to) {
        Duration cpu = to.appCpu().minus(from.appCpu());
        double wall = Math.max(1, to.wallNanos() - from.wallNanos());
        long total = to.totalTicks() - from.totalTicks();
        double busy = total <= 0 ? Double.NaN : (double) (to.busyTicks() - from.busyTicks()) / total;
        return new Usage(cpu, cpu.toNanos() / wall, to.benchCpu().minus(from.benchCpu()).toNanos() / wall,
                to.postgresCpu().minus(from.postgresCpu()).toNanos() / wall, busy);
    }

    private static Duration cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * The CPU time of the PostgreSQL processes alive now (the server and its backends; a backend that exits
     * between two readings takes its time with it, so this can only undercount, and the pools keep theirs open).
     */
    private static Duration postgresCpu() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .map(CpuMeter::cpuOf).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Busy and total ticks of all cores from the first line of {@code /proc/stat} (user nice system idle iowait
     * irq softirq steal; guest time is already in user); zeros where there is no such file.
     */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long[] t = Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(t).sum();
            long idle = t[3] + (t.length > 4 ? t[4] : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
