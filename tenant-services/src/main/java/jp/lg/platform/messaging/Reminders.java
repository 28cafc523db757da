package jp.lg.platform.messaging;

import java.time.Duration;
import java.time.Instant;

/**
 * When a town that has not responded is reminded: a day before the deadline, or halfway to it
 * when the deadline is less than two days after posting.
 */
final class Reminders {

    static final Duration BEFORE_DEADLINE = Duration.ofHours(24);

    private Reminders() {}

    static Instant remindAt(Instant posted, Instant deadline) {
        Duration total = Duration.between(posted, deadline);
        return total.compareTo(BEFORE_DEADLINE.multipliedBy(2)) >= 0 ? deadline.minus(BEFORE_DEADLINE)
                : posted.plus(total.dividedBy(2));
    }
}
