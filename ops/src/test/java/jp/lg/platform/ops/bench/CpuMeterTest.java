package jp.lg.platform.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void countsTheCpuTimeOfAProcessAndTheShareOfTheMachineThatWasBusy() {
        CpuMeter meter = new CpuMeter(ProcessHandle.current());
        CpuMeter.Reading before = meter.read();
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        long spins = 0;
        while (System.nanoTime() < until) {
            spins++;
        }
        CpuMeter.Usage used = CpuMeter.between(before, meter.read());

        assertThat(spins).isPositive();
        assertThat(used.appCpu()).as("this thread spun for 300 ms").isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(used.appCores()).isGreaterThan(0.4);
        assertThat(used.machineBusy()).as("at least one core of the machine was busy spinning").isGreaterThan(0.2)
                .isLessThanOrEqualTo(1.0);
        assertThat(used.appMillisEach(10)).isEqualTo(used.appCpu().toNanos() / 1e6 / 10);
        assertThat(used.appMillisEach(0)).isNaN();
    }
}
