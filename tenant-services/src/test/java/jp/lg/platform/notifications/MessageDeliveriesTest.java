package jp.lg.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageDeliveriesTest {

    private static final Instant NOW = Instant.parse("2030-06-03T14:30:00Z");

    @Test
    void aStreamedAndMailedNotificationIsDeliveredEverywhereWithTheTimes() {
        List<MessageDeliveries.Channel> channels = MessageDeliveries.channelsOf(
                notification(7L, NOW.plusSeconds(1), null, "SENT", NOW.plusSeconds(5), "NONE"), NOW);

        assertThat(channels).extracting(MessageDeliveries.Channel::channel).containsExactly("INBOX", "STREAM", "EMAIL");
        assertThat(channels).allSatisfy(c -> assertThat(c.delivered()).isTrue());
        assertThat(channels.get(2).at()).hasToString("2030-06-03T23:30:05+09:00");
    }

    @Test
    void heldByQuietHoursSaysUntilWhenAndADigestSaysWhenItIsDue() {
        Instant morning = Instant.parse("2030-06-03T22:00:00Z");
        List<MessageDeliveries.Channel> channels = MessageDeliveries.channelsOf(
                notification(null, null, morning, "PENDING", Instant.parse("2030-06-03T23:00:00Z"), "DAILY"), NOW);

        assertThat(channels.get(1).delivered()).isFalse();
        assertThat(channels.get(1).reason()).startsWith("quiet hours until 2030-06-04T07:00+09:00");
        assertThat(channels.get(2).reason()).startsWith("scheduled for 2030-06-04T08:00+09:00 (daily digest)");
    }

    @Test
    void eachReasonForNoEmailIsNamedAndAnUnstreamedOneIsNotConnected() {
        assertThat(MessageDeliveries.channelsOf(notification(3L, null, null, "EMAIL_OFF", null, "NONE"), NOW))
                .extracting(MessageDeliveries.Channel::reason)
                .containsExactly(null, "not connected: not streamed yet, waiting in the inbox / 未接続",
                        "e-mail off in the recipient's preferences / 受信者の設定でメール通知オフ");
        assertThat(MessageDeliveries.channelsOf(notification(3L, null, null, "NO_ADDRESS", null, "NONE"), NOW).get(2).reason())
                .startsWith("no e-mail address");
        assertThat(MessageDeliveries.channelsOf(notification(3L, null, null, "NOT_CONFIGURED", null, "NONE"), NOW).get(2).reason())
                .startsWith("e-mail is not configured");
    }

    private static Notification notification(Long streamSeq, Instant streamedAt, Instant pushAfter, String emailStatus,
            Instant emailAt, String digest) {
        return new Notification(UUID.randomUUID(), 1, "382060", "u1", "ALERT", "CRITICAL", "t", "t", "b", null, null, null,
                null, NOW, NOW, pushAfter, null, streamSeq, streamedAt, emailStatus,
                "PENDING".equals(emailStatus) ? emailAt : null, "SENT".equals(emailStatus) ? emailAt : null, null, digest);
    }
}
