package jp.lg.platform.core.events;

import jp.lg.platform.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for platform events in Avro single-object encoding. Reading bytes that are not an
 * event, or an event of another type than {@code type}, throws {@link SerializationException}.
 */
public final class EventSerde<V extends SpecificRecord> implements Serde<V> {

    private static final EventCodec CODEC = new EventCodec();

    private final Class<V> type;

    private EventSerde(Class<V> type) {
        this.type = type;
    }

    /** A serde for one event type, or for {@code SpecificRecord} when a topic carries several. */
    public static <V extends SpecificRecord> EventSerde<V> of(Class<V> type) {
        return new EventSerde<>(type);
    }

    /** The shared codec, for code that handles raw bytes (the outbox, dead letters). */
    public static EventCodec codec() {
        return CODEC;
    }

    @Override
    public Serializer<V> serializer() {
        return (topic, event) -> event == null ? null : CODEC.encode(event);
    }

    @Override
    public Deserializer<V> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return type.cast(CODEC.decode(bytes));
            } catch (RuntimeException e) {
                throw new SerializationException("cannot read an event of " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
