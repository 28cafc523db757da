package jp.lg.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Months and fiscal years (April to March): which months a period covers, where a month is counted. */
class PeriodsTest {

    @Test
    void aFiscalYearCoversAprilToTheNextMarchAndAMonthOnlyItself() {
        assertThat(Periods.firstMonthIn("FY2026")).isEqualTo("2026-04");
        assertThat(Periods.lastMonthIn("FY2026")).isEqualTo("2027-03");
        assertThat(Periods.firstMonthIn("2026-07")).isEqualTo("2026-07");
        assertThat(Periods.lastMonthIn("2026-07")).isEqualTo("2026-07");
    }

    @Test
    void aMonthIsCountedInItsFiscalYearWhenYearsAreAskedAndAsItselfOtherwise() {
        assertThat(Periods.countedIn("2027-03", "FY2024")).isEqualTo("FY2026");
        assertThat(Periods.countedIn("2026-04", "FY2024")).isEqualTo("FY2026");
        assertThat(Periods.countedIn("2026-03", "FY2024")).isEqualTo("FY2025");
        assertThat(Periods.countedIn("2026-03", "2024-04")).isEqualTo("2026-03");
    }
}
