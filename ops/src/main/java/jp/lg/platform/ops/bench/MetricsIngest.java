package jp.lg.platform.ops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.core.events.EventSerde;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka side of the {@code metrics} benchmark: creates the input topics as the application's topic
 * registry declares them, fills them with {@link MetricsEvents}, reads them back with a plain consumer (the
 * raw baseline), and follows a consumer group's committed offsets against the topics' end offsets.
 */
final class MetricsIngest implements AutoCloseable {

    private static final Duration PROGRESS = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final BenchOut out;
    private final Admin admin;

    MetricsIngest(String bootstrapServers, BenchOut out) {
        this.bootstrapServers = bootstrapServers;
        this.out = out;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** The three input topics, 3 partitions each, deleted by age (as {@code Topic.Cleanup.DELETE}). */
    void createTopics() throws Exception {
        List<NewTopic> topics = MetricsEvents.TOPICS.stream()
                .map(name -> new NewTopic(name, MetricsEvents.PARTITIONS, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)))
                .toList();
        admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
    }

    /**
     * Sends {@code count} events with a producer built for bulk loading (idempotent, {@code acks=all}, 512 KiB
     * batches, 20 ms linger; uncompressed like the relay's, so the broker and the consumers do not spend the
     * two cores on lz4); returns the events per second until every one was acknowledged.
     */
    double produce(MetricsEvents events, long count) throws Exception {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "lg-bench-metrics-loader",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024),
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L * 1024 * 1024),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long start = System.nanoTime();
        long nextProgress = start + PROGRESS.toNanos();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < count && failure.get() == null; i++) {
                var record = events.next();
                bytes += record.value().length;
                producer.send(record, (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                    acked.incrementAndGet();
                });
                if (System.nanoTime() > nextProgress) {
                    out.line("  sent %,d / %,d events (%,d acknowledged), %.0f s", i + 1, count, acked.get(),
                            (System.nanoTime() - start) / 1e9);
                    nextProgress += PROGRESS.toNanos();
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("sending the events failed: " + failure.get().getMessage(), failure.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.line("  %,d events (%,.0f MB of Avro before compression; %s) in %.1f s", count, bytes / 1e6,
                events.livesBegun(), seconds);
        return count / seconds;
    }

    /** The sum of the end offsets of the input topics, and each partition's. */
    Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e
                : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
            ends.put(e.getKey(), e.getValue().offset());
        }
        return ends;
    }

    static List<TopicPartition> inputPartitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : MetricsEvents.TOPICS) {
            for (int p = 0; p < MetricsEvents.PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
        }
        return partitions;
    }

    /** What a plain consumer achieved: records and seconds from its first poll to the last record. */
    record Read(long records, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    /**
     * Reads every input partition from the beginning with one plain consumer ({@code read_committed}, as
     * Streams under exactly-once; no group, no commits) until {@code expected} records have arrived;
     * {@code decode} also decodes each value as the application's serde does.
     */
    Read readAll(long expected, boolean decode) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "lg-bench-metrics-raw",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000",
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        long records = 0;
        long checksum = 0;
        long start = System.nanoTime();
        long nextProgress = start + PROGRESS.toNanos();
        long deadline = start + TimeUnit.MINUTES.toNanos(10);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = inputPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (records < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("raw consumer: only " + records + " of " + expected
                            + " records after 10 minutes");
                }
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    checksum += decode ? EventSerde.codec().decode(record.value()).getSchema().getName().length()
                            + new String(record.key(), java.nio.charset.StandardCharsets.UTF_8).length()
                            : record.value().length;
                }
                records += batch.count();
                if (System.nanoTime() > nextProgress) {
                    out.line("  raw consumer%s: %,d / %,d records", decode ? " (decoding)" : "", records, expected);
                    nextProgress += PROGRESS.toNanos();
                }
            }
        }
        if (checksum == 0) {
            throw new IllegalStateException("raw consumer read nothing");
        }
        return new Read(records, (System.nanoTime() - start) / 1e9);
    }

    /** A consumer group's position: committed offsets summed over the input topics, and the lag of all its partitions. */
    record Position(long inputCommitted, long inputLag, long internalLag, int partitions) {}

    /**
     * Where {@code group} stands: its committed offsets on the input topics against {@code inputEnds}, and
     * on its own internal (repartition) topics against their end offsets now. An empty group has committed
     * nothing yet.
     */
    Position position(String group, Map<TopicPartition, Long> inputEnds) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        long inputCommitted = 0;
        long inputLag = 0;
        for (Map.Entry<TopicPartition, Long> end : inputEnds.entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            long at = offset == null ? 0 : offset.offset();
            inputCommitted += at;
            inputLag += end.getValue() - at;
        }
        List<TopicPartition> internal = committed.keySet().stream()
                .filter(p -> !inputEnds.containsKey(p) && p.topic().startsWith(group)).toList();
        long internalLag = 0;
        if (!internal.isEmpty()) {
            Map<TopicPartition, Long> ends = endOffsets(internal);
            for (TopicPartition p : internal) {
                // under exactly-once the last record of a partition is followed by a transaction marker,
                // which a caught-up consumer's committed offset need not have passed yet
                internalLag += Math.max(0, ends.get(p) - committed.get(p).offset() - 1);
            }
        }
        return new Position(inputCommitted, inputLag, internalLag, committed.size());
    }

    /**
     * How far {@code group} is behind the end of {@code topic}, summed over its partitions (a partition the
     * group has not committed counts from 0). As above, a transaction marker after the last record is no lag.
     */
    long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                .partitions().size();
        List<TopicPartition> all = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            all.add(new TopicPartition(topic, p));
        }
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets(all).entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += at == null ? end.getValue() : Math.max(0, end.getValue() - at.offset() - 1);
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
