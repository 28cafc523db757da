package jp.lg.platform.core.streams;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.errors.UnknownStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka Streams topology running inside the application, under its own application id, with
 * the platform's {@link StreamsProperties}. {@link #start()} returns at once (Streams first loads
 * global stores, which may take a while); {@link #keyValueStore} waits, bounded, until the
 * topology runs. A failed stream thread is logged, counted in the meter
 * {@code streams.<applicationId>.uncaught-errors} and replaced; the global thread (global tables)
 * cannot be replaced, so its failure leaves the runtime in {@code ERROR}, which
 * {@link StreamsHealthCheck} reports. Thread-safe.
 */
public final class StreamsRuntime implements Managed, QueryableStores {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRuntime.class);
    /** How long a store query waits for the topology to run before answering 503. */
    public static final Duration DEFAULT_STORE_WAIT = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final String applicationId;
    private final KafkaStreams streams;
    private final Meter uncaughtErrors;
    private final Duration storeWait;
    private volatile Thread starter;

    public StreamsRuntime(String applicationId, Topology topology, KafkaConfig kafka, MetricRegistry metrics) {
        this(applicationId, topology, kafka, metrics, DEFAULT_STORE_WAIT);
    }

    public StreamsRuntime(String applicationId, Topology topology, KafkaConfig kafka, MetricRegistry metrics,
            Duration storeWait) {
        this(applicationId, topology, kafka, metrics, storeWait, StreamsProperties.COMMIT_INTERVAL);
    }

    /** With its own commit interval (see {@link StreamsProperties#of(String, KafkaConfig, Duration)}). */
    public StreamsRuntime(String applicationId, Topology topology, KafkaConfig kafka, MetricRegistry metrics,
            Duration storeWait, Duration commitInterval) {
        this(topology, StreamsProperties.of(applicationId, kafka, commitInterval), metrics, storeWait);
    }

    /**
     * With properties of its own: start from {@link StreamsProperties#of(String, KafkaConfig, Duration)} and
     * change what the topology needs (e.g. a larger cache for a topology that aggregates much).
     */
    public StreamsRuntime(Topology topology, Properties properties, MetricRegistry metrics, Duration storeWait) {
        this.applicationId = properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        this.storeWait = storeWait;
        this.uncaughtErrors = metrics.meter(MetricRegistry.name("streams", applicationId, "uncaught-errors"));
        this.streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(this::onUncaughtError);
        streams.setStateListener((now, before) -> LOG.info("Streams {}: {} -> {}", applicationId, before, now));
    }

    public String applicationId() {
        return applicationId;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void start() {
        // KafkaStreams.start() blocks until global stores are loaded; the application must not wait for that.
        Thread thread = new Thread(this::startStreams, "streams-start-" + applicationId);
        thread.setDaemon(true);
        starter = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = starter;
        if (thread != null && thread.isAlive()) {
            thread.interrupt();
        }
        // Leave the group at once: a member that stays until its session times out (45 s) keeps
        // the next instance's rebalance waiting, and its partitions unprocessed meanwhile.
        if (!streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT))) {
            LOG.warn("Streams {} did not close within {} s", applicationId, CLOSE_TIMEOUT.toSeconds());
        }
    }

    @Override
    public <K, V> ReadOnlyKeyValueStore<K, V> keyValueStore(String name) {
        StoreQueryParameters<ReadOnlyKeyValueStore<K, V>> query =
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore());
        Instant deadline = Instant.now().plus(storeWait);
        while (true) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING) {
                try {
                    return streams.store(query);
                } catch (UnknownStateStoreException e) {
                    throw new IllegalArgumentException("topology " + applicationId + " has no store " + name, e);
                } catch (InvalidStateStoreException e) {
                    LOG.debug("Store {} not queryable yet: {}", name, e.getMessage());
                }
            } else if (state != KafkaStreams.State.CREATED && state != KafkaStreams.State.REBALANCING) {
                throw unavailable(name, state);
            }
            if (Instant.now().isAfter(deadline)) {
                throw unavailable(name, state);
            }
            pause(name, state);
        }
    }

    private void startStreams() {
        try {
            streams.start();
        } catch (RuntimeException e) {
            LOG.error("Streams {} could not start (state {})", applicationId, streams.state(), e);
        }
    }

    private StreamThreadExceptionResponse onUncaughtError(Throwable error) {
        uncaughtErrors.mark();
        LOG.error("Streams {}: a stream thread failed and is replaced", applicationId, error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private void pause(String name, KafkaStreams.State state) {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(name, state);
        }
    }

    private ProblemException unavailable(String store, KafkaStreams.State state) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The " + store + " view is not available (streams "
                + applicationId + " is " + state + "); try again in a few seconds");
    }
}
