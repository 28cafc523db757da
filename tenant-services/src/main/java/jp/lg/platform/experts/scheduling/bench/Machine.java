package jp.lg.platform.experts.scheduling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run happened on, printed first and added to the JSON line. */
record Machine(int cpus, String java, double loadAtStart) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), load());
    }

    /** The 1-minute load average now, from {@code /proc/loadavg}; NaN where there is none. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    void addTo(BenchReport report) {
        report.figure("cpus", cpus, 0).text("java", java).figure("load_1m_at_start", loadAtStart, 2)
                .figure("load_1m_at_end", load(), 2);
    }

    @Override
    public String toString() {
        return String.format("%d CPUs, %s, load %.2f", cpus, java, loadAtStart);
    }
}
