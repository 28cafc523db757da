package jp.lg.platform.notifications;

import static jp.lg.platform.notifications.NotificationFixtures.awaitInbox;
import static jp.lg.platform.notifications.NotificationFixtures.awaitRouting;
import static jp.lg.platform.notifications.NotificationFixtures.channel;
import static jp.lg.platform.notifications.NotificationFixtures.items;
import static jp.lg.platform.notifications.NotificationFixtures.post;
import static jp.lg.platform.notifications.NotificationFixtures.userId;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The live stream (SSE) end to end, with real tokens: resuming, quiet hours, alerts. */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationStreamIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String EHIME = "380008";
    private static final String IMABARI = "382027";
    private static final String MATSUYAMA = "382019";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Quiet time the quiet-hours test needs left once the router applies them: two posts, the alert routed. */
    private static final Duration MARGIN = Duration.ofSeconds(25);

    @Test
    void aClientThatDisconnectsAndResumesWithLastEventIdMissesNothingAndGetsNothingTwice() throws Exception {
        String imabari = Tokens.forUser("imabari.staff");
        userId(APP, imabari);
        String coordinatorId = userId(APP, Tokens.forUser("ehime.coordinator"));
        UUID channel = channel("【愛媛県・今治市】市町訪問", List.of(EHIME, IMABARI), List.of());
        awaitRouting(APP, channel, EHIME, coordinatorId, imabari);
        List<SseClient.Event> received = new ArrayList<>();

        try (SseClient first = SseClient.open(APP.getLocalPort(), imabari, null)) {
            post(channel, EHIME, coordinatorId, "TEXT", "M1");
            post(channel, EHIME, coordinatorId, "TEXT", "M2");
            received.addAll(first.await(events -> SseClient.bodies(events).contains("M2"), WAIT));
        }
        long lastEventId = received.get(received.size() - 1).id();
        for (String text : List.of("M3", "M4", "M5")) {
            post(channel, EHIME, coordinatorId, "TEXT", text);
        }
        awaitInbox(APP, imabari, "?limit=200", inbox -> NotificationFixtures.bodies(inbox).contains("M5"));

        try (SseClient resumed = SseClient.open(APP.getLocalPort(), imabari, lastEventId)) {
            resumed.await(events -> SseClient.bodies(events).contains("M5"), WAIT);
            post(channel, EHIME, coordinatorId, "TEXT", "M6");
            received.addAll(resumed.await(events -> SseClient.bodies(events).contains("M6"), WAIT));
        }

        assertThat(SseClient.bodies(received)).containsExactly("M1", "M2", "M3", "M4", "M5", "M6");
        assertThat(received).extracting(SseClient.Event::id).isSorted().doesNotHaveDuplicates();
        assertThat(received).allSatisfy(e -> assertThat(e.name()).isEqualTo("notification"));
        assertThat(streamedAtIsSet(received.get(0).data().get("id").asText())).isTrue();
    }

    @Test
    void streamsOfPeopleOfSeveralTownsWokenTogetherEachGetTheirOwnAndAPersonsSecondStreamGetsItToo() throws Exception {
        String imabari = Tokens.forUser("imabari.staff");
        String matsuyama = Tokens.forUser("matsuyama.staff");
        String imabariId = userId(APP, imabari);
        String matsuyamaId = userId(APP, matsuyama);
        String coordinatorId = userId(APP, Tokens.forUser("ehime.coordinator"));
        UUID channel = channel("愛媛県 横連携 " + UUID.randomUUID(), List.of(EHIME, IMABARI, MATSUYAMA), List.of());
        awaitRouting(APP, channel, EHIME, coordinatorId, imabari);
        awaitRouting(APP, channel, EHIME, coordinatorId, matsuyama);

        try (SseClient first = SseClient.open(APP.getLocalPort(), imabari, null);
                SseClient second = SseClient.open(APP.getLocalPort(), imabari, null);
                SseClient other = SseClient.open(APP.getLocalPort(), matsuyama, null)) {
            post(channel, EHIME, coordinatorId, "TEXT", "全市町へ: 研修のご案内");

            for (SseClient stream : List.of(first, second, other)) {
                List<SseClient.Event> got = stream.await(events -> SseClient.bodies(events).contains("全市町へ: 研修のご案内"), WAIT);
                assertThat(SseClient.bodies(got)).containsOnlyOnce("全市町へ: 研修のご案内");
            }
            String mine = idOf(first, "全市町へ: 研修のご案内");
            assertThat(idOf(second, "全市町へ: 研修のご案内")).isEqualTo(mine);
            String theirs = idOf(other, "全市町へ: 研修のご案内");
            assertThat(theirs).isNotEqualTo(mine);
            assertThat(recipientOf(mine)).isEqualTo(imabariId);
            assertThat(recipientOf(theirs)).isEqualTo(matsuyamaId);
            awaitStreamedAt(mine);
            awaitStreamedAt(theirs);
        }
    }

    @Test
    void quietHoursHoldBackANormalMessageUntilTheyEndAndLetAnAlertThrough() throws Exception {
        String matsuyama = Tokens.forUser("matsuyama.staff");
        String coordinatorId = userId(APP, Tokens.forUser("ehime.coordinator"));
        userId(APP, matsuyama);
        UUID channel = channel("【愛媛県・松山市】市町訪問", List.of(EHIME, MATSUYAMA), List.of());
        awaitRouting(APP, channel, EHIME, coordinatorId, matsuyama);
        LocalTime end = quietUntilSoon(channel, coordinatorId, matsuyama);

        try (SseClient stream = SseClient.open(APP.getLocalPort(), matsuyama, null)) {
            post(channel, EHIME, coordinatorId, "TEXT", "夜間の通常連絡");
            post(channel, EHIME, coordinatorId, "ALERT", "避難指示が発令されました");

            List<SseClient.Event> first = stream.await(events -> SseClient.bodies(events).contains("避難指示が発令されました"), WAIT);
            assertThat(SseClient.bodies(first)).doesNotContain("夜間の通常連絡");
            assertThat(first.get(first.size() - 1).data().get("priority").asText()).isEqualTo("CRITICAL");
            var held = items(awaitInbox(APP, matsuyama, "?limit=200",
                    inbox -> NotificationFixtures.bodies(inbox).contains("夜間の通常連絡"))).stream()
                    .filter(n -> n.get("body").asText().equals("夜間の通常連絡")).findFirst().orElseThrow();
            assertThat(held.get("pushAfter").asText()).endsWith(end.format(DateTimeFormatter.ofPattern("HH:mm")) + ":00+09:00");

            List<SseClient.Event> later = stream.await(events -> SseClient.bodies(events).contains("夜間の通常連絡"),
                    Duration.ofMinutes(4));
            assertThat(SseClient.bodies(later)).endsWith("夜間の通常連絡");
        }
    }

    @Test
    void aLastEventIdThatIsNoPositionIsAProblem() {
        JsonNode bad = problem(stream().header("Authorization", "Bearer " + Tokens.forUser("imabari.staff"))
                .header("Last-Event-ID", "yesterday").get(), 400, "validation-failed");
        assertThat(bad.at("/errors/0/field").asText()).isEqualTo("Last-Event-ID");
        problem(stream().get(), 401, "unauthorized");
    }

    private static jakarta.ws.rs.client.Invocation.Builder stream() {
        return APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + "/api/v1/notifications/stream")
                .request("text/event-stream");
    }

    /**
     * Sets quiet hours that began an hour ago and end on a minute 50–110 s away, and posts probes
     * until one reaches the inbox held back (the router has the preferences). If that took so long
     * that less than {@link #MARGIN} of the quiet period is left for the test, it starts over with a
     * later end. Returns the end.
     */
    private static LocalTime quietUntilSoon(UUID channel, String authorId, String token) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("HH:mm");
        while (Instant.now().isBefore(deadline)) {
            ZonedDateTime now = ZonedDateTime.now(QuietHours.TOKYO);
            ZonedDateTime end = now.plusSeconds(50).plusMinutes(1).withSecond(0).withNano(0);
            ok(call(APP, "/api/v1/notifications/preferences", token).put(Entity.json(
                    "{\"defaultLevel\": \"ALL\", \"digest\": \"NONE\", \"email\": true, \"quietHours\": {\"start\": \""
                            + now.minusHours(1).format(minutes) + "\", \"end\": \"" + end.format(minutes) + "\"}}")));
            Instant lastUseful = end.toInstant().minus(MARGIN);
            while (Instant.now().isBefore(lastUseful)) {
                String probe = post(channel, EHIME, authorId, "TEXT", "probe " + UUID.randomUUID()).getText();
                try {
                    awaitInbox(APP, token, "?limit=200", inbox -> items(inbox).stream().anyMatch(n ->
                            n.get("body").asText().equals(probe) && !n.get("pushAfter").isNull()), Duration.ofSeconds(5));
                } catch (AssertionError notYet) {
                    continue; // the router had not seen the preferences yet; try another probe
                }
                if (Instant.now().isBefore(lastUseful)) {
                    return end.toLocalTime();
                }
            }
        }
        throw new AssertionError("quiet hours never applied");
    }

    /** The notification id of the event with {@code body} (probes of the router may have come before it). */
    private static String idOf(SseClient stream, String body) {
        return stream.events().stream().filter(e -> e.data().get("body").asText().equals(body)).findFirst()
                .orElseThrow().data().get("id").asText();
    }

    private static String recipientOf(String id) {
        return NotificationFixtures.acrossTenants(h -> h.createQuery("select recipient_user_id from notifications where id = :id")
                .bind("id", UUID.fromString(id)).mapTo(String.class).one());
    }

    /** The time it was first streamed is recorded once every stream woken with it has sent it. */
    private static void awaitStreamedAt(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!streamedAtIsSet(id)) {
            assertThat(Instant.now()).as("streamed_at of " + id).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean streamedAtIsSet(String id) {
        return NotificationFixtures.acrossTenants(h -> h.createQuery(
                "select streamed_at is not null from notifications where id = :id")
                .bind("id", UUID.fromString(id)).mapTo(Boolean.class).one());
    }
}
