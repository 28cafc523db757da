package jp.lg.platform.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void thirtyFirstOfMarchBelongsToTheYearBeforeAndFirstOfAprilStartsTheNext() {
        assertThat(FiscalYear.containing(LocalDate.of(2027, 3, 31))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2027, 4, 1))).isEqualTo(FiscalYear.of(2027));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 12, 31))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 1, 15))).isEqualTo(FiscalYear.of(2025));
    }

    @Test
    void placesInstantsByTheirDateInTokyo() {
        assertThat(FiscalYear.containing(Instant.parse("2027-03-31T14:59:59Z"))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(Instant.parse("2027-03-31T15:00:00Z"))).isEqualTo(FiscalYear.of(2027));
    }

    @Test
    void runsFromAprilToMarchAndResetsAtMidnightInTokyo() {
        FiscalYear fy2026 = FiscalYear.of(2026);

        assertThat(fy2026.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fy2026.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(fy2026.end()).isEqualTo(Instant.parse("2027-03-31T15:00:00Z"));
        assertThat(fy2026.contains(Instant.parse("2027-03-31T14:59:59Z"))).isTrue();
        assertThat(fy2026.contains(fy2026.end())).isFalse();
    }

    @Test
    void isNamedInTheReiwaEraForJapaneseUsers() {
        assertThat(FiscalYear.of(2026).japaneseName()).isEqualTo("令和8年度");
        assertThat(FiscalYear.of(2019).japaneseName()).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2018).japaneseName()).isEqualTo("平成30年度");
        assertThat(FiscalYear.of(2026)).hasToString("FY2026");
    }

    @Test
    void refusesYearsOutsideAnyPlausibleRange() {
        assertThatThrownBy(() -> FiscalYear.of(26)).hasMessageContaining("out of range");
    }
}
