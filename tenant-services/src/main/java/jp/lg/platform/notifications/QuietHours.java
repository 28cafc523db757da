package jp.lg.platform.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A daily period (Asia/Tokyo wall clock) in which only alerts are pushed; {@code end} before
 * {@code start} means overnight (22:00–07:00). Equal ends mean no quiet period at all.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** When a push due at {@code at} may go out: empty if {@code at} is outside the quiet period, else its end. */
    public Optional<Instant> pushAfter(Instant at) {
        if (start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(TOKYO);
        LocalTime time = local.toLocalTime();
        boolean overnight = end.isBefore(start);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime endToday = local.with(end).withSecond(0).withNano(0);
        return Optional.of((endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant());
    }
}
