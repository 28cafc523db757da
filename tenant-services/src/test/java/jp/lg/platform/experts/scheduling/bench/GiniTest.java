package jp.lg.platform.experts.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiniTest {

    @Test
    void isZeroWhenEveryTownIsServedAlike() {
        assertThat(Gini.of(0.5, 0.5, 0.5)).isZero();
        assertThat(Gini.of()).isZero();
        assertThat(Gini.of(0, 0)).isZero();
    }

    @Test
    void matchesTheTextbookValuesOfKnownVectors() {
        assertThat(Gini.of(1, 2, 3, 4)).isCloseTo(0.25, within(1e-12));
        assertThat(Gini.of(0, 0, 0, 1)).as("one of four holds everything: (n - 1) / n").isCloseTo(0.75, within(1e-12));
        assertThat(Gini.of(1, 0.5)).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void doesNotDependOnOrder() {
        assertThat(Gini.of(4, 1, 3, 2)).isEqualTo(Gini.of(1, 2, 3, 4));
    }

    @Test
    void rejectsNegativeValues() {
        assertThatThrownBy(() -> Gini.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
