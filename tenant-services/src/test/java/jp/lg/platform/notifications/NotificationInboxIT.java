package jp.lg.platform.notifications;

import static jp.lg.platform.notifications.NotificationFixtures.awaitInbox;
import static jp.lg.platform.notifications.NotificationFixtures.awaitRouting;
import static jp.lg.platform.notifications.NotificationFixtures.bodies;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.events.notifications.NotificationRequested;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The inbox end to end: contract events through the router and the inbox consumer to the API. */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationInboxIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String SAIJO = "382060";
    private static final String UWAJIMA = "382035";

    @Test
    void aPostReachesEveryMembersInboxButTheAuthorsNewestFirstAndReadingCountsDown() {
        String saijo = Tokens.forUser("saijo.staff");
        String uwajima = Tokens.forUser("uwajima.staff");
        userId(APP, saijo);
        String uwajimaId = userId(APP, uwajima);
        UUID channel = channel("【愛媛県・西条市・宇和島市】受信箱テスト", List.of(SAIJO, UWAJIMA), List.of());
        awaitRouting(APP, channel, UWAJIMA, uwajimaId, saijo);
        long unread = ok(call(APP, "/api/v1/notifications", saijo).get()).get("unreadCount").asLong();

        for (String text : List.of("一件目", "二件目", "三件目")) {
            post(channel, UWAJIMA, uwajimaId, "TEXT", text);
        }

        JsonNode first = awaitInbox(APP, saijo, "?limit=2", inbox -> bodies(inbox).equals(List.of("三件目", "二件目")));
        assertThat(first.get("unreadCount").asLong()).isGreaterThanOrEqualTo(unread + 3);
        assertThat(items(first).get(0).get("titleJa").asText()).contains("「【愛媛県・西条市・宇和島市】受信箱テスト」に投稿しました");
        assertThat(items(first).get(0).get("occurredAt").asText()).endsWith("+09:00");
        JsonNode second = ok(call(APP, "/api/v1/notifications?limit=2&cursor=" + first.get("nextCursor").asText(), saijo).get());
        assertThat(bodies(second).get(0)).isEqualTo("一件目");

        String id = items(first).get(1).get("id").asText();
        JsonNode read = ok(call(APP, "/api/v1/notifications/" + id + "/read", saijo).post(null));
        assertThat(read.get("readAt").asText()).endsWith("+09:00");
        assertThat(ok(call(APP, "/api/v1/notifications/" + id + "/read", saijo).post(null)).get("readAt"))
                .isEqualTo(read.get("readAt"));
        JsonNode unreadOnly = ok(call(APP, "/api/v1/notifications?unread=true&limit=200", saijo).get());
        assertThat(bodies(unreadOnly)).contains("三件目", "一件目").doesNotContain("二件目");
        assertThat(unreadOnly.get("unreadCount").asLong()).as("late probes may still arrive, but the count is the list's")
                .isEqualTo(unreadOnly.get("items").size());
        assertThat(bodies(ok(call(APP, "/api/v1/notifications?limit=200", uwajima).get())))
                .doesNotContain("一件目", "二件目", "三件目");
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndABadCursorIsNamed() {
        String saijo = Tokens.forUser("saijo.staff");
        String saijoId = userId(APP, saijo);
        NotificationRequested mine = requested(saijoId, SAIJO, UUID.randomUUID(), "西条市あての通知");
        NotificationFixtures.publish(NotificationTopics.REQUESTED, saijoId, mine);
        JsonNode inbox = awaitInbox(APP, saijo, "?limit=200", page -> bodies(page).contains("西条市あての通知"));
        String id = items(inbox).stream().filter(n -> n.get("body").asText().equals("西条市あての通知")).findFirst()
                .orElseThrow().get("id").asText();

        problem(call(APP, "/api/v1/notifications/" + id + "/read", Tokens.forUser("uwajima.staff")).post(null), 404, "not-found");
        problem(call(APP, "/api/v1/notifications/" + id + "/read", Tokens.forUser("saijo.analyst")).post(null), 404, "not-found");
        problem(call(APP, "/api/v1/notifications/not-an-id/read", saijo).post(null), 404, "not-found");
        problem(call(APP, "/api/v1/notifications?cursor=bm90LWEtbnVtYmVy", saijo).get(), 400, "validation-failed");
        problem(call(APP, "/api/v1/notifications?limit=0", saijo).get(), 400, "validation-failed");
        assertThat(readAtOf(UUID.fromString(id))).isNull();
    }

    @Test
    void aNotificationRequestedAgainIsInTheInboxOnce() {
        String niihama = Tokens.forUser("niihama.staff");
        String niihamaId = userId(APP, niihama);
        UUID notificationId = UUID.randomUUID();
        NotificationFixtures.publish(NotificationTopics.REQUESTED, niihamaId, requested(niihamaId, "382051", notificationId, "一度だけ"));
        NotificationFixtures.publish(NotificationTopics.REQUESTED, niihamaId, requested(niihamaId, "382051", notificationId, "一度だけ"));
        NotificationFixtures.publish(NotificationTopics.REQUESTED, niihamaId, requested(niihamaId, "382051", UUID.randomUUID(), "後の通知"));

        JsonNode inbox = awaitInbox(APP, niihama, "?limit=200", page -> bodies(page).contains("後の通知"));

        assertThat(bodies(inbox).stream().filter("一度だけ"::equals)).hasSize(1);
        long rows = NotificationFixtures.acrossTenants(h -> h.createQuery(
                "select count(*) from notifications where id = :id").bind("id", notificationId).mapTo(Long.class).one());
        assertThat(rows).isEqualTo(1);
    }

    /** A request as the router writes it, but with a fresh event id, as a replay of another router run could. */
    static NotificationRequested requested(String userId, String tenant, UUID notificationId, String body) {
        return NotificationRequested.newBuilder()
                .setMeta(RouterEvents.meta(tenant, "system", Instant.now()))
                .setNotificationId(notificationId).setRecipientUserId(userId).setRecipientTenantCode(tenant)
                .setCategory("MESSAGE").setPriority("NORMAL").setTitleJa("テスト").setTitleEn("Test").setBody(body)
                .setDigest("NONE").setEmail(false).build();
    }

    private static Instant readAtOf(UUID id) {
        return NotificationFixtures.acrossTenants(h -> h.createQuery("select read_at from notifications where id = :id")
                .bind("id", id).mapTo(Instant.class).one());
    }
}
