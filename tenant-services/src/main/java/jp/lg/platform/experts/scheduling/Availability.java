package jp.lg.platform.experts.scheduling;

import java.time.LocalDateTime;

/**
 * One window in which an expert can visit, already expanded from the weekly pattern minus leave
 * (Asia/Tokyo). An expert has as many of these as the horizon needs.
 */
public record Availability(Expert expert, TimeWindow window) {

    public boolean covers(LocalDateTime from, LocalDateTime to) {
        return window.covers(from, to);
    }
}
