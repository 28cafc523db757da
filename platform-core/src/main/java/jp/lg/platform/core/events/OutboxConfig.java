package jp.lg.platform.core.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** Tuning of the outbox relay; the defaults suit one region on one machine. */
public class OutboxConfig {

    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int batchSize = 500;

    /** How long the relay sleeps when no notification arrives, as a fallback to LISTEN/NOTIFY. */
    @NotNull
    @JsonProperty
    private Duration pollInterval = Duration.seconds(1);

    /** How long sent rows are kept (for inspection) before they are pruned. */
    @NotNull
    @JsonProperty
    private Duration retention = Duration.days(7);

    @NotNull
    @JsonProperty
    private Duration pruneInterval = Duration.minutes(10);

    /** The health check fails when the oldest unsent event is older than this. */
    @NotNull
    @JsonProperty
    private Duration stalledAfter = Duration.minutes(1);

    /**
     * Kafka transactional id of the relay: the same for every instance of one deployment (a new
     * leader fences the old one), different between deployments that share a Kafka cluster.
     */
    @NotEmpty
    @JsonProperty
    private String transactionalId = "lg-platform-outbox";

    public int batchSize() {
        return batchSize;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public Duration retention() {
        return retention;
    }

    public Duration pruneInterval() {
        return pruneInterval;
    }

    public String transactionalId() {
        return transactionalId;
    }

    public Duration stalledAfter() {
        return stalledAfter;
    }
}
