package jp.lg.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import jp.lg.platform.events.notifications.NotificationRequested;
import jp.lg.platform.support.AppProcess;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The application is killed (SIGKILL) while notifications keep arriving, it is writing inboxes and
 * posting webhooks; the next
 * one finishes the work: every notification in the inbox once, every webhook delivery delivered,
 * and a stream resuming from the start gets each notification once, in order.
 */
class NotificationRestartIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String KAMIJIMA = "383562";
    private static final int COUNT = 300;
    /** The receiver listens on 127.0.0.1, so private addresses are allowed here. */
    private static final Map<String, String> SETTINGS = Map.of("notifications.webhooks.pollInterval", "100ms",
            "notifications.webhooks.allowPrivateAddresses", "true");

    @Test
    void killedMidDeliveryTheNextInstanceDeliversEverythingOnceAndLosesNothing() throws Exception {
        String token = Tokens.forUser("kamijima.staff");
        List<UUID> ids = new ArrayList<>();
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            AppProcess first = AppProcess.start(SETTINGS);
            String userId = get(first, "/api/v1/me", token).get("userId").asText();
            JsonNode webhook = Json.read(send(first, token, "POST", "/api/v1/webhooks",
                    "{\"url\": \"" + receiver.url() + "\"}", 201));
            receiver.secret(webhook.get("secret").asText());
            List<NotificationRequested> notifications = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                NotificationRequested n = NotificationRequested.newBuilder()
                        .setMeta(RouterEvents.meta(KAMIJIMA, "system", Instant.now()))
                        .setNotificationId(UUID.randomUUID()).setRecipientUserId(userId).setRecipientTenantCode(KAMIJIMA)
                        .setCategory("ANNOUNCEMENT").setPriority("NORMAL").setTitleJa("お知らせ " + i).setTitleEn("Notice " + i)
                        .setBody("本文 " + i).setDigest("NONE").setEmail(false).build();
                ids.add(n.getNotificationId());
                notifications.add(n);
            }
            // The notifications keep arriving for about 3 s; the first instance dies after the first 20
            // are in inboxes, while it is still writing them (a poll's inboxes are one transaction, so
            // "mid-delivery" is between polls and in the middle of the webhook posts).
            CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> {
                for (NotificationRequested n : notifications) {
                    NotificationFixtures.publish(NotificationTopics.REQUESTED, userId, n);
                    pause(Duration.ofMillis(10));
                }
            });
            awaitAtLeast(() -> rows(ids), 20, Duration.ofSeconds(60));
            first.kill();
            assertThat(rows(ids)).as("killed in the middle of writing inboxes").isLessThan(COUNT);
            arriving.get(60, TimeUnit.SECONDS);

            try (AppProcess second = AppProcess.start(SETTINGS)) {
                assertThat(awaitAtLeast(() -> rows(ids), COUNT, Duration.ofSeconds(120))).isEqualTo(COUNT);
                assertThat(awaitAtLeast(() -> delivered(ids), COUNT, Duration.ofSeconds(120))).isEqualTo(COUNT);
                Set<String> received = receiver.received().stream().map(WebhookReceiver.Received::id).collect(Collectors.toSet());
                assertThat(received).hasSize(COUNT);
                assertThat(receiver.received()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());

                try (SseClient stream = SseClient.open(port(second), token, 0L)) {
                    List<SseClient.Event> events = stream.await(e -> e.size() >= COUNT, Duration.ofSeconds(60));
                    Thread.sleep(500);
                    assertThat(stream.events()).hasSize(COUNT);
                    assertThat(events).extracting(e -> e.data().get("body").asText())
                            .containsExactlyElementsOf(java.util.stream.IntStream.range(0, COUNT).mapToObj(i -> "本文 " + i).toList());
                }
            }
        }
    }

    private static long rows(List<UUID> ids) {
        return NotificationFixtures.acrossTenants(h -> h.createQuery(
                        "select count(*) from notifications where id = any(:ids)")
                .bindArray("ids", UUID.class, ids).mapTo(Long.class).one());
    }

    private static long delivered(List<UUID> ids) {
        return NotificationFixtures.acrossTenants(h -> h.createQuery(
                        "select count(*) from webhook_deliveries where source_event_id = any(:ids) and status = 'DELIVERED'")
                .bindArray("ids", UUID.class, ids).mapTo(Long.class).one());
    }

    private static long awaitAtLeast(LongSupplier count, long expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long now = count.getAsLong();
        while (now < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            now = count.getAsLong();
        }
        return now;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int port(AppProcess app) {
        return URI.create(app.baseUrl()).getPort();
    }

    private static JsonNode get(AppProcess app, String path, String token) throws IOException, InterruptedException {
        return Json.read(send(app, token, "GET", path, null, 200));
    }

    private static String send(AppProcess app, String token, String method, String path, String body, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body();
    }
}
