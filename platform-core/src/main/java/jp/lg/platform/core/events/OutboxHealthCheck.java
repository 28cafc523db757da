package jp.lg.platform.core.events;

import com.codahale.metrics.health.HealthCheck;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** Unhealthy when the oldest unsent event has waited longer than the configured threshold. */
public final class OutboxHealthCheck extends HealthCheck {

    private final Jdbi jdbi;
    private final Duration stalledAfter;

    public OutboxHealthCheck(Jdbi jdbi, Duration stalledAfter) {
        this.jdbi = jdbi;
        this.stalledAfter = stalledAfter;
    }

    @Override
    protected Result check() {
        OutboxBacklog backlog = OutboxBacklog.read(jdbi);
        String summary = backlog.pending() + " pending, oldest waiting " + backlog.oldestAge().toSeconds() + " s";
        return backlog.oldestAge().compareTo(stalledAfter) > 0
                ? Result.unhealthy("outbox relay is behind: " + summary + " (is Kafka reachable?)")
                : Result.healthy(summary);
    }
}
