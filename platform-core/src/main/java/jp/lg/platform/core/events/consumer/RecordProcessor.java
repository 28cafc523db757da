package jp.lg.platform.core.events.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes records from raw bytes to their outcomes: decodes each (bytes that are not an event are
 * dead-lettered at once), applies them exactly once, and dead-letters one that keeps failing.
 * Consecutive events of a poll are applied together in one transaction; if that transaction
 * fails, each is applied on its own with retries under the {@link RetryPolicy}, so one bad event
 * costs its neighbours only a second attempt. Records are reported done in their order, each only
 * when it is done with, so the caller may commit its offset; throws {@link InterruptedException}
 * when the consumer is stopping.
 */
final class RecordProcessor<V extends SpecificRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(RecordProcessor.class);

    /** What became of a record. */
    enum Outcome {
        APPLIED,
        DUPLICATE,
        DEAD_LETTERED,
        TOMBSTONE
    }

    /** Applies events and records their ids, exactly once each. */
    interface Apply<V> {

        /** One event in one transaction; false if it had been applied before. */
        boolean once(ConsumedEvent<V> event);

        /** All of them in one transaction, or none if it throws; per event, false if applied before. */
        List<Boolean> all(List<ConsumedEvent<V>> events);
    }

    /** Told of each record in order once it is done with. */
    @FunctionalInterface
    interface Done {
        void accept(ConsumerRecord<String, byte[]> record, Outcome outcome);
    }

    /** Waits between attempts; {@code Thread::sleep} outside tests. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final String consumer;
    private final Deserializer<V> values;
    private final Apply<V> apply;
    private final DeadLetterPublisher deadLetters;
    private final RetryPolicy retry;
    private final Pause pause;

    RecordProcessor(String consumer, Deserializer<V> values, Apply<V> apply, DeadLetterPublisher deadLetters,
            RetryPolicy retry, Pause pause) {
        this.consumer = consumer;
        this.values = values;
        this.apply = apply;
        this.deadLetters = deadLetters;
        this.retry = retry;
        this.pause = pause;
    }

    /** One record; returns when it is done with. */
    Outcome process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Outcome[] outcome = new Outcome[1];
        processAll(List.of(record), (done, result) -> outcome[0] = result);
        return outcome[0];
    }

    /** The records of one poll, in order; {@code done} hears of each as it is finished. */
    void processAll(List<ConsumerRecord<String, byte[]>> records, Done done) throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> run = new ArrayList<>();
        List<ConsumedEvent<V>> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                applyRun(run, events, done);
                done.accept(record, Outcome.TOMBSTONE);
                continue;
            }
            try {
                events.add(decode(record));
                run.add(record);
            } catch (RuntimeException e) {
                applyRun(run, events, done);
                done.accept(record, deadLetter(record, e));
            }
        }
        applyRun(run, events, done);
    }

    /** Applies consecutive decoded events together, or one by one if that fails; empties both lists. */
    private void applyRun(List<ConsumerRecord<String, byte[]>> run, List<ConsumedEvent<V>> events, Done done)
            throws InterruptedException {
        if (events.isEmpty()) {
            return;
        }
        List<Boolean> applied = null;
        if (events.size() > 1) {
            try {
                applied = apply.all(events);
            } catch (RuntimeException e) {
                LOG.info("Consumer {} could not apply {} events together ({}); applying them one by one", consumer,
                        events.size(), e.toString());
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Outcome outcome = applied == null
                    ? applyWithRetries(run.get(i), events.get(i))
                    : applied.get(i) ? Outcome.APPLIED : Outcome.DUPLICATE;
            done.accept(run.get(i), outcome);
        }
        run.clear();
        events.clear();
    }

    private ConsumedEvent<V> decode(ConsumerRecord<String, byte[]> record) {
        V value = values.deserialize(record.topic(), record.headers(), record.value());
        EventMetadata meta = Outbox.metadataOf(value);
        return new ConsumedEvent<>(record.key(), value, meta, record.topic(), record.partition(), record.offset());
    }

    private Outcome applyWithRetries(ConsumerRecord<String, byte[]> record, ConsumedEvent<V> event)
            throws InterruptedException {
        int failures = 0;
        for (int pauses = 1; ; pauses++) {
            try {
                return apply.once(event) ? Outcome.APPLIED : Outcome.DUPLICATE;
            } catch (RuntimeException e) {
                if (!RetryPolicy.isInfrastructure(e)) {
                    failures++;
                }
                if (!retry.retriesAfter(failures, e)) {
                    return deadLetter(record, e);
                }
                Duration backoff = retry.backoffAfter(Math.max(failures, pauses));
                LOG.warn("Consumer {} failed on {} ({}); attempt {} of {}, retrying in {} ms", consumer, where(record),
                        e.toString(), failures, retry.maxAttempts(), backoff.toMillis());
                pause.sleep(backoff);
            }
        }
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException error) throws InterruptedException {
        LOG.error("Consumer {} sends {} to the dead-letter topic: {}", consumer, where(record), error.toString());
        for (int attempt = 1; ; attempt++) {
            try {
                deadLetters.send(record, error);
                return Outcome.DEAD_LETTERED;
            } catch (InterruptException e) {
                throw new InterruptedException("stopped while dead-lettering " + where(record));
            } catch (KafkaException e) {
                Duration backoff = retry.backoffAfter(attempt);
                LOG.warn("Consumer {} cannot dead-letter {} ({}); the partition waits, retrying in {} ms",
                        consumer, where(record), e.getMessage(), backoff.toMillis());
                pause.sleep(backoff);
            }
        }
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
