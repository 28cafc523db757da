package jp.lg.platform.ops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker running in this JVM in KRaft mode (broker and controller in one
 * node). Its log directory is formatted only the first time, so a broker restarted on the same
 * directory keeps its topics and offsets. Start returns once an admin client sees the cluster.
 * Close it to stop the broker; an ephemeral broker also deletes its directory.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private KafkaRaftServer server;
    private final KafkaBrokerConfig config;
    private final boolean deleteOnClose;

    private LocalKafka(KafkaRaftServer server, KafkaBrokerConfig config, boolean deleteOnClose) {
        this.server = server;
        this.config = config;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts a broker whose log directory is {@code dataDirectory}.
     *
     * @param brokerPort the client (PLAINTEXT) port on 127.0.0.1
     * @param controllerPort the KRaft controller port on 127.0.0.1; must differ from brokerPort
     */
    public static LocalKafka start(Path dataDirectory, int brokerPort, int controllerPort) {
        return start(new KafkaBrokerConfig(dataDirectory, brokerPort, controllerPort), false);
    }

    /**
     * Starts a throw-away broker on a temporary directory and free ports; the directory is deleted
     * on {@link #close()}. Meant for integration tests.
     */
    public static LocalKafka startEphemeral() {
        try {
            Path dir = Files.createTempDirectory("lg-kafka-");
            return start(new KafkaBrokerConfig(dir, Ports.anyFree(), Ports.anyFree()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary Kafka directory", e);
        }
    }

    private static LocalKafka start(KafkaBrokerConfig brokerConfig, boolean deleteOnClose) {
        KafkaConfig config = KafkaConfig.fromProps(brokerConfig.toProperties(), false);
        KafkaStorage.formatIfNeeded(config, brokerConfig.logDir());
        LocalKafka kafka = new LocalKafka(new KafkaRaftServer(config, Time.SYSTEM), brokerConfig, deleteOnClose);
        kafka.startServer();
        return kafka;
    }

    private void startServer() {
        try {
            server.startup();
            awaitReady();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Stops the broker but keeps its data and ports, as an outage would; {@link #resume()} brings
     * it back. For fault-injection tests.
     */
    public synchronized void suspend() {
        server.shutdown();
        server.awaitShutdown();
    }

    /** Starts the broker again after {@link #suspend()}, on the same data and ports. */
    public synchronized void resume() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(config.toProperties(), false), Time.SYSTEM);
        startServer();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka at " + bootstrapServers() + " not ready after "
                                + READY_TIMEOUT.toSeconds() + " s: " + e.getMessage(), e);
                    }
                }
                sleep(Duration.ofMillis(100));
            }
        }
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** Stops the broker and waits until it has stopped. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            Directories.deleteRecursively(config.logDir());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
