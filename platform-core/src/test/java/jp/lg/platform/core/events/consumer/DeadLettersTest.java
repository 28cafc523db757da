package jp.lg.platform.core.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static final String DLQ = TestEvents.TOPIC.deadLetterName();

    private final MockProducer<String, byte[]> deadLetterProducer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final MockProducer<String, byte[]> replays =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final List<ConsumerRecord<String, byte[]>> inDlq = new ArrayList<>();
    private final DeadLetters deadLetters = new DeadLetters(
            new DeadLetterReader(this::dlqConsumer, Duration.ofSeconds(5)), replays);

    @Test
    void listsEachDeadLetterWithWhereItCameFromAndWhy() {
        UUID eventId = UUID.randomUUID();
        deadLetter(TestEvents.record(12, TestEvents.poison()), new IllegalStateException("not decodable"));
        deadLetter(TestEvents.record(13, TestEvents.encoded(TestEvents.tenantUpdated(eventId))),
                new IllegalStateException("handler failed"));

        List<DeadLetter> listed = deadLetters.list(TestEvents.TOPIC);

        assertThat(listed).hasSize(2);
        DeadLetter poison = listed.get(0);
        assertThat(poison.dlqPartition()).isEqualTo(0);
        assertThat(poison.dlqOffset()).isEqualTo(0);
        assertThat(poison.topic()).isEqualTo("lg.test.tenants");
        assertThat(poison.partition()).isEqualTo(1);
        assertThat(poison.offset()).isEqualTo(12);
        assertThat(poison.consumer()).isEqualTo("tenant-history");
        assertThat(poison.error()).isEqualTo("java.lang.IllegalStateException: not decodable");
        assertThat(poison.failedAt()).isEqualTo(Instant.parse("2026-11-23T01:02:03Z"));
        assertThat(poison.key()).isEqualTo("382060");
        assertThat(poison.payloadBytes()).isEqualTo(TestEvents.poison().length);
        assertThat(poison.eventId()).isNull();
        assertThat(listed.get(1).eventId()).isEqualTo(eventId);
    }

    @Test
    void replaysOneDeadLetterToItsTopicWithTheOriginalKeyValueAndHeaders() {
        deadLetter(TestEvents.record(12, TestEvents.poison()), new IllegalStateException("first"));
        ConsumerRecord<String, byte[]> traced = TestEvents.record(13, TestEvents.poison());
        traced.headers().add("traceparent", "00-abc-01".getBytes(StandardCharsets.UTF_8));
        deadLetter(traced, new IllegalStateException("second"));

        int replayed = deadLetters.replay(TestEvents.TOPIC, Optional.of(0), Optional.of(1L));

        assertThat(replayed).isEqualTo(1);
        ProducerRecord<String, byte[]> sent = replays.history().get(0);
        assertThat(sent.topic()).isEqualTo("lg.test.tenants");
        assertThat(sent.key()).isEqualTo("382060");
        assertThat(sent.value()).isEqualTo(TestEvents.poison());
        assertThat(text(sent, "lg.replayed-from")).isEqualTo("lg.test.tenants.dlq:0:1");
        assertThat(text(sent, "traceparent")).isEqualTo("00-abc-01");
        assertThat(sent.headers().lastHeader("lg.dlq.error")).isNull();
    }

    @Test
    void replaysEveryDeadLetterWhenNoneIsNamed() {
        deadLetter(TestEvents.record(12, TestEvents.poison()), new IllegalStateException("first"));
        deadLetter(TestEvents.record(13, TestEvents.poison()), new IllegalStateException("second"));

        assertThat(deadLetters.replay(TestEvents.TOPIC, Optional.empty(), Optional.empty())).isEqualTo(2);
        assertThat(replays.history()).extracting(r -> text(r, "lg.replayed-from"))
                .containsExactly("lg.test.tenants.dlq:0:0", "lg.test.tenants.dlq:0:1");
    }

    @Test
    void answersNotFoundForAPositionThatHoldsNoDeadLetter() {
        deadLetter(TestEvents.record(12, TestEvents.poison()), new IllegalStateException("first"));

        assertThatThrownBy(() -> deadLetters.replay(TestEvents.TOPIC, Optional.of(0), Optional.of(99L)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
        assertThat(replays.history()).isEmpty();
    }

    private void deadLetter(ConsumerRecord<String, byte[]> original, RuntimeException error) {
        new DeadLetterPublisher(deadLetterProducer, "tenant-history",
                Clock.fixed(Instant.parse("2026-11-23T01:02:03Z"), ZoneOffset.UTC)).send(original, error);
        ProducerRecord<String, byte[]> sent = deadLetterProducer.history().get(deadLetterProducer.history().size() - 1);
        inDlq.add(new ConsumerRecord<>(DLQ, 0, inDlq.size(), 0L, TimestampType.CREATE_TIME, -1, -1,
                sent.key(), sent.value(), sent.headers(), Optional.empty()));
    }

    private MockConsumer<String, byte[]> dlqConsumer() {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        TopicPartition p0 = new TopicPartition(DLQ, 0);
        TopicPartition p1 = new TopicPartition(DLQ, 1);
        consumer.updatePartitions(DLQ, List.of(new PartitionInfo(DLQ, 0, null, null, null),
                new PartitionInfo(DLQ, 1, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        consumer.updateEndOffsets(Map.of(p0, (long) inDlq.size(), p1, 0L));
        consumer.schedulePollTask(() -> inDlq.forEach(consumer::addRecord));
        return consumer;
    }

    private static String text(ProducerRecord<String, byte[]> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }
}
