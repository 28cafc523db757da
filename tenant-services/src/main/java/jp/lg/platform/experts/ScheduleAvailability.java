package jp.lg.platform.experts;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.lg.platform.experts.scheduling.TimeWindow;

/** An expert's {@link AvailabilityPattern} expanded into dated windows over a horizon (Asia/Tokyo). Pure. */
final class ScheduleAvailability {

    private ScheduleAvailability() {}

    /** The weekly slots of each date from {@code from} to {@code to} (inclusive) that no absence covers. */
    static Stream<TimeWindow> windows(AvailabilityPattern pattern, LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1))
                .filter(date -> pattern.absences().stream().noneMatch(a -> !date.isBefore(a.from()) && !date.isAfter(a.to())))
                .flatMap(date -> pattern.weekly().stream().filter(slot -> slot.day() == date.getDayOfWeek())
                        .map(slot -> new TimeWindow(date.atTime(slot.start()), date.atTime(slot.end()))));
    }
}
