package jp.lg.platform.ops.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Latency up to "published to Kafka": a plain consumer of {@code lg.directory.tenants} (no group,
 * {@code read_committed}, from the end at start) notes, per event, its arrival time minus the
 * envelope's {@code occurredAt}. Runs on its own thread until closed.
 */
final class PublishedLatencies implements EffectLatencies {

    private record Arrival(long occurredAtMillis, double latencyMillis) {}

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Arrival> arrivals = new ArrayList<>();
    private final Thread thread;

    PublishedLatencies(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5"), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(BenchEvents.TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::poll, "bench-published-latencies");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String measuredTo() {
        return "kafka";
    }

    private void poll() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Instant now = Instant.now();
                    EventMetadata meta = Outbox.metadataOf(EventSerde.codec().decode(record.value()));
                    long occurred = meta.getOccurredAt().toEpochMilli();
                    double latency = (now.toEpochMilli() - occurred) + now.getNano() % 1_000_000 / 1e6;
                    synchronized (arrivals) {
                        arrivals.add(new Arrival(occurred, latency));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public double[] collect(Instant from, Instant to, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            double[] latencies = within(from.toEpochMilli(), to.toEpochMilli());
            if (latencies.length >= expected || System.nanoTime() > deadline) {
                return latencies;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private double[] within(long from, long to) {
        synchronized (arrivals) {
            return arrivals.stream().filter(a -> a.occurredAtMillis() >= from && a.occurredAtMillis() <= to)
                    .mapToDouble(Arrival::latencyMillis).toArray();
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
