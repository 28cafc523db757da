package jp.lg.platform.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.support.TestDatabase;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The relay step against a real outbox table, with Kafka's transactional mock producer standing in
 * for the broker: a batch goes out in id order in one transaction, and a batch whose Kafka
 * transaction fails stays pending and is sent again whole, in order, by the next producer.
 */
class OutboxPublisherIT {

    @RegisterExtension
    static final TestDatabase.PoolPerClass DB = TestDatabase.poolPerClass(2);

    private final Deque<MockProducer<String, byte[]>> producers = new ArrayDeque<>();

    @BeforeEach
    void emptyOutbox() {
        DB.jdbi().useHandle(h -> h.execute("delete from outbox"));
    }

    @Test
    void sendsPendingRowsInIdOrderInOneTransactionAndMarksThemSent() {
        List<String> keys = List.of("382060", "382019", "382060");
        keys.forEach(OutboxPublisherIT::pending);
        MockProducer<String, byte[]> kafka = nextProducer();

        int sent = publisher(10).publishPending();

        assertThat(sent).isEqualTo(3);
        assertThat(kafka.transactionCommitted()).isTrue();
        assertThat(kafka.history()).extracting(ProducerRecord::key).containsExactlyElementsOf(keys);
        assertThat(kafka.history()).allSatisfy(record ->
                assertThat(record.headers().lastHeader(OutboxPublisher.EVENT_ID_HEADER)).isNotNull());
        assertThat(pendingCount()).isZero();
    }

    @Test
    void aFailedKafkaTransactionLeavesEveryRowPendingAndTheNextProducerSendsThemAllInOrder() {
        List<String> payloads = List.of("first", "second", "third");
        payloads.forEach(payload -> pending("382060", payload));
        MockProducer<String, byte[]> failing = nextProducer();
        failing.commitTransactionException = new KafkaException("the broker went away mid-transaction");
        MockProducer<String, byte[]> next = nextProducer();
        OutboxPublisher publisher = publisher(10);

        assertThatThrownBy(publisher::publishPending).isInstanceOf(KafkaException.class);
        assertThat(failing.history()).as("nothing of the failed transaction is committed").isEmpty();
        assertThat(pendingCount()).isEqualTo(3);

        publisher.reset();
        assertThat(failing.closed()).isTrue();
        assertThat(publisher.publishPending()).isEqualTo(3);
        assertThat(next.history()).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(payloads);
        assertThat(pendingCount()).isZero();
    }

    @Test
    void sendsALargeBacklogInBatchesOfTheConfiguredSize() {
        for (int i = 0; i < 7; i++) {
            pending("382060", "event-" + i);
        }
        MockProducer<String, byte[]> kafka = nextProducer();

        assertThat(publisher(3).publishPending()).isEqualTo(7);
        assertThat(kafka.history()).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("event-0", "event-1", "event-2", "event-3", "event-4", "event-5", "event-6");
        assertThat(pendingCount()).isZero();
    }

    private OutboxPublisher publisher(int batchSize) {
        return new OutboxPublisher(DB.jdbi(), producers::removeFirst, batchSize);
    }

    private MockProducer<String, byte[]> nextProducer() {
        MockProducer<String, byte[]> producer =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        producers.addLast(producer);
        return producer;
    }

    private static void pending(String key) {
        pending(key, "event for " + key);
    }

    private static void pending(String key, String payload) {
        DB.jdbi().useHandle(h -> h.createUpdate("insert into outbox (topic, record_key, payload, event_id, tenant_code)"
                        + " values ('lg.test.tenants', :key, :payload, :eventId, :key)")
                .bind("key", key)
                .bind("payload", payload.getBytes(StandardCharsets.UTF_8))
                .bind("eventId", UUID.randomUUID())
                .execute());
    }

    private static long pendingCount() {
        return DB.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox where sent_at is null")
                .mapTo(Long.class).one());
    }
}
