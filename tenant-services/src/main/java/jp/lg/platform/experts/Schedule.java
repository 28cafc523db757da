package jp.lg.platform.experts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.tenancy.LgCode;

/**
 * One solve of a collaboration's expert schedule (派遣計画) over a horizon ({@code from}–{@code to}, dates in
 * Asia/Tokyo, inclusive), owned by the collaboration's lead. {@code bestScore} is Timefold's score once
 * solving ended; {@code failure} says why it failed.
 */
public record Schedule(UUID id, LgCode lead, String collaborationCode, LocalDate from, LocalDate to,
        int timeLimitSeconds, ScheduleStatus status, Optional<String> bestScore, Optional<String> failure,
        String startedBy, Instant startedAt, Optional<Instant> finishedAt) {

    /** Whether a SOLVING row outlived its time limit by far: the instance that ran it stopped. */
    boolean abandoned(Instant now) {
        return status == ScheduleStatus.SOLVING
                && startedAt.plus(Duration.ofSeconds(timeLimitSeconds)).plus(ABANDON_GRACE).isBefore(now);
    }

    private static final Duration ABANDON_GRACE = Duration.ofMinutes(5);
}
