package jp.lg.platform.core.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** One relay step: claims a batch of pending rows, sends them in id order, and marks them sent when Kafka has them all. */
final class OutboxPublisher implements AutoCloseable {

    /** Header carrying the event id, so tools can trace a record without decoding it. */
    static final String EVENT_ID_HEADER = "lg.event-id";

    private final Jdbi jdbi;
    private final Producer<String, byte[]> producer;
    private final int batchSize;

    OutboxPublisher(Jdbi jdbi, Producer<String, byte[]> producer, int batchSize) {
        this.jdbi = jdbi;
        this.producer = producer;
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

    /**
     * Claims and marks a batch in one statement, then sends it; the mark commits only if Kafka
     * acknowledged every record, otherwise the transaction rolls back and the rows stay pending.
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
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add(EVENT_ID_HEADER, row.eventId().toString().getBytes(StandardCharsets.UTF_8));
            acks.add(producer.send(record));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            awaitAck(ack);
        }
        return rows.size();
    }

    private static void awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge an event: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private record Row(long id, String topic, String key, byte[] payload, UUID eventId) {}
}
