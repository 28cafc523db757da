package jp.lg.platform.core.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.jackson.Jackson;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import jp.lg.platform.core.kafka.KafkaConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {

    private static final KafkaConfig KAFKA = Jackson.newObjectMapper().convertValue(Map.of(
            "bootstrapServers", "kafka-1:9092", "replicationFactor", 3, "streamsStateDir", "/var/lib/lg/streams",
            "properties", Map.of("security.protocol", "SSL")), KafkaConfig.class);

    @Test
    void processesExactlyOnceUnderItsOwnApplicationId() {
        Properties props = StreamsProperties.of("lg-platform.directory", KAFKA);

        assertThat(props).containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "lg-platform.directory")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka-1:9092")
                .containsEntry("security.protocol", "SSL");
    }

    @Test
    void skipsRecordsNoSerdeCanReadInsteadOfStoppingTheTopology() {
        Properties props = StreamsProperties.of("lg-platform.directory", KAFKA);

        assertThat(props).containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                "org.apache.kafka.streams.errors.LogAndContinueExceptionHandler")
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    }

    @Test
    void keepsStateInTheConfiguredDirectoryAndReplicatesInternalTopicsLikeTheCluster() {
        Properties props = StreamsProperties.of("lg-platform.directory", KAFKA);

        assertThat(props).containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/var/lib/lg/streams")
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "3")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
    }

    @Test
    void aTopologyWhoseOutputPeopleWaitForCommitsMoreOften() {
        Properties props = StreamsProperties.of("lg-platform.notifications-router", KAFKA, Duration.ofMillis(20));

        assertThat(props).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "20")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry("producer.retry.backoff.ms", "10");
    }

    @Test
    void setsNoDefaultSerdesSoEveryTopologyMustNameItsOwn() {
        Properties props = StreamsProperties.of("lg-platform.directory", KAFKA);

        assertThat(props).doesNotContainKeys(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG,
                StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG);
    }
}
