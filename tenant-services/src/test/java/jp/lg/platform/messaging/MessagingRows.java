package jp.lg.platform.messaging;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.ok;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
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
import java.util.UUID;
import jp.lg.platform.core.persistence.TenantTransactions;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.support.PlatformStack;

/** What the messaging ITs look up: a channel of a caller's list by name, and row counts straight from PostgreSQL. */
final class MessagingRows {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MessagingRows() {}

    /** PATCH with a JSON fixture (the JAX-RS test client's connection cannot send PATCH); status and body. */
    static HttpResponse<String> patch(DropwizardAppExtension<?> app, String path, String token, String fixture) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort() + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(jp.lg.platform.support.PlatformApp
                            .fixtureText(fixture))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of Team Ehime's channel named {@code name} in the list of the token's user (other
     * collaborations with the same lead name their vertical channels alike); fails when it is not there.
     */
    static String channelNamed(DropwizardAppExtension<?> app, String token, String name) {
        return listed(app, token, name).get("id").asText();
    }

    /** Team Ehime's channel named {@code name} in the caller's list, as listed (with unread and mentions). */
    static JsonNode listed(DropwizardAppExtension<?> app, String token, String name) {
        return listed(app, token, name, null);
    }

    /** The caller's channel named {@code name}, of Team Ehime or of {@code kind}. */
    static JsonNode listed(DropwizardAppExtension<?> app, String token, String name, String kind) {
        for (JsonNode channel : ok(call(app, "/api/v1/channels?limit=500", token).get()).get("items")) {
            if (channel.get("name").asText().equals(name) && (kind == null
                    ? channel.get("collaborationCode").asText().equals("team-ehime") : channel.get("kind").asText().equals(kind))) {
                return channel;
            }
        }
        throw new AssertionError("no channel named " + name + " in the caller's list");
    }

    /** Rows of {@code table} with {@code column = value}, as {@code tenant} sees them. */
    static long rows(String tenant, String table, String column, String value) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(tenant));
            return h.createQuery("select count(*) from " + table + " where " + column + "::text = :value")
                    .bind("value", value).mapTo(Long.class).one();
        });
    }

    static long outboxRows(String topic) {
        return PlatformStack.get().ownerJdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox where topic = :topic").bind("topic", topic).mapTo(Long.class).one());
    }

    /** The events about one message on {@code lg.messaging.messages}, once the outbox has relayed everything. */
    static List<SpecificRecord> eventsOf(String channel, String messageId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (pendingOutboxRows() > 0 && Instant.now().isBefore(deadline)) {
            sleep();
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformStack.get().kafka().bootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(config,
                MessagingTopics.MESSAGES.keySerde().deserializer(), MessagingTopics.MESSAGES.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(MessagingTopics.MESSAGES.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<SpecificRecord> events = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(200))) {
                    if (channel.equals(record.key()) && messageId.equals(String.valueOf(
                            record.value().get(record.value().getSchema().getField("messageId").pos())))) {
                        events.add(record.value());
                    }
                }
            }
            return events;
        }
    }

    /** {@code MessageResponseRecorded} events in the outbox about one message. */
    static long responsesInOutbox(String messageId) {
        List<byte[]> payloads = PlatformStack.get().ownerJdbi().withHandle(h -> h.createQuery(
                "select payload from outbox where topic = :topic").bind("topic", MessagingTopics.MESSAGES.name())
                .mapTo(byte[].class).list());
        return payloads.stream().map(p -> MessagingTopics.MESSAGES.valueSerde().deserializer()
                        .deserialize(MessagingTopics.MESSAGES.name(), p))
                .filter(e -> e instanceof jp.lg.platform.events.messaging.MessageResponseRecorded r
                        && r.getMessageId().toString().equals(messageId))
                .count();
    }

    private static long pendingOutboxRows() {
        return PlatformStack.get().ownerJdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox where sent_at is null").mapTo(Long.class).one());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
