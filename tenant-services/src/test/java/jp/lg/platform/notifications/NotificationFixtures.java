package jp.lg.platform.notifications;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.ok;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.messaging.MessagingTopics;
import jp.lg.platform.support.PlatformStack;
import org.apache.avro.specific.SpecificRecord;

/**
 * Messaging's contract events for the notification ITs, published through the outbox as
 * messaging publishes them, and waits on a person's inbox.
 */
final class NotificationFixtures {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private NotificationFixtures() {}

    /** The caller's user id; the call also makes them known to the people directory. */
    static String userId(DropwizardAppExtension<?> app, String token) {
        return ok(call(app, "/api/v1/me", token).get()).get("userId").asText();
    }

    static UUID channel(String name, List<String> tenants, List<String> userIds) {
        UUID id = UUID.randomUUID();
        publish(MessagingTopics.CHANNELS, id, RouterEvents.channel(id, name, tenants, userIds, false));
        return id;
    }

    static MessagePosted post(UUID channel, String tenant, String authorUserId, String kind, String text) {
        MessagePosted post = RouterEvents.post(channel, tenant, authorUserId, kind, Instant.now()).setText(text).build();
        publish(MessagingTopics.MESSAGES, channel, post);
        return post;
    }

    /**
     * Posts probes from {@code author} until {@code token}'s owner gets one: the router's global
     * stores (people, channel) are then up to date for this channel.
     */
    static void awaitRouting(DropwizardAppExtension<?> app, UUID channel, String tenant, String authorUserId, String token) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<String> probes = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            probes.add(post(channel, tenant, authorUserId, "TEXT", "probe " + UUID.randomUUID()).getText());
            Instant next = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(next)) {
                if (items(ok(call(app, "/api/v1/notifications?limit=200", token).get())).stream()
                        .anyMatch(n -> probes.contains(n.get("body").asText()))) {
                    return;
                }
                pause();
            }
        }
        throw new AssertionError("the router never routed a probe in channel " + channel);
    }

    /** The inbox once {@code until} holds for it (polling), or an assertion error after a minute. */
    static JsonNode awaitInbox(DropwizardAppExtension<?> app, String token, String query, Predicate<JsonNode> until) {
        return awaitInbox(app, token, query, until, PATIENCE);
    }

    static JsonNode awaitInbox(DropwizardAppExtension<?> app, String token, String query, Predicate<JsonNode> until,
            Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        JsonNode inbox = null;
        while (Instant.now().isBefore(deadline)) {
            inbox = ok(call(app, "/api/v1/notifications" + query, token).get());
            if (until.test(inbox)) {
                return inbox;
            }
            pause();
        }
        throw new AssertionError("inbox never became as expected within " + patience + ": " + inbox);
    }

    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    static List<String> bodies(JsonNode page) {
        return items(page).stream().map(n -> n.get("body").asText()).toList();
    }

    /**
     * Runs {@code work} as the schema owner, seeing every tenant's notification rows (the owner is
     * under row-level security too, so it enters the delivery workers' view).
     */
    static <R> R acrossTenants(org.jdbi.v3.core.HandleCallback<R, RuntimeException> work) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            h.createQuery("select set_config('lg.worker', 'notifications', true)").mapTo(String.class).one();
            return work.withHandle(h);
        });
    }

    static <V extends SpecificRecord> void publish(Topic<String, V> topic, Object key, V event) {
        PlatformStack.get().ownerJdbi().useTransaction(h -> Outbox.append(h, topic, key.toString(), event));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
