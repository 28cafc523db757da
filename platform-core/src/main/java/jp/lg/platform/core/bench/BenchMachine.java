package jp.lg.platform.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run happened on, printed with the table and added to the JSON line. */
public record BenchMachine(int cpus, long memoryMb, String java, double loadAtStart) {

    public static BenchMachine describe() {
        return new BenchMachine(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), load());
    }

    /** The 1-minute load average now, from {@code /proc/loadavg}; NaN where there is none. */
    public static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long totalMemoryMb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Adds cpus, memory, java and the load at start and now. */
    public void addTo(BenchReport report) {
        report.figure("cpus", cpus, 0).figure("memory_mb", memoryMb, 0).text("java", java)
                .figure("load_1m_at_start", loadAtStart, 2).figure("load_1m_at_end", load(), 2);
    }

    @Override
    public String toString() {
        return String.format("%d CPUs, %,d MB RAM, %s, load %.2f", cpus, memoryMb, java, loadAtStart);
    }
}
