package jp.lg.platform.experts.scheduling;

import java.time.LocalDateTime;

/** A half-open interval [{@code start}, {@code end}) of Asia/Tokyo wall-clock time. */
public record TimeWindow(LocalDateTime start, LocalDateTime end) {

    public TimeWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + " – " + end);
        }
    }

    /** Whether [{@code from}, {@code to}) lies entirely inside this window. */
    public boolean covers(LocalDateTime from, LocalDateTime to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }
}
