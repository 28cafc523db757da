package jp.lg.platform.ops.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jp.lg.platform.core.bench.BenchOut;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The raw Kafka baseline: one producer configured like the outbox relay's (idempotent,
 * {@code acks=all}, {@code linger.ms=2}) sends records of the event size to a scratch topic with
 * as many partitions as {@code lg.directory.tenants}, as fast as it can.
 */
final class RawKafkaBaseline {

    private static final String TOPIC = "lg.bench.raw";
    private static final int PARTITIONS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String bootstrapServers;
    private final BenchOut out;

    RawKafkaBaseline(String bootstrapServers, BenchOut out) {
        this.bootstrapServers = bootstrapServers;
        this.out = out;
    }

    /** Records per second and megabytes (10^6) per second of payload. */
    record Result(double recordsPerSecond, double megabytesPerSecond) {}

    Result run(int records, int recordBytes, List<String> keys) throws Exception {
        createTopic();
        try (Producer<String, byte[]> producer = producer()) {
            send(producer, Math.min(records, 10_000), recordBytes, keys);
            long start = System.nanoTime();
            send(producer, records, recordBytes, keys);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(records / seconds, (double) records * recordBytes / seconds / 1e6);
        }
    }

    private void send(Producer<String, byte[]> producer, int records, int recordBytes, List<String> keys)
            throws InterruptedException {
        byte[] value = new byte[recordBytes];
        ThreadLocalRandom.current().nextBytes(value);
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long lastProgress = System.nanoTime();
        for (int i = 0; i < records && failure.get() == null; i++) {
            producer.send(new ProducerRecord<>(TOPIC, keys.get(i % keys.size()), value), (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
                acked.incrementAndGet();
            });
            if (System.nanoTime() - lastProgress > 1_000_000_000L) {
                out.line("  raw Kafka: %,d / %,d records acknowledged", acked.get(), records);
                lastProgress = System.nanoTime();
            }
        }
        producer.flush();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (acked.get() < records && failure.get() == null && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
            if (System.nanoTime() - lastProgress > 1_000_000_000L) {
                out.line("  raw Kafka: %,d / %,d records acknowledged", acked.get(), records);
                lastProgress = System.nanoTime();
            }
        }
        if (acked.get() < records && failure.get() == null) {
            throw new IllegalStateException("raw Kafka: only " + acked.get() + " of " + records
                    + " records acknowledged after " + TIMEOUT.toSeconds() + " s");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("raw Kafka send failed: " + failure.get().getMessage(), failure.get());
        }
    }

    private void createTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private Producer<String, byte[]> producer() {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "lg-bench-raw",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.LINGER_MS_CONFIG, "2",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
