package jp.lg.platform.experts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One recurring window of a week in which an expert can visit, Asia/Tokyo wall-clock time. */
public record WeeklySlot(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {

    @AssertTrue(message = "end must be after start")
    boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }
}
