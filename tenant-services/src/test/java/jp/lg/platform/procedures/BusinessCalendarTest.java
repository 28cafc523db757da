package jp.lg.platform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final JapaneseHolidays HOLIDAYS = new JapaneseHolidays();
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(HOLIDAYS);

    @Test
    void knowsTheHolidaysOf2026IncludingEquinoxesSubstituteAndSandwichedDays() {
        assertThat(HOLIDAYS.holidaysOf(2026)).containsExactlyInAnyOrder(
                d("2026-01-01"), d("2026-01-12"), d("2026-02-11"), d("2026-02-23"), d("2026-03-20"), d("2026-04-29"),
                d("2026-05-03"), d("2026-05-04"), d("2026-05-05"), d("2026-05-06"), d("2026-07-20"), d("2026-08-11"),
                d("2026-09-21"), d("2026-09-22"), d("2026-09-23"), d("2026-10-12"), d("2026-11-03"), d("2026-11-23"));
    }

    @Test
    void aSundayHolidayMovesToTheNextWorkingDay() {
        assertThat(HOLIDAYS.isHoliday(d("2025-02-24"))).as("天皇誕生日 2025-02-23 was a Sunday").isTrue();
        assertThat(HOLIDAYS.isHoliday(d("2025-12-23"))).isFalse();
    }

    @Test
    void theSilverWeekOf2026IsSkipped() {
        assertThat(CALENDAR.dueOn(tokyo("2026-09-18T16:00"), 2)).isEqualTo(d("2026-09-25"));
    }

    @Test
    void theYearEndAndNewYearHolidaysAreSkipped() {
        assertThat(CALENDAR.isBusinessDay(d("2026-12-28"))).isTrue();
        assertThat(CALENDAR.isBusinessDay(d("2026-12-29"))).isFalse();
        assertThat(CALENDAR.isBusinessDay(d("2027-01-04"))).isTrue();
        assertThat(CALENDAR.dueOn(tokyo("2026-12-25T10:00"), 3)).isEqualTo(d("2027-01-05"));
        assertThat(CALENDAR.dueOn(tokyo("2027-01-08T10:00"), 1)).as("成人の日 2027-01-11").isEqualTo(d("2027-01-12"));
    }

    @Test
    void theDayOfEntryIsTheTokyoDayAndDoesNotCount() {
        Instant lateMondayUtcSundayEvening = Instant.parse("2026-06-14T16:30:00Z");
        assertThat(CALENDAR.dueOn(lateMondayUtcSundayEvening, 1)).isEqualTo(d("2026-06-16"));
        assertThat(CALENDAR.dueOn(lateMondayUtcSundayEvening, 0)).isEqualTo(d("2026-06-15"));
    }

    @Test
    void aStageIsOverdueOnlyAfterItsDueDayHasEndedInTokyo() {
        assertThat(BusinessCalendar.overdue(d("2026-06-16"), tokyo("2026-06-16T23:59"))).isFalse();
        assertThat(BusinessCalendar.overdue(d("2026-06-16"), tokyo("2026-06-17T00:00"))).isTrue();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant tokyo(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), BusinessCalendar.TOKYO).toInstant();
    }
}
