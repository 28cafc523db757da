package jp.lg.platform.core.events;

import jp.lg.platform.events.EventMetadata;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.jdbi.v3.core.Handle;

/**
 * The one way a feature publishes an event: {@link #append} inside the transaction that changes
 * the domain rows. The event is stored with them and reaches Kafka after the commit, through the
 * {@link OutboxRelay}; if the transaction rolls back, no event exists. Every event record must
 * have a {@code meta} field holding its {@link EventMetadata}.
 */
public final class Outbox {

    /** The PostgreSQL channel the relay listens on. */
    public static final String CHANNEL = "lg_outbox";

    private Outbox() {}

    /**
     * Stores {@code event} for {@code topic} under {@code key}; the relay is woken at commit (one statement: the
     * row and the {@code NOTIFY}, which PostgreSQL delivers when the transaction commits and drops if it rolls back).
     */
    public static <V extends SpecificRecord> void append(Handle handle, Topic<String, V> topic, String key, V event) {
        EventMetadata meta = metadataOf(event);
        handle.createQuery("with stored as (insert into outbox (topic, record_key, payload, event_id, tenant_code)"
                        + " values (:topic, :key, :payload, :eventId, :tenant) returning id)"
                        + " select count(*) from stored, pg_notify(:channel, '')")
                .bind("topic", topic.name())
                .bind("key", key)
                .bind("payload", topic.valueSerde().serializer().serialize(topic.name(), event))
                .bind("eventId", meta.getEventId())
                .bind("tenant", meta.getTenantCode())
                .bind("channel", CHANNEL)
                .mapTo(Long.class)
                .one();
    }

    /** The envelope of an event record. */
    public static EventMetadata metadataOf(SpecificRecord event) {
        if (event instanceof GenericRecord record && record.getSchema().getField("meta") != null
                && record.get("meta") instanceof EventMetadata meta) {
            return meta;
        }
        throw new IllegalArgumentException(event.getSchema().getFullName() + " has no meta field of type EventMetadata");
    }
}
