package jp.lg.platform.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void writesTheReiwaYearWithTheFirstYearAsGannen() {
        assertThat(JapaneseDates.of(LocalDate.of(2031, 4, 1))).isEqualTo("令和13年4月1日");
        assertThat(JapaneseDates.of(LocalDate.of(2027, 1, 29))).isEqualTo("令和9年1月29日");
        assertThat(JapaneseDates.of(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
    }
}
