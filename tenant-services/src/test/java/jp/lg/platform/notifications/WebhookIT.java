package jp.lg.platform.notifications;

import static jp.lg.platform.notifications.NotificationFixtures.awaitInbox;
import static jp.lg.platform.notifications.NotificationFixtures.items;
import static jp.lg.platform.notifications.NotificationFixtures.userId;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.events.notifications.NotificationRequested;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhooks end to end against a real HTTP receiver that checks the Standard Webhooks signature. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebhookIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension(
            ConfigOverride.config("notifications.webhooks.firstRetry", "300ms"),
            ConfigOverride.config("notifications.webhooks.maxRetry", "1s"),
            ConfigOverride.config("notifications.webhooks.disableAfter", "3"),
            ConfigOverride.config("notifications.webhooks.pollInterval", "100ms"),
            // the receiver listens on 127.0.0.1; WebhookTargetsTest covers the refusal of internal addresses
            ConfigOverride.config("notifications.webhooks.allowPrivateAddresses", "true"));

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theTownsReceiverVerifiesEverySignatureAndSeesTheRetriesOfOneDelivery() throws Exception {
        String ozu = Tokens.forUser("ozu.staff");
        String ozuId = userId(APP, ozu);
        try (WebhookReceiver receiver = new WebhookReceiver(2)) {
            JsonNode webhook = created(call(APP, WEBHOOKS, ozu).post(Entity.json(Map.of("url", receiver.url(),
                    "description", "大洲市公式サイト"))));
            receiver.secret(webhook.get("secret").asText());
            assertThat(webhook.get("secret").asText()).startsWith("whsec_");
            assertThat(ok(call(APP, WEBHOOKS, ozu).get()).get(0).has("secret")).isFalse();

            NotificationFixtures.publish(NotificationTopics.REQUESTED, ozuId, requested(ozuId, "382078", "ANNOUNCEMENT", "防災訓練のお知らせ"));
            NotificationFixtures.publish(NotificationTopics.REQUESTED, ozuId, requested(ozuId, "382078", "MESSAGE", "個人あての雑談"));

            List<WebhookReceiver.Received> received = await(receiver, r -> r.stream().anyMatch(x -> x.answered() == 200));
            assertThat(received).hasSize(3);
            assertThat(received).extracting(WebhookReceiver.Received::answered).containsExactly(503, 503, 200);
            assertThat(received).allSatisfy(r -> assertThat(r.signatureValid()).as("signature of %s", r).isTrue());
            assertThat(received).extracting(WebhookReceiver.Received::id).containsOnly(received.get(0).id());
            JsonNode payload = Json.read(received.get(0).body());
            assertThat(payload.get("type").asText()).isEqualTo("notification.announcement");
            assertThat(payload.at("/data/body").asText()).isEqualTo("防災訓練のお知らせ");
            assertThat(received).noneMatch(r -> r.body().contains("個人あての雑談"));

            JsonNode log = ok(call(APP, WEBHOOKS + "/" + webhook.get("id").asText() + "/deliveries", ozu).get());
            JsonNode delivery = log.get("items").get(0);
            assertThat(delivery.get("id").asText()).isEqualTo(received.get(0).id());
            assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(200);
            assertThat(call(APP, WEBHOOKS + "/" + webhook.get("id").asText(), ozu).delete().getStatus()).isEqualTo(204);
        }
    }

    @Test
    void aWebhookThatKeepsFailingIsSwitchedOffAndTheTownIsTold() throws Exception {
        String iyo = Tokens.forUser("iyo.staff");
        String iyoId = userId(APP, iyo);
        try (WebhookReceiver receiver = new WebhookReceiver(Integer.MAX_VALUE)) {
            JsonNode webhook = created(call(APP, WEBHOOKS, iyo).post(Entity.json(Map.of("url", receiver.url()))));
            receiver.secret(webhook.get("secret").asText());

            NotificationFixtures.publish(NotificationTopics.REQUESTED, iyoId, requested(iyoId, "382108", "ALERT", "大雨警報"));

            await(receiver, r -> r.size() >= 3);
            JsonNode off = awaitWebhook(iyo, webhook.get("id").asText(), w -> !w.get("active").asBoolean());
            assertThat(off.get("disabledReason").asText()).contains("3 failed attempts", "HTTP 503");
            JsonNode inbox = awaitInbox(APP, iyo, "?limit=50", page -> items(page).stream()
                    .anyMatch(n -> n.get("category").asText().equals("WEBHOOK_DISABLED")));
            assertThat(items(inbox).stream().filter(n -> n.get("category").asText().equals("WEBHOOK_DISABLED")).findFirst()
                    .orElseThrow().get("titleJa").asText()).contains("Webhookを停止しました", receiver.url());
            Thread.sleep(1500);
            assertThat(receiver.received()).hasSize(3);
            assertThat(call(APP, WEBHOOKS + "/" + webhook.get("id").asText(), iyo).delete().getStatus()).isEqualTo(204);
        }
    }

    @Test
    void badInputIsNamedAndAnotherTownsWebhookDoesNotExist() {
        String saijo = Tokens.forUser("saijo.staff");
        JsonNode bad = problem(call(APP, WEBHOOKS, saijo).post(Entity.json(Map.of("url", "ftp://example.jp/x",
                "description", "あ".repeat(201)))), 400, "validation-failed");
        assertThat(StreamSupport.stream(bad.get("errors").spliterator(), false).map(e -> e.get("field").asText()))
                .containsExactlyInAnyOrder("url", "description");
        problem(call(APP, WEBHOOKS, saijo).post(Entity.json(Map.of())), 400, "validation-failed");
        String id = created(call(APP, WEBHOOKS, saijo).post(Entity.json(Map.of("url", "https://hooks.example.jp/saijo"))))
                .get("id").asText();

        String uwajima = Tokens.forUser("uwajima.staff");
        problem(call(APP, WEBHOOKS + "/" + id + "/deliveries", uwajima).get(), 404, "not-found");
        problem(call(APP, WEBHOOKS + "/" + id, uwajima).delete(), 404, "not-found");
        assertThat(ok(call(APP, WEBHOOKS, uwajima).get()).findValuesAsText("id")).doesNotContain(id);
        problem(call(APP, WEBHOOKS, Tokens.forUser("saijo.analyst")).get(), 403, "forbidden");

        assertThat(call(APP, WEBHOOKS + "/" + id, saijo).delete().getStatus()).isEqualTo(204);
        problem(call(APP, WEBHOOKS + "/" + id + "/deliveries", saijo).get(), 404, "not-found");
    }

    private static NotificationRequested requested(String userId, String tenant, String category, String body) {
        return NotificationRequested.newBuilder()
                .setMeta(RouterEvents.meta(tenant, "system", Instant.now()))
                .setNotificationId(UUID.randomUUID()).setRecipientUserId(userId).setRecipientTenantCode(tenant)
                .setCategory(category).setPriority("ALERT".equals(category) ? "CRITICAL" : "NORMAL")
                .setTitleJa("テスト").setTitleEn("Test").setBody(body).setDigest("NONE").setEmail(false).build();
    }

    private static List<WebhookReceiver.Received> await(WebhookReceiver receiver,
            java.util.function.Predicate<List<WebhookReceiver.Received>> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (until.test(receiver.received())) {
                return receiver.received();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the receiver saw only " + receiver.received());
    }

    private static JsonNode awaitWebhook(String token, String id, java.util.function.Predicate<JsonNode> until)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode webhook : ok(call(APP, WEBHOOKS, token).get())) {
                if (webhook.get("id").asText().equals(id) && until.test(webhook)) {
                    return webhook;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("webhook " + id + " never became as expected");
    }
}
