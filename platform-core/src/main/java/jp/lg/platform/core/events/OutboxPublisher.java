package jp.lg.platform.core.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One relay step: claims a batch of pending rows, sends them in id order in one Kafka transaction,
 * and marks them sent when that transaction has committed. A batch that fails part-way is aborted
 * as a whole, so consumers (reading committed records only) never see a later event of a key
 * without the earlier ones; the rows stay pending and are sent again.
 */
final class OutboxPublisher implements AutoCloseable {

    /** Header carrying the event id, so tools can trace a record without decoding it. */
    static final String EVENT_ID_HEADER = "lg.event-id";

    private final Jdbi jdbi;
    private final Supplier<Producer<String, byte[]>> producers;
    private final int batchSize;
    private Producer<String, byte[]> producer;

    /** {@code producers} makes a transactional producer; one is made when first needed and after {@link #reset}. */
    OutboxPublisher(Jdbi jdbi, Supplier<Producer<String, byte[]>> producers, int batchSize) {
        this.jdbi = jdbi;
        this.producers = producers;
        this.batchSize = batchSize;
    }

    /** Publishes pending rows until none is left; returns how many were sent. */
    int publishPending() {
        int total = 0;
        int sent;
        do {
            sent = jdbi.inTransaction(this::publishBatch);
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    void prune(Duration retention) {
        jdbi.useHandle(h -> h.createUpdate("delete from outbox where sent_at < now() - make_interval(secs => :secs)")
                .bind("secs", (double) retention.toSeconds())
                .execute());
    }

    /** Drops the producer after a failure; the next batch starts a fresh one, which aborts what was left open. */
    void reset() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (KafkaException e) {
                // closing a broken producer may fail; the next one fences it anyway
            }
            producer = null;
        }
    }

    /**
     * Claims and marks a batch in one statement, then sends it in one Kafka transaction; the mark
     * commits only if the Kafka transaction did, otherwise the rows stay pending.
     */
    private int publishBatch(Handle handle) {
        List<Row> rows = new ArrayList<>(handle.createQuery("update outbox set sent_at = now() where id in ("
                        + "select id from outbox where sent_at is null order by id limit :limit for update skip locked)"
                        + " returning id, topic, record_key, payload, event_id")
                .bind("limit", batchSize)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                        rs.getBytes("payload"), rs.getObject("event_id", UUID.class)))
                .list());
        if (rows.isEmpty()) {
            return 0;
        }
        rows.sort(Comparator.comparingLong(Row::id));
        Producer<String, byte[]> kafka = producer();
        kafka.beginTransaction();
        for (Row row : rows) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add(EVENT_ID_HEADER, row.eventId().toString().getBytes(StandardCharsets.UTF_8));
            kafka.send(record);
        }
        kafka.commitTransaction();
        return rows.size();
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Producer<String, byte[]> fresh = producers.get();
            try {
                fresh.initTransactions();
            } catch (RuntimeException e) {
                fresh.close(Duration.ZERO);
                throw e;
            }
            producer = fresh;
        }
        return producer;
    }

    @Override
    public void close() {
        reset();
    }

    private record Row(long id, String topic, String key, byte[] payload, UUID eventId) {}
}
