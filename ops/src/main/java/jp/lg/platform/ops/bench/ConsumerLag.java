package jp.lg.platform.ops.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind their input topics some consumer groups fall while a phase runs: every
 * {@link #PERIOD_MS} ms, the read-committed end offsets (what committed transactions have written) of
 * what each group reads minus its committed offsets, summed over partitions (transaction markers count
 * as records, one per commit and partition); keeps the largest seen per group. Tells which stage of
 * a pipeline a queue builds up in.
 */
final class ConsumerLag implements AutoCloseable {

    static final long PERIOD_MS = 250;
    /** The end a read-committed consumer can reach: records of transactions still open do not count. */
    private static final ListOffsetsOptions READ_COMMITTED = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);

    private final Admin admin;
    private final Map<String, String> groups;
    private final Map<String, Long> max = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-consumer-lag");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code groups}: consumer group id → its label in the results, in the order to print them. */
    ConsumerLag(String bootstrapServers, Map<String, String> groups) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.groups = groups;
        sampler.scheduleWithFixedDelay(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** The largest lag seen so far per group, by label; the sampling goes on. */
    Map<String, Long> maxSoFar() {
        Map<String, Long> result = new LinkedHashMap<>();
        groups.forEach((group, label) -> result.put(label, max.getOrDefault(group, 0L)));
        return result;
    }

    /** Forgets the largest lags seen so far (between phases). */
    void reset() {
        max.clear();
    }

    static String describe(Map<String, Long> lags) {
        return lags.entrySet().stream().map(e -> String.format("%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private void sample() {
        for (String group : groups.keySet()) {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())), READ_COMMITTED)
                        .all().get(5, TimeUnit.SECONDS);
                long lag = committed.entrySet().stream().filter(e -> e.getValue() != null)
                        .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset())).sum();
                max.merge(group, lag, Math::max);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException | KafkaException e) {
                // a group that has not committed yet, or a slow answer: the next sample tries again
            }
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        admin.close();
    }
}
