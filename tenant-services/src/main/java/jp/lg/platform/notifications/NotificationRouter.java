package jp.lg.platform.notifications;

import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.directory.DirectoryTopics;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.notifications.NotificationRequested;
import jp.lg.platform.experts.ExpertTopics;
import jp.lg.platform.messaging.MessagingTopics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The notification router (通知ルーター): message and expert-visit events in, one
 * {@code NotificationRequested} per recipient out on {@code lg.notifications.requested}, keyed by
 * the recipient's user id. Channels, people, preferences and experts are global tables, so every
 * task sees all of them. A notification's id is derived from the source event id and the
 * recipient, and quiet hours are judged at the source event's time, so a replay yields the same
 * notifications.
 */
public final class NotificationRouter {

    public static final String CHANNELS_STORE = "notifications-channels";
    public static final String PEOPLE_STORE = "notifications-people";
    public static final String PREFERENCES_STORE = "notifications-preferences";
    public static final String EXPERTS_STORE = "notifications-experts";
    /** Message id → its {@code MessagePosted}, per partition of the messages topic. */
    public static final String POSTS_STORE = "notifications-posts";

    private NotificationRouter() {}

    /** The topology; pure, it only describes what to read, keep and write. */
    public static Topology buildTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        globalTable(builder, MessagingTopics.CHANNELS, CHANNELS_STORE);
        globalTable(builder, DirectoryTopics.PEOPLE, PEOPLE_STORE);
        globalTable(builder, NotificationTopics.PREFERENCES, PREFERENCES_STORE);
        globalTable(builder, ExpertTopics.EXPERTS, EXPERTS_STORE);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POSTS_STORE),
                Serdes.String(), EventSerde.of(MessagePosted.class)));
        route(builder, MessagingTopics.MESSAGES, MessageRouting::new, POSTS_STORE);
        route(builder, ExpertTopics.REQUESTS, ExpertVisitRouting::new);
        return builder.build();
    }

    private static void route(StreamsBuilder builder, Topic<String, SpecificRecord> source,
            ProcessorSupplier<String, SpecificRecord, String, NotificationRequested> routing, String... stores) {
        Topic<String, NotificationRequested> out = NotificationTopics.REQUESTED;
        builder.stream(source.name(), Consumed.with(source.keySerde(), source.valueSerde()))
                .process(routing, stores)
                .to(out.name(), Produced.with(out.keySerde(), out.valueSerde()));
    }

    private static <V> void globalTable(StreamsBuilder builder, Topic<String, V> topic, String store) {
        builder.globalTable(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde()),
                Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(topic.keySerde()).withValueSerde(topic.valueSerde()));
    }
}
