package jp.lg.platform.core.streams;

import java.time.Duration;
import java.util.Properties;
import jp.lg.platform.core.kafka.KafkaClients;
import jp.lg.platform.core.kafka.KafkaConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * The Kafka Streams configuration of one platform topology: exactly-once processing, state under
 * the configured directory, short commits so queries see fresh data. No default serdes are set, so
 * a topology that forgets an explicit serde fails at start instead of guessing.
 */
public final class StreamsProperties {

    /** How often state is committed and caches flushed; short, because stores answer API reads. */
    public static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

    private StreamsProperties() {}

    /**
     * Properties for {@code applicationId} on the cluster of {@code kafka}. Streams keeps each
     * application id in its own subdirectory of {@code state.dir}, so the state of this topology
     * lives in {@code <streamsStateDir>/<applicationId>}.
     */
    public static Properties of(String applicationId, KafkaConfig kafka) {
        return of(applicationId, kafka, COMMIT_INTERVAL);
    }

    /**
     * As {@link #of(String, KafkaConfig)} with another commit interval. Under exactly-once a record's
     * output is visible to read-committed consumers only after the commit, so a topology whose output
     * people wait for commits more often.
     */
    public static Properties of(String applicationId, KafkaConfig kafka, Duration commitInterval) {
        Properties props = kafka.clientProperties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.CLIENT_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, kafka.streamsStateDir());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Short.toString(kafka.replicationFactor()));
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitInterval.toMillis()));
        // its transactions follow each other closely, like the relay's (see KafkaClients)
        props.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), KafkaClients.TRANSACTIONAL_RETRY_BACKOFF_MS);
        // A record no serde can read is logged and skipped: it must not stop the whole topology.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName());
        // Global tables follow the same error handling as the stream threads (the Kafka 5.0 default).
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        return props;
    }
}
