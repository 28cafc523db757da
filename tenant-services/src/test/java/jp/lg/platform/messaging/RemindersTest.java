package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private static final Instant POSTED = Instant.parse("2030-06-01T00:00:00Z");

    @Test
    void aDayBeforeALongDeadline() {
        assertThat(Reminders.remindAt(POSTED, Instant.parse("2030-06-10T08:00:00Z")))
                .isEqualTo(Instant.parse("2030-06-09T08:00:00Z"));
    }

    @Test
    void halfwayToADeadlineLessThanTwoDaysAway() {
        assertThat(Reminders.remindAt(POSTED, Instant.parse("2030-06-01T10:00:00Z")))
                .isEqualTo(Instant.parse("2030-06-01T05:00:00Z"));
    }

    @Test
    void exactlyTwoDaysAwayIsRemindedADayBefore() {
        assertThat(Reminders.remindAt(POSTED, Instant.parse("2030-06-03T00:00:00Z")))
                .isEqualTo(Instant.parse("2030-06-02T00:00:00Z"));
    }
}
