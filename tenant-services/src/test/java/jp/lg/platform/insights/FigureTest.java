package jp.lg.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void theMedianOfTwoTownsIsThatOfAllTheirVisitsNotTheMedianOfMedians() {
        Figure a = new Figure(0, 0, 0, new TreeMap<>(Map.of(1, 3L)));
        Figure b = new Figure(0, 0, 0, new TreeMap<>(Map.of(10, 1L, 20, 1L, 30, 1L, 40, 1L)));

        Figure both = a.plus(b);

        assertThat(both.observations(Metric.Kind.MEDIAN)).isEqualTo(7);
        assertThat(both.value(Metric.Kind.MEDIAN)).isEqualByComparingTo("10");
        assertThat(both.value(Metric.Kind.P90)).isEqualByComparingTo("40");
    }

    @Test
    void aShareIsAPercentOfTheSummedNumeratorAndDenominatorAndNoneOfNothing() {
        Figure share = new Figure(0, 1, 3, new TreeMap<>()).plus(new Figure(0, 1, 3, new TreeMap<>()));

        assertThat(share.value(Metric.Kind.SHARE)).isEqualTo(new BigDecimal("33.3"));
        assertThat(Figure.NONE.value(Metric.Kind.SHARE)).isNull();
        assertThat(Figure.NONE.value(Metric.Kind.MEDIAN)).isNull();
        assertThat(Figure.NONE.value(Metric.Kind.COUNT)).isEqualByComparingTo("0");
    }
}
