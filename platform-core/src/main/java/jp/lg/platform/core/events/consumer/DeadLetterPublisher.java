package jp.lg.platform.core.events.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import jp.lg.platform.core.events.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Headers;

/**
 * Sends a record a consumer gave up on to {@code <topic>.dlq}: the original key and value bytes
 * and headers, plus {@link DeadLetterHeaders} naming the error and where the record came from.
 * {@link #send} returns only once Kafka has acknowledged the dead letter and throws otherwise, so
 * the caller commits the offset only when the record is safe. Not thread-safe beyond what the
 * producer is; one per consumer.
 */
public final class DeadLetterPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final String consumer;
    private final Clock clock;

    public DeadLetterPublisher(Producer<String, byte[]> producer, String consumer, Clock clock) {
        this.producer = producer;
        this.consumer = consumer;
        this.clock = clock;
    }

    /** Publishes the dead letter and waits for the acknowledgement; throws {@link KafkaException} if none came. */
    public void send(ConsumerRecord<String, byte[]> record, Throwable error) {
        Headers headers = DeadLetterHeaders.withoutDeadLetterHeaders(record.headers());
        DeadLetterHeaders.put(headers, DeadLetterHeaders.ERROR, DeadLetterHeaders.describe(error));
        DeadLetterHeaders.put(headers, DeadLetterHeaders.TOPIC, record.topic());
        DeadLetterHeaders.put(headers, DeadLetterHeaders.PARTITION, String.valueOf(record.partition()));
        DeadLetterHeaders.put(headers, DeadLetterHeaders.OFFSET, String.valueOf(record.offset()));
        DeadLetterHeaders.put(headers, DeadLetterHeaders.CONSUMER, consumer);
        DeadLetterHeaders.put(headers, DeadLetterHeaders.FAILED_AT, clock.instant().toString());
        String dlq = record.topic() + Topic.DEAD_LETTER_SUFFIX;
        try {
            producer.send(new ProducerRecord<>(dlq, null, record.key(), record.value(), headers)).get();
        } catch (ExecutionException e) {
            throw new KafkaException("Kafka did not accept the dead letter for " + dlq + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
