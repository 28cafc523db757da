package jp.lg.platform.directory;

import jp.lg.platform.core.events.Topic;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The tenant directory (名簿) as Kafka Streams state, so any application instance can answer
 * "who belongs to collaboration X" without a database round trip.
 *
 * <p>Both directory topics become <em>global</em> tables: the directory is small, and a global
 * table gives every instance all of it, whereas a partitioned table of the 3-partition tenants
 * topic would leave each instance only its share. The stores hold the events exactly as they are
 * on the compacted topics (the latest {@code TenantRegistered} or {@code TenantUpdated} per LG
 * code, the latest {@code CollaborationChanged} per collaboration code); {@link DirectoryView}
 * takes the {@code TenantSnapshot} out of the event when it reads. That is deliberate: Streams
 * restores a global store by copying the topic's bytes into it without running any processor, so
 * a store of derived values (a snapshot written by a custom global processor) would hold raw
 * events after a restore. A record with a null value (a tombstone) removes the entry.
 */
public final class DirectoryTopology {

    /** LG code → the latest tenant event ({@code TenantRegistered} or {@code TenantUpdated}). */
    public static final String TENANTS_STORE = "directory-tenants";
    /** Collaboration code → the latest {@code CollaborationChanged}. */
    public static final String COLLABORATIONS_STORE = "directory-collaborations";

    private DirectoryTopology() {}

    /** The topology; pure, it only describes what to read and where to keep it. */
    public static Topology buildTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        globalTable(builder, DirectoryTopics.TENANTS, TENANTS_STORE);
        globalTable(builder, DirectoryTopics.COLLABORATIONS, COLLABORATIONS_STORE);
        return builder.build();
    }

    private static <V> void globalTable(StreamsBuilder builder, Topic<String, V> topic, String store) {
        builder.globalTable(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde()),
                Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(topic.keySerde()).withValueSerde(topic.valueSerde()));
    }
}
