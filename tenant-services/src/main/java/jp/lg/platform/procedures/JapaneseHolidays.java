package jp.lg.platform.procedures;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japanese public holidays (国民の祝日) of a year: jollyday's Japan calendar, with the rules of the
 * National Holidays Act that its data (2.19.0) does not carry applied on top: the Emperor's
 * Birthday on 23 February since 2020 (not 23 December), the vernal and autumnal equinox days (by
 * the standard astronomical approximation, valid 1980–2099), 振替休日 (a holiday on a Sunday moves
 * to the next day that is not a holiday) and 国民の休日 (a day between two holidays).
 * Thread-safe; each year is computed once.
 */
final class JapaneseHolidays {

    private final HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN));
    private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();

    boolean isHoliday(LocalDate day) {
        return years.computeIfAbsent(day.getYear(), this::holidaysOf).contains(day);
    }

    Set<LocalDate> holidaysOf(int year) {
        Set<LocalDate> statutory = new TreeSet<>();
        for (Holiday h : jollyday.getHolidays(Year.of(year))) {
            statutory.add(h.getDate());
        }
        if (year >= 2019) {
            statutory.remove(LocalDate.of(year, Month.DECEMBER, 23));
        }
        if (year >= 2020) {
            statutory.add(LocalDate.of(year, Month.FEBRUARY, 23));
        }
        if (year >= 1980 && year <= 2099) {
            statutory.add(LocalDate.of(year, Month.MARCH, equinoxDay(20.8431, year)));
            statutory.add(LocalDate.of(year, Month.SEPTEMBER, equinoxDay(23.2488, year)));
        }
        Set<LocalDate> all = new TreeSet<>(statutory);
        for (LocalDate day : statutory) {
            LocalDate next = day.plusDays(2);
            if (statutory.contains(next) && !statutory.contains(day.plusDays(1))
                    && day.plusDays(1).getDayOfWeek() != DayOfWeek.SUNDAY) {
                all.add(day.plusDays(1));
            }
        }
        for (LocalDate day : statutory) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (all.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                all.add(substitute);
            }
        }
        return Set.copyOf(all);
    }

    private static int equinoxDay(double base, int year) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
