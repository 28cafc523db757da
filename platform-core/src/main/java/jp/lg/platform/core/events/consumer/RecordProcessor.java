package jp.lg.platform.core.events.consumer;

import java.time.Duration;
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
 * Takes one record from raw bytes to its outcome: decodes it (bytes that are not an event are
 * dead-lettered at once), applies it exactly once with retries under the {@link RetryPolicy}, and
 * dead-letters it when retries run out. Returns only when the record is done with, so the caller
 * may commit its offset; throws {@link InterruptedException} when the consumer is stopping.
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

    /** Applies an event and records its id in one transaction; false if it had been applied before. */
    @FunctionalInterface
    interface Apply<V> {
        boolean once(ConsumedEvent<V> event);
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

    Outcome process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        if (record.value() == null) {
            return Outcome.TOMBSTONE;
        }
        ConsumedEvent<V> event;
        try {
            event = decode(record);
        } catch (RuntimeException e) {
            return deadLetter(record, e);
        }
        return applyWithRetries(record, event);
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
