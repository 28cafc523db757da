package jp.lg.platform.core.events.consumer;

import com.codahale.metrics.health.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Unhealthy when an {@link EventConsumer}'s poll thread is not running or has not polled for
 * longer than {@code maxSilence} (stuck in a handler, or waiting for Kafka to take a dead letter).
 */
public final class ConsumerHealthCheck extends HealthCheck {

    /** The usual limit: a poll returns at least every half second when all is well. */
    public static final Duration DEFAULT_MAX_SILENCE = Duration.ofSeconds(60);

    private final EventConsumer<?> consumer;
    private final Duration maxSilence;
    private final Clock clock;

    public ConsumerHealthCheck(EventConsumer<?> consumer) {
        this(consumer, DEFAULT_MAX_SILENCE, Clock.systemUTC());
    }

    public ConsumerHealthCheck(EventConsumer<?> consumer, Duration maxSilence, Clock clock) {
        this.consumer = consumer;
        this.maxSilence = maxSilence;
        this.clock = clock;
    }

    @Override
    protected Result check() {
        if (!consumer.isAlive()) {
            return Result.unhealthy("consumer " + consumer.name() + " is not running");
        }
        Instant lastPoll = consumer.lastPoll();
        Duration silence = Duration.between(lastPoll, clock.instant());
        return silence.compareTo(maxSilence) > 0
                ? Result.unhealthy("consumer " + consumer.name() + " has not polled for " + silence.toSeconds() + " s")
                : Result.healthy("consumer " + consumer.name() + " polled " + silence.toMillis() + " ms ago");
    }
}
