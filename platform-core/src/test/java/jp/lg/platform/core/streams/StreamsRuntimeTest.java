package jp.lg.platform.core.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.jackson.Jackson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime before and after it runs; nothing here connects to Kafka. */
class StreamsRuntimeTest {

    @TempDir
    Path stateDir;

    @Test
    void aStoreQueryBeforeTheTopologyRunsIsServiceUnavailableAfterTheWait() {
        StreamsRuntime runtime = runtime(Duration.ofMillis(300));

        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> runtime.keyValueStore("words"));

        assertThat(problem.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(problem.getMessage()).contains("words", "CREATED");
        runtime.stop();
    }

    @Test
    void aStoppedTopologyIsServiceUnavailableAtOnce() {
        StreamsRuntime runtime = runtime(Duration.ofMinutes(5));
        runtime.stop();

        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> runtime.keyValueStore("words"));

        assertThat(problem.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(problem.getMessage()).contains("NOT_RUNNING");
    }

    private StreamsRuntime runtime(Duration storeWait) {
        KafkaConfig kafka = Jackson.newObjectMapper().convertValue(Map.of(
                "bootstrapServers", "127.0.0.1:1", "streamsStateDir", stateDir.toString()), KafkaConfig.class);
        return new StreamsRuntime("lg-platform.test", wordsTopology(), kafka, new MetricRegistry(), storeWait);
    }

    private static Topology wordsTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable("lg.test.words", Consumed.with(Serdes.String(), Serdes.String()),
                Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as("words")
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()));
        return builder.build();
    }
}
