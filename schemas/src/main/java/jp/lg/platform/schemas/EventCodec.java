package jp.lg.platform.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Writes events in Avro single-object encoding (marker, schema fingerprint, body) and reads them
 * back into the generated classes of this build, resolving the writer's schema by fingerprint
 * among every version in {@link SchemaHistory}. Thread-safe; share one instance.
 */
public final class EventCodec {

    /** Package of the generated event classes; Avro must be told to trust it. */
    public static final String EVENTS_PACKAGE = "jp.lg.platform.events";

    private static final byte[] MARKER = {(byte) 0xC3, (byte) 0x01};

    static {
        ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(current,
                clazz -> clazz.getName().startsWith(EVENTS_PACKAGE + ".")));
    }

    private final SchemaStore.Cache store = new SchemaStore.Cache();
    private final Map<Long, Schema> writers = new ConcurrentHashMap<>();
    private final Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoders = new ConcurrentHashMap<>();
    private final Map<Class<?>, BinaryMessageDecoder<SpecificRecord>> decoders = new ConcurrentHashMap<>();

    public EventCodec() {
        this(SchemaHistory.load());
    }

    public EventCodec(SchemaHistory history) {
        for (Schema schema : history.allSchemas()) {
            store.addSchema(schema);
            writers.put(org.apache.avro.SchemaNormalization.parsingFingerprint64(schema), schema);
        }
    }

    public byte[] encode(SpecificRecord event) {
        try {
            return encoders.computeIfAbsent(event.getClass(), type -> new BinaryMessageEncoder<>(
                    SpecificData.getForClass(type), event.getSchema())).encode(event).array();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + event.getSchema().getFullName(), e);
        }
    }

    /** Decodes one event; throws {@link UndecodableEventException} saying why bytes are not one. */
    public SpecificRecord decode(byte[] bytes) {
        Schema writer = writerOf(bytes);
        Class<?> type = SpecificData.get().getClass(writer);
        if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
            throw new UndecodableEventException("no event class in this build for " + writer.getFullName());
        }
        try {
            return decoders.computeIfAbsent(type, t -> new BinaryMessageDecoder<>(
                    SpecificData.getForClass(t), SpecificData.get().getSchema(t), store)).decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UndecodableEventException("cannot decode " + writer.getFullName() + ": " + e.getMessage());
        }
    }

    private Schema writerOf(byte[] bytes) {
        if (bytes == null || bytes.length < 10 || bytes[0] != MARKER[0] || bytes[1] != MARKER[1]) {
            throw new UndecodableEventException("not Avro single-object encoding (missing C3 01 marker)");
        }
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        Schema writer = writers.get(fingerprint);
        if (writer == null) {
            throw new UndecodableEventException("unknown schema fingerprint " + Long.toHexString(fingerprint)
                    + "; was it written by a newer build whose schema is not in schema-history?");
        }
        return writer;
    }
}
