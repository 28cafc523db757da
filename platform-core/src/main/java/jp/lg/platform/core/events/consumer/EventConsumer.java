package jp.lg.platform.core.events.consumer;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.core.kafka.KafkaClients;
import jp.lg.platform.core.kafka.KafkaConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one topic's events to one {@link EventHandler}, exactly once in effect and in order per
 * partition. The consumer's {@code name} is its Kafka group id and its key in
 * {@code processed_events}; never rename a running consumer, or it reads the topic again from
 * the start (harmlessly, but slowly). Each of its {@code members} (one by default; more than one
 * per partition would stand idle) is a group member on a dedicated thread that polls, processes the
 * records of the poll (together in one transaction where it can, see {@link RecordProcessor}) and
 * commits their offsets without waiting for the broker (synchronously when stopping): an offset that is lost
 * only means its events are read again and skipped as duplicates. Records that cannot
 * be decoded, or keep failing, go to {@code <topic>.dlq} and the partition moves on. Meters
 * {@code consumer.<name>.processed}, {@code .skipped-duplicates} and {@code .dead-lettered}.
 */
public final class EventConsumer<V extends SpecificRecord> implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final String name;
    private final Topic<String, V> topic;
    private final KafkaConfig kafka;
    private final RetryPolicy retry;
    private final Clock clock;
    private final RecordProcessor.Apply<V> apply;
    private final Meter processed;
    private final Meter duplicates;
    private final Meter deadLettered;
    private final int size;
    /** Read by health checks while the lifecycle starts them. */
    private final List<Member> members = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    public EventConsumer(String name, Topic<String, V> topic, EventHandler<V> handler, Jdbi jdbi, KafkaConfig kafka,
            RetryPolicy retry, MetricRegistry metrics) {
        this(name, topic, handler, jdbi, kafka, retry, metrics, 1);
    }

    /**
     * With {@code members} group members, each on its own thread: Kafka gives each its share of the
     * partitions, so the handler must be safe to run for different partitions at once.
     */
    public EventConsumer(String name, Topic<String, V> topic, EventHandler<V> handler, Jdbi jdbi, KafkaConfig kafka,
            RetryPolicy retry, MetricRegistry metrics, int members) {
        if (members < 1) {
            throw new IllegalArgumentException("a consumer needs at least one member, not " + members);
        }
        this.name = name;
        this.topic = topic;
        this.kafka = kafka;
        this.retry = retry;
        this.clock = Clock.systemUTC();
        this.apply = new ProcessedEvents<>(jdbi, name, handler);
        this.processed = metrics.meter(MetricRegistry.name("consumer", name, "processed"));
        this.duplicates = metrics.meter(MetricRegistry.name("consumer", name, "skipped-duplicates"));
        this.deadLettered = metrics.meter(MetricRegistry.name("consumer", name, "dead-lettered"));
        this.size = members;
    }

    public String name() {
        return name;
    }

    /** Whether every poll thread is running; false before start, after stop, or if one died. */
    public boolean isAlive() {
        return !members.isEmpty() && members.stream().allMatch(m -> m.thread.isAlive());
    }

    /** When the poll thread that polled least recently last returned from a poll (or started). */
    public Instant lastPoll() {
        return members.stream().map(m -> m.lastPoll).min(Instant::compareTo).orElse(null);
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < size; i++) {
            String suffix = size == 1 ? "" : "-" + (i + 1);
            Member member = new Member(ConsumerClients.eventConsumer(kafka, name, name + suffix,
                    topic.keySerde().deserializer()), new DeadLetterPublisher(
                    KafkaClients.eventProducer(kafka, name + "-dead-letters" + suffix), name, clock));
            member.start("consumer-" + name + suffix);
            members.add(member);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        members.forEach(m -> m.consumer.wakeup());
        for (Member member : members) {
            member.thread.join(STOP_GRACE.toMillis());
            if (member.thread.isAlive()) {
                member.thread.interrupt();
                member.thread.join(STOP_GRACE.toMillis());
            }
        }
    }

    /** One group member: its Kafka consumer, its dead-letter producer and its poll thread. */
    private final class Member {
        private final Consumer<String, byte[]> consumer;
        private final DeadLetterPublisher deadLetters;
        private final RecordProcessor<V> processor;
        private volatile Instant lastPoll;
        private Thread thread;

        Member(Consumer<String, byte[]> consumer, DeadLetterPublisher deadLetters) {
            this.consumer = consumer;
            this.deadLetters = deadLetters;
            this.processor = new RecordProcessor<>(name, topic.valueSerde().deserializer(), apply, deadLetters, retry,
                    duration -> Thread.sleep(duration.toMillis()));
        }

        void start(String threadName) {
            lastPoll = clock.instant();
            thread = new Thread(this::run, threadName);
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            try (deadLetters; consumer) {
                consumer.subscribe(List.of(topic.name()));
                Duration backoff = retry.initialBackoff();
                while (running) {
                    try {
                        pollOnce();
                        backoff = retry.initialBackoff();
                    } catch (WakeupException | InterruptException e) {
                        Thread.interrupted();
                        break;
                    } catch (KafkaException e) {
                        LOG.warn("Consumer {} cannot read {} ({}); retrying in {} ms", name, topic.name(), e.toString(),
                                backoff.toMillis());
                        Thread.sleep(backoff.toMillis());
                        backoff = backoff.multipliedBy(2).compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff()
                                : backoff.multipliedBy(2);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                LOG.info("Consumer {} of {} stopped", name, topic.name());
            }
        }

        private void pollOnce() throws InterruptedException {
            ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
            lastPoll = clock.instant();
            Map<TopicPartition, OffsetAndMetadata> done = new LinkedHashMap<>();
            List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(records.count());
            records.forEach(polled::add);
            try {
                processor.processAll(polled, (record, outcome) -> {
                    count(outcome);
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                });
            } catch (InterruptedException | RuntimeException e) {
                commitAfterInterruption(done);
                throw e;
            }
            if (!done.isEmpty()) {
                consumer.commitAsync(done, (offsets, error) -> {
                    if (error != null) {
                        LOG.info("Consumer {} could not commit offsets ({}); those events will be skipped as"
                                + " duplicates if read again", name, error.toString());
                    }
                });
            }
        }

        /** Keeps the progress made before a stop or failure; what was not done is read again later. */
        private void commitAfterInterruption(Map<TopicPartition, OffsetAndMetadata> done) {
            boolean interrupted = Thread.interrupted();
            try {
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            } catch (KafkaException e) {
                LOG.warn("Consumer {} could not commit before stopping ({}); those events will be skipped as duplicates",
                        name, e.toString());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void count(RecordProcessor.Outcome outcome) {
        switch (outcome) {
            case APPLIED -> processed.mark();
            case DUPLICATE -> duplicates.mark();
            case DEAD_LETTERED -> deadLettered.mark();
            case TOMBSTONE -> { }
        }
    }
}
