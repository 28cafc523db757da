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
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end with messaging: the coordinator posts an alert in a town's vertical channel through
 * the messaging API; the router notifies the town; its deliveries are seen by those who can see
 * the message, and by nobody else.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MessageDeliveriesIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String CHANNEL = "【愛媛県・久万高原町】市町訪問";

    @Test
    void anAlertsDeliveriesShowEachRecipientsChannelsToThoseWhoSeeTheMessageOnly() throws InterruptedException {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String kumakogen = Tokens.forUser("kumakogen.staff");
        userId(APP, coordinator);
        String kumakogenId = userId(APP, kumakogen);
        String channel = channelNamed(kumakogen, CHANNEL);
        awaitRoutedPost(coordinator, kumakogen, channel);

        String alert = created(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator)
                .post(Entity.json(Map.of("kind", "ALERT", "text", "@all 【緊急】土砂災害警戒情報が発表されました。")))).get("id").asText();

        JsonNode inbox = awaitInbox(APP, kumakogen, "?limit=50", page -> items(page).stream()
                .anyMatch(n -> alert.equals(n.path("messageId").asText())));
        JsonNode notification = items(inbox).stream().filter(n -> alert.equals(n.path("messageId").asText())).findFirst().orElseThrow();
        assertThat(notification.get("category").asText()).isEqualTo("ALERT");
        assertThat(notification.get("priority").asText()).isEqualTo("CRITICAL");

        JsonNode deliveries = ok(call(APP, "/api/v1/messages/" + alert + "/deliveries", coordinator).get());
        JsonNode mine = null;
        for (JsonNode recipient : deliveries.get("recipients")) {
            if (recipient.get("userId").asText().equals(kumakogenId)) {
                mine = recipient;
            }
        }
        assertThat(mine).as("kumakogen.staff among %s", deliveries).isNotNull();
        assertThat(mine.get("tenantCode").asText()).isEqualTo("383864");
        assertThat(mine.at("/channels/0/channel").asText()).isEqualTo("INBOX");
        assertThat(mine.at("/channels/0/delivered").asBoolean()).isTrue();
        assertThat(mine.at("/channels/1/reason").asText()).startsWith("not connected");
        assertThat(mine.at("/channels/2/reason").asText()).contains("not configured");
        assertThat(ok(call(APP, "/api/v1/messages/" + alert + "/deliveries", kumakogen).get()).get("recipients").size())
                .isEqualTo(deliveries.get("recipients").size());

        problem(call(APP, "/api/v1/messages/" + alert + "/deliveries", Tokens.forUser("saijo.staff")).get(), 404, "not-found");
        problem(call(APP, "/api/v1/messages/not-a-message/deliveries", coordinator).get(), 404, "not-found");
    }

    /** This class runs with the default configuration: webhooks may not point into private networks. */
    @Test
    void aWebhookIntoThePlatformsOwnNetworkIsRefusedAndNothingIsRegistered() {
        String saijo = Tokens.forUser("saijo.staff");
        for (String url : List.of("http://127.0.0.1:8080/admin", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/hook")) {
            JsonNode refused = problem(call(APP, "/api/v1/webhooks", saijo).post(Entity.json(Map.of("url", url))),
                    400, "validation-failed");
            assertThat(refused.at("/errors/0/field").asText()).isEqualTo("url");
            assertThat(refused.at("/errors/0/message").asText()).contains("internal address");
        }
        assertThat(ok(call(APP, "/api/v1/webhooks", saijo).get()).toString()).doesNotContain("127.0.0.1", "169.254", "10.0.0.5");
    }

    /** Posts through the API until the town hears of one: the router knows the channel and its people then. */
    private static void awaitRoutedPost(String author, String reader, String channel) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", author)
                    .post(Entity.json(Map.of("text", "接続確認")))).get("id").asText();
            Instant next = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(next)) {
                if (items(ok(call(APP, "/api/v1/notifications?limit=50", reader).get())).stream()
                        .anyMatch(n -> id.equals(n.path("messageId").asText()))) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the router never routed a post in " + channel);
    }

    private static String channelNamed(String token, String name) {
        for (JsonNode channel : ok(call(APP, "/api/v1/channels?limit=500", token).get()).get("items")) {
            if (channel.get("name").asText().equals(name)) {
                return channel.get("id").asText();
            }
        }
        throw new AssertionError("no channel " + name);
    }
}
