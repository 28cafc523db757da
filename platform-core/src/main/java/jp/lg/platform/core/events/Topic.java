package jp.lg.platform.core.events;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic of the platform and everything needed to use it: name ({@code lg.<context>.<stream>}),
 * serdes, partition count and cleanup policy. Producers, consumers, topologies and tests all use
 * the same constant, so they cannot disagree.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, Cleanup cleanup) {

    /** Suffix of the dead-letter topic that goes with every topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public Topic {
        if (!name.startsWith("lg.")) {
            throw new IllegalArgumentException("platform topics are named lg.<context>.<stream>, got " + name);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException(name + ": partitions must be at least 1");
        }
    }

    /** The topic's own Kafka configuration (cleanup policy and what goes with it). */
    public Map<String, String> config() {
        return cleanup == Cleanup.COMPACT
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }

    /**
     * Configuration of the dead-letter topic: never compacted (dead letters may share a key or
     * have none) and kept until deleted by hand, since each one is data that still needs a fix.
     */
    public Map<String, String> deadLetterConfig() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, "-1");
    }

    /** Name of the topic that receives this topic's records no consumer could process. */
    public String deadLetterName() {
        return name + DEAD_LETTER_SUFFIX;
    }

    /** How Kafka keeps a topic's records: all for a retention period, or the latest per key. */
    public enum Cleanup {
        DELETE,
        COMPACT
    }
}
