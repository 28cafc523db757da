package jp.lg.platform.core.events.consumer;

import io.dropwizard.lifecycle.Managed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.core.kafka.KafkaClients;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Inspects and replays dead letters. {@link #replay} re-publishes records from {@code <topic>.dlq}
 * to the original topic with their original key, value and headers plus
 * {@link DeadLetterHeaders#REPLAYED_FROM}; that is safe after a fix because consumers skip events
 * they have already applied. A replayed record that fails again lands in the DLQ again, so
 * replayed records are not removed from it. Thread-safe; owns one producer.
 */
public final class DeadLetters implements Managed {

    /** How long listing or replaying may take before it fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final DeadLetterReader reader;
    private final Producer<String, byte[]> producer;

    public DeadLetters(KafkaConfig kafka) {
        this(new DeadLetterReader(() -> ConsumerClients.reader(kafka, "lg-platform-dead-letter-reader",
                new StringDeserializer()), TIMEOUT), KafkaClients.eventProducer(kafka, "lg-platform-dead-letter-replay"));
    }

    DeadLetters(DeadLetterReader reader, Producer<String, byte[]> producer) {
        this.reader = reader;
        this.producer = producer;
    }

    /** Every dead letter of {@code topic}, by DLQ partition and offset. */
    public List<DeadLetter> list(Topic<?, ?> topic) {
        return read(topic).stream().map(r -> DeadLetter.of(r, EventSerde.codec())).toList();
    }

    /**
     * Replays the dead letter at DLQ {@code partition} and {@code offset}, or every dead letter of
     * {@code topic} when both are empty; returns how many were replayed. A position that holds no
     * dead letter is a not-found problem.
     */
    public int replay(Topic<?, ?> topic, Optional<Integer> partition, Optional<Long> offset) {
        if (partition.isPresent() != offset.isPresent()) {
            throw new IllegalArgumentException("give both partition and offset, or neither");
        }
        List<ConsumerRecord<String, byte[]>> chosen = read(topic).stream()
                .filter(r -> partition.isEmpty() || (r.partition() == partition.get() && r.offset() == offset.get()))
                .toList();
        if (chosen.isEmpty() && partition.isPresent()) {
            throw ProblemException.notFound("No dead letter at " + topic.deadLetterName() + " partition "
                    + partition.get() + " offset " + offset.get() + "; list them with GET first.");
        }
        List<Future<RecordMetadata>> acks = chosen.stream().map(r -> producer.send(replayOf(topic, r))).toList();
        acks.forEach(DeadLetters::await);
        return acks.size();
    }

    private static ProducerRecord<String, byte[]> replayOf(Topic<?, ?> topic, ConsumerRecord<String, byte[]> dead) {
        Headers headers = DeadLetterHeaders.withoutDeadLetterHeaders(dead.headers());
        headers.remove(DeadLetterHeaders.REPLAYED_FROM);
        headers.add(DeadLetterHeaders.REPLAYED_FROM, (dead.topic() + ":" + dead.partition() + ":" + dead.offset())
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic.name(), null, dead.key(), dead.value(), headers);
    }

    private List<ConsumerRecord<String, byte[]>> read(Topic<?, ?> topic) {
        try {
            return reader.readAll(topic.deadLetterName());
        } catch (TimeoutException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Kafka did not deliver "
                    + topic.deadLetterName() + " within " + TIMEOUT.toSeconds() + " s; try again when it is reachable.");
        }
    }

    private static void await(Future<RecordMetadata> ack) {
        try {
            ack.get();
        } catch (ExecutionException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Kafka did not accept a replayed record ("
                    + e.getCause().getMessage() + "); replaying again is safe.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying dead letters", e);
        }
    }

    @Override
    public void stop() {
        producer.close(Duration.ofSeconds(5));
    }
}
