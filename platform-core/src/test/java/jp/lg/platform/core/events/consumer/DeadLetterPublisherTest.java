package jp.lg.platform.core.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DeadLetterPublisherTest {

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final DeadLetterPublisher publisher = new DeadLetterPublisher(producer, "tenant-history",
            Clock.fixed(Instant.parse("2026-11-23T01:02:03Z"), ZoneOffset.UTC));

    @Test
    void sendsTheOriginalBytesToTheDeadLetterTopicWithHeadersNamingTheErrorAndOrigin() {
        ConsumerRecord<String, byte[]> poison = TestEvents.record(42, TestEvents.poison());
        poison.headers().add("traceparent", "00-abc-01".getBytes(StandardCharsets.UTF_8));

        publisher.send(poison, new IllegalStateException("boom"));

        ProducerRecord<String, byte[]> sent = producer.history().get(0);
        assertThat(sent.topic()).isEqualTo("lg.test.tenants.dlq");
        assertThat(sent.key()).isEqualTo("382060");
        assertThat(sent.value()).isEqualTo(TestEvents.poison());
        assertThat(header(sent, "lg.dlq.error")).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(header(sent, "lg.dlq.topic")).isEqualTo("lg.test.tenants");
        assertThat(header(sent, "lg.dlq.partition")).isEqualTo("1");
        assertThat(header(sent, "lg.dlq.offset")).isEqualTo("42");
        assertThat(header(sent, "lg.dlq.consumer")).isEqualTo("tenant-history");
        assertThat(header(sent, "lg.dlq.failed-at")).isEqualTo("2026-11-23T01:02:03Z");
        assertThat(header(sent, "traceparent")).isEqualTo("00-abc-01");
    }

    @Test
    void cutsAnEndlessErrorMessageToAThousandCharacters() {
        publisher.send(TestEvents.record(1, TestEvents.poison()), new IllegalStateException("x".repeat(5_000)));

        assertThat(header(producer.history().get(0), "lg.dlq.error")).hasSize(1000)
                .startsWith("java.lang.IllegalStateException: xxx");
    }

    @Test
    void keepsOneSetOfDeadLetterHeadersWhenARecordFailsAgainAfterReplay() {
        ConsumerRecord<String, byte[]> replayed = TestEvents.record(7, TestEvents.poison());
        replayed.headers().add("lg.dlq.offset", "3".getBytes(StandardCharsets.UTF_8));

        publisher.send(replayed, new IllegalStateException("again"));

        assertThat(producer.history().get(0).headers().headers("lg.dlq.offset")).hasSize(1);
        assertThat(header(producer.history().get(0), "lg.dlq.offset")).isEqualTo("7");
    }

    @Test
    void failsWhenKafkaDoesNotTakeTheDeadLetterSoTheOffsetIsNotCommitted() {
        producer.sendException = new NotEnoughReplicasException("1 of 3 replicas");

        assertThatThrownBy(() -> publisher.send(TestEvents.record(1, TestEvents.poison()), new IllegalStateException("x")))
                .isInstanceOf(KafkaException.class);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
