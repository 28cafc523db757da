package jp.lg.platform.core.kafka;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka clients configured the platform's way: idempotent, fully acknowledged, ordered per key. */
public final class KafkaClients {

    /**
     * The first retry of a transactional producer's send. A transaction begun right after the last
     * one committed is often answered CONCURRENT_TRANSACTIONS while the broker still writes the
     * last one's markers; at the default 100 ms each such answer held an event that long. Retries
     * still back off exponentially up to {@code retry.backoff.max.ms} (1 s) when a broker is away.
     */
    public static final String TRANSACTIONAL_RETRY_BACKOFF_MS = "10";

    private KafkaClients() {}

    /**
     * A producer of raw event bytes keyed by string: idempotent with {@code acks=all}, so a retry
     * never reorders or duplicates within a partition; gives up on a record after 30 s.
     */
    public static Producer<String, byte[]> eventProducer(KafkaConfig config, String clientId) {
        return new KafkaProducer<>(eventProducerProperties(config, clientId), new StringSerializer(),
                new ByteArraySerializer());
    }

    /**
     * Like {@link #eventProducer} but transactional: what one transaction sends becomes visible to
     * {@code read_committed} consumers all together or not at all, so a send that fails part-way
     * (an expired batch while a broker is away) cannot leave a later record of a key visible without
     * an earlier one. Starting a producer with the same {@code transactionalId} fences the previous
     * one and aborts its open transaction. Call {@code initTransactions()} before use.
     */
    public static Producer<String, byte[]> transactionalEventProducer(KafkaConfig config, String transactionalId) {
        Properties props = eventProducerProperties(config, transactionalId);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
        props.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, TRANSACTIONAL_RETRY_BACKOFF_MS);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static Properties eventProducerProperties(KafkaConfig config, String clientId) {
        Properties props = config.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        return props;
    }
}
