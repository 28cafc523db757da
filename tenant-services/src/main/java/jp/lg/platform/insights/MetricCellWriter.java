package jp.lg.platform.insights;

import com.codahale.metrics.health.HealthCheck;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import jp.lg.platform.core.events.consumer.ConsumerClients;
import jp.lg.platform.core.events.consumer.RetryPolicy;
import jp.lg.platform.core.kafka.KafkaConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the insights topology's cells ({@link InsightsTopics#CELLS}) into {@code metric_values}: the cells
 * of each poll, the latest per key, as the rows of their metrics in one PostgreSQL transaction of batched
 * upserts; then the offsets are committed. A cell is the whole state of its key and a partition keeps its
 * keys in order, so writing a cell again (after a crash between the transaction and the offset commit, or
 * after a rebalance) leaves the same rows. A batch that cannot be written is read again from its first
 * offsets after a backoff; nothing is skipped but a record that is no cell, which is logged.
 *
 * <p>PostgreSQL stays out of the topology's Kafka transactions: the stream thread only computes, and the
 * database sees one transaction per poll instead of one per cell.
 */
final class MetricCellWriter implements Managed {

    /** The writer's consumer group. */
    static final String GROUP = InsightsModule.APPLICATION_ID + "-cells";
    /** Health turns unhealthy when writes have failed for this long. */
    static final Duration FAILING_TOO_LONG = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(MetricCellWriter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);
    private static final String UPSERT = "insert into metric_values (metric_id, municipality_code, period, programme,"
            + " specialty, value, observations, numerator, denominator, distribution, updated_at)"
            + " values (:metric, :town, :period, :programme, :specialty, :value, :n, :num, :den,"
            + " cast(:distribution as jsonb), now())"
            + " on conflict (metric_id, municipality_code, period, programme, specialty) do update set"
            + " value = excluded.value, observations = excluded.observations, numerator = excluded.numerator,"
            + " denominator = excluded.denominator, distribution = excluded.distribution, updated_at = excluded.updated_at";

    private final Jdbi jdbi;
    private final KafkaConfig kafka;
    /** Only its backoff is used: a batch is tried until it is written. */
    private final RetryPolicy retry = RetryPolicy.defaults();
    private final Thread thread = new Thread(this::run, "insights-cell-writer");
    private volatile boolean running;
    private volatile Consumer<String, byte[]> consumer;
    private volatile Instant failingSince;
    private volatile String lastError;

    MetricCellWriter(Jdbi jdbi, KafkaConfig kafka) {
        this.jdbi = jdbi;
        this.kafka = kafka;
        thread.setDaemon(true);
    }

    @Override
    public void start() {
        running = true;
        thread.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Healthy unless writes have been failing for {@link #FAILING_TOO_LONG}. */
    HealthCheck health() {
        return new HealthCheck() {
            @Override
            protected Result check() {
                Instant since = failingSince;
                if (since != null && since.plus(FAILING_TOO_LONG).isBefore(Instant.now())) {
                    return Result.unhealthy("metric cells have not been written since %s: %s", since, lastError);
                }
                return Result.healthy();
            }
        };
    }

    private void run() {
        try (Consumer<String, byte[]> cells = consumer()) {
            consumer = cells;
            cells.subscribe(List.of(InsightsTopics.CELLS.name()));
            int failures = 0;
            while (running) {
                ConsumerRecords<String, byte[]> records = cells.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    write(latest(records));
                    cells.commitSync();
                    failures = 0;
                    failingSince = null;
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    failures++;
                    if (failingSince == null) {
                        failingSince = Instant.now();
                    }
                    lastError = e.toString();
                    Duration pause = retry.backoffAfter(failures);
                    LOG.warn("Could not write {} metric cells ({}); reading them again in {} ms", records.count(), e,
                            pause.toMillis());
                    rewind(cells, records);
                    TimeUnit.MILLISECONDS.sleep(pause.toMillis());
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The metric cell writer stopped", e);
            failingSince = Instant.now().minus(FAILING_TOO_LONG);
            lastError = e.toString();
        }
    }

    /** The latest cell of each key in {@code records}, in key order (so concurrent writers lock rows in one order). */
    static Map<CellKey, Cell> latest(ConsumerRecords<String, byte[]> records) {
        Map<String, Cell> byKey = new HashMap<>();
        var values = InsightsTopics.CELLS.valueSerde().deserializer();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                byKey.put(record.key(), values.deserialize(record.topic(), record.value()));
            } catch (RuntimeException e) {
                LOG.error("Skipping {}-{}@{}: not a metric cell ({})", record.topic(), record.partition(),
                        record.offset(), e.toString());
            }
        }
        Map<CellKey, Cell> latest = new TreeMap<>(Comparator.comparing(CellKey::toString));
        byKey.forEach((key, cell) -> {
            try {
                CellKey parsed = CellKey.parse(key);
                if (!Periods.isFiscalYear(parsed.period())) { // earlier versions also sent fiscal-year cells
                    latest.put(parsed, cell == null ? Cell.ZERO : cell);
                }
            } catch (RuntimeException e) {
                LOG.error("Skipping the metric cell {}: not a cell key ({})", key, e.toString());
            }
        });
        return latest;
    }

    /** Each cell as the rows of its metrics, in one transaction. */
    void write(Map<CellKey, Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(UPSERT);
            cells.forEach((key, cell) -> {
                for (Metric metric : MetricCatalogue.of(key)) {
                    Figure figure = Figure.of(metric, cell);
                    batch.bind("metric", metric.id())
                            .bind("town", key.municipality())
                            .bind("period", key.period())
                            .bind("programme", key.programme())
                            .bind("specialty", key.specialty())
                            .bind("value", figure.value(metric.kind()))
                            .bind("n", figure.observations(metric.kind()))
                            .bind("num", figure.numerator())
                            .bind("den", figure.denominator())
                            .bind("distribution", json(figure))
                            .add();
                }
            });
            batch.execute();
        });
    }

    private static void rewind(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, records.records(partition).get(0).offset());
            }
        }
    }

    private Consumer<String, byte[]> consumer() {
        Properties props = ConsumerClients.groupMember(kafka, GROUP);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String json(Figure figure) {
        try {
            return JSON.writeValueAsString(figure.distribution());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
