package jp.lg.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailScheduleTest {

    /** 2030-06-03 10:20 JST. */
    private static final Instant MORNING = Instant.parse("2030-06-03T01:20:00Z");

    @Test
    void withoutDigestTheMailIsDueAtOnce() {
        assertThat(EmailSchedule.due(Digest.NONE, MORNING)).isEqualTo(MORNING);
    }

    @Test
    void anHourlyDigestIsDueAtTheNextFullHourAndAtOnceOnTheHour() {
        assertThat(EmailSchedule.due(Digest.HOURLY, MORNING)).isEqualTo(Instant.parse("2030-06-03T02:00:00Z"));
        assertThat(EmailSchedule.due(Digest.HOURLY, Instant.parse("2030-06-03T02:00:00Z")))
                .isEqualTo(Instant.parse("2030-06-03T02:00:00Z"));
    }

    @Test
    void aDailyDigestIsDueAtEightInTheMorningTokyoTime() {
        assertThat(EmailSchedule.due(Digest.DAILY, MORNING)).isEqualTo(Instant.parse("2030-06-03T23:00:00Z"));
        assertThat(EmailSchedule.due(Digest.DAILY, Instant.parse("2030-06-02T20:00:00Z")))
                .as("05:00 JST: the same morning").isEqualTo(Instant.parse("2030-06-02T23:00:00Z"));
    }
}
