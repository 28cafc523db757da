package jp.lg.platform.core.events.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.events.directory.TenantUpdated;
import jp.lg.platform.schemas.EventFixtures;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Events, records and fixtures for the consumer runtime's unit tests. */
final class TestEvents {

    static final Topic<String, SpecificRecord> TOPIC = new Topic<>("lg.test.tenants", Serdes.String(),
            EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);

    private TestEvents() {}

    static TenantUpdated tenantUpdated(UUID eventId) {
        return EventFixtures.saijoUpdated(eventId);
    }

    static ConsumerRecord<String, byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(TOPIC.name(), 1, offset, "382060", value);
    }

    static byte[] encoded(SpecificRecord event) {
        return EventSerde.codec().encode(event);
    }

    /** Bytes that are not an event: {@code consumer/not-an-event.txt}. */
    static byte[] poison() {
        try (InputStream in = TestEvents.class.getResourceAsStream("/consumer/not-an-event.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
