package jp.lg.platform.core.events.consumer;

import java.util.Properties;
import jp.lg.platform.core.kafka.KafkaConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/** Kafka consumers configured the way the consumer runtime and the dead-letter tools need them. */
public final class ConsumerClients {

    private ConsumerClients() {}

    /**
     * A group member that reads raw value bytes (so a record that is not an event reaches our code
     * instead of failing the poll), commits only explicitly, starts a new group at the earliest
     * offset and sees only committed transactional records.
     */
    static Consumer<String, byte[]> eventConsumer(KafkaConfig config, String group, String clientId,
            Deserializer<String> keys) {
        Properties props = groupMember(config, group);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaConsumer<>(props, keys, new ByteArrayDeserializer());
    }

    /**
     * The properties of such a group member, for a feature's own consumer of a topic that holds no events
     * (e.g. a topology's output), which may add its own.
     */
    public static Properties groupMember(KafkaConfig config, String group) {
        Properties props = config.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    /** A consumer outside any group, for reading a topic by explicit assignment. */
    static Consumer<String, byte[]> reader(KafkaConfig config, String clientId, Deserializer<String> keys) {
        Properties props = config.clientProperties();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, keys, new ByteArrayDeserializer());
    }
}
