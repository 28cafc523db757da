package jp.lg.platform.procedures;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business days (開庁日) for service levels: not Saturday or Sunday, not a Japanese public holiday,
 * not 年末年始 (29 December to 3 January). Dates are Asia/Tokyo. Thread-safe.
 */
final class BusinessCalendar {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final JapaneseHolidays holidays;

    BusinessCalendar(JapaneseHolidays holidays) {
        this.holidays = holidays;
    }

    boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isYearEnd(day)
                && !holidays.isHoliday(day);
    }

    /**
     * The last day a stage entered at {@code entered} may take: the {@code businessDays}-th business
     * day after the day it was entered (that day itself does not count; 0 means the same day).
     */
    LocalDate dueOn(Instant entered, int businessDays) {
        LocalDate day = entered.atZone(TOKYO).toLocalDate();
        for (int counted = 0; counted < businessDays; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Overdue once the due day has passed in Tokyo. */
    static boolean overdue(LocalDate dueOn, Instant now) {
        return now.atZone(TOKYO).toLocalDate().isAfter(dueOn);
    }

    private static boolean isYearEnd(LocalDate day) {
        return (day.getMonthValue() == 12 && day.getDayOfMonth() >= 29) || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 3);
    }
}
