package jp.lg.platform.ops.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The raw Kafka end-to-end baseline of the chat benchmarks: a bare producer (idempotent, acks=all,
 * linger 2 ms, like the outbox relay) sends at a fixed rate, a bare consumer polls; the latency of
 * a record is from just before {@code send} to its arrival in {@code poll}, in one JVM.
 */
final class RawKafkaLatency {

    private static final int PARTITIONS = 3;

    private final String bootstrapServers;

    RawKafkaLatency(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Latencies in milliseconds of {@code perSecond × duration} records. */
    double[] run(int perSecond, Duration duration) throws Exception {
        String topic = "lg.bench.latency-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        int total = (int) (perSecond * duration.toSeconds());
        List<Double> latencies = new ArrayList<>(total);
        try (KafkaConsumer<String, byte[]> consumer = consumer();
                KafkaProducer<String, byte[]> producer = producer()) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().size() < PARTITIONS) {
                consumer.poll(Duration.ofMillis(100));
            }
            Thread sender = new Thread(() -> {
                long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
                long start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    LockSupport.parkNanos(start + i * interval - System.nanoTime());
                    byte[] value = ByteBuffer.allocate(Long.BYTES).putLong(System.nanoTime()).array();
                    producer.send(new ProducerRecord<>(topic, "k" + (i % 64), value));
                }
                producer.flush();
            }, "raw-kafka-latency-sender");
            sender.start();
            long deadline = System.nanoTime() + duration.toNanos() + TimeUnit.SECONDS.toNanos(30);
            while (latencies.size() < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    latencies.add((System.nanoTime() - ByteBuffer.wrap(record.value()).getLong()) / 1e6);
                }
            }
            sender.join();
        }
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "2"), new StringSerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "lg-bench-latency-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new ByteArrayDeserializer());
    }
}
