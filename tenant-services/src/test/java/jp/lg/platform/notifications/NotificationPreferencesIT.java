package jp.lg.platform.notifications;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.events.notifications.NotificationPreferencesChanged;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notification preferences through the API on real PostgreSQL, Kafka and Keycloak tokens. */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationPreferencesIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String PREFERENCES = "/api/v1/notifications/preferences";
    private static final String CHANNEL = "6f1c2a9e-6f0b-4c4e-9a53-1f0f7a3b2c11";

    @Test
    void someoneWhoSetNothingHasTheDefaults() {
        JsonNode defaults = ok(call(APP, PREFERENCES, Tokens.forUser("seiyo.staff")).get());

        assertThat(defaults.get("defaultLevel").asText()).isEqualTo("ALL");
        assertThat(defaults.get("digest").asText()).isEqualTo("NONE");
        assertThat(defaults.get("email").asBoolean()).isTrue();
        assertThat(defaults.get("channels").size()).isZero();
        assertThat(defaults.get("quietHours").isNull()).isTrue();
    }

    @Test
    void savedPreferencesAreShownAndPublishedForTheRouter() {
        String token = Tokens.forUser("niihama.staff");
        String userId = ok(call(APP, "/api/v1/me", token).get()).get("userId").asText();

        JsonNode saved = ok(call(APP, PREFERENCES, token).put(jsonFixture("notifications/quiet-nights.json")));

        assertThat(saved.get("defaultLevel").asText()).isEqualTo("MENTIONS");
        assertThat(saved.at("/channels/" + CHANNEL).asText()).isEqualTo("ALL");
        assertThat(saved.at("/quietHours/start").asText()).isEqualTo("22:00");
        assertThat(ok(call(APP, PREFERENCES, token).get())).isEqualTo(saved);
        List<NotificationPreferencesChanged> events =
                TopicRecords.valuesOf(NotificationTopics.PREFERENCES, userId, 1, Duration.ofSeconds(30));
        NotificationPreferencesChanged event = events.get(events.size() - 1);
        assertThat(event.getDefaultLevel()).isEqualTo("MENTIONS");
        assertThat(event.getChannelLevels()).containsEntry(CHANNEL, "ALL");
        assertThat(event.getDigest()).isEqualTo("DAILY");
        assertThat(event.getEmail()).isFalse();
        assertThat(event.getQuietStart()).isEqualTo("22:00");
        assertThat(event.getQuietEnd()).isEqualTo("07:00");
        assertThat(event.getMeta().getTenantCode()).isEqualTo("382051");
        assertThat(ok(call(APP, PREFERENCES, Tokens.forUser("imabari.staff")).get()).get("defaultLevel").asText())
                .isEqualTo("ALL");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        String token = Tokens.forUser("toon.staff");
        ok(call(APP, PREFERENCES, token).put(jsonFixture("notifications/quiet-nights.json")));
        long outbox = outboxRows();

        JsonNode refused = problem(call(APP, PREFERENCES, token).put(jsonFixture("notifications/bad-preferences.json")),
                400, "validation-failed");

        List<String> fields = StreamSupport.stream(refused.get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
        assertThat(fields).containsExactlyInAnyOrder("defaultLevel", "digest", "email", "channels.not-a-channel",
                "channels." + CHANNEL, "quietHours.start", "quietHours.end");
        assertThat(refused.get("detail").asText()).contains("SOMETIMES", "WEEKLY", "25:00");
        assertThat(ok(call(APP, PREFERENCES, token).get()).get("defaultLevel").asText()).isEqualTo("MENTIONS");
        assertThat(outboxRows()).isEqualTo(outbox);
    }

    @Test
    void malformedJsonAnUnknownFieldAndAPlatformAdministratorAreProblems() {
        problem(call(APP, PREFERENCES, Tokens.forUser("toon.staff")).put(Entity.json("{\"defaultLevel\": ")), 400,
                "malformed-request");
        JsonNode unknown = problem(call(APP, PREFERENCES, Tokens.forUser("toon.staff"))
                .put(Entity.json("{\"colour\": \"red\"}")), 400, "validation-failed");
        assertThat(unknown.at("/errors/0/field").asText()).isEqualTo("colour");
        problem(call(APP, PREFERENCES, Tokens.forUser("platform.admin")).get(), 403, "forbidden");
        problem(call(APP, PREFERENCES, null).get(), 401, "unauthorized");
    }

    private static long outboxRows() {
        return PlatformStack.get().ownerJdbi().withHandle(h ->
                h.createQuery("select count(*) from outbox").mapTo(Long.class).one());
    }
}
