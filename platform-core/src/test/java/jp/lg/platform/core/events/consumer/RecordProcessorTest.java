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
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    private final Set<UUID> poisoned = new HashSet<>();
    private int failuresToCome;
    private RuntimeException failure = new IllegalStateException("database busy");

    private final List<Integer> transactions = new ArrayList<>();
    private final RecordProcessor<SpecificRecord> processor = new RecordProcessor<>("tenant-history",
            TestEvents.TOPIC.valueSerde().deserializer(), new InMemoryApply(),
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

    @Test
    void appliesTheEventsOfAPollInOneTransactionAndReportsThemInOrder() throws InterruptedException {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            records.add(TestEvents.record(i, TestEvents.encoded(TestEvents.tenantUpdated(ids.get(i)))));
        }
        records.add(TestEvents.record(3, TestEvents.encoded(TestEvents.tenantUpdated(ids.get(0)))));

        List<String> done = processAll(records);

        assertThat(transactions).containsExactly(4);
        assertThat(applied).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(done).containsExactly("0 APPLIED", "1 APPLIED", "2 APPLIED", "3 DUPLICATE");
    }

    @Test
    void whenTheTransactionOfAPollFailsAppliesItsEventsOneByOneAndDeadLettersOnlyTheBadOne()
            throws InterruptedException {
        UUID bad = UUID.randomUUID();
        poisoned.add(bad);
        List<UUID> good = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<ConsumerRecord<String, byte[]>> records = List.of(
                TestEvents.record(0, TestEvents.encoded(TestEvents.tenantUpdated(good.get(0)))),
                TestEvents.record(1, TestEvents.encoded(TestEvents.tenantUpdated(bad))),
                TestEvents.record(2, TestEvents.encoded(TestEvents.tenantUpdated(good.get(1)))));

        List<String> done = processAll(records);

        assertThat(done).containsExactly("0 APPLIED", "1 DEAD_LETTERED", "2 APPLIED");
        assertThat(applied).containsExactlyInAnyOrderElementsOf(good);
        assertThat(transactions).containsExactly(3, 1, 1, 1);
        assertThat(dlq.history()).singleElement().satisfies(letter ->
                assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.OFFSET)).contains("1"));
    }

    @Test
    void keepsTheOrderAroundBytesThatAreNotAnEvent() throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> records = List.of(
                TestEvents.record(0, TestEvents.encoded(TestEvents.tenantUpdated(UUID.randomUUID()))),
                TestEvents.record(1, TestEvents.encoded(TestEvents.tenantUpdated(UUID.randomUUID()))),
                TestEvents.record(2, TestEvents.poison()),
                TestEvents.record(3, null),
                TestEvents.record(4, TestEvents.encoded(TestEvents.tenantUpdated(UUID.randomUUID()))));

        List<String> done = processAll(records);

        assertThat(done).containsExactly("0 APPLIED", "1 APPLIED", "2 DEAD_LETTERED", "3 TOMBSTONE", "4 APPLIED");
        assertThat(transactions).containsExactly(2, 1);
        assertThat(applied).hasSize(3);
    }

    private List<String> processAll(List<ConsumerRecord<String, byte[]>> records) throws InterruptedException {
        List<String> done = new ArrayList<>();
        processor.processAll(records, (record, outcome) -> done.add(record.offset() + " " + outcome));
        return done;
    }

    /** Applies like a database would: a failure anywhere in a transaction leaves nothing applied. */
    private final class InMemoryApply implements RecordProcessor.Apply<SpecificRecord> {

        @Override
        public boolean once(ConsumedEvent<SpecificRecord> event) {
            return all(List.of(event)).get(0);
        }

        @Override
        public List<Boolean> all(List<ConsumedEvent<SpecificRecord>> events) {
            transactions.add(events.size());
            if (failuresToCome > 0) {
                failuresToCome--;
                throw failure;
            }
            Set<UUID> inTransaction = new HashSet<>(applied);
            List<Boolean> result = new ArrayList<>();
            for (ConsumedEvent<SpecificRecord> event : events) {
                UUID id = event.metadata().getEventId();
                if (poisoned.contains(id)) {
                    throw new IllegalArgumentException("cannot project " + id);
                }
                result.add(inTransaction.add(id));
            }
            applied.addAll(inTransaction);
            return result;
        }
    }
}
