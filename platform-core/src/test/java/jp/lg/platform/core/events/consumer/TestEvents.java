package jp.lg.platform.core.events.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.directory.TenantSnapshot;
import jp.lg.platform.events.directory.TenantUpdated;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Events, records and fixtures for the consumer runtime's unit tests. */
final class TestEvents {

    static final Topic<String, SpecificRecord> TOPIC = new Topic<>("lg.test.tenants", Serdes.String(),
            EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);

    private TestEvents() {}

    static TenantUpdated tenantUpdated(UUID eventId) {
        return TenantUpdated.newBuilder()
                .setMeta(EventMetadata.newBuilder().setEventId(eventId).setOccurredAt(Instant.parse("2026-11-23T00:00:00Z"))
                        .setTenantCode("382060").setActor("system").setCorrelationId("c-1").setCausationId(null).build())
                .setTenant(TenantSnapshot.newBuilder()
                        .setCode("382060").setNameJa("西条市").setNameEn("Saijo").setKind("city")
                        .setParentCode("380008").setAizuGroup(null).setPopulation(104474L)
                        .setPopulationAsOf(LocalDate.of(2024, 1, 1)).setOfficeLat(33.9196).setOfficeLon(133.1812)
                        .build())
                .setChangedFields(List.of("population"))
                .build();
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
