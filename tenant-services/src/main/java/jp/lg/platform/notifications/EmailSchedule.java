package jp.lg.platform.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When a notification's e-mail is due: at once, at the next full hour (HOURLY) or at the next
 * 08:00 Asia/Tokyo (DAILY), never before the recipient's quiet hours end. Pure.
 */
final class EmailSchedule {

    /** The hour of the daily digest, Asia/Tokyo. */
    static final LocalTime DAILY_AT = LocalTime.of(8, 0);

    private EmailSchedule() {}

    static Instant due(Digest digest, Instant ready) {
        ZonedDateTime local = ready.atZone(QuietHours.TOKYO);
        return switch (digest) {
            case NONE -> ready;
            case HOURLY -> {
                ZonedDateTime hour = local.truncatedTo(ChronoUnit.HOURS);
                yield (hour.equals(local) ? hour : hour.plusHours(1)).toInstant();
            }
            case DAILY -> {
                ZonedDateTime today = local.truncatedTo(ChronoUnit.DAYS).with(DAILY_AT);
                yield (today.isBefore(local) ? today.plusDays(1) : today).toInstant();
            }
        };
    }
}
