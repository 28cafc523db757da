package jp.lg.platform.core.events.consumer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.schemas.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record some consumer gave up on, as it sits in a dead-letter topic: where it is, where it came
 * from, who failed on it and why. Text fields are null when the record lacks the header.
 */
@Schema(name = "DeadLetter", description = "A record a consumer could not process, kept in <topic>.dlq")
public record DeadLetter(
        @Schema(description = "Partition in the dead-letter topic; with dlqOffset, names it for a replay") int dlqPartition,
        @Schema(description = "Offset in the dead-letter topic") long dlqOffset,
        @Schema(example = "lg.directory.tenants", nullable = true) String topic,
        @Schema(nullable = true) Integer partition,
        @Schema(nullable = true) Long offset,
        @Schema(description = "Consumer (Kafka group id) that gave up", nullable = true) String consumer,
        @Schema(description = "Exception class and message", nullable = true) String error,
        @Schema(nullable = true) Instant failedAt,
        @Schema(nullable = true) String key,
        @Schema(description = "Size of the record value in bytes; 0 for none") int payloadBytes,
        @Schema(description = "Event id, if the value is an event or carries the lg.event-id header", nullable = true)
        UUID eventId) {

    static DeadLetter of(ConsumerRecord<String, byte[]> record, EventCodec codec) {
        var headers = record.headers();
        return new DeadLetter(record.partition(), record.offset(),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.TOPIC).orElse(null),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.PARTITION).map(Integer::valueOf).orElse(null),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.OFFSET).map(Long::valueOf).orElse(null),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.CONSUMER).orElse(null),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.ERROR).orElse(null),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.FAILED_AT).map(Instant::parse).orElse(null),
                record.key(),
                record.value() == null ? 0 : record.value().length,
                eventId(record, codec));
    }

    private static UUID eventId(ConsumerRecord<String, byte[]> record, EventCodec codec) {
        try {
            return DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.EVENT_ID).map(UUID::fromString)
                    .orElseGet(() -> record.value() == null ? null
                            : Outbox.metadataOf(codec.decode(record.value())).getEventId());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
