package jp.lg.platform.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void countsTheCpuTimeOfAProcessAndTheShareOfTheMachineThatWasBusy() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CpuMeter meter = new CpuMeter(ProcessHandle.current());
        CpuMeter.Reading before = meter.read();
        long threadStart = threads.getCurrentThreadCpuTime();
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        // spin until this thread has had 200 ms of CPU, however crowded the machine is
        while (threads.getCurrentThreadCpuTime() - threadStart < Duration.ofMillis(200).toNanos()
                && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        long spun = threads.getCurrentThreadCpuTime() - threadStart;
        CpuMeter.Usage used = CpuMeter.between(before, meter.read());

        assertThat(spun).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
        // the process's time comes in clock ticks (10 ms): allow one tick less than this thread alone spun
        assertThat(used.appCpu()).as("the process includes the spinning thread")
                .isGreaterThanOrEqualTo(Duration.ofNanos(spun).minusMillis(10));
        assertThat(used.appCores()).isPositive();
        assertThat(used.benchCores()).as("the same process, read a moment later (ticks of 10 ms)")
                .isCloseTo(used.appCores(), within(0.1));
        assertThat(used.postgresCores()).isNotNegative();
        assertThat(used.machineBusy()).as("a share of all cores' ticks").isPositive().isLessThanOrEqualTo(1.0);
        assertThat(used.appMillisEach(10)).isEqualTo(used.appCpu().toNanos() / 1e6 / 10);
        assertThat(used.appMillisEach(0)).isNaN();
    }
}
