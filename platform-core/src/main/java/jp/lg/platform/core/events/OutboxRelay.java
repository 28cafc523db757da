package jp.lg.platform.core.events;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox to Kafka. Wakes on {@code NOTIFY lg_outbox} (polling as a fallback), sends
 * pending rows in id order, each batch in one Kafka transaction, and marks them sent only after
 * that transaction has committed; on any failure both transactions roll back and the rows are sent
 * again with a fresh producer, so an event may reach Kafka twice but is never lost, and a reader of
 * committed records never sees a later event of a key before an earlier one (consumers deduplicate
 * by event id).
 * Several application instances may run a relay: one leads at a time (a PostgreSQL advisory
 * lock), which keeps the events of one key in order; rows are claimed {@code FOR UPDATE SKIP LOCKED}.
 */
public final class OutboxRelay implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Jdbi jdbi;
    private final OutboxConfig config;
    private final OutboxPublisher publisher;
    private final Meter published;
    private final Meter failures;
    private volatile boolean running;
    private Thread thread;

    /** {@code producers} makes a transactional producer (see {@code KafkaClients.transactionalEventProducer}). */
    public OutboxRelay(Jdbi jdbi, Supplier<Producer<String, byte[]>> producers, OutboxConfig config,
            MetricRegistry metrics) {
        this.jdbi = jdbi;
        this.config = config;
        this.publisher = new OutboxPublisher(jdbi, producers, config.batchSize());
        this.published = metrics.meter("outbox.published");
        this.failures = metrics.meter("outbox.failures");
        CachedGauge<OutboxBacklog> backlog = new CachedGauge<>(2, TimeUnit.SECONDS) {
            @Override
            protected OutboxBacklog loadValue() {
                return OutboxBacklog.read(jdbi);
            }
        };
        metrics.gauge("outbox.pending", () -> () -> backlog.getValue().pending());
        metrics.gauge("outbox.oldest-pending-age-seconds", () -> () -> backlog.getValue().oldestAge().toSeconds());
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(15));
        }
        publisher.close();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        Instant nextPrune = Instant.now();
        while (running) {
            try (OutboxListener listener = OutboxListener.open(jdbi)) {
                while (running) {
                    if (!listener.leads()) {
                        sleep(config.pollInterval().toJavaDuration());
                        continue;
                    }
                    int sent = publisher.publishPending();
                    published.mark(sent);
                    backoff = Duration.ofMillis(100);
                    if (Instant.now().isAfter(nextPrune)) {
                        publisher.prune(config.retention().toJavaDuration());
                        nextPrune = Instant.now().plus(config.pruneInterval().toJavaDuration());
                    }
                    if (sent == 0) {
                        listener.await(config.pollInterval().toJavaDuration());
                    }
                }
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                failures.mark();
                publisher.reset();
                LOG.warn("Outbox relay cannot publish ({}); retrying in {} ms", e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
