package jp.lg.platform.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredSamplesIsTheSampleAtThatRank() {
        double[] samples = new double[100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = 100 - i;
        }
        Percentiles p = new Percentiles(samples);

        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void oneSlowSampleInTenIsTheNinetyNinthPercentile() {
        Percentiles p = new Percentiles(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 40});

        assertThat(p.at(50)).isEqualTo(1);
        assertThat(p.at(99)).isEqualTo(40);
    }

    @Test
    void noSamplesGiveNaNRatherThanZero() {
        assertThat(new Percentiles(new double[0]).at(99)).isNaN();
    }
}
