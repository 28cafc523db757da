package jp.lg.platform.core.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamsHealthCheckTest {

    @Test
    void isHealthyWhileRunning() {
        HealthCheck.Result result = new StreamsHealthCheck("lg-platform.directory", () -> KafkaStreams.State.RUNNING).execute();

        assertThat(result.isHealthy()).isTrue();
        assertThat(result.getMessage()).contains("lg-platform.directory", "RUNNING");
    }

    @Test
    void isHealthyWhileRebalancing() {
        assertThat(new StreamsHealthCheck("app", () -> KafkaStreams.State.REBALANCING).execute().isHealthy()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = KafkaStreams.State.class, names = {"CREATED", "PENDING_SHUTDOWN", "NOT_RUNNING", "PENDING_ERROR", "ERROR"})
    void isUnhealthyAndNamesTheStateOtherwise(KafkaStreams.State state) {
        HealthCheck.Result result = new StreamsHealthCheck("lg-platform.directory", () -> state).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).isEqualTo("streams lg-platform.directory is " + state);
    }
}
