package jp.lg.platform.core.streams;

import com.codahale.metrics.health.HealthCheck;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Healthy while a topology is {@code RUNNING} or {@code REBALANCING} (still serving, briefly
 * moving work between instances); unhealthy in any other state, which the message names.
 */
public final class StreamsHealthCheck extends HealthCheck {

    private final String applicationId;
    private final Supplier<KafkaStreams.State> state;

    public StreamsHealthCheck(StreamsRuntime runtime) {
        this(runtime.applicationId(), runtime::state);
    }

    /** For a state read from anywhere, e.g. a fixed value in a test. */
    public StreamsHealthCheck(String applicationId, Supplier<KafkaStreams.State> state) {
        this.applicationId = applicationId;
        this.state = state;
    }

    @Override
    protected Result check() {
        KafkaStreams.State current = state.get();
        return switch (current) {
            case RUNNING, REBALANCING -> Result.healthy("streams %s is %s", applicationId, current);
            default -> Result.unhealthy("streams %s is %s", applicationId, current);
        };
    }
}
