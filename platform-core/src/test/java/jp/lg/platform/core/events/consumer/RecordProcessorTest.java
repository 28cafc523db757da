package jp.lg.platform.core.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.lg.platform.core.events.consumer.RecordProcessor.Outcome;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RecordProcessorTest {

    private final MockProducer<String, byte[]> dlq =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final List<Duration> pauses = new ArrayList<>();
    private final Set<UUID> applied = new HashSet<>();
    private int failuresToCome;
    private RuntimeException failure = new IllegalStateException("database busy");

    private final RecordProcessor<SpecificRecord> processor = new RecordProcessor<>("tenant-history",
            TestEvents.TOPIC.valueSerde().deserializer(), this::applyOnce,
            new DeadLetterPublisher(dlq, "tenant-history", Clock.systemUTC()), RetryPolicy.defaults(), pause -> {
                pauses.add(pause);
                dlq.sendException = null;
            });

    @Test
    void appliesAValidEvent() throws InterruptedException {
        UUID id = UUID.randomUUID();

        assertThat(processor.process(TestEvents.record(0, TestEvents.encoded(TestEvents.tenantUpdated(id)))))
                .isEqualTo(Outcome.APPLIED);
        assertThat(applied).containsExactly(id);
        assertThat(dlq.history()).isEmpty();
    }

    @Test
    void skipsAnEventAppliedBefore() throws InterruptedException {
        byte[] event = TestEvents.encoded(TestEvents.tenantUpdated(UUID.randomUUID()));
        processor.process(TestEvents.record(0, event));

        assertThat(processor.process(TestEvents.record(1, event))).isEqualTo(Outcome.DUPLICATE);
        assertThat(applied).hasSize(1);
    }

    @Test
    void deadLettersBytesThatAreNotAnEventAtOnceWithoutRetrying() throws InterruptedException {
        assertThat(processor.process(TestEvents.record(5, TestEvents.poison()))).isEqualTo(Outcome.DEAD_LETTERED);

        assertThat(pauses).isEmpty();
        assertThat(applied).isEmpty();
        assertThat(new String(dlq.history().get(0).headers().lastHeader("lg.dlq.error").value(), StandardCharsets.UTF_8))
                .contains("SerializationException").contains("marker");
    }

    @Test
    void retriesATransientFailureWithGrowingPausesAndThenApplies() throws InterruptedException {
        failuresToCome = 2;

        assertThat(processor.process(TestEvents.record(0, TestEvents.encoded(TestEvents.tenantUpdated(UUID.randomUUID())))))
                .isEqualTo(Outcome.APPLIED);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(dlq.history()).isEmpty();
    }

    @Test
    void deadLettersAnEventThatStillFailsAfterFiveAttempts() throws InterruptedException {
        failuresToCome = Integer.MAX_VALUE;

        assertThat(processor.process(TestEvents.record(0, TestEvents.encoded(TestEvents.tenantUpdated(UUID.randomUUID())))))
                .isEqualTo(Outcome.DEAD_LETTERED);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800));
        assertThat(dlq.history()).hasSize(1);
    }

    @Test
    void deadLettersARuleViolationWithoutRetrying() throws InterruptedException {
        failuresToCome = 1;
        failure = new IllegalArgumentException("not a tenant event");

        assertThat(processor.process(TestEvents.record(0, TestEvents.encoded(TestEvents.tenantUpdated(UUID.randomUUID())))))
                .isEqualTo(Outcome.DEAD_LETTERED);
        assertThat(pauses).isEmpty();
    }

    @Test
    void waitsForKafkaToTakeTheDeadLetterBeforeMovingOn() throws InterruptedException {
        dlq.sendException = new TimeoutException("no broker");

        assertThat(processor.process(TestEvents.record(0, TestEvents.poison()))).isEqualTo(Outcome.DEAD_LETTERED);
        assertThat(pauses).hasSize(1);
        assertThat(dlq.history()).hasSize(1);
    }

    @Test
    void passesOverATombstone() throws InterruptedException {
        assertThat(processor.process(TestEvents.record(0, null))).isEqualTo(Outcome.TOMBSTONE);
        assertThat(dlq.history()).isEmpty();
    }

    private boolean applyOnce(ConsumedEvent<SpecificRecord> event) {
        if (failuresToCome > 0) {
            failuresToCome--;
            throw failure;
        }
        return applied.add(event.metadata().getEventId());
    }
}
